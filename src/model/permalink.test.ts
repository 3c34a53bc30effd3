import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/bench/synth.ts';
import { figure, makeFactsheet } from '../testing/data-generators.ts';
import { comparedMetrics } from './chart-groups.ts';
import { compareRecency } from './claims.ts';
import { buildIndex } from './dataset-index.ts';
import { NO_FILTERS, selectItems } from './filter.ts';
import { sourceAnchor } from './anchors.ts';
import { locate } from './permalink.ts';

const data = makeFactsheet({
  figures: [
    ...makeFactsheet().figures,
    figure({
      id: 'f-4',
      metric: 'aid-tonnes',
      date: '2026-02',
      value: 14,
      claimant: 'gamma',
      status: 'claimed',
    }),
  ],
});
const index = buildIndex(data);
const all = selectItems(index, NO_FILTERS);

describe('locate: where a link points', () => {
  it('a figure of a measure two claimants give numbers for: its claims, and its row among them', () => {
    // f-1 (Alphaland) and f-2 (Betastan) both count troops.
    expect(locate('f-2', index, all)).toEqual({ id: 'f-2', section: 'claims', block: 'troops', row: 1 });
  });

  it("a one-claimant measure's figures: its line under Other numbers, the latest or an earlier one", () => {
    expect(locate('f-4', index, all)).toEqual({
      id: 'f-4',
      section: 'other-numbers',
      block: 'aid-tonnes',
      row: null,
    });
    expect(locate('f-3', index, all)).toEqual({
      id: 'f-3',
      section: 'other-numbers',
      block: 'aid-tonnes',
      row: 0,
    });
  });

  it('events, statements and sources: their row in the list the selection shows', () => {
    expect(locate('e-1', index, all)).toEqual({ id: 'e-1', section: 'timeline', block: null, row: 0 });
    expect(locate('s-1', index, all)).toEqual({ id: 's-1', section: 'statements', block: null, row: 0 });
    const second = all.sources[1]!;
    expect(locate(sourceAnchor(second.id), index, all)).toEqual({
      id: `source-${second.id}`,
      section: 'sources',
      block: null,
      row: 1,
    });
  });

  it('sections, headings and blocks by their anchors', () => {
    expect(locate('sec-timeline', index, all)?.section).toBe('timeline');
    expect(locate('sec-key-figures-title', index, all)?.section).toBe('key-figures');
    expect(locate('chart-troops', index, all)).toMatchObject({ section: 'charts', block: 'troops' });
    expect(locate('chart-group-aid', index, all)).toMatchObject({ section: 'charts', block: null });
    expect(locate('claims-troops', index, all)).toMatchObject({
      section: 'claims',
      block: 'troops',
      row: null,
    });
    expect(locate('timeline-2025', index, all)?.section).toBe('timeline');
  });

  it('nothing for an unknown id, an unknown section, or an item the filters leave out', () => {
    expect(locate('', index, all)).toBeNull();
    expect(locate('no-such-thing', index, all)).toBeNull();
    expect(locate('sec-nowhere', index, all)).toBeNull();
    const onlyAid = selectItems(index, { ...NO_FILTERS, topics: ['aid'] });
    expect(locate('e-1', index, onlyAid)).toBeNull();
    expect(locate('s-1', index, onlyAid)).toBeNull();
  });

  it('on a large dataset, every item the selection shows is found at the row its list draws it', () => {
    const large = buildIndex(synthDataset(2_000));
    const selection = selectItems(large, NO_FILTERS);
    const compared = new Map(
      comparedMetrics(large.data.metrics, selection.figures).map((entry) => [
        entry.metric.id,
        [...entry.figures].sort(compareRecency),
      ]),
    );
    fc.assert(
      fc.property(fc.nat({ max: selection.items.length - 1 }), (at) => {
        const item = selection.items[at]!;
        const where = locate(item.id, large, selection);
        expect(where).not.toBeNull();
        if (item.kind === 'event') expect(selection.events[where!.row!]).toBe(item);
        if (item.kind === 'statement') expect(selection.statements[where!.row!]).toBe(item);
        if (item.kind === 'figure' && where!.section === 'claims') {
          expect(compared.get(where!.block!)?.[where!.row!]).toBe(item);
        }
      }),
    );
  });
});
