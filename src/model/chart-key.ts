import type { Actor, Status } from '../data/schema.ts';
import type { SeriesStyle } from './claimant-styles.ts';
import { nameOf } from './names.ts';
import { valueAxis } from './chart-axes.ts';
import type { ChartGroup } from './chart-groups.ts';
import { isFirm, measureJoins } from './chart-lines.ts';

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
export function groupKeyOf(group: Pick<ChartGroup, 'charts'>): GroupKey {
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
    for (const { record, claimant, low, high } of chart.figures) {
      statuses.add(record.status);
      const qualifier = record.qualifier ?? 'exact';
      if (qualifier === 'more-than' || qualifier === 'at-least') key.above = true;
      else if (qualifier === 'up-to' || qualifier === 'fewer-than' || qualifier === 'nearly')
        key.below = true;
      else if (qualifier === 'about') key.about = true;
      if (low !== high) key.ranges = true;
      if (record.period) key.periods = true;
      if (high > top) key.beyond = true;
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

/** What each kind of mark means, in the words of the key on screen and in a downloaded chart. */
export const MARK_TEXT = {
  firm: 'filled: confirmed, reported or estimate',
  projected: 'hollow: forecast, never joined',
  claimed: 'dashed ring: claim',
  disputed: 'struck through: disputed',
  above: 'caret above: more than, at least',
  below: 'caret below: up to, fewer than, nearly',
  about: 'tilde: about',
  lines: 'line: one claimant’s figures in turn',
  ranges: 'bar or band: low–high range',
  periods: 'span: a period’s total',
  beyond: 'arrow: above the scale, drawn at its edge',
  events: 'numbered line: an event, listed under the chart; tick on the time axis: another event',
} as const;

/** The key's words for the marks a chart (or a group of charts) draws, in the key's order. */
export function markNotes(key: GroupKey, events: boolean): string[] {
  const has = (...statuses: Status[]) => statuses.some((status) => key.statuses.has(status));
  const notes: [boolean, string][] = [
    [has('confirmed', 'reported', 'estimated'), MARK_TEXT.firm],
    [has('projected'), MARK_TEXT.projected],
    [has('claimed'), MARK_TEXT.claimed],
    [has('disputed'), MARK_TEXT.disputed],
    [key.above, MARK_TEXT.above],
    [key.below, MARK_TEXT.below],
    [key.about, MARK_TEXT.about],
    [key.lines, MARK_TEXT.lines],
    [key.ranges, MARK_TEXT.ranges],
    [key.periods, MARK_TEXT.periods],
    [key.beyond, MARK_TEXT.beyond],
    [events, MARK_TEXT.events],
  ];
  return notes.filter(([shown]) => shown).map(([, text]) => text);
}
