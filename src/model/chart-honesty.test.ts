import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURES, QUALIFIERS, STATUSES, type Figure, type Metric } from '../data/schema.ts';
import { event, figure, makeFactsheet } from '../testing/data-generators.ts';
import { labelEvents, MAX_LABELLED_EVENTS, type ChartEvent } from './chart-events.ts';
import { chartGroups, comparedMetrics, otherNumbers } from './chart-groups.ts';
import { groupKeyOf, keyCountries } from './chart-key.ts';
import { claimantStyles } from './claimant-styles.ts';
import { claimsSummary, earlierClaims } from './claims-compared.ts';
import { buildIndex, type EventItem, type FigureItem } from './dataset-index.ts';
import { parseDate } from './dates.ts';
import { scaleTopOf } from './chart-scale.ts';
import { buildChart } from './series.ts';

/** What a reader must never be shown: lines across claimants or to forecasts, trends in amounts per period. */

const metricOf = (measure?: Metric['measure'], unit = 'soldiers'): Metric => ({
  id: 'm',
  name: 'Measure',
  unit,
  topic: 'troops',
  ...(measure ? { measure } : {}),
});

function indexed(figures: Figure[], metrics: Metric[], events = [] as ReturnType<typeof event>[]) {
  const index = buildIndex(makeFactsheet({ figures, metrics, events }));
  return {
    index,
    figures: index.items.filter((i): i is FigureItem => i.kind === 'figure'),
    events: index.items.filter((i): i is EventItem => i.kind === 'event'),
  };
}

const dayDate = fc
  .date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const generatedFigure = fc.record({
  date: dayDate,
  status: fc.constantFrom(...STATUSES),
  claimant: fc.constantFrom('alpha', 'beta', 'gamma'),
  claimantDetail: fc.constantFrom(undefined, 'Ministry', 'Army'),
  value: fc.integer({ min: 0, max: 20_000 }),
  qualifier: fc.constantFrom(...QUALIFIERS),
  period: fc.option(fc.tuple(dayDate, dayDate)),
});

const generatedChart = fc
  .record({
    measure: fc.constantFrom(undefined, ...MEASURES),
    figures: fc.array(generatedFigure, { minLength: 1, maxLength: 25 }),
  })
  .map(({ measure, figures }) => {
    const metric = metricOf(measure);
    const built = indexed(
      figures.map(({ claimantDetail, period, ...f }, at) =>
        figure({
          id: `f-${at}`,
          metric: 'm',
          ...f,
          ...(claimantDetail ? { claimantDetail } : {}),
          ...(period ? { period: { from: [...period].sort()[0]!, to: [...period].sort()[1]! } } : {}),
        }),
      ),
      [metric],
    );
    return { metric, built, chart: buildChart(built.index, metric, built.figures, []) };
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
    const built = indexed(
      [
        figure({ id: 'a', metric: 'm', date: '2024-01-10', value: 100 }),
        figure({ id: 'p', metric: 'm', date: '2024-03-10', value: 900, status: 'projected' }),
        figure({ id: 'b', metric: 'm', date: '2024-05-10', value: 300 }),
        figure({ id: 'x', metric: 'm', date: '2024-06-10', value: 500, claimant: 'beta' }),
      ],
      [metricOf('cumulative')],
    );
    const chart = buildChart(built.index, metricOf('cumulative'), built.figures, []);
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
          const withOutlier = indexed([...built.figures.map((f) => f.record), outlier], [metric]);
          const redrawn = buildChart(withOutlier.index, metric, withOutlier.figures, []);
          expect(redrawn.yAxis).toEqual(chart.yAxis);
          const drawn = redrawn.series.flatMap((s) => s.points).find((p) => p.id === 'zz-outlier')!;
          expect(drawn.clipped).toBe(huge > chart.yAxis.domain[1]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is set by the forecasts of a chart that has nothing else', () => {
    const built = indexed(
      [
        figure({ id: 'a', metric: 'm', value: 15_000, status: 'projected' }),
        figure({ id: 'b', metric: 'm', value: 100_000, status: 'projected', date: '2025-02-01' }),
      ],
      [metricOf('forecast')],
    );
    expect(scaleTopOf(built.figures)).toBe(100_000);
  });
});

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
    const built = indexed(
      [
        figure({ id: 'a', metric: 'm', date: '2024-01-10', value: 100 }),
        figure({ id: 'b', metric: 'm', date: '2024-06-10', value: 3000 }),
      ],
      [metric],
      [
        event({ id: 'e-1', date: '2024-05-01' }),
        event({ id: 'e-2', date: '2024-02-01' }),
        event({ id: 'e-3', date: '2024-06-20' }),
      ],
    );
    const chart = buildChart(built.index, metric, built.figures, built.events);
    expect(chart.events.filter((e) => e.label !== null).map((e) => e.id)).toEqual(['e-1']);
    expect(chart.eventNote).toBe(
      'Events: 1 labelled, nearest the largest changes; 2 events as ticks on the time axis.',
    );
  });
});

