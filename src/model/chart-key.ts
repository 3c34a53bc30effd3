import type { Actor, Status } from '../data/schema.ts';
import type { SeriesStyle } from './claimant-styles.ts';
import { nameOf } from './names.ts';
import { valueAxis } from './chart-axes.ts';
import type { ChartGroup } from './chart-groups.ts';
import { highOf, lowOf } from './claims.ts';
import { isFirm, measureJoins } from './series.ts';

/** Which kinds of mark a group of charts draws, so that its one key explains those and no others. */
export interface GroupKey {
  statuses: ReadonlySet<Status>;
  above: boolean;
  below: boolean;
  about: boolean;
  ranges: boolean;
  periods: boolean;
  lines: boolean;
  beyond: boolean;
}

/** What the key of a group of charts must explain, from the figures it draws. */
export function groupKeyOf(group: ChartGroup): GroupKey {
  const statuses = new Set<Status>();
  const key = {
    above: false,
    below: false,
    about: false,
    ranges: false,
    periods: false,
    lines: false,
    beyond: false,
  };
  for (const chart of group.charts) {
    const top = valueAxis(chart.scaleTop, chart.metric.unit).domain[1];
    const firmOf = new Map<string, number>();
    for (const { record, claimant } of chart.figures) {
      statuses.add(record.status);
      const qualifier = record.qualifier ?? 'exact';
      if (qualifier === 'more-than' || qualifier === 'at-least') key.above = true;
      else if (qualifier === 'up-to' || qualifier === 'fewer-than' || qualifier === 'nearly')
        key.below = true;
      else if (qualifier === 'about') key.about = true;
      if (lowOf(record) !== highOf(record)) key.ranges = true;
      if (record.period) key.periods = true;
      if (highOf(record) > top) key.beyond = true;
      const firm = isFirm(record.status) && !record.period;
      if (firm && record.value !== undefined) firmOf.set(claimant, (firmOf.get(claimant) ?? 0) + 1);
    }
    if (measureJoins(chart.metric) && [...firmOf.values()].some((n) => n > 1)) key.lines = true;
  }
  return { statuses, ...key };
}

/** A country in a key, with its bodies: "South Korea ● National Intelligence Service ◆ Joint Chiefs of Staff". */
export interface KeyCountry {
  id: string;
  name: string;
  colour: number;
  /** Its bodies in shape order; a claim made by the country itself has the name "". */
  bodies: { key: string; name: string; shape: number }[];
}

/** The claimants of a group as a key lists them: by country in colour order, each country's bodies by shape. */
export function keyCountries(
  group: Pick<ChartGroup, 'claimants'>,
  styles: ReadonlyMap<string, SeriesStyle>,
  actors: ReadonlyMap<string, Actor>,
): KeyCountry[] {
  const countries = new Map<string, KeyCountry>();
  for (const { claimant, record } of group.claimants) {
    const style = styles.get(claimant) ?? { colour: 0, shape: 0 };
    let country = countries.get(record.claimant);
    if (!country) {
      country = {
        id: record.claimant,
        name: nameOf(actors, record.claimant),
        colour: style.colour,
        bodies: [],
      };
      countries.set(record.claimant, country);
    }
    country.bodies.push({ key: claimant, name: record.claimantDetail ?? '', shape: style.shape });
  }
  for (const country of countries.values()) country.bodies.sort((a, b) => a.shape - b.shape);
  return [...countries.values()].sort((a, b) => a.colour - b.colour || a.name.localeCompare(b.name));
}
