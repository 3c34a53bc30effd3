import { describe, expect, it } from 'vitest';
import { figure } from '../testing/data-generators.ts';
import { figureItemsOf } from '../testing/indexed-sheet.ts';
import { claimantCount, compareRecency } from './claims.ts';
import { claimantKey, highOf, lowOf } from './item-fields.ts';

/** Who a claim is, how claims are ordered in time, and the range a claim gives. */

describe('claimantKey', () => {
  it('is the actor alone when there is no detail', () => {
    expect(claimantKey({ claimant: 'alpha' })).toBe('alpha');
  });

  it('joins actor and detail, so two organisations of one side are two claimants', () => {
    expect(claimantKey({ claimant: 'alpha', claimantDetail: 'NIS' })).toBe('alpha|NIS');
    expect(claimantKey({ claimant: 'alpha', claimantDetail: 'Army' })).not.toBe(
      claimantKey({ claimant: 'alpha', claimantDetail: 'NIS' }),
    );
    expect(claimantKey({ claimant: 'alpha', claimantDetail: 'NIS' })).not.toBe(
      claimantKey({ claimant: 'alpha' }),
    );
  });
});

describe('compareRecency', () => {
  it('puts the later date last', () => {
    const items = figureItemsOf([
      figure({ id: 'f-late', date: '2025-02', status: 'disputed' }),
      figure({ id: 'f-early', date: '2025-01-31', status: 'confirmed' }),
    ]);
    const late = items.find((item) => item.id === 'f-late')!;
    const early = items.find((item) => item.id === 'f-early')!;
    expect(compareRecency(late, early)).toBeGreaterThan(0);
    expect(compareRecency(early, late)).toBeLessThan(0);
  });

  it('on the same date, ranks confirmed > reported > estimated > claimed > projected > disputed', () => {
    // Ids run the other way, so that only the status can produce this order.
    const items = figureItemsOf([
      figure({ id: 'f-1', date: '2025-03-01', status: 'confirmed' }),
      figure({ id: 'f-2', date: '2025-03-01', status: 'reported' }),
      figure({ id: 'f-3', date: '2025-03-01', status: 'estimated' }),
      figure({ id: 'f-4', date: '2025-03-01', status: 'claimed' }),
      figure({ id: 'f-5', date: '2025-03-01', status: 'projected' }),
      figure({ id: 'f-6', date: '2025-03-01', status: 'disputed' }),
    ]);
    const oldestFirst = [...items].sort(compareRecency);
    expect(oldestFirst.map((item) => item.record.status)).toEqual([
      'disputed',
      'projected',
      'claimed',
      'estimated',
      'reported',
      'confirmed',
    ]);
  });

  it('on the same date and status, falls back to the id so that ties are stable', () => {
    const [a, b] = figureItemsOf([
      figure({ id: 'f-a', date: '2025-03' }),
      figure({ id: 'f-b', date: '2025-03' }),
    ]);
    expect(compareRecency(b!, a!)).toBeGreaterThan(0);
    expect(compareRecency(a!, b!)).toBeLessThan(0);
    expect(compareRecency(a!, a!)).toBe(0);
  });
});

describe('lowOf and highOf', () => {
  it('use the figure’s own range, or its value when it has none', () => {
    const ranged = figure({ id: 'f-1', value: 10, low: 8, high: 15 });
    const bare = figure({ id: 'f-2', value: 10 });
    expect([lowOf(ranged), highOf(ranged)]).toEqual([8, 15]);
    expect([lowOf(bare), highOf(bare)]).toEqual([10, 10]);
  });
});

describe('claimantCount', () => {
  it('counts (actor, detail) pairs, not figures', () => {
    const items = figureItemsOf([
      figure({ id: 'f-1', claimant: 'ua', claimantDetail: 'GUR' }),
      figure({ id: 'f-2', claimant: 'ua', claimantDetail: 'GUR', date: '2025-02-01' }),
      figure({ id: 'f-3', claimant: 'ua' }),
      figure({ id: 'f-4', claimant: 'kr', claimantDetail: 'NIS' }),
    ]);
    expect(claimantCount(items)).toBe(3);
    expect(claimantCount([])).toBe(0);
  });
});
