import { describe, expect, it } from 'vitest';
import { makeFactsheet } from '../testing/data-generators.ts';
import { buildIndex } from './dataset-index.ts';
import { NO_FILTERS, selectItems } from './filter.ts';
import { resultParts, resultSummary } from './summary.ts';

const index = buildIndex(makeFactsheet());

describe('the result line', () => {
  it('says when everything is shown, and what kinds of items', () => {
    const all = selectItems(index, NO_FILTERS);
    expect(resultParts(all)).toEqual({
      shown: 'Showing all 5 items',
      kinds: '3 figures, 1 event, 1 statement',
    });
    expect(resultSummary(all)).toBe(`${resultParts(all).shown}: ${resultParts(all).kinds}`);
  });

  it('says how many of how many when filtered', () => {
    const none = selectItems(index, { ...NO_FILTERS, q: 'no item says this' });
    expect(resultSummary(none)).toBe(`Showing 0 of ${none.total} items: 0 figures, 0 events, 0 statements`);
  });
});
