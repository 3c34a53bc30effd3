import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure, Metric } from '../data/schema.ts';
import { generatedFigures } from '../testing/arbitraries.ts';
import { figure, metric } from '../testing/data-generators.ts';
import { figureItemsOf, idsOf } from '../testing/indexed-sheet.ts';
import { compareClaims } from './claims-compared.ts';
import { claimantKey } from './item-fields.ts';
import type { FigureItem } from './dataset-index.ts';
import { compareSpans } from './dates.ts';

const METRICS = [
  metric('aid-tonnes', { topic: 'aid' }),
  metric('losses'),
  metric('troops', { headline: true }),
];

const itemsOf = (figures: Figure[], metrics: Metric[] = METRICS): FigureItem[] =>
  figureItemsOf(figures, metrics);

describe('compareClaims', () => {
  const items = itemsOf([
    figure({ id: 'nis-4', date: '2025-09', value: 2000, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'nis-1', date: '2024-12', value: 100, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'nis-3', date: '2025-04', value: 600, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'nis-2', date: '2025-01', value: 300, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'b-1', date: '2025-02', value: 11000, low: 10000, high: 12000, claimant: 'beta' }),
    figure({
      id: 'b-2',
      date: '2025-07',
      value: 12500,
      low: 12000,
      high: 14000,
      status: 'projected',
      claimant: 'beta',
    }),
    figure({ id: 'g-1', date: '2025-05-03', value: 15000, status: 'disputed', claimant: 'gamma' }),
    figure({ id: 'w-1', metric: 'aid-tonnes', date: '2025', value: 40, high: 55, claimant: 'beta' }),
    figure({ id: 'w-2', metric: 'aid-tonnes', date: '2025-03', value: 60, claimant: 'gamma' }),
  ]);
  const comparisons = compareClaims(METRICS, [...items].reverse());
  const troops = comparisons.find((c) => c.metric.id === 'troops')!;
  const aid = comparisons.find((c) => c.metric.id === 'aid-tonnes')!;

  it('covers only metrics with figures, in the dataset’s metric order, headline or not', () => {
    expect(comparisons.map((c) => c.metric.id)).toEqual(['aid-tonnes', 'troops']);
  });

  it('keeps every figure of the metric, oldest first', () => {
    expect(idsOf(troops.figures)).toEqual(['nis-1', 'nis-2', 'b-1', 'nis-3', 'g-1', 'b-2', 'nis-4']);
    // "2025" runs to 31 December, so it ends after "2025-03".
    expect(idsOf(aid.figures)).toEqual(['w-2', 'w-1']);
  });

  it('sets the latest claim of each claimant side by side, lowest value first, whatever its status', () => {
    expect(idsOf(troops.claims)).toEqual(['nis-4', 'b-2', 'g-1']);
    expect(idsOf(aid.claims)).toEqual(['w-1', 'w-2']);
  });

  it('scales the plot to the largest high or value of the claims', () => {
    // troops: gamma's value 15,000 beats beta's high 14,000; aid: gamma's value 60 beats beta's high 55.
    expect(troops.scaleMax).toBe(15000);
    expect(aid.scaleMax).toBe(60);
  });

  it('uses a high when it is the largest', () => {
    const [only] = compareClaims(
      METRICS,
      itemsOf([
        figure({ id: 'f-1', value: 100, high: 180, claimant: 'alpha' }),
        figure({ id: 'f-2', value: 150, claimant: 'beta' }),
      ]),
    );
    expect(only!.scaleMax).toBe(180);
  });

  it('lists revisions only for claimants with two or more figures', () => {
    expect(troops.revisions.map((chain) => chain.claimant)).toEqual(['alpha|NIS', 'beta']);
    expect(aid.revisions).toEqual([]);
  });

  it('tells the NIS revisions in date order: 100 → 300 → 600 → 2,000', () => {
    const nis = troops.revisions[0]!;
    expect(nis.figures.map((f) => [f.record.value, f.date])).toEqual([
      [100, '2024-12'],
      [300, '2025-01'],
      [600, '2025-04'],
      [2000, '2025-09'],
    ]);
  });

  it('is empty when there are no figures', () => expect(compareClaims(METRICS, [])).toEqual([]));
});

// ---------------------------------------------------------------------------------------
// Properties over generated datasets.

const generatedItems = generatedFigures({ maxLength: 30 }).map((figures) => itemsOf(figures));

describe('properties of generated datasets', () => {
  it('every claim fits the scale, and the scale ends at one of them', () => {
    fc.assert(
      fc.property(generatedItems, (items) => {
        for (const { claims, scaleMax } of compareClaims(METRICS, items)) {
          for (const claim of claims) expect(claim.high).toBeLessThanOrEqual(scaleMax);
          expect(claims.map((claim) => claim.high)).toContain(scaleMax);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('has one claim per claimant, and a revision chain for exactly those with several figures', () => {
    fc.assert(
      fc.property(generatedItems, (items) => {
        for (const {
          metric: { id },
          claims,
          revisions,
        } of compareClaims(METRICS, items)) {
          const ofMetric = items.filter((f) => f.record.metric === id);
          const counts = new Map<string, number>();
          for (const f of ofMetric)
            counts.set(claimantKey(f.record), (counts.get(claimantKey(f.record)) ?? 0) + 1);

          expect(claims.map((c) => claimantKey(c.record)).sort()).toEqual([...counts.keys()].sort());
          for (let at = 1; at < claims.length; at++) {
            expect(claims[at - 1]!.low).toBeLessThanOrEqual(claims[at]!.low);
          }
          const several = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
          expect(revisions.map((chain) => chain.claimant).sort()).toEqual(several.sort());
          for (const chain of revisions) {
            expect(chain.figures).toHaveLength(counts.get(chain.claimant)!);
            for (let at = 1; at < chain.figures.length; at++) {
              expect(compareSpans(chain.figures[at - 1]!.span, chain.figures[at]!.span)).toBeLessThanOrEqual(
                0,
              );
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
