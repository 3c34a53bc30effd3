import type { Metric, Status } from '../data/schema.ts';
import type { ChartPoint, ChartSegment, ChartSeries } from './chart-model.ts';

/** Which figures of a chart are joined by lines, and which never are. */

/** Only a running total or a level can rise and fall between two figures: other measures get no lines. */
export const measureJoins = (metric: Pick<Metric, 'measure'>): boolean =>
  metric.measure === undefined || metric.measure === 'cumulative' || metric.measure === 'level';

/** Forecasts and disputed figures are never joined to anything, nor allowed to set the scale. */
export const isFirm = (status: Status): boolean => status !== 'projected' && status !== 'disputed';

/** Whether a line may start or end at this point. */
const joinable = (point: ChartPoint): boolean =>
  isFirm(point.status) && !point.rangeOnly && point.span === null && !point.clipped;

/** Lines between each claimant's consecutive joinable figures: never across claimants, never to a forecast. */
export function segmentsOf(metric: Metric, series: readonly ChartSeries[]): ChartSegment[] {
  if (!measureJoins(metric)) return [];
  const segments: ChartSegment[] = [];
  for (const { key, points } of series) {
    let previous: ChartPoint | null = null;
    for (const point of points) {
      if (!joinable(point)) continue;
      if (previous)
        segments.push({ key: `${previous.id}>${point.id}`, series: key, from: previous, to: point });
      previous = point;
    }
  }
  return segments;
}
