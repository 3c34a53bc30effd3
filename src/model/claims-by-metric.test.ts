import { describe, expect, it } from 'vitest';
import { figure, metric } from '../testing/data-generators.ts';
import { figureItemsOf, idsOf } from '../testing/indexed-sheet.ts';
import { figuresByMetric, headlineMetrics, metricsWithFigures } from './claims.ts';

/** Which metrics lead, and each metric's figures. */

describe('headlineMetrics', () => {
  it('keeps the metrics marked headline, in their order', () => {
    const metrics = [metric('a', { headline: true }), metric('b'), metric('c', { headline: true })];
    expect(headlineMetrics(metrics).map((m) => m.id)).toEqual(['a', 'c']);
  });

  it('keeps every metric when none is marked (headline: false is not a mark)', () => {
    const metrics = [metric('a', { headline: false }), metric('b')];
    expect(headlineMetrics(metrics).map((m) => m.id)).toEqual(['a', 'b']);
  });
});

describe('figuresByMetric', () => {
  it('lists the figures of each metric', () => {
    const byMetric = figuresByMetric(
      figureItemsOf([
        figure({ id: 'f-1', metric: 'troops' }),
        figure({ id: 'f-2', metric: 'aid-tonnes' }),
        figure({ id: 'f-3', metric: 'troops', date: '2025-02' }),
      ]),
    );
    expect(idsOf(byMetric.get('troops')!)).toEqual(['f-1', 'f-3']);
    expect(idsOf(byMetric.get('aid-tonnes')!)).toEqual(['f-2']);
  });
});

describe('metricsWithFigures', () => {
  it('lists the metrics that have figures, in the dataset order, each with its own figures', () => {
    const metrics = [metric('aid'), metric('troops'), metric('losses')];
    const items = figureItemsOf(
      [
        figure({ id: 'f-1', metric: 'losses' }),
        figure({ id: 'f-2', metric: 'troops' }),
        figure({ id: 'f-3', metric: 'losses', date: '2025-03-01' }),
      ],
      metrics,
    );
    const grouped = metricsWithFigures(metrics, items);
    expect(grouped.map((g) => g.metric.id)).toEqual(['troops', 'losses']);
    expect(grouped.map((g) => idsOf(g.figures))).toEqual([['f-2'], ['f-1', 'f-3']]);
  });
});
