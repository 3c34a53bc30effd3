import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetDate } from '../testing/arbitraries.ts';
import { byDateThenId, dateOrder } from './sort-by-date.ts';

const sortByDateThenId = <T extends { date: string; id: string }>(list: readonly T[]): T[] =>
  Array.from(dateOrder(list), (at) => list[at] as T);

const date = datasetDate({ from: '1990-01-01', to: '2030-12-31' });
// Few distinct values, so that many items share a date and ids decide.
const item = fc.record({
  date: fc.constantFrom('2024', '2024-01', '2024-01-01', '2023-12-31', '2024-02'),
  id: fc.string({ maxLength: 3 }),
});

describe('dateOrder', () => {
  it('orders as sorting with byDateThenId does, for any dates and ids', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(item, fc.record({ date, id: fc.string({ maxLength: 4 }) })), { maxLength: 300 }),
        (list) => {
          expect(sortByDateThenId(list)).toEqual([...list].sort(byDateThenId));
        },
      ),
    );
  });

  it('keeps every item exactly once', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 200 }), (list) => {
        const sorted = sortByDateThenId(list);
        expect(sorted).toHaveLength(list.length);
        expect(new Set(sorted)).toEqual(new Set(list));
      }),
    );
  });

  it('keeps a list that is in order already as it is', () => {
    const list = [
      { date: '2024', id: 'b' },
      { date: '2024-01', id: 'a' },
      { date: '2024-01-01', id: 'a' },
    ];
    expect([...dateOrder(list)]).toEqual([0, 1, 2]);
  });

  it('falls back to comparing text for a date it cannot read', () => {
    const list = [
      { date: '2024-05', id: 'a' },
      { date: 'soon', id: 'b' },
      { date: '2023', id: 'c' },
    ];
    expect(sortByDateThenId(list).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('dateOrder of two dates', () => {
  it('orders them as their text does', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [first] = sortByDateThenId([
          { date: a, id: 'a' },
          { date: b, id: 'b' },
        ]);
        if (a !== b) expect(first?.date).toBe(a < b ? a : b);
      }),
    );
  });

  it('compares text that is not a dataset date as text', () => {
    const list = [
      { date: '2024-5', id: 'a' },
      { date: '2024-05', id: 'b' },
      { date: '', id: 'c' },
    ];
    expect(sortByDateThenId(list).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});
