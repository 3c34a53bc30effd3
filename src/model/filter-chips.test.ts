import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFactsheet } from '../testing/data-generators.ts';
import { buildIndex } from './dataset-index.ts';
import { isFiltered, NO_FILTERS, type Filters } from './filter.ts';
import { filterChips } from './filter-chips.ts';

const index = buildIndex(makeFactsheet());
const actorIds = [...index.actors.keys()];
const topicIds = [...index.topics.keys()];

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  by: fc.uniqueArray(fc.constantFrom(...actorIds)),
  actors: fc.uniqueArray(fc.constantFrom(...actorIds)),
  topics: fc.uniqueArray(fc.constantFrom(...topicIds)),
  from: fc.option(fc.constantFrom('2024', '2024-10', '2025-01-05')),
  to: fc.option(fc.constantFrom('2025', '2025-06')),
  q: fc.constantFrom('', '  ', 'kursk', 'kim jong'),
});

describe('filterChips', () => {
  it('names each active filter with its facet', () => {
    const chips = filterChips(
      {
        by: ['alpha'],
        actors: ['beta'],
        topics: [topicIds[0] as string],
        from: '2024-10',
        to: null,
        q: ' kursk ',
      },
      index,
    );
    expect(chips.map((chip) => chip.label)).toEqual([
      'Claimed by: Alphaland',
      'Involving: Betastan',
      `Topic: ${index.topics.get(topicIds[0] as string)?.name}`,
      'From: Oct 2024',
      'Search: “kursk”',
    ]);
  });

  it('gives one chip per active choice; removing them all, one at a time, clears every filter', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const chips = filterChips(filters, index);
        const choices =
          filters.by.length +
          filters.actors.length +
          filters.topics.length +
          (filters.from ? 1 : 0) +
          (filters.to ? 1 : 0) +
          (filters.q.trim() ? 1 : 0);
        expect(chips).toHaveLength(choices);
        expect(new Set(chips.map((chip) => chip.key)).size).toBe(chips.length);
        let current = filters;
        for (let chips = filterChips(current, index); chips.length > 0; chips = filterChips(current, index)) {
          current = (chips[0] as (typeof chips)[number]).without;
        }
        expect(isFiltered(current)).toBe(false);
        expect({ ...current, q: '' }).toEqual(NO_FILTERS);
      }),
    );
  });
});
