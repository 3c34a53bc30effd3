import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Figure, type Metric } from '../data/schema.ts';
import { figure, makeFactsheet } from '../testing/data-generators.ts';
import {
  abbreviateChain,
  claimantCount,
  claimantKey,
  compareRecency,
  figuresByMetric,
  groupByClaimant,
  headlineMetrics,
  highOf,
  latestPerClaimant,
  lowOf,
  metricsWithFigures,
  rangeOf,
  revisionChains,
} from './claims.ts';
import { buildIndex, type FigureItem } from './dataset-index.ts';
import { compareSpans } from './dates.ts';

/** The figure items of a dataset made of the default test sheet and these figures. */
const itemsOf = (figures: Figure[], metrics?: Metric[]): FigureItem[] =>
  buildIndex(makeFactsheet({ figures, ...(metrics ? { metrics } : {}) })).items.filter(
    (item): item is FigureItem => item.kind === 'figure',
  );

const ids = (items: readonly FigureItem[]): string[] => items.map((item) => item.id);
const values = (items: readonly FigureItem[]): number[] => items.map((item) => item.record.value ?? NaN);

const metric = (id: string, overrides: Partial<Metric> = {}): Metric => ({
  id,
  name: `Metric ${id}`,
  unit: 'people',
  topic: 'troops',
  ...overrides,
});

describe('claimantKey', () => {
  it('is the actor alone when there is no detail', () => {
    expect(claimantKey({ claimant: 'alpha' })).toBe('alpha');
  });

  it('joins actor and detail, so two organisations of one side are two claimants', () => {
    expect(claimantKey({ claimant: 'alpha', claimantDetail: 'NIS' })).toBe('alpha|NIS');
    expect(claimantKey({ claimant: 'alpha', claimantDetail: 'Army' })).not.toBe(
      claimantKey({ claimant: 'alpha', claimantDetail: 'NIS' }),
    );
    expect(claimantKey({ claimant: 'alpha', claimantDetail: 'NIS' })).not.toBe(
      claimantKey({ claimant: 'alpha' }),
    );
  });
});

describe('compareRecency', () => {
  it('puts the later date last', () => {
    const items = itemsOf([
      figure({ id: 'f-late', date: '2025-02', status: 'disputed' }),
      figure({ id: 'f-early', date: '2025-01-31', status: 'confirmed' }),
    ]);
    const late = items.find((item) => item.id === 'f-late')!;
    const early = items.find((item) => item.id === 'f-early')!;
    expect(compareRecency(late, early)).toBeGreaterThan(0);
    expect(compareRecency(early, late)).toBeLessThan(0);
  });

  it('on the same date, ranks confirmed > reported > estimated > claimed > projected > disputed', () => {
    // Ids run the other way, so that only the status can produce this order.
    const items = itemsOf([
      figure({ id: 'f-1', date: '2025-03-01', status: 'confirmed' }),
      figure({ id: 'f-2', date: '2025-03-01', status: 'reported' }),
      figure({ id: 'f-3', date: '2025-03-01', status: 'estimated' }),
      figure({ id: 'f-4', date: '2025-03-01', status: 'claimed' }),
      figure({ id: 'f-5', date: '2025-03-01', status: 'projected' }),
      figure({ id: 'f-6', date: '2025-03-01', status: 'disputed' }),
    ]);
    const oldestFirst = [...items].sort(compareRecency);
    expect(oldestFirst.map((item) => item.record.status)).toEqual([
      'disputed',
      'projected',
      'claimed',
      'estimated',
      'reported',
      'confirmed',
    ]);
  });

  it('on the same date and status, falls back to the id so that ties are stable', () => {
    const [a, b] = itemsOf([figure({ id: 'f-a', date: '2025-03' }), figure({ id: 'f-b', date: '2025-03' })]);
    expect(compareRecency(b!, a!)).toBeGreaterThan(0);
    expect(compareRecency(a!, b!)).toBeLessThan(0);
    expect(compareRecency(a!, a!)).toBe(0);
  });
});

