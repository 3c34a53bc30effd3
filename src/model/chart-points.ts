import type { ChartPoint } from './chart-model.ts';
import { compareRecency } from './claims.ts';
import type { FigureItem } from './dataset-index.ts';
import { midpoint } from './dates.ts';
import { figureNumber, periodText } from './figure-text.ts';

/** The marks of a chart: one per figure, or one per time bucket when there are too many. */

/** A figure's mark; `top` is the top of the value axis, above which the mark is clipped. */
export function toPoint(figure: FigureItem, top: number, count = 1): ChartPoint {
  const { record } = figure;
  const { low, high, period: span } = figure;
  return {
    id: record.id,
    x: span ? (span[0] + span[1]) / 2 : midpoint(figure.span),
    y: record.value ?? (low + high) / 2,
    text: figureNumber(record),
    qualifier: record.qualifier ?? 'exact',
    rangeOnly: record.value === undefined,
    low,
    high,
    span,
    date: record.date,
    when: record.period ? periodText(record.period) : figure.shownDate,
    status: record.status,
    claimant: figure.claimant,
    count,
    clipped: high > top,
  };
}

/**
 * Keeps a chart responsive with thousands of figures: splits time into equal buckets and
 * draws, per bucket, the figure with the median value (a real figure, never an average
 * that nobody claimed).
 */
export function downsample(
  figures: readonly FigureItem[],
  buckets: number,
  [from, to]: [number, number],
  top: number,
): ChartPoint[] {
  const width = Math.max(1, (to - from) / buckets);
  const groups = new Map<number, FigureItem[]>();
  for (const figure of figures) {
    const bucket = Math.min(buckets - 1, Math.floor((midpoint(figure.span) - from) / width));
    const group = groups.get(bucket);
    if (group) group.push(figure);
    else groups.set(bucket, [figure]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, group]) => {
      const sorted = [...group].sort((a, b) => a.low - b.low || compareRecency(a, b));
      const median = sorted[Math.floor((sorted.length - 1) / 2)] as FigureItem;
      return toPoint(median, top, group.length);
    });
}
