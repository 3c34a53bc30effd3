import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Factsheet } from '../data/schema.ts';
import { datasetDate } from '../testing/arbitraries.ts';
import { event, figure, makeFactsheet, statement } from '../testing/data-generators.ts';
import { buildIndex } from './dataset-index.ts';
import { NO_FILTERS, selectItems, type Filters } from './filter.ts';

/** Properties of selectItems over random datasets and random filters. */

const ACTORS = ['a', 'b', 'c', 'd'];
const TOPICS = ['t1', 't2', 't3'];
const dateArb = datasetDate({ from: '2020-01-01', to: '2026-12-31' });
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
