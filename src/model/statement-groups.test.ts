import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statement, makeFactsheet } from '../testing/data-generators.ts';
import { buildIndex, type StatementItem } from './dataset-index.ts';
import { groupBySide } from './statement-groups.ts';

const SIDES = ['alpha', 'beta', 'gamma', 'nobody-knows'];

/** A sheet whose statements are spoken for the given sides, one statement per entry. */
function statementsFor(sides: readonly string[]) {
  const data = makeFactsheet();
  const index = buildIndex(data);
  const items = sides.map((actor, at): StatementItem => ({
    kind: 'statement',
    id: `s${at}`,
    date: '2025-01-01',
    span: { precision: 'day', start: at, end: at },
    shownDate: '1 Jan 2025',
    by: [actor],
    actors: [actor],
    topics: [],
    sources: [],
    record: statement({ id: `s${at}`, actor }),
  }));
  return { index, items };
}

describe('groupBySide', () => {
  it('puts every statement under its speaker’s side once, in the given order within a side', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SIDES), { maxLength: 30 }), (sides) => {
        const { index, items } = statementsFor(sides);
        const groups = groupBySide(items, index);
        expect(groups.flatMap((group) => group.statements)).toHaveLength(items.length);
        expect(new Set(groups.map((group) => group.side)).size).toBe(groups.length);
        for (const group of groups) {
          expect(group.statements.every((item) => item.record.actor === group.side)).toBe(true);
          const order = group.statements.map((item) => items.indexOf(item));
          expect(order).toEqual([...order].sort((a, b) => a - b));
        }
      }),
    );
  });

  it('lists sides in the dataset’s actor order, unknown ones last, each by its name', () => {
    const { index, items } = statementsFor(['nobody-knows', 'gamma', 'alpha', 'gamma']);
    expect(groupBySide(items, index).map((group) => [group.name, group.statements.length])).toEqual([
      ['Alphaland', 1],
      ['Gamma Union', 2],
      ['nobody-knows', 1],
    ]);
  });
});
