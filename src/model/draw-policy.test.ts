import { describe, expect, it } from 'vitest';
import { drawsWhole, drawWhen, FULL_LIST_ENTRIES, listKind, SMALL_DATASET_ITEMS } from './draw-policy.ts';

describe('draw policy', () => {
  it('a small dataset is drawn whole: charts when near, everything else at once', () => {
    expect(drawsWhole(SMALL_DATASET_ITEMS)).toBe(true);
    expect(drawWhen('chart', SMALL_DATASET_ITEMS)).toBe('near');
    expect(drawWhen('claims', SMALL_DATASET_ITEMS)).toBe('now');
    expect(drawWhen('list', 10)).toBe('now');
  });

  it('a large dataset draws costly blocks only while they are near the screen', () => {
    expect(drawsWhole(SMALL_DATASET_ITEMS + 1)).toBe(false);
    for (const block of ['chart', 'claims', 'list'] as const) {
      expect(drawWhen(block, SMALL_DATASET_ITEMS + 1)).toBe('while-near');
    }
  });

  it('a list is virtual when its dataset has more entries than are drawn in full, whatever the filters', () => {
    expect(listKind(FULL_LIST_ENTRIES)).toBe('full');
    expect(listKind(FULL_LIST_ENTRIES + 1)).toBe('virtual');
  });
});
