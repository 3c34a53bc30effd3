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

  it('knows where each entry of the file went', () => {
    const inFile = [...data.figures, ...data.events, ...data.statements];
    expect(index.positionInItems).toHaveLength(inFile.length);
    inFile.forEach((record, at) => {
      expect(index.items[index.positionInItems[at] as number]?.record).toBe(record);
    });
  });
});
