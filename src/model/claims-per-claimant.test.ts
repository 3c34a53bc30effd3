import { describe, expect, it } from 'vitest';
import { figure } from '../testing/data-generators.ts';
import { figureItemsOf, idsOf } from '../testing/indexed-sheet.ts';
import { latestPerClaimant, rangeOf } from './claims.ts';
import type { FigureItem } from './dataset-index.ts';

/** A metric's claims, claimant by claimant: the latest of each, and their range. */

const values = (items: readonly FigureItem[]): number[] => items.map((item) => item.record.value ?? NaN);

describe('latestPerClaimant', () => {
  it('keeps one claim per claimant, its latest, sorted by value', () => {
    const items = figureItemsOf([
      figure({ id: 'a-old', date: '2025-01', value: 500, claimant: 'alpha' }),
      figure({ id: 'a-new', date: '2025-03', value: 200, claimant: 'alpha' }),
      figure({ id: 'b-only', date: '2025-02', value: 900, claimant: 'beta' }),
      figure({ id: 'g-old', date: '2024', value: 50, claimant: 'gamma' }),
      figure({ id: 'g-new', date: '2025-06-01', value: 300, claimant: 'gamma' }),
    ]);
    const latest = latestPerClaimant([...items].reverse());
    expect(idsOf(latest)).toEqual(['a-new', 'g-new', 'b-only']);
    expect(values(latest)).toEqual([200, 300, 900]);
  });

  it('breaks ties in value by claimant', () => {
    const items = figureItemsOf([
      figure({ id: 'f-1', value: 100, claimant: 'beta' }),
      figure({ id: 'f-2', value: 100, claimant: 'alpha', claimantDetail: 'Zed' }),
      figure({ id: 'f-3', value: 100, claimant: 'alpha' }),
    ]);
    expect(idsOf(latestPerClaimant(items))).toEqual(['f-3', 'f-2', 'f-1']);
  });

  it('is empty for no figures', () => expect(latestPerClaimant([])).toEqual([]));
});

describe('rangeOf', () => {
  it('is null for no claims', () => expect(rangeOf([])).toBeNull());

  it('spans each claim’s own low and high, or its value', () => {
    const items = figureItemsOf([
      figure({ id: 'f-1', value: 100, low: 80, high: 110, claimant: 'alpha' }),
      figure({ id: 'f-2', value: 200, claimant: 'alpha', claimantDetail: 'NIS' }),
      figure({ id: 'f-3', value: 150, high: 190, claimant: 'alpha' }),
    ]);
    expect(rangeOf(items)).toEqual({ low: 80, high: 200, claimants: 2 });
  });

  it('is a single point for one bare claim', () => {
    expect(rangeOf(figureItemsOf([figure({ id: 'f-1', value: 42, claimant: 'beta' })]))).toEqual({
      low: 42,
      high: 42,
      claimants: 1,
    });
  });
});
