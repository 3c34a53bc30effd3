import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/bench/synth.ts';
import { event, figure, makeFactsheet, statement } from '../testing/data-generators.ts';
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

describe("an item's actors", () => {
  const index = buildIndex(
    makeFactsheet({
      figures: [figure({ id: 'f', claimant: 'gamma', actors: ['alpha', 'beta', 'alpha'] })],
      events: [event({ id: 'e', actors: ['alpha', 'gamma'] })],
      statements: [statement({ id: 's', actor: 'beta', actors: ['alpha'] })],
    }),
  );
  const item = (id: string) => index.itemById.get(id)!;

  it("are claimed by the figure's claimant, involving only what the figure is about", () => {
    expect(item('f').by).toEqual(['gamma']);
    expect(item('f').actors).toEqual(['alpha', 'beta']);
  });

  it("are claimed by nobody for an event, involving the event's actors", () => {
    expect(item('e').by).toEqual([]);
    expect(item('e').actors).toEqual(['alpha', 'gamma']);
  });

  it("are claimed by a statement's speaker side, which it also involves", () => {
    expect(item('s').by).toEqual(['beta']);
    expect([...item('s').actors].sort()).toEqual(['alpha', 'beta']);
  });

  it('follow the records of any dataset', () => {
    for (const one of buildIndex(synthDataset(2_000)).items) {
      if (one.kind === 'figure') {
        expect(one.by).toEqual([one.record.claimant]);
        expect(new Set(one.actors)).toEqual(new Set(one.record.actors));
      } else if (one.kind === 'event') {
        expect(one.by).toEqual([]);
        expect(new Set(one.actors)).toEqual(new Set(one.record.actors));
      } else {
        expect(one.by).toEqual([one.record.actor]);
        expect(new Set(one.actors)).toEqual(new Set([one.record.actor, ...(one.record.actors ?? [])]));
      }
      expect(new Set(one.actors).size).toBe(one.actors.length);
    }
  });
});
