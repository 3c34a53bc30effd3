import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Factsheet } from '../data/schema.ts';
import { validateFactsheet } from '../data/validate.ts';
import {
  applyAll,
  asJson,
  BASES,
  mutate,
  mutationArbitrary,
  plausibleMutations,
  RUNS,
} from '../testing/dataset-damage.ts';
import { claimantStyles } from './claimant-styles.ts';
import { compareClaims } from './claims-compared.ts';
import { figuresByMetric } from './claims.ts';
import { buildIndex, type FigureItem } from './dataset-index.ts';
import { NO_FILTERS, selectItems, type Filters } from './filter.ts';
import { keyFigures } from './headline.ts';
import { buildChart } from './series.ts';

// Some properties take seconds on the real dataset, more on a busy machine than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

/**
 * Property tests: random damage to valid datasets (see testing/dataset-damage.ts). Whatever
 * the validator accepts, the model (index, filters, key figures, claims compared, charts)
 * must handle without throwing. That the validator never throws and says where and what:
 * data/damaged-data.test.ts.
 */

/** Everything the page computes from a valid dataset, under a few filters. */
function exerciseModel(data: Factsheet): void {
  const index = buildIndex(data);
  const styles = claimantStyles(index.items.filter((i): i is FigureItem => i.kind === 'figure'));
  const actor = data.actors[0]?.id;
  const topic = data.topics[data.topics.length - 1]?.id;
  const filters: Partial<Filters>[] = [
    {},
    { actors: actor ? [actor] : [] },
    { topics: topic ? [topic] : [] },
    { from: '2024-06', to: '2025-03' },
    { q: 'troops' },
    { actors: actor ? [actor, 'no-such-actor'] : [], topics: topic ? [topic] : [], from: '2025', q: 'a' },
  ];
  for (const partial of filters) {
    const selection = selectItems(index, { ...NO_FILTERS, ...partial });
    expect(selection.items.length).toBeLessThanOrEqual(selection.total);
    for (const card of keyFigures(data.metrics, selection.figures)) {
      if (card.range) expect(card.range.low).toBeLessThanOrEqual(card.range.high);
    }
    compareClaims(data.metrics, selection.figures);
    const byMetric = figuresByMetric(selection.figures);
    for (const metric of data.metrics) {
      buildChart(metric, byMetric.get(metric.id) ?? [], selection.events, { styles });
    }
  }
}

describe.each(BASES)('random damage to %s', (name, base) => {
  it('what the validator accepts the model can show', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(mutationArbitrary(base), plausibleMutations), (mutations) => {
        const result = validateFactsheet(asJson(applyAll(base, mutations)));
        if (!result.ok) return;
        accepted++;
        exerciseModel(result.data);
      }),
      { numRuns: RUNS },
    );
    console.info(`${name}: ${accepted} of ${RUNS} damaged datasets still valid`);
    // Otherwise the property would go untested.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it('what the validator accepts of values JSON cannot hold, the model can show', () => {
    fc.assert(
      fc.property(fc.nat(), fc.anything({ maxDepth: 2, withNullPrototype: true }), (at, value) => {
        const result = validateFactsheet(mutate(structuredClone(base), { kind: 'replace', at, value }));
        if (result.ok) exerciseModel(result.data);
      }),
      { numRuns: RUNS },
    );
  });
});
