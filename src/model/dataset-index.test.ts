import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/bench/synth.ts';
import { buildIndex } from './dataset-index.ts';
import { byDateThenId } from './sort-by-date.ts';

describe('buildIndex', () => {
  // The synthetic dataset lists its items out of date order, with many sharing a date.
  const data = synthDataset(3_000);
  const index = buildIndex(data);

  it('lists figures, then events, then statements, each by date then id', () => {
    const kinds = index.items.map((item) => item.kind);
    expect(kinds.indexOf('event')).toBe(data.figures.length);
    expect(kinds.indexOf('statement')).toBe(data.figures.length + data.events.length);
    for (const kind of ['figure', 'event', 'statement'] as const) {
      const ofKind = index.items.filter((item) => item.kind === kind);
      expect(ofKind).toEqual([...ofKind].sort(byDateThenId));
    }
  });

  it('has an item for every record of the file, once', () => {
    const records = new Set(index.items.map((item) => item.record));
    expect(records.size).toBe(index.items.length);
    expect(records).toEqual(new Set([...data.figures, ...data.events, ...data.statements]));
  });
});
