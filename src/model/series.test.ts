import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, type FactEvent, type Figure, type Metric } from '../data/schema.ts';
import { event, figure, makeFactsheet } from '../testing/data-generators.ts';
import { claimantKey, highOf, lowOf } from './claims.ts';
import { buildIndex, type DatasetIndex, type EventItem, type FigureItem } from './dataset-index.ts';
import { timeTicks, valueAxis } from './chart-axes.ts';
import { claimantStyles } from './claimant-styles.ts';
import type { ChartModel } from './chart-model.ts';
import { buildChart, chartCaption } from './series.ts';

/** Days since 1970-01-01 of a calendar day (month 1–12). */
const dayOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000;

const TROOPS: Metric = { id: 'troops', name: 'Troops sent', unit: 'soldiers', topic: 'troops' };
const AID: Metric = { id: 'aid-tonnes', name: 'Aid delivered', unit: 'tonnes', topic: 'aid' };

interface Built {
  index: DatasetIndex;
  figures: FigureItem[];
  events: EventItem[];
}

function build(figures: Figure[], events: FactEvent[] = [], metrics: Metric[] = [TROOPS, AID]): Built {
  const index = buildIndex(makeFactsheet({ figures, events, metrics }));
  return {
    index,
    figures: index.items.filter((item): item is FigureItem => item.kind === 'figure'),
    events: index.items.filter((item): item is EventItem => item.kind === 'event'),
  };
}

/** The chart of one metric, as the charts section builds it. */
function chartOf({ index, figures, events }: Built, metric: Metric, maxMarks?: number): ChartModel {
  const ofMetric = figures.filter((f) => f.record.metric === metric.id);
  return buildChart(index, metric, ofMetric, events, maxMarks === undefined ? {} : { maxMarks });
}

const pointIds = (chart: ChartModel): string[] => chart.series.flatMap((s) => s.points.map((p) => p.id));

describe('claimantStyles', () => {
  const { figures } = build([
    figure({ id: 'b-1', claimant: 'beta' }),
    figure({ id: 'b-2', claimant: 'beta', date: '2025-02' }),
    figure({ id: 'b-3', claimant: 'beta', date: '2025-03' }),
    figure({ id: 'g-1', claimant: 'gamma' }),
    figure({ id: 'g-2', claimant: 'gamma', date: '2025-02' }),
    figure({ id: 'a-1', claimant: 'alpha' }),
    figure({ id: 'a-2', claimant: 'alpha', date: '2025-02' }),
    figure({ id: 'n-1', claimant: 'alpha', claimantDetail: 'NIS' }),
  ]);

  it('colours claimants by actor (most figures first) and shapes them by body within it', () => {
    expect([...claimantStyles(figures)]).toEqual([
      ['beta', { colour: 1, shape: 0 }],
      ['alpha', { colour: 0, shape: 0 }],
      ['gamma', { colour: 2, shape: 0 }],
      ['alpha|NIS', { colour: 0, shape: 1 }],
    ]);
  });

  it('does not depend on the order of the figures', () => {
    expect([...claimantStyles([...figures].reverse())]).toEqual([...claimantStyles(figures)]);
  });
});

