import { describe, expect, it } from 'vitest';
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
