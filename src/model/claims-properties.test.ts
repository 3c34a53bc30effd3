import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedFigures } from '../testing/arbitraries.ts';
import { metric } from '../testing/data-generators.ts';
import { figureItemsOf, idsOf } from '../testing/indexed-sheet.ts';
import { figuresByMetric, latestPerClaimant, rangeOf, revisionChains } from './claims.ts';
import { claimantKey, highOf, lowOf } from './item-fields.ts';
import { compareSpans } from './dates.ts';

/** Properties of the claims of generated datasets. */

const generatedDataset = fc
  .record({
    figures: generatedFigures({ maxLength: 30 }),
    headlines: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  })
  .map(({ figures, headlines: [troops, aid, losses] }) => {
    const metrics = [
      metric('troops', { headline: troops }),
      metric('aid-tonnes', { headline: aid, topic: 'aid' }),
      metric('losses', { headline: losses }),
    ];
    return { metrics, items: figureItemsOf(figures, metrics) };
  });

const RUNS = { numRuns: 200 };

describe('properties of generated datasets', () => {
  it('a range always contains each of its claims', () => {
    fc.assert(
      fc.property(generatedDataset, ({ items }) => {
        for (const list of figuresByMetric(items).values()) {
          const range = rangeOf(list)!;
          for (const { record } of list) {
            expect(range.low).toBeLessThanOrEqual(lowOf(record));
            expect(lowOf(record)).toBeLessThanOrEqual(record.value ?? lowOf(record));
            expect(record.value ?? highOf(record)).toBeLessThanOrEqual(highOf(record));
            expect(highOf(record)).toBeLessThanOrEqual(range.high);
          }
          expect(range.claimants).toBe(new Set(list.map((f) => claimantKey(f.record))).size);
        }
      }),
      RUNS,
    );
  });

  it('revision chains put every figure in exactly one chain, its claimant’s, oldest first', () => {
    fc.assert(
      fc.property(generatedDataset, ({ items }) => {
        const chains = revisionChains(items);
        const grouped = chains.flatMap((chain) => chain.figures);
        expect(idsOf(grouped).sort()).toEqual(idsOf(items).sort());
        for (const { claimant: key, figures: group } of chains) {
          for (const f of group) expect(claimantKey(f.record)).toBe(key);
          for (let at = 1; at < group.length; at++) {
            expect(compareSpans(group[at - 1]!.span, group[at]!.span)).toBeLessThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('latestPerClaimant never picks an older figure', () => {
    fc.assert(
      fc.property(generatedDataset, ({ items }) => {
        const latest = latestPerClaimant(items);
        const keys = latest.map((f) => claimantKey(f.record));
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(items.map((f) => claimantKey(f.record))));
        for (const chosen of latest) {
          for (const other of items) {
            if (claimantKey(other.record) !== claimantKey(chosen.record)) continue;
            expect(compareSpans(other.span, chosen.span)).toBeLessThanOrEqual(0);
          }
        }
        for (let at = 1; at < latest.length; at++) {
          expect(latest[at - 1]!.low).toBeLessThanOrEqual(latest[at]!.low);
        }
      }),
      RUNS,
    );
  });
});