describe('buildChart', () => {
  const built = build(
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
    const single = chartOf(build([figure({ id: 'f-1', date: '2025-01-20', value: 1000 })]), TROOPS);
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
    const single = chartOf(build([figure({ id: 'f-1', date: '2025-01-20', value: 1000 })]), TROOPS);
    expect(single.caption).toBe('1 figure from 1 claimant, 20 Jan 2025; value 1,000 soldiers.');
  });

  it('captions an empty chart', () => {
    expect(buildChart(built.index, TROOPS, [], []).caption).toBe('No figures.');
  });

  it('takes ticks from timeTicks and aggregates nothing when marks are few', () => {
    expect(chart.xTicks).toEqual(timeTicks(chart.xDomain));
    expect(chart.aggregation).toBeNull();
  });

  it('keeps the styles it is given, so a claimant looks the same in every chart', () => {
    const styled = buildChart(
      built.index,
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
      build([
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

describe('buildChart with too many events', () => {
  const days = 400;
  const built = build(
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
  const chart = buildChart(built.index, TROOPS, built.figures, built.events, { maxEvents: 20 });

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
    const built = build(values.map((value, at) => figure({ id: `f-${at}`, date: '2025-01-10', value })));
    const chart = chartOf(built, TROOPS, 1);
    expect(chart.series[0]!.points).toHaveLength(1);
    expect(chart.series[0]!.points[0]).toMatchObject({ id: 'f-0', y: 5, count: 9 });
    expect(chart.aggregation).toContain('8 equal time periods');
  });

  const built = build([
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
    const few = build([
      ...daily('a', 'alpha', 8, 10, (at) => at),
      ...daily('b', 'beta', 8, 10, (at) => at),
      ...daily('g', 'gamma', 8, 10, (at) => at),
    ]);
    const result = chartOf(few, TROOPS, 10);
    expect(result.series.flatMap((s) => s.points).every((p) => p.count === 1)).toBe(true);
    expect(result.aggregation).toBeNull();
  });
});

describe('timeTicks', () => {
  it('puts a tick on the first of every month of a short span', () => {
    expect(timeTicks([dayOf(2025, 1, 10), dayOf(2025, 4, 20)])).toEqual([
      dayOf(2025, 2, 1),
      dayOf(2025, 3, 1),
      dayOf(2025, 4, 1),
    ]);
  });

  it('steps by half-years over two years, in January and July', () => {
    expect(timeTicks([dayOf(2023, 11, 10), dayOf(2025, 11, 20)])).toEqual([
      dayOf(2024, 1, 1),
      dayOf(2024, 7, 1),
      dayOf(2025, 1, 1),
      dayOf(2025, 7, 1),
    ]);
  });

  it('steps by two years over a decade, in even years', () => {
    expect(timeTicks([dayOf(2015, 3, 1), dayOf(2025, 3, 1)])).toEqual(
      [2016, 2018, 2020, 2022, 2024].map((year) => dayOf(year, 1, 1)),
    );
  });

  it('gives increasing first-of-month days inside the domain, about `target` of them', () => {
    fc.assert(
      fc.property(
        fc.double({ min: dayOf(1990, 1, 1), max: dayOf(2030, 1, 1), noNaN: true }),
        fc.double({ min: 32, max: 365 * 40, noNaN: true }),
        fc.integer({ min: 3, max: 10 }),
        (start, span, target) => {
          const end = start + span;
          const ticks = timeTicks([start, end], target);
          expect(ticks.length).toBeGreaterThan(0);
          expect(ticks.length).toBeLessThanOrEqual(target + 2);
          for (const [at, tick] of ticks.entries()) {
            expect(tick).toBeGreaterThanOrEqual(start);
            expect(tick).toBeLessThanOrEqual(end);
            expect(Number.isInteger(tick)).toBe(true);
            expect(new Date(tick * 86_400_000).getUTCDate()).toBe(1);
            if (at > 0) expect(tick).toBeGreaterThan(ticks[at - 1]!);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('valueAxis', () => {
  it.each([
    [0, [0, 1]],
    [2, [0, 1, 2]],
    [7, [0, 2, 4, 6, 8]],
    [4200, [0, 1000, 2000, 3000, 4000, 5000]],
    [15_000, [0, 5000, 10_000, 15_000]],
    [10_000_000, [0, 2e6, 4e6, 6e6, 8e6, 10e6]],
  ])('a count up to %d gets ticks %j', (top, ticks) =>
    expect(valueAxis(top, 'soldiers').ticks).toEqual(ticks),
  );

  it('gives a share of a whole 0–100 %, whatever its values', () => {
    expect(valueAxis(40, '%')).toEqual({ domain: [0, 100], ticks: [0, 25, 50, 75, 100] });
  });

  it('steps by 1, 2, 2.5 or 5 × 10ⁿ from 0 past the top, in whole steps for counts', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.boolean(), (top, whole) => {
        const { domain, ticks } = valueAxis(top, 'things', { whole });
        expect(ticks[0]).toBe(0);
        expect(domain).toEqual([0, ticks[ticks.length - 1]]);
        expect(domain[1]).toBeGreaterThanOrEqual(top);
        expect(ticks.length).toBeLessThanOrEqual(6);
        const step = ticks[1]! - ticks[0]!;
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
        expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        if (whole) for (const tick of ticks) expect(Number.isInteger(tick)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a percentage axis within 0–100', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom('%', 'percent'),
        (top, unit) => {
          for (const tick of valueAxis(top, unit).ticks) {
            expect(tick).toBeGreaterThanOrEqual(0);
            expect(tick).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------
// Properties over generated datasets.

const CLAIMANTS = [
  { claimant: 'alpha' },
  { claimant: 'alpha', claimantDetail: 'NIS' },
  { claimant: 'beta' },
  { claimant: 'gamma', claimantDetail: 'Army' },
] as const;

const METRICS: Metric[] = [TROOPS, AID, { id: 'losses', name: 'Losses', unit: 'people', topic: 'troops' }];

/** A real calendar date at year, month or day precision. */
const datasetDate = fc
  .tuple(
    fc.date({
      min: new Date('2022-01-01T00:00:00Z'),
      max: new Date('2026-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom(4, 7, 10),
  )
  .map(([date, length]) => date.toISOString().slice(0, length));

const generatedFigure = fc
  .record({
    metric: fc.constantFrom(...METRICS.map((m) => m.id)),
    date: datasetDate,
    status: fc.constantFrom(...STATUSES),
    who: fc.constantFrom(...CLAIMANTS),
    value: fc.integer({ min: 0, max: 10_000 }),
    below: fc.option(fc.integer({ min: 0, max: 2_000 })),
    above: fc.option(fc.integer({ min: 0, max: 2_000 })),
  })
  .map(({ who, value, below, above, ...rest }) => ({
    ...rest,
    ...who,
    value,
    ...(below === null ? {} : { low: Math.max(0, value - below) }),
    ...(above === null ? {} : { high: value + above }),
  }));

const generatedEvent = fc.record({
  date: fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2028-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .chain((date) => fc.constantFrom(4, 7, 10).map((length) => date.toISOString().slice(0, length))),
  topics: fc.subarray(['troops', 'aid']),
});

const generatedDataset = (maxFigures: number, maxEvents = 6) =>
  fc
    .record({
      figures: fc.array(generatedFigure, { minLength: 1, maxLength: maxFigures }),
      events: fc.array(generatedEvent, { maxLength: maxEvents }),
    })
    .map(({ figures, events }) =>
      build(
        figures.map((f, at) => figure({ id: `f-${at}`, ...f })),
        events.map((e, at) => event({ id: `e-${at}`, ...e })),
        METRICS,
      ),
    );

/** Each metric with figures, its figures and its chart. */
function* charts(built: Built, maxMarks?: number) {
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
            const chart = buildChart(built.index, metric, figures, built.events, { maxMarks, maxEvents });
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
