import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../data/schema.ts';
import { generatedEvents, generatedFigures } from '../testing/arbitraries.ts';
import { AID, chartOf, chartSheet, pointIds, TROOPS } from '../testing/charts.ts';
import type { IndexedSheet } from '../testing/indexed-sheet.ts';
import { claimantKey, highOf, lowOf } from './item-fields.ts';
import { buildChart, chartCaption } from './series.ts';

/** Properties of the charts of generated datasets. */

const METRICS: Metric[] = [TROOPS, AID, { id: 'losses', name: 'Losses', unit: 'people', topic: 'troops' }];

const generatedDataset = (maxFigures: number, maxEvents = 6) =>
  fc
    .tuple(generatedFigures({ maxLength: maxFigures }), generatedEvents({ maxLength: maxEvents }))
    .map(([figures, events]) => chartSheet(figures, events, METRICS));

/** Each metric with figures, its figures and its chart. */
function* charts(built: IndexedSheet, maxMarks?: number) {
  for (const metric of METRICS) {
    const figures = built.figures.filter((f) => f.record.metric === metric.id);
    if (figures.length > 0) yield { metric, figures, chart: chartOf(built, metric, maxMarks) };
  }
}

describe('properties of generated datasets', () => {
  it('every figure lands in exactly one series, its claimant’s', () => {
    fc.assert(
      fc.property(generatedDataset(30), (built) => {
        for (const { figures, chart } of charts(built)) {
          expect(pointIds(chart).sort()).toEqual(figures.map((f) => f.id).sort());
          const byId = new Map(figures.map((f) => [f.id, f]));
          for (const series of chart.series) {
            for (const point of series.points)
              expect(claimantKey(byId.get(point.id)!.record)).toBe(series.key);
          }
          expect(new Set(chart.series.map((s) => s.key)).size).toBe(chart.series.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every point sits inside its range, its date and both axes', () => {
    fc.assert(
      fc.property(generatedDataset(30), (built) => {
        for (const { figures, chart } of charts(built)) {
          const byId = new Map(figures.map((f) => [f.id, f]));
          expect(chart.yAxis.domain[0]).toBe(0);
          for (const point of chart.series.flatMap((s) => s.points)) {
            const { record, span } = byId.get(point.id)!;
            expect([point.low, point.y, point.high]).toEqual([lowOf(record), record.value, highOf(record)]);
            expect(point.low).toBeLessThanOrEqual(point.y);
            expect(point.y).toBeLessThanOrEqual(point.high);
            expect(point.x).toBe((span.start + span.end) / 2);
            expect(point.x).toBeGreaterThanOrEqual(chart.xDomain[0]);
            expect(point.x).toBeLessThanOrEqual(chart.xDomain[1]);
            // Only a forecast or a disputed figure may stand above the scale (drawn at its edge).
            if (point.clipped) expect(['projected', 'disputed']).toContain(point.status);
            else expect(point.high).toBeLessThanOrEqual(chart.yAxis.domain[1]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('marks exactly the events of the metric’s topic within the time axis', () => {
    fc.assert(
      fc.property(generatedDataset(30), (built) => {
        for (const { metric, chart } of charts(built)) {
          const expected = built.events
            .filter((e) => e.topics.includes(metric.topic))
            .filter((e) => {
              const x = (e.span.start + e.span.end) / 2;
              return x >= chart.xDomain[0] && x <= chart.xDomain[1];
            })
            .sort((a, b) => a.span.start + a.span.end - (b.span.start + b.span.end))
            .map((e) => e.id);
          expect(chart.events.map((a) => a.id)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the caption counts figures and claimants and gives the unit', () => {
    fc.assert(
      fc.property(generatedDataset(30), (built) => {
        for (const { metric, figures, chart } of charts(built)) {
          const n = figures.length;
          const claimants = new Set(figures.map((f) => claimantKey(f.record))).size;
          expect(
            chart.caption.startsWith(`${n} figure${n === 1 ? '' : 's'} from ${claimants} claimant`),
          ).toBe(true);
          expect(chart.caption).toContain(` ${metric.unit}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('aggregated marks are real figures that together stand for every figure', () => {
    fc.assert(
      fc.property(generatedDataset(80), fc.integer({ min: 1, max: 30 }), (built, maxMarks) => {
        for (const { figures, chart } of charts(built, maxMarks)) {
          const byId = new Map(figures.map((f) => [f.id, f]));
          const marks = chart.series.flatMap((s) => s.points);
          expect(marks.length).toBeLessThanOrEqual(figures.length);
          expect(marks.reduce((sum, p) => sum + p.count, 0)).toBe(figures.length);
          if (chart.aggregation === null) expect(marks.length).toBe(figures.length);
          if (marks.length < figures.length) expect(chart.aggregation).not.toBeNull();
          for (const series of chart.series) {
            const own = figures.filter((f) => claimantKey(f.record) === series.key);
            expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(own.length);
            for (const point of series.points) {
              const original = byId.get(point.id)!;
              expect(claimantKey(original.record)).toBe(series.key);
              expect(point.y).toBe(original.record.value);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('chartCaption', () => {
  it('says what buildChart says, without drawing anything', () => {
    fc.assert(
      fc.property(
        // Enough events for several periods of grouped marks.
        generatedDataset(60, 40),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 8 }),
        (built, maxMarks, maxEvents) => {
          for (const { metric, figures } of charts(built)) {
            const chart = buildChart(metric, figures, built.events, { maxMarks, maxEvents });
            expect(chartCaption(metric, figures, built.events, { maxMarks })).toEqual({
              caption: chart.caption,
              aggregation: chart.aggregation,
            });
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
