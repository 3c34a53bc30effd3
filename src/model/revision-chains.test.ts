import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figure } from '../testing/data-generators.ts';
import { figureItemsOf, idsOf } from '../testing/indexed-sheet.ts';
import { abbreviateChain, revisionChains } from './claims.ts';

/** How each claimant's number changed, and how a long chain of revisions is shortened. */

describe('revisionChains, claimant by claimant', () => {
  const items = figureItemsOf([
    figure({ id: 'a-mar', date: '2025-03', claimant: 'alpha' }),
    figure({ id: 'b-jan', date: '2025-01', claimant: 'beta' }),
    figure({ id: 'nis-dec', date: '2024-12', claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'a-jan', date: '2025-01-20', claimant: 'alpha' }),
    figure({ id: 'nis-feb', date: '2025-02', claimant: 'alpha', claimantDetail: 'NIS' }),
  ]);
  const chainOf = (chains: ReturnType<typeof revisionChains>, claimant: string) =>
    idsOf(chains.find((chain) => chain.claimant === claimant)!.figures);

  it('makes one chain per claimant', () => {
    const chains = revisionChains(items);
    expect(chains.map((chain) => chain.claimant).sort()).toEqual(['alpha', 'alpha|NIS', 'beta']);
    expect(chainOf(chains, 'alpha|NIS')).toEqual(['nis-dec', 'nis-feb']);
    expect(chainOf(chains, 'beta')).toEqual(['b-jan']);
  });

  it('orders each chain oldest first, whatever the input order', () => {
    const chains = revisionChains([...items].reverse());
    expect(chainOf(chains, 'alpha')).toEqual(['a-jan', 'a-mar']);
    expect(chainOf(chains, 'alpha|NIS')).toEqual(['nis-dec', 'nis-feb']);
  });

  it('is empty for no figures', () => expect(revisionChains([])).toEqual([]));
});

describe('revisionChains', () => {
  const items = figureItemsOf([
    figure({ id: 'nis-4', date: '2025-09', value: 2000, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'nis-2', date: '2025-01', value: 300, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'b-2', date: '2025-05', value: 12000, claimant: 'beta' }),
    figure({ id: 'nis-1', date: '2024-12', value: 100, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'g-1', date: '2025-02', value: 11000, claimant: 'gamma' }),
    figure({ id: 'a-1', date: '2025-02', value: 10000, claimant: 'alpha' }),
    figure({ id: 'b-1', date: '2025-01', value: 11000, claimant: 'beta' }),
    figure({ id: 'nis-3', date: '2025-04', value: 600, claimant: 'alpha', claimantDetail: 'NIS' }),
    figure({ id: 'a-2', date: '2025-03-10', value: 12000, claimant: 'alpha' }),
  ]);

  it('tells how a claim changed: NIS 100 (2024-12) → 300 (2025-01) → 600 (2025-04) → 2,000 (2025-09)', () => {
    const nis = revisionChains([...items].reverse()).find((chain) => chain.claimant === 'alpha|NIS')!;
    expect(nis.figures.map((f) => [f.record.value, f.date])).toEqual([
      [100, '2024-12'],
      [300, '2025-01'],
      [600, '2025-04'],
      [2000, '2025-09'],
    ]);
  });

  it('lists the longest chains first, then by claimant', () => {
    expect(revisionChains(items).map((chain) => [chain.claimant, chain.figures.length])).toEqual([
      ['alpha|NIS', 4],
      ['alpha', 2],
      ['beta', 2],
      ['gamma', 1],
    ]);
  });
});

describe('abbreviateChain', () => {
  const chainOf = (n: number) =>
    figureItemsOf(
      Array.from({ length: n }, (_, at) =>
        figure({
          id: `f-${String(at).padStart(3, '0')}`,
          value: at + 1,
          date: `2020-01-${String((at % 28) + 1).padStart(2, '0')}`,
        }),
      ),
    );

  it('keeps short chains whole', () => {
    const seven = chainOf(7);
    expect(abbreviateChain(seven)).toEqual({ head: seven, omitted: 0, tail: [] });
  });

  it('keeps the first 2 and the latest 4 steps of a long chain and counts the rest', () => {
    const chain = chainOf(40);
    const short = abbreviateChain(chain);
    expect(idsOf(short.head)).toEqual(idsOf(chain.slice(0, 2)));
    expect(idsOf(short.tail)).toEqual(idsOf(chain.slice(36)));
    expect(short.omitted).toBe(34);
  });

  it('for any length, shown plus omitted is the whole chain, in order', () => {
    const chain = chainOf(60);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (n, first, last) => {
          const list = chain.slice(0, n);
          const { head, omitted, tail } = abbreviateChain(list, first, last);
          expect(head.length + omitted + tail.length).toBe(n);
          expect([...idsOf(head), ...idsOf(tail)]).toEqual([
            ...idsOf(list.slice(0, head.length)),
            ...idsOf(list.slice(n - tail.length)),
          ]);
          if (omitted > 0) expect(omitted).toBeGreaterThan(1);
        },
      ),
    );
  });
});