describe('lowOf and highOf', () => {
  it('use the figure’s own range, or its value when it has none', () => {
    const ranged = figure({ id: 'f-1', value: 10, low: 8, high: 15 });
    const bare = figure({ id: 'f-2', value: 10 });
    expect([lowOf(ranged), highOf(ranged)]).toEqual([8, 15]);
    expect([lowOf(bare), highOf(bare)]).toEqual([10, 10]);
  });
});

describe('groupByClaimant', () => {
  const items = itemsOf([
    figure({ id: 'a-mar', date: '2025-03', claimant: 'alpha' }),
    figure({ id: 'b-jan', date: '2025-01', claimant: 'beta' }),
    figure({ id: 'nis-dec', date: '2024-12', claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'a-jan', date: '2025-01-20', claimant: 'alpha' }),
    figure({ id: 'nis-feb', date: '2025-02', claimant: 'alpha', claimantDetail: 'NIS' }),
  ]);

  it('makes one group per claimant', () => {
    const groups = groupByClaimant(items);
    expect([...groups.keys()].sort()).toEqual(['alpha', 'alpha|NIS', 'beta']);
    expect(ids(groups.get('alpha|NIS')!)).toEqual(['nis-dec', 'nis-feb']);
    expect(ids(groups.get('beta')!)).toEqual(['b-jan']);
  });

  it('orders each group oldest first, whatever the input order', () => {
    const groups = groupByClaimant([...items].reverse());
    expect(ids(groups.get('alpha')!)).toEqual(['a-jan', 'a-mar']);
    expect(ids(groups.get('alpha|NIS')!)).toEqual(['nis-dec', 'nis-feb']);
  });

  it('is empty for no figures', () => expect(groupByClaimant([]).size).toBe(0));
});

describe('latestPerClaimant', () => {
  it('keeps one claim per claimant, its latest, sorted by value', () => {
    const items = itemsOf([
      figure({ id: 'a-old', date: '2025-01', value: 500, claimant: 'alpha' }),
      figure({ id: 'a-new', date: '2025-03', value: 200, claimant: 'alpha' }),
      figure({ id: 'b-only', date: '2025-02', value: 900, claimant: 'beta' }),
      figure({ id: 'g-old', date: '2024', value: 50, claimant: 'gamma' }),
      figure({ id: 'g-new', date: '2025-06-01', value: 300, claimant: 'gamma' }),
    ]);
    const latest = latestPerClaimant([...items].reverse());
    expect(ids(latest)).toEqual(['a-new', 'g-new', 'b-only']);
    expect(values(latest)).toEqual([200, 300, 900]);
  });

  it('breaks ties in value by claimant', () => {
    const items = itemsOf([
      figure({ id: 'f-1', value: 100, claimant: 'beta' }),
      figure({ id: 'f-2', value: 100, claimant: 'alpha', claimantDetail: 'Zed' }),
      figure({ id: 'f-3', value: 100, claimant: 'alpha' }),
    ]);
    expect(ids(latestPerClaimant(items))).toEqual(['f-3', 'f-2', 'f-1']);
  });

  it('is empty for no figures', () => expect(latestPerClaimant([])).toEqual([]));
});

describe('rangeOf', () => {
  it('is null for no claims', () => expect(rangeOf([])).toBeNull());

  it('spans each claim’s own low and high, or its value', () => {
    const items = itemsOf([
      figure({ id: 'f-1', value: 100, low: 80, high: 110, claimant: 'alpha' }),
      figure({ id: 'f-2', value: 200, claimant: 'alpha', claimantDetail: 'NIS' }),
      figure({ id: 'f-3', value: 150, high: 190, claimant: 'alpha' }),
    ]);
    expect(rangeOf(items)).toEqual({ low: 80, high: 200, claimants: 2 });
  });

  it('is a single point for one bare claim', () => {
    expect(rangeOf(itemsOf([figure({ id: 'f-1', value: 42, claimant: 'beta' })]))).toEqual({
      low: 42,
      high: 42,
      claimants: 1,
    });
  });
});

