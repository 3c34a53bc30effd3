import { describe, expect, it } from 'vitest';
import { makeFactsheet } from '../testing/data-generators.ts';
import { buildIndex } from './dataset-index.ts';
import { describeFilters } from './filter-description.ts';
import { NO_FILTERS } from './filter.ts';

const index = buildIndex(makeFactsheet());

describe('describeFilters', () => {
  it('says when nothing is filtered', () => {
    expect(describeFilters(NO_FILTERS, index)).toBe('No filters: everything in the dataset is shown.');
  });

  it('names each active filter, Claimed by and Involving apart', () => {
    expect(
      describeFilters(
        {
          by: ['alpha', 'beta'],
          actors: ['gamma'],
          topics: ['aid'],
          from: '2024-10',
          to: '2025',
          q: ' talks ',
        },
        index,
      ),
    ).toBe(
      'Filters: Claimed by: Alphaland or Betastan; Involving: Gamma Union; Topics: Aid; From Oct 2024; To 2025; Text: “talks”.',
    );
  });
});
