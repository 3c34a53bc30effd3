import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFactsheet } from '../testing/data-generators.ts';
import { buildIndex } from './dataset-index.ts';
import { FACETS, facetChoices, toggleChoice, type Facet } from './facets.ts';
import { NO_FILTERS, selectItems } from './filter.ts';

const index = buildIndex(makeFactsheet());
const actorIds = [...index.actors.keys()];

describe('toggleChoice', () => {
  it('adds a choice that is not there and takes away one that is, leaving the other facets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Facet>('by', 'actors', 'topics'),
        fc.uniqueArray(fc.constantFrom(...actorIds)),
        fc.constantFrom(...actorIds),
        (facet, chosen, id) => {
          const filters = { ...NO_FILTERS, [facet]: chosen, q: 'kept' };
          const once = toggleChoice(filters, facet, id);
          expect(once[facet].includes(id)).toBe(!chosen.includes(id));
          expect(once.q).toBe('kept');
          expect(new Set(toggleChoice(once, facet, id)[facet])).toEqual(new Set(chosen));
        },
      ),
    );
  });
});

describe('facetChoices', () => {
  it('list every actor and topic once per facet, in an order that stays put while the reader filters', () => {
    const filters = { ...NO_FILTERS, by: [actorIds[0] as string] };
    const all = selectItems(index, NO_FILTERS);
    const filtered = selectItems(index, filters);
    const ids = (info: (typeof FACETS)[number], selection = all, chosen = NO_FILTERS) =>
      facetChoices(info, index, selection, chosen).map((choice) => choice.id);
    const every = { by: actorIds, actors: actorIds, topics: [...index.topics.keys()] };
    for (const info of FACETS) {
      expect([...ids(info)].sort()).toEqual([...every[info.facet]].sort());
      expect(ids(info, filtered, filters)).toEqual(ids(info));
    }
  });

  it('give each choice the count of the selection and mark what is chosen', () => {
    const filters = { ...NO_FILTERS, by: [actorIds[0] as string] };
    const selection = selectItems(index, filters);
    for (const info of FACETS) {
      const choices = facetChoices(info, index, selection, filters);
      for (const choice of choices) {
        expect(choice.count).toBe(selection[info.counts].get(choice.id) ?? 0);
        expect(choice.chosen).toBe(filters[info.facet].includes(choice.id));
      }
    }
  });
});
