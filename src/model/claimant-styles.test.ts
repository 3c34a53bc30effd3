import { describe, expect, it } from 'vitest';
import { figure } from '../testing/data-generators.ts';
import { chartSheet } from '../testing/charts.ts';
import { claimantStyles } from './claimant-styles.ts';

describe('claimantStyles', () => {
  const { figures } = chartSheet([
    figure({ id: 'b-1', claimant: 'beta' }),
    figure({ id: 'b-2', claimant: 'beta', date: '2025-02' }),
    figure({ id: 'b-3', claimant: 'beta', date: '2025-03' }),
    figure({ id: 'g-1', claimant: 'gamma' }),
    figure({ id: 'g-2', claimant: 'gamma', date: '2025-02' }),
    figure({ id: 'a-1', claimant: 'alpha' }),
    figure({ id: 'a-2', claimant: 'alpha', date: '2025-02' }),
    figure({ id: 'n-1', claimant: 'alpha', claimantDetail: 'NIS' }),
  ]);

  it('colours claimants by actor (most figures first) and shapes them by body within it', () => {
    expect([...claimantStyles(figures)]).toEqual([
      ['beta', { colour: 1, shape: 0 }],
      ['alpha', { colour: 0, shape: 0 }],
      ['gamma', { colour: 2, shape: 0 }],
      ['alpha|NIS', { colour: 0, shape: 1 }],
    ]);
  });

  it('does not depend on the order of the figures', () => {
    expect([...claimantStyles([...figures].reverse())]).toEqual([...claimantStyles(figures)]);
  });
});
