import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Factsheet } from '../data/schema.ts';
import { event, figure, makeFactsheet, statement } from '../testing/data-generators.ts';
import { buildIndex } from './dataset-index.ts';
import { isFiltered, NO_FILTERS, sanitiseFilters, selectItems, type Filters } from './filter.ts';

const data = makeFactsheet({
  figures: [
    figure({
      id: 'f-alpha',
      date: '2025-01',
      claimant: 'alpha',
      actors: [],
      claimantDetail: 'Ministry of Truth',
    }),
    figure({
      id: 'f-beta',
      date: '2025-03-15',
      claimant: 'beta',
      actors: ['gamma'],
      metric: 'aid-tonnes',
      note: 'Via the harbour master.',
    }),
    figure({ id: 'f-year', date: '2024', claimant: 'gamma', actors: [] }),
  ],
  events: [
    event({
      id: 'e-feb',
      date: '2025-02-01',
      title: 'Border crossing at Kürsk',
      actors: ['alpha'],
      topics: ['troops'],
    }),
    event({
      id: 'e-jun',
      date: '2025-06',
      title: 'Talks',
      summary: 'Delegations met.',
      actors: ['beta'],
      topics: ['aid'],
    }),
  ],
  statements: [
    statement({
      id: 's-1',
      date: '2025-04',
      speaker: 'Ana Lys',
      actor: 'beta',
      actors: ['alpha'],
      quote: 'We never comment.',
      topics: ['troops'],
    }),
  ],
});
const index = buildIndex(data);
const ids = (filters: Partial<Filters>) =>
  selectItems(index, { ...NO_FILTERS, ...filters })
    .items.map((i) => i.id)
    .sort();

describe('selectItems', () => {
  it('selects everything without filters, figures first, each kind in date order', () => {
    expect(selectItems(index, NO_FILTERS).items.map((i) => i.id)).toEqual([
      'f-year',
      'f-alpha',
      'f-beta',
      'e-feb',
      'e-jun',
      's-1',
    ]);
  });

  it("matches Involving among an item's actors or a statement's speaker side, never a figure's claimant", () => {
    expect(ids({ actors: ['alpha'] })).toEqual(['e-feb', 's-1']);
    expect(ids({ actors: ['beta'] })).toEqual(['e-jun', 's-1']);
    expect(ids({ actors: ['gamma'] })).toEqual(['f-beta']);
  });

  it("matches Claimed by as a figure's claimant or a statement's speaker side, and lets every event through", () => {
    expect(ids({ by: ['alpha'] })).toEqual(['e-feb', 'e-jun', 'f-alpha']);
    expect(ids({ by: ['beta'] })).toEqual(['e-feb', 'e-jun', 'f-beta', 's-1']);
    expect(ids({ by: ['gamma'] })).toEqual(['e-feb', 'e-jun', 'f-year']);
  });

  it('combines choices with OR within a facet and AND across facets', () => {
    expect(ids({ actors: ['alpha', 'gamma'] })).toEqual(['e-feb', 'f-beta', 's-1']);
    expect(ids({ actors: ['alpha', 'gamma'], topics: ['aid'] })).toEqual(['f-beta']);
    expect(ids({ by: ['alpha', 'gamma'] })).toEqual(['e-feb', 'e-jun', 'f-alpha', 'f-year']);
    expect(ids({ by: ['beta'], actors: ['alpha'] })).toEqual(['e-feb', 's-1']);
    expect(ids({ by: ['beta'], actors: ['gamma'] })).toEqual(['f-beta']);
    expect(ids({ by: ['alpha'], topics: ['aid'] })).toEqual(['e-jun']);
  });

  it("matches a figure's topic through its metric", () => {
    expect(ids({ topics: ['aid'] })).toEqual(['e-jun', 'f-beta']);
  });

  it('keeps items whose date overlaps the range, at any precision', () => {
    expect(ids({ from: '2025-03', to: '2025-03' })).toEqual(['f-beta']);
    expect(ids({ from: '2025-06-15' })).toEqual(['e-jun']);
    expect(ids({ to: '2024-12-31' })).toEqual(['f-year']);
    expect(ids({ from: '2024-06', to: '2024-06' })).toEqual(['f-year']);
  });

  it('searches what a reader sees, ignoring case and accents', () => {
    expect(ids({ q: 'KURSK' })).toEqual(['e-feb']);
    expect(ids({ q: 'ministry of truth' })).toEqual(['f-alpha']);
    expect(ids({ q: 'harbour' })).toEqual(['f-beta']);
    expect(ids({ q: 'ana lys' })).toEqual(['s-1']);
    expect(ids({ q: 'delegations' })).toEqual(['e-jun']);
    expect(ids({ q: 'betastan comment' })).toEqual(['s-1']);
    expect(ids({ q: 'aid delivered' })).toEqual(['f-beta']);
  });

  it('lists only the sources cited by what is selected', () => {
    const withSources = makeFactsheet({
      events: [event({ id: 'e', sources: ['paper-undated'] })],
      figures: [],
      statements: [],
    });
    const selection = selectItems(buildIndex(withSources), NO_FILTERS);
    expect(selection.sources.map((s) => s.id)).toEqual(['paper-undated']);
  });

  it('counts, for each facet choice, what it would match under the other filters', () => {
    const selection = selectItems(index, { ...NO_FILTERS, actors: ['alpha'], topics: ['troops'] });
    expect(selection.actorCounts.get('alpha')).toBe(ids({ actors: ['alpha'], topics: ['troops'] }).length);
    expect(selection.actorCounts.get('beta')).toBe(ids({ actors: ['beta'], topics: ['troops'] }).length);
    expect(selection.topicCounts.get('aid')).toBe(ids({ actors: ['alpha'], topics: ['aid'] }).length);
  });

  it('counts Claimed by over figures and statements only', () => {
    const all = selectItems(index, NO_FILTERS);
    expect(Object.fromEntries(all.byCounts)).toEqual({ alpha: 1, beta: 2, gamma: 1 });
    expect(Object.fromEntries(all.actorCounts)).toEqual({ alpha: 2, beta: 2, gamma: 1 });
    expect(all.facetTotals).toEqual({ by: 4, actors: 6, topics: 6 });

    const involvingAlpha = selectItems(index, { ...NO_FILTERS, actors: ['alpha'] });
    expect(Object.fromEntries(involvingAlpha.byCounts)).toEqual({ alpha: 0, beta: 1, gamma: 0 });
    expect(involvingAlpha.facetTotals).toEqual({ by: 1, actors: 6, topics: 2 });

    const byBeta = selectItems(index, { ...NO_FILTERS, by: ['beta'] });
    expect(byBeta.facetTotals).toEqual({ by: 4, actors: 4, topics: 4 });
    expect(byBeta.topicCounts.get('troops')).toBe(ids({ by: ['beta'], topics: ['troops'] }).length);
  });
});