describe('chart groups and other numbers', () => {
  const metrics: Metric[] = [
    { id: 'sent', name: 'Sent', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
    { id: 'returned', name: 'Returned', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
    { id: 'tiny', name: 'Tiny', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
    { id: 'one', name: 'One figure', unit: 'soldiers', topic: 'troops' },
    { id: 'aid', name: 'Aid', unit: 'tonnes', topic: 'aid' },
  ];
  const built = indexed(
    [
      figure({ id: 's-1', metric: 'sent', value: 10_000 }),
      figure({ id: 's-2', metric: 'sent', value: 15_000, claimant: 'beta', date: '2025-02-01' }),
      figure({ id: 'r-1', metric: 'returned', value: 3_000 }),
      figure({ id: 'r-2', metric: 'returned', value: 2_000, claimant: 'beta' }),
      figure({ id: 't-1', metric: 'tiny', value: 9 }),
      figure({ id: 't-2', metric: 'tiny', value: 12, date: '2025-03-01' }),
      figure({ id: 'o-1', metric: 'one', value: 6 }),
      figure({ id: 'a-1', metric: 'aid', value: 5 }),
      figure({ id: 'a-2', metric: 'aid', value: 7, claimant: 'gamma' }),
    ],
    metrics,
  );
  const groups = chartGroups(built.index, built.figures);

  it('chart only measures with two or more figures, grouped by topic in the dataset’s order', () => {
    expect(groups.map((g) => [g.name, g.charts.map((c) => c.metric.id)])).toEqual([
      ['Troops', ['sent', 'returned', 'tiny']],
      ['Aid', ['aid']],
    ]);
  });

  it('share a scale between comparable charts, except one whose values are under a tenth of theirs', () => {
    const troops = groups[0]!.charts;
    expect(troops.map((c) => [c.metric.id, c.scale, c.scaleTop])).toEqual([
      ['sent', 'shared', 15_000],
      ['returned', 'shared', 15_000],
      ['tiny', 'smaller', 12],
    ]);
    expect(groups[1]!.charts[0]!.scale).toBe('own');
  });

  it('list every single-claimant measure under Other numbers, and compare only the others', () => {
    const others = otherNumbers(built.index, built.figures);
    expect(others.map((o) => [o.metric.id, o.latest.id, o.earlier.map((f) => f.id), o.charted])).toEqual([
      ['tiny', 't-2', ['t-1'], true],
      ['one', 'o-1', [], false],
    ]);
    expect(comparedMetrics(metrics, built.figures).map((m) => m.metric.id)).toEqual([
      'sent',
      'returned',
      'aid',
    ]);
  });

  it('have one key that explains the marks their charts draw, and no others', () => {
    const troops = groupKeyOf(groups[0]!);
    expect([...troops.statuses]).toEqual(['reported']);
    expect(troops).toMatchObject({
      lines: true,
      above: false,
      below: false,
      about: false,
      ranges: false,
      periods: false,
      beyond: false,
    });
    const forecasts = indexed(
      [
        figure({ id: 'p-1', metric: 'sent', value: 10, status: 'projected', qualifier: 'about' }),
        figure({
          id: 'p-2',
          metric: 'sent',
          value: 12,
          status: 'projected',
          date: '2025-03-01',
          qualifier: 'up-to',
        }),
      ],
      metrics,
    );
    const key = groupKeyOf(chartGroups(forecasts.index, forecasts.figures)[0]!);
    expect(key).toMatchObject({ lines: false, about: true, below: true, above: false });
  });

  it('list claimants in the key by country, each country’s bodies after it', () => {
    const two = indexed(
      [
        figure({ id: 'n-1', metric: 'sent', claimant: 'alpha', claimantDetail: 'NIS' }),
        figure({ id: 'n-2', metric: 'sent', claimant: 'alpha', claimantDetail: 'NIS', date: '2025-02-01' }),
        figure({ id: 'j-1', metric: 'sent', claimant: 'alpha', claimantDetail: 'JCS' }),
        figure({ id: 'b-1', metric: 'sent', claimant: 'beta' }),
      ],
      metrics,
    );
    const group = chartGroups(two.index, two.figures)[0]!;
    const countries = keyCountries(group, claimantStyles(two.figures), two.index.actors);
    expect(countries.map((c) => [c.name, c.colour, c.bodies.map((b) => [b.name, b.shape])])).toEqual([
      [
        'Alphaland',
        0,
        [
          ['NIS', 0],
          ['JCS', 1],
        ],
      ],
      ['Betastan', 1, [['', 0]]],
    ]);
  });

  it('never chart a single figure, and list every single figure under Other numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...metrics.map((m) => m.id)), { maxLength: 12 }), (ids) => {
        const some = indexed(
          ids.map((metric, at) => figure({ id: `f-${at}`, metric, claimant: at % 2 ? 'alpha' : 'beta' })),
          metrics,
        );
        const charted = chartGroups(some.index, some.figures).flatMap((g) => g.charts);
        const listed = new Set(otherNumbers(some.index, some.figures).map((o) => o.metric.id));
        for (const metric of metrics) {
          const n = ids.filter((id) => id === metric.id).length;
          expect(charted.some((c) => c.metric.id === metric.id)).toBe(n >= 2);
          if (n === 1) expect(listed.has(metric.id)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('earlier claims', () => {
  it('are those more than 12 months older than the newest claim', () => {
    const built = indexed(
      [
        figure({ id: 'old', date: '2024-01-15' }),
        figure({ id: 'edge', date: '2024-06-30', claimant: 'beta' }),
        figure({ id: 'new', date: '2025-06-30', claimant: 'gamma' }),
      ],
      [metricOf()],
    );
    expect([...earlierClaims(built.figures)]).toEqual(['old']);
  });
});

describe('a compared metric’s one-line summary', () => {
  it('never lets a forecast stretch the range of claims', () => {
    const built = indexed(
      [
        figure({ id: 'a', value: 2000, claimant: 'alpha' }),
        figure({ id: 'b', value: 4000, claimant: 'beta' }),
        figure({ id: 'c', value: 6000, claimant: 'beta', status: 'projected', date: '2025-06-01' }),
      ],
      [metricOf()],
    );
    expect(claimsSummary(metricOf(), built.figures)).toBe('2 claimants, latest claims 2,000–4,000 soldiers');
  });

  it('gives the range of the forecasts when a metric has nothing else', () => {
    const built = indexed(
      [
        figure({ id: 'a', value: 10_000, status: 'projected' }),
        figure({ id: 'b', value: 100_000, claimant: 'beta', status: 'projected' }),
      ],
      [metricOf('forecast')],
    );
    expect(claimsSummary(metricOf(), built.figures)).toBe(
      '2 claimants, latest claims 10,000–100,000 soldiers',
    );
  });
});
