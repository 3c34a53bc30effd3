import { describe, expect, it } from 'vitest';
import { chartOf, chartSheet, TROOPS } from '../testing/charts.ts';
import { event, figure } from '../testing/data-generators.ts';
import { claimantKey } from './item-fields.ts';
import { buildChart } from './series.ts';

/** Charts with more events or figures than they draw one mark each for. */

describe('buildChart with too many events', () => {
  const days = 400;
  const built = chartSheet(
    [figure({ id: 'f-1', date: '2024-01-01' }), figure({ id: 'f-2', date: '2025-02-04' })],
    Array.from({ length: days }, (_, at) =>
      event({
        id: `e-${String(at).padStart(3, '0')}`,
        title: `Day ${at}`,
        topics: ['troops'],
        date: new Date(Date.UTC(2024, 0, 1 + at)).toISOString().slice(0, 10),
      }),
    ),
  );
  const chart = buildChart(TROOPS, built.figures, built.events, { maxEvents: 20 });

  it('groups them per time period, each mark counting the events it stands for', () => {
    expect(chart.events.length).toBeLessThanOrEqual(20);
    expect(chart.events.reduce((sum, a) => sum + a.count, 0)).toBe(days);
    const first = chart.events[0];
    expect(first?.title).toMatch(/^\d+ events in this period, the first: Day 0$/);
  });

  it('says so in the caption and the note on events', () => {
    expect(chart.caption).toContain(`; ${days} events of this topic on the time axis.`);
    expect(chart.eventNote).toBe(
      `Events: ${days} events as ${chart.events.length} ticks (grouped by period) on the time axis.`,
    );
  });
});

describe('buildChart with too many figures', () => {
  /** n figures of one claimant, one every `every` days from 1 January 2024. */
  const daily = (
    prefix: string,
    claimant: string,
    n: number,
    every: number,
    valueAt: (at: number) => number,
  ) =>
    Array.from({ length: n }, (_, at) =>
      figure({
        id: `${prefix}-${at}`,
        claimant,
        date: new Date(Date.UTC(2024, 0, 1 + every * at)).toISOString().slice(0, 10),
        value: valueAt(at),
      }),
    );

  it('draws the median figure of a crowded period, standing for all of them', () => {
    const values = [5, 3, 9, 1, 7, 2, 8, 4, 6];
    const built = chartSheet(values.map((value, at) => figure({ id: `f-${at}`, date: '2025-01-10', value })));
    const chart = chartOf(built, TROOPS, 1);
    expect(chart.series[0]!.points).toHaveLength(1);
    expect(chart.series[0]!.points[0]).toMatchObject({ id: 'f-0', y: 5, count: 9 });
    expect(chart.aggregation).toContain('8 equal time periods');
  });

  const built = chartSheet([
    ...daily('a', 'alpha', 120, 3, (at) => (at * 37) % 1000),
    ...daily('b', 'beta', 5, 30, (at) => 2000 + at),
  ]);
  const chart = chartOf(built, TROOPS, 20);
  const alpha = chart.series.find((s) => s.key === 'alpha')!;
  const beta = chart.series.find((s) => s.key === 'beta')!;
  const byId = new Map(built.figures.map((f) => [f.id, f]));

  it('draws fewer marks: at most maxMarks / claimants per crowded series', () => {
    expect(alpha.points.length).toBeGreaterThan(1);
    expect(alpha.points.length).toBeLessThanOrEqual(10);
    expect(beta.points).toHaveLength(5);
  });

  it('lets the marks of a series stand for all its figures', () => {
    expect(alpha.points.reduce((sum, p) => sum + p.count, 0)).toBe(120);
    expect(beta.points.map((p) => p.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('draws only real figures of that claimant, where and as they were claimed', () => {
    for (const series of [alpha, beta]) {
      for (const point of series.points) {
        const original = byId.get(point.id)!;
        expect(claimantKey(original.record)).toBe(series.key);
        expect(point.y).toBe(original.record.value);
        expect(point.x).toBe((original.span.start + original.span.end) / 2);
      }
    }
  });

  it('keeps every figure for the table and says how marks were aggregated', () => {
    expect(chart.figures).toHaveLength(125);
    expect(chart.aggregation).toContain('median figure');
    expect(chart.aggregation).toContain('10 equal time periods');
  });

  it('says nothing about aggregation when no series was actually downsampled', () => {
    // 24 figures > maxMarks 10, but each series has only 8 figures, which is not more
    // than the floor of 8 marks per series, so every figure keeps its own mark.
    const few = chartSheet([
      ...daily('a', 'alpha', 8, 10, (at) => at),
      ...daily('b', 'beta', 8, 10, (at) => at),
      ...daily('g', 'gamma', 8, 10, (at) => at),
    ]);
    const result = chartOf(few, TROOPS, 10);
    expect(result.series.flatMap((s) => s.points).every((p) => p.count === 1)).toBe(true);
    expect(result.aggregation).toBeNull();
  });
});