describe('sanitiseFilters', () => {
  it('drops unknown ids and impossible dates, sorts and dedupes the rest', () => {
    expect(
      sanitiseFilters(
        {
          by: ['gamma', 'nobody', 'alpha', 'gamma'],
          actors: ['beta', 'nobody', 'alpha', 'beta'],
          topics: ['x'],
          from: '2025-02-30',
          to: '2025',
          q: 'a',
        },
        index,
      ),
    ).toEqual({
      by: ['alpha', 'gamma'],
      actors: ['alpha', 'beta'],
      topics: [],
      from: null,
      to: '2025',
      q: 'a',
    });
  });

  it('bounds the search text', () => {
    expect(sanitiseFilters({ ...NO_FILTERS, q: 'x'.repeat(500) }, index).q).toHaveLength(200);
  });
});

describe('isFiltered', () => {
  it('is false only for no filters at all', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, q: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, to: '2025' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, by: ['alpha'] })).toBe(true);
  });
});

// Property tests over random datasets and random filters.
const ACTORS = ['a', 'b', 'c', 'd'];
const TOPICS = ['t1', 't2', 't3'];
const dateArb = fc.oneof(
  fc.integer({ min: 2020, max: 2026 }).map(String),
  fc
    .record({ y: fc.integer({ min: 2020, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const subset = <T>(values: T[]) => fc.subarray(values);
const wordArb = fc.constantFrom('', 'alpha', 'treaty', 'ship', 'x');

const datasetArb: fc.Arbitrary<Factsheet> = fc
  .record({
    figures: fc.array(
      fc.record({
        date: dateArb,
        claimant: fc.constantFrom(...ACTORS),
        actors: subset(ACTORS),
        metric: fc.constantFrom('m1', 'm2'),
        note: wordArb,
      }),
      { maxLength: 12 },
    ),
    events: fc.array(
      fc.record({ date: dateArb, actors: subset(ACTORS), topics: subset(TOPICS), title: wordArb }),
      { maxLength: 8 },
    ),
    statements: fc.array(
      fc.record({
        date: dateArb,
        actor: fc.constantFrom(...ACTORS),
        actors: subset(ACTORS),
        topics: subset(TOPICS),
        quote: wordArb,
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ figures, events, statements }) =>
    makeFactsheet({
      actors: ACTORS.map((id) => ({ id, name: `Actor ${id}` })),
      topics: TOPICS.map((id) => ({ id, name: `Topic ${id}` })),
      metrics: [
        { id: 'm1', name: 'Metric one', unit: 'u', topic: 't1' },
        { id: 'm2', name: 'Metric two', unit: 'u', topic: 't2' },
      ],
      figures: figures.map((f, at) => figure({ id: `f${at}`, ...f, note: f.note || undefined })),
      events: events.map((e, at) => event({ id: `e${at}`, ...e, title: e.title || 'Event' })),
      statements: statements.map((s, at) => statement({ id: `s${at}`, ...s, quote: s.quote || 'Words' })),
    }),
  );

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  by: subset(ACTORS),
  actors: subset(ACTORS),
  topics: subset(TOPICS),
  from: fc.option(dateArb, { nil: null }),
  to: fc.option(dateArb, { nil: null }),
  q: wordArb,
});

const selected = (d: Factsheet, f: Filters) => new Set(selectItems(buildIndex(d), f).items.map((i) => i.id));

describe('selectItems, for any dataset and filters', () => {
  it('selects everything when nothing is filtered', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        expect(selected(d, NO_FILTERS).size).toBe(d.figures.length + d.events.length + d.statements.length);
      }),
    );
  });

  it('never removes an item when a choice is added within a facet', () => {
    fc.assert(
      fc.property(
        datasetArb,
        filtersArb,
        fc.constantFrom(...ACTORS),
        fc.constantFrom(...TOPICS),
        (d, f, actor, topic) => {
          const before = selected(d, f);
          if (f.by.length > 0)
            for (const id of before) expect(selected(d, { ...f, by: [...f.by, actor] })).toContain(id);
          if (f.actors.length > 0)
            for (const id of before)
              expect(selected(d, { ...f, actors: [...f.actors, actor] })).toContain(id);
          if (f.topics.length > 0)
            for (const id of before)
              expect(selected(d, { ...f, topics: [...f.topics, topic] })).toContain(id);
        },
      ),
    );
  });

  it('never adds an item when a facet is added', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, filtersArb, (d, f, extra) => {
        const before = selected(d, { ...f, actors: [] });
        const after = selected(d, { ...f, actors: extra.actors.length > 0 ? extra.actors : ['a'] });
        for (const id of after) expect(before).toContain(id);
        const claimedBy = selected(d, { ...f, by: extra.by.length > 0 ? extra.by : ['a'] });
        for (const id of claimedBy) expect(selected(d, { ...f, by: [] })).toContain(id);
        const narrower = selected(d, { ...f, q: `${f.q} ship`.trim() });
        for (const id of narrower) expect(selected(d, f)).toContain(id);
      }),
    );
  });

  it("keeps a figure by its claimant and a statement by its speaker's side, and every event, under Claimed by", () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (d, f) => {
        const index = buildIndex(d);
        const withoutBy = selectItems(index, { ...f, by: [] });
        const expected = withoutBy.items.filter(
          (item) =>
            item.kind === 'event' ||
            f.by.length === 0 ||
            f.by.includes(item.kind === 'figure' ? item.record.claimant : item.record.actor),
        );
        expect(selectItems(index, f).items).toEqual(expected);
      }),
    );
  });

  it('counts each choice as the number of items selecting it alone would match under the other filters', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (d, f) => {
        const index = buildIndex(d);
        const selection = selectItems(index, f);
        const claims = (filters: Filters) => {
          const only = selectItems(index, filters);
          return only.figures.length + only.statements.length;
        };
        for (const actor of ACTORS) {
          expect(selection.byCounts.get(actor)).toBe(claims({ ...f, by: [actor] }));
          expect(selection.actorCounts.get(actor)).toBe(selected(d, { ...f, actors: [actor] }).size);
        }
        for (const topic of TOPICS) {
          expect(selection.topicCounts.get(topic)).toBe(selected(d, { ...f, topics: [topic] }).size);
        }
      }),
    );
  });

  it('totals each facet as what the other filters leave for it, figures and statements only for Claimed by', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (d, f) => {
        const index = buildIndex(d);
        const { facetTotals } = selectItems(index, f);
        const withoutBy = selectItems(index, { ...f, by: [] });
        expect(facetTotals.by).toBe(withoutBy.figures.length + withoutBy.statements.length);
        expect(facetTotals.actors).toBe(selected(d, { ...f, actors: [] }).size);
        expect(facetTotals.topics).toBe(selected(d, { ...f, topics: [] }).size);
      }),
    );
  });

  it('changes nothing when the only choice of a facet matches every item', () => {
    fc.assert(
      fc.property(
        datasetArb,
        filtersArb,
        fc.constantFrom(...ACTORS),
        fc.constantFrom(...TOPICS),
        (d, f, actor, topic) => {
          const { byCounts, actorCounts, topicCounts, facetTotals } = selectItems(buildIndex(d), f);
          if (byCounts.get(actor) === facetTotals.by)
            expect(selected(d, { ...f, by: [actor] })).toEqual(selected(d, { ...f, by: [] }));
          if (actorCounts.get(actor) === facetTotals.actors)
            expect(selected(d, { ...f, actors: [actor] })).toEqual(selected(d, { ...f, actors: [] }));
          if (topicCounts.get(topic) === facetTotals.topics)
            expect(selected(d, { ...f, topics: [topic] })).toEqual(selected(d, { ...f, topics: [] }));
        },
      ),
    );
  });
});
