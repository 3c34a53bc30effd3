import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartSheet, metricOf } from '../testing/charts.ts';
import { event, figure } from '../testing/data-generators.ts';
import { labelEvents, MAX_LABELLED_EVENTS, type ChartEvent } from './chart-events.ts';
import { buildChart } from './series.ts';

describe('events on a chart', () => {
  const mark = (id: string, x: number): ChartEvent => ({
    id,
    x,
    date: '2025',
    title: id,
    count: 1,
    label: null,
  });

  it('label at most three, those nearest before the largest changes, numbered in time order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 30 }),
        fc.array(
          fc.record({
            x1: fc.integer({ min: 0, max: 1000 }),
            dx: fc.integer({ min: 0, max: 200 }),
            size: fc.nat(500),
          }),
          { maxLength: 10 },
        ),
        (xs, changes) => {
          const marks = xs.sort((a, b) => a - b).map((x, at) => mark(`e-${at}`, x));
          const labelled = labelEvents(
            marks,
            changes.map(({ x1, dx, size }) => ({ x1, x2: x1 + dx, size })),
          ).filter((m) => m.label !== null);
          expect(labelled.length).toBeLessThanOrEqual(MAX_LABELLED_EVENTS);
          expect(labelled.map((m) => m.label)).toEqual(labelled.map((_, at) => at + 1));
          for (const m of labelled)
            expect(changes.some(({ x1, dx, size }) => size > 0 && m.x >= x1 && m.x <= x1 + dx)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('label the event just before the largest change', () => {
    const marks = [mark('early', 10), mark('just-before', 90), mark('after', 150)];
    const out = labelEvents(marks, [
      { x1: 0, x2: 100, size: 5000 },
      { x1: 100, x2: 200, size: 0 },
    ]);
    expect(out.filter((m) => m.label !== null).map((m) => m.id)).toEqual(['just-before']);
  });

  it('label the events the editors marked first', () => {
    const marks = [mark('a', 10), { ...mark('b', 50), marked: true }, mark('c', 90)];
    const out = labelEvents(marks, [{ x1: 60, x2: 100, size: 10 }]);
    expect(out.filter((m) => m.label !== null).map((m) => [m.id, m.label])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('are counted in the chart’s note, labelled and quiet', () => {
    const metric = metricOf('cumulative');
    const built = chartSheet(
      [
        figure({ id: 'a', metric: 'm', date: '2024-01-10', value: 100 }),
        figure({ id: 'b', metric: 'm', date: '2024-06-10', value: 3000 }),
      ],
      [
        event({ id: 'e-1', date: '2024-05-01' }),
        event({ id: 'e-2', date: '2024-02-01' }),
        event({ id: 'e-3', date: '2024-06-20' }),
      ],
      [metric],
    );
    const chart = buildChart(metric, built.figures, built.events);
    expect(chart.events.filter((e) => e.label !== null).map((e) => e.id)).toEqual(['e-1']);
    expect(chart.eventNote).toBe(
      'Events: 1 labelled, nearest the largest changes; 2 events as ticks on the time axis.',
    );
  });
});
