import { describe, expect, it } from 'vitest';
import { chartSheet, metricOf } from '../testing/charts.ts';
import { figure } from '../testing/data-generators.ts';
import { claimsSummary, compareMetric } from './claims-compared.ts';

/** What a compared metric says in one line, and which of its claims are earlier ones. */

describe('earlier claims', () => {
  it('are those more than 12 months older than the newest claim', () => {
    const built = chartSheet(
      [
        figure({ id: 'old', date: '2024-01-15' }),
        figure({ id: 'edge', date: '2024-06-30', claimant: 'beta' }),
        figure({ id: 'new', date: '2025-06-30', claimant: 'gamma' }),
      ],
      [],
      [metricOf()],
    );
    expect([...compareMetric(metricOf(), built.figures).earlier]).toEqual(['old']);
  });
});

describe('a compared metric’s one-line summary', () => {
  it('never lets a forecast stretch the range of claims', () => {
    const built = chartSheet(
      [
        figure({ id: 'a', value: 2000, claimant: 'alpha' }),
        figure({ id: 'b', value: 4000, claimant: 'beta' }),
        figure({ id: 'c', value: 6000, claimant: 'beta', status: 'projected', date: '2025-06-01' }),
      ],
      [],
      [metricOf()],
    );
    expect(claimsSummary(metricOf(), built.figures)).toBe('2 claimants, latest claims 2,000–4,000 soldiers');
  });

  it('gives the range of the forecasts when a metric has nothing else', () => {
    const built = chartSheet(
      [
        figure({ id: 'a', value: 10_000, status: 'projected' }),
        figure({ id: 'b', value: 100_000, claimant: 'beta', status: 'projected' }),
      ],
      [],
      [metricOf('forecast')],
    );
    expect(claimsSummary(metricOf(), built.figures)).toBe(
      '2 claimants, latest claims 10,000–100,000 soldiers',
    );
  });
});
