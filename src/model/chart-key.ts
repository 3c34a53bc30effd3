import type { Status } from '../data/schema.ts';
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
