import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../data/schema.ts';
import { generatedFiguresOf } from '../testing/arbitraries.ts';
import { chartSheet, metricOf } from '../testing/charts.ts';
import { figure } from '../testing/data-generators.ts';
import { scaleTopOf } from './chart-scale.ts';
import { parseDate } from './dates.ts';
import { buildChart } from './series.ts';

/** What a reader must never be shown: lines across claimants or to forecasts, trends in amounts per period. */

const generatedChart = fc
  .record({
    measure: fc.constantFrom(undefined, ...MEASURES),
    figures: generatedFiguresOf('m', { maxLength: 25 }),
  })
  .map(({ measure, figures }) => {
    const metric = metricOf(measure);
    const built = chartSheet(figures, [], [metric]);
    return { metric, built, chart: buildChart(metric, built.figures, []) };
  });

describe('lines a chart draws', () => {
  it('join only one claimant’s own firm figures, in time order, never a forecast or a disputed figure', () => {
    fc.assert(
      fc.property(generatedChart, ({ chart }) => {
        const seriesOf = new Map(chart.series.flatMap((s) => s.points.map((p) => [p, s.key])));
        for (const { series, from, to } of chart.segments) {
          expect(seriesOf.get(from)).toBe(series);
          expect(seriesOf.get(to)).toBe(series);
          expect(from.claimant).toBe(to.claimant);
          for (const end of [from, to]) {
            expect(['projected', 'disputed']).not.toContain(end.status);
            expect(end.span).toBeNull();
            expect(end.rangeOnly).toBe(false);
          }
          expect(from.x).toBeLessThanOrEqual(to.x);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are drawn only for a running total or a level: an amount per period, one deployment or a forecast gets none', () => {
    fc.assert(
      fc.property(generatedChart, ({ metric, chart }) => {
        if (metric.measure === 'period' || metric.measure === 'per-event' || metric.measure === 'forecast')
          expect(chart.segments).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('join every pair of consecutive joinable figures of a claimant, so a real trend is not hidden', () => {
    const built = chartSheet(
      [
        figure({ id: 'a', metric: 'm', date: '2024-01-10', value: 100 }),
        figure({ id: 'p', metric: 'm', date: '2024-03-10', value: 900, status: 'projected' }),
        figure({ id: 'b', metric: 'm', date: '2024-05-10', value: 300 }),
        figure({ id: 'x', metric: 'm', date: '2024-06-10', value: 500, claimant: 'beta' }),
      ],
      [],
      [metricOf('cumulative')],
    );
    const chart = buildChart(metricOf('cumulative'), built.figures, []);
    expect(chart.segments.map((s) => s.key)).toEqual(['a>b']);
  });
});

describe('a figure for a stated period', () => {
  it('is drawn as a span from the start of its period to its end, its mark in the middle', () => {
    fc.assert(
      fc.property(generatedChart, ({ built, chart }) => {
        const byId = new Map(built.figures.map((f) => [f.id, f.record]));
        for (const point of chart.series.flatMap((s) => s.points)) {
          const { period } = byId.get(point.id)!;
          if (!period) {
            expect(point.span).toBeNull();
            continue;
          }
          const span = [parseDate(period.from)!.start, parseDate(period.to)!.end];
          expect(point.span).toEqual(span);
          expect(point.x).toBe((span[0]! + span[1]!) / 2);
          expect(point.span![0]).toBeGreaterThanOrEqual(chart.xDomain[0]);
          expect(point.span![1]).toBeLessThanOrEqual(chart.xDomain[1]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the scale', () => {
  it('is never set by a disputed figure or a forecast when the chart has firm figures', () => {
    fc.assert(
      fc.property(
        generatedChart,
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom('projected', 'disputed'),
        ({ metric, built, chart }, huge, status) => {
          if (!built.figures.some((f) => f.record.status !== 'projected' && f.record.status !== 'disputed'))
            return;
          const outlier = figure({ id: 'zz-outlier', metric: 'm', date: '2025-06-01', value: huge, status });
          const withOutlier = chartSheet([...built.figures.map((f) => f.record), outlier], [], [metric]);
          const redrawn = buildChart(metric, withOutlier.figures, []);
          expect(redrawn.yAxis).toEqual(chart.yAxis);
          const drawn = redrawn.series.flatMap((s) => s.points).find((p) => p.id === 'zz-outlier')!;
          expect(drawn.clipped).toBe(huge > chart.yAxis.domain[1]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is set by the forecasts of a chart that has nothing else', () => {
    const built = chartSheet(
      [
        figure({ id: 'a', metric: 'm', value: 15_000, status: 'projected' }),
        figure({ id: 'b', metric: 'm', value: 100_000, status: 'projected', date: '2025-02-01' }),
      ],
      [],
      [metricOf('forecast')],
    );
    expect(scaleTopOf(built.figures)).toBe(100_000);
  });
});
