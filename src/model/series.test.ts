import { describe, expect, it } from 'vitest';
import { chartOf, chartSheet, dayOf, pointIds, TROOPS } from '../testing/charts.ts';
import { event, figure } from '../testing/data-generators.ts';
import { timeTicks } from './chart-axes.ts';
import { buildChart } from './series.ts';

describe('buildChart', () => {
  const built = chartSheet(
    [
      figure({ id: 'f-1', date: '2025-01', value: 1000, claimant: 'alpha', claimantDetail: 'Ministry' }),
      figure({
        id: 'f-2',
        date: '2025-03-15',
        value: 3000,
        low: 2600,
        high: 4200,
        claimant: 'beta',
        status: 'estimated',
      }),
      figure({
        id: 'f-3',
        date: '2024',
        value: 500,
        claimant: 'alpha',
        claimantDetail: 'Ministry',
        status: 'claimed',
      }),
      figure({ id: 'f-4', date: '2025-05-02', value: 4000, claimant: 'beta' }),
      figure({ id: 'w-1', metric: 'aid-tonnes', date: '2025', value: 12.5, claimant: 'gamma' }),
    ],
    [
      event({ id: 'e-1', date: '2025-02-01', topics: ['troops'], title: 'Border crossing' }),
      event({ id: 'e-2', date: '2025-03-01', topics: ['aid'] }),
      event({ id: 'e-3', date: '2030-01-01', topics: ['troops'] }),
      event({ id: 'e-4', date: '2024-06', topics: ['aid', 'troops'], title: 'Talks' }),
    ],
  );
  const chart = chartOf(built, TROOPS);
  const points = new Map(chart.series.flatMap((s) => s.points.map((p) => [p.id, p])));

  it('draws one series per claimant, named after the actor and detail', () => {
    expect(chart.series.map((s) => [s.key, s.name, s.style])).toEqual([
      ['alpha|Ministry', 'Alphaland: Ministry', { colour: 0, shape: 0 }],
      ['beta', 'Betastan', { colour: 1, shape: 0 }],
    ]);
    expect(chart.series.map((s) => s.points.map((p) => p.id))).toEqual([
      ['f-3', 'f-1'],
      ['f-2', 'f-4'],
    ]);
  });

  it('draws every figure of the metric once, and only those', () => {
    expect(pointIds(chart).sort()).toEqual(['f-1', 'f-2', 'f-3', 'f-4']);
    expect(chart.figures.map((f) => f.id)).toEqual(['f-3', 'f-1', 'f-2', 'f-4']);
  });

  it('places a point in the middle of its date: a year mid-year, a month mid-month, a day on the day', () => {
    expect(points.get('f-3')!.x).toBe(dayOf(2024, 7, 1) + 0.5); // 2024 has 366 days
    expect(points.get('f-1')!.x).toBe(dayOf(2025, 1, 16));
    expect(points.get('f-2')!.x).toBe(dayOf(2025, 3, 15));
  });

  it('gives each point its range, for error bars', () => {
    expect(points.get('f-2')).toMatchObject({ y: 3000, low: 2600, high: 4200 });
    expect(points.get('f-1')).toMatchObject({ y: 1000, low: 1000, high: 1000 });
    expect(points.get('f-2')).toMatchObject({
      date: '2025-03-15',
      status: 'estimated',
      claimant: 'beta',
      count: 1,
    });
  });

  it('starts the value axis at 0 and ends it at a round number above every high', () => {
    expect(chart.yAxis).toEqual({ domain: [0, 5000], ticks: [0, 1000, 2000, 3000, 4000, 5000] });
  });

  it('pads the time axis by 4% of the span either side', () => {
    const start = dayOf(2024, 1, 1);
    const end = dayOf(2025, 5, 2);
    const pad = (end - start) * 0.04;
    expect(chart.xDomain[0]).toBeCloseTo(start - pad, 9);
    expect(chart.xDomain[1]).toBeCloseTo(end + pad, 9);
  });

  it('pads a single day by at least 15 days', () => {
    const single = chartOf(chartSheet([figure({ id: 'f-1', date: '2025-01-20', value: 1000 })]), TROOPS);
    expect(single.xDomain).toEqual([dayOf(2025, 1, 20) - 15, dayOf(2025, 1, 20) + 15]);
  });

  it('marks the events of the metric’s topic that fall within the time axis', () => {
    // e-2 is about aid only; e-3 is years after the last figure.
    expect(chart.events).toEqual([
      { id: 'e-4', x: dayOf(2024, 6, 15) + 0.5, date: '2024-06', title: 'Talks', count: 1, label: null },
      {
        id: 'e-1',
        x: dayOf(2025, 2, 1),
        date: '2025-02-01',
        title: 'Border crossing',
        count: 1,
        label: null,
      },
    ]);
  });

  it('sums the chart up in a caption: figures, claimants, dates, values with the unit, events', () => {
    expect(chart.caption).toBe(
      '4 figures from 2 claimants, 2024 to 2 May 2025; values from 500 to 4,200 soldiers; 2 events of this topic on the time axis.',
    );
  });

  it('captions a single figure in the singular', () => {
    const single = chartOf(chartSheet([figure({ id: 'f-1', date: '2025-01-20', value: 1000 })]), TROOPS);
    expect(single.caption).toBe('1 figure from 1 claimant, 20 Jan 2025; value 1,000 soldiers.');
  });

  it('captions an empty chart', () => {
    expect(buildChart(TROOPS, [], []).caption).toBe('No figures.');
  });

  it('takes ticks from timeTicks and aggregates nothing when marks are few', () => {
    expect(chart.xTicks).toEqual(timeTicks(chart.xDomain));
    expect(chart.aggregation).toBeNull();
  });

  it('keeps the styles it is given, so a claimant looks the same in every chart', () => {
    const styled = buildChart(
      TROOPS,
      built.figures.filter((f) => f.record.metric === 'troops'),
      [],
      {
        styles: new Map([
          ['beta', { colour: 0, shape: 0 }],
          ['alpha|Ministry', { colour: 3, shape: 1 }],
        ]),
      },
    );
    expect(styled.series.map((s) => [s.key, s.style])).toEqual([
      ['beta', { colour: 0, shape: 0 }],
      ['alpha|Ministry', { colour: 3, shape: 1 }],
    ]);
  });

  it('orders the points of a series left to right, so the line joining them never runs back', () => {
    // "2025" (drawn mid-year) sorts before "2025-03" (drawn mid-March) by its text.
    const mixed = chartOf(
      chartSheet([
        figure({ id: 'f-year', date: '2025', value: 100 }),
        figure({ id: 'f-march', date: '2025-03', value: 200 }),
        figure({ id: 'f-march-5', date: '2025-03-05', value: 300 }),
      ]),
      TROOPS,
    );
    const xs = mixed.series[0]!.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});