describe('headlineMetrics', () => {
  it('keeps the metrics marked headline, in their order', () => {
    const metrics = [metric('a', { headline: true }), metric('b'), metric('c', { headline: true })];
    expect(headlineMetrics(metrics).map((m) => m.id)).toEqual(['a', 'c']);
  });

  it('keeps every metric when none is marked (headline: false is not a mark)', () => {
    const metrics = [metric('a', { headline: false }), metric('b')];
    expect(headlineMetrics(metrics).map((m) => m.id)).toEqual(['a', 'b']);
  });
});

describe('figuresByMetric', () => {
  it('lists the figures of each metric', () => {
    const byMetric = figuresByMetric(
      itemsOf([
        figure({ id: 'f-1', metric: 'troops' }),
        figure({ id: 'f-2', metric: 'aid-tonnes' }),
        figure({ id: 'f-3', metric: 'troops', date: '2025-02' }),
      ]),
    );
    expect(ids(byMetric.get('troops')!)).toEqual(['f-1', 'f-3']);
    expect(ids(byMetric.get('aid-tonnes')!)).toEqual(['f-2']);
  });
});

describe('revisionChains', () => {
  const items = itemsOf([
    figure({ id: 'nis-4', date: '2025-09', value: 2000, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'nis-2', date: '2025-01', value: 300, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'b-2', date: '2025-05', value: 12000, claimant: 'beta' }),
    figure({ id: 'nis-1', date: '2024-12', value: 100, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'g-1', date: '2025-02', value: 11000, claimant: 'gamma' }),
    figure({ id: 'a-1', date: '2025-02', value: 10000, claimant: 'alpha' }),
    figure({ id: 'b-1', date: '2025-01', value: 11000, claimant: 'beta' }),
    figure({ id: 'nis-3', date: '2025-04', value: 600, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'a-2', date: '2025-03-10', value: 12000, claimant: 'alpha' }),
  ]);

  it('tells how a claim changed: NIS 100 (2024-12) → 300 (2025-01) → 600 (2025-04) → 2,000 (2025-09)', () => {
    const nis = revisionChains([...items].reverse()).find((chain) => chain.claimant === 'alpha|NIS')!;
    expect(nis.figures.map((f) => [f.record.value, f.date])).toEqual([
      [100, '2024-12'],
      [300, '2025-01'],
      [600, '2025-04'],
      [2000, '2025-09'],
    ]);
  });

  it('lists the longest chains first, then by claimant', () => {
    expect(revisionChains(items).map((chain) => [chain.claimant, chain.figures.length])).toEqual([
      ['alpha|NIS', 4],
      ['alpha', 2],
      ['beta', 2],
      ['gamma', 1],
    ]);
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
    metric: fc.constantFrom('troops', 'aid-tonnes', 'losses'),
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

const generatedDataset = fc
  .record({
    figures: fc.array(generatedFigure, { minLength: 1, maxLength: 30 }),
    headlines: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  })
  .map(({ figures, headlines: [troops, aid, losses] }) => {
    const metrics = [
      metric('troops', { headline: troops }),
      metric('aid-tonnes', { headline: aid, topic: 'aid' }),
      metric('losses', { headline: losses }),
    ];
    return {
      metrics,
      items: itemsOf(
        figures.map((f, at) => figure({ id: `f-${at}`, ...f })),
        metrics,
      ),
    };
  });

const RUNS = { numRuns: 200 };

describe('properties of generated datasets', () => {
  it('a range always contains each of its claims', () => {
    fc.assert(
      fc.property(generatedDataset, ({ items }) => {
        for (const list of figuresByMetric(items).values()) {
          const range = rangeOf(list)!;
          for (const { record } of list) {
            expect(range.low).toBeLessThanOrEqual(lowOf(record));
            expect(lowOf(record)).toBeLessThanOrEqual(record.value ?? lowOf(record));
            expect(record.value ?? highOf(record)).toBeLessThanOrEqual(highOf(record));
            expect(highOf(record)).toBeLessThanOrEqual(range.high);
          }
          expect(range.claimants).toBe(new Set(list.map((f) => claimantKey(f.record))).size);
        }
      }),
      RUNS,
    );
  });

  it('groups put every figure in exactly one group, oldest first', () => {
    fc.assert(
      fc.property(generatedDataset, ({ items }) => {
        const groups = groupByClaimant(items);
        const grouped = [...groups.values()].flat();
        expect(ids(grouped).sort()).toEqual(ids(items).sort());
        for (const [key, group] of groups) {
          for (const f of group) expect(claimantKey(f.record)).toBe(key);
          for (let at = 1; at < group.length; at++) {
            expect(compareSpans(group[at - 1]!.span, group[at]!.span)).toBeLessThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('latestPerClaimant never picks an older figure', () => {
    fc.assert(
      fc.property(generatedDataset, ({ items }) => {
        const latest = latestPerClaimant(items);
        const keys = latest.map((f) => claimantKey(f.record));
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(items.map((f) => claimantKey(f.record))));
        for (const chosen of latest) {
          for (const other of items) {
            if (claimantKey(other.record) !== claimantKey(chosen.record)) continue;
            expect(compareSpans(other.span, chosen.span)).toBeLessThanOrEqual(0);
          }
        }
        for (let at = 1; at < latest.length; at++) {
          expect(lowOf(latest[at - 1]!.record)).toBeLessThanOrEqual(lowOf(latest[at]!.record));
        }
      }),
      RUNS,
    );
  });
});

describe('abbreviateChain', () => {
  const chainOf = (n: number) =>
    itemsOf(
      Array.from({ length: n }, (_, at) =>
        figure({
          id: `f-${String(at).padStart(3, '0')}`,
          value: at + 1,
          date: `2020-01-${String((at % 28) + 1).padStart(2, '0')}`,
        }),
      ),
    );

  it('keeps short chains whole', () => {
    const seven = chainOf(7);
    expect(abbreviateChain(seven)).toEqual({ head: seven, omitted: 0, tail: [] });
  });

  it('keeps the first 2 and the latest 4 steps of a long chain and counts the rest', () => {
    const chain = chainOf(40);
    const short = abbreviateChain(chain);
    expect(ids(short.head)).toEqual(ids(chain.slice(0, 2)));
    expect(ids(short.tail)).toEqual(ids(chain.slice(36)));
    expect(short.omitted).toBe(34);
  });

  it('for any length, shown plus omitted is the whole chain, in order', () => {
    const chain = chainOf(60);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (n, first, last) => {
          const list = chain.slice(0, n);
          const { head, omitted, tail } = abbreviateChain(list, first, last);
          expect(head.length + omitted + tail.length).toBe(n);
          expect([...ids(head), ...ids(tail)]).toEqual([
            ...ids(list.slice(0, head.length)),
            ...ids(list.slice(n - tail.length)),
          ]);
          if (omitted > 0) expect(omitted).toBeGreaterThan(1);
        },
      ),
    );
  });
});

describe('claimantCount', () => {
  it('counts (actor, detail) pairs, not figures', () => {
    const items = itemsOf([
      figure({ id: 'f-1', claimant: 'ua', claimantDetail: 'GUR' }),
      figure({ id: 'f-2', claimant: 'ua', claimantDetail: 'GUR', date: '2025-02-01' }),
      figure({ id: 'f-3', claimant: 'ua' }),
      figure({ id: 'f-4', claimant: 'kr', claimantDetail: 'NIS' }),
    ]);
    expect(claimantCount(items)).toBe(3);
    expect(claimantCount([])).toBe(0);
  });
});

describe('metricsWithFigures', () => {
  it('lists the metrics that have figures, in the dataset order, each with its own figures', () => {
    const metrics = [metric('aid'), metric('troops'), metric('losses')];
    const items = itemsOf(
      [
        figure({ id: 'f-1', metric: 'losses' }),
        figure({ id: 'f-2', metric: 'troops' }),
        figure({ id: 'f-3', metric: 'losses', date: '2025-03-01' }),
      ],
      metrics,
    );
    const grouped = metricsWithFigures(metrics, items);
    expect(grouped.map((g) => g.metric.id)).toEqual(['troops', 'losses']);
    expect(grouped.map((g) => ids(g.figures))).toEqual([['f-2'], ['f-1', 'f-3']]);
  });
});
