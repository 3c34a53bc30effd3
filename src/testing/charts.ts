import type { FactEvent, Figure, Metric } from '../data/schema.ts';
import type { ChartModel } from '../model/chart-model.ts';
import { buildChart } from '../model/series.ts';
import { indexedSheet, type IndexedSheet } from './indexed-sheet.ts';

/** What the chart tests share: two metrics, a sheet of figures to chart, and its charts. */

/** Days since 1970-01-01 of a calendar day (month 1–12). */
export const dayOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000;

export const TROOPS: Metric = { id: 'troops', name: 'Troops sent', unit: 'soldiers', topic: 'troops' };
export const AID: Metric = { id: 'aid-tonnes', name: 'Aid delivered', unit: 'tonnes', topic: 'aid' };

/** A metric with the id "m", of this measure (by default none said) and unit. */
export const metricOf = (measure?: Metric['measure'], unit = 'soldiers'): Metric => ({
  id: 'm',
  name: 'Measure',
  unit,
  topic: 'troops',
  ...(measure ? { measure } : {}),
});

/** The test sheet with these figures, these events (by default none) and these metrics. */
export const chartSheet = (
  figures: Figure[],
  events: FactEvent[] = [],
  metrics: Metric[] = [TROOPS, AID],
): IndexedSheet => indexedSheet({ figures, events, metrics });

/** The chart of one metric, as the charts section builds it. */
export function chartOf({ figures, events }: IndexedSheet, metric: Metric, maxMarks?: number): ChartModel {
  const ofMetric = figures.filter((f) => f.record.metric === metric.id);
  return buildChart(metric, ofMetric, events, maxMarks === undefined ? {} : { maxMarks });
}

/** The figures a chart draws a mark for, series by series. */
export const pointIds = (chart: ChartModel): string[] =>
  chart.series.flatMap((s) => s.points.map((p) => p.id));
