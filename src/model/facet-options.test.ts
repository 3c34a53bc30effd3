import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetOptions, facetOrder } from './facet-options.ts';

const actors = [
  { id: 'north-korea', name: 'North Korea' },
  { id: 'russia', name: 'Russia' },
  { id: 'south-korea', name: 'South Korea' },
  { id: 'ukraine', name: 'Ukraine' },
];
// Every item involves North Korea; none involves Ukraine.
const counts = new Map([
  ['north-korea', 10],
  ['russia', 6],
  ['south-korea', 3],
  ['ukraine', 0],
]);

describe('facetOrder', () => {
  it('lists the choices that narrow first, then those matching every item or none', () => {
    expect(facetOrder(actors, counts, 10)).toEqual(['russia', 'south-korea', 'north-korea', 'ukraine']);
  });

  it('counts an id missing from the counts as matching nothing', () => {
    expect(facetOrder(actors, new Map([['ukraine', 2]]), 5)).toEqual([
      'ukraine',
      'north-korea',
      'russia',
      'south-korea',
    ]);
  });

  it('keeps the given order when nothing is selected', () => {
    expect(facetOrder(actors, new Map(), 0)).toEqual(actors.map((a) => a.id));
  });
});

describe('facetOptions', () => {
  it('gives each option its count and states, in the given order', () => {
    expect(facetOptions(actors, counts, 10, ['ukraine'], facetOrder(actors, counts, 10))).toEqual([
      { id: 'russia', name: 'Russia', count: 6, chosen: false, every: false, none: false },
      { id: 'south-korea', name: 'South Korea', count: 3, chosen: false, every: false, none: false },
      { id: 'north-korea', name: 'North Korea', count: 10, chosen: false, every: true, none: false },
      { id: 'ukraine', name: 'Ukraine', count: 0, chosen: true, every: false, none: true },
    ]);
  });

  it('keeps the options in their own order without one', () => {
    expect(facetOptions(actors, counts, 10, []).map((o) => o.id)).toEqual(actors.map((a) => a.id));
  });

  it('puts options the order does not know last, and ignores ids it has no option for', () => {
    expect(facetOptions(actors, counts, 10, [], ['gone', 'ukraine', 'russia']).map((o) => o.id)).toEqual([
      'ukraine',
      'russia',
      'north-korea',
      'south-korea',
    ]);
  });

  it('never says an option matches every item of an empty selection', () => {
    const [option] = facetOptions(actors.slice(0, 1), new Map(), 0, []);
    expect(option).toMatchObject({ count: 0, every: false, none: true });
  });
});

const facetArb = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,4}$/), { maxLength: 12 })
  .chain((ids) =>
    fc.record({
      options: fc.constant(ids.map((id) => ({ id, name: id.toUpperCase() }))),
      total: fc.nat({ max: 20 }),
      chosen: fc.subarray(ids),
      fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
    }),
  )
  .map(({ options, total, chosen, fractions }) => ({
    options,
    total,
    chosen,
    // Counts never exceed the total, and often equal it or zero.
    counts: new Map(
      options.map(({ id }, at) => {
        const f = fractions[at]!;
        return [id, f < 0.2 ? 0 : f > 0.8 ? total : Math.round(f * total)];
      }),
    ),
  }));

describe('facetOptions and facetOrder, for any facet', () => {
  it('order every option once, the useful ones first, each group in the options’ order', () => {
    fc.assert(
      fc.property(facetArb, ({ options, counts, total }) => {
        const order = facetOrder(options, counts, total);
        const ids = options.map((o) => o.id);
        expect([...order].sort()).toEqual([...ids].sort());
        const useful = (id: string) => {
          const count = counts.get(id) ?? 0;
          return count > 0 && count < total;
        };
        expect(order).toEqual([...ids.filter(useful), ...ids.filter((id) => !useful(id))]);
      }),
    );
  });

  it('flag an option as matching every item or none exactly by its count', () => {
    fc.assert(
      fc.property(facetArb, ({ options, counts, total, chosen }) => {
        const order = facetOrder(options, counts, total);
        const shown = facetOptions(options, counts, total, chosen, order);
        expect(shown.map((o) => o.id)).toEqual(order);
        for (const option of shown) {
          expect(option.count).toBe(counts.get(option.id));
          expect(option.name).toBe(option.id.toUpperCase());
          expect(option.chosen).toBe(chosen.includes(option.id));
          expect(option.every).toBe(total > 0 && option.count === total);
          expect(option.none).toBe(option.count === 0);
        }
      }),
    );
  });
});
