/**
 * The app's pure functions timed in Node on synthetic datasets: validation, indexing,
 * filtering and the per-section models, as the page computes them on load and on every
 * filter change.
 */
import type { Factsheet } from '../../src/data/schema.ts';
import { validateFactsheet } from '../../src/data/validate.ts';
import { figuresByMetric } from '../../src/model/claims.ts';
import { keyFigures } from '../../src/model/headline.ts';
import { compareClaims } from '../../src/model/claims-compared.ts';
import { buildIndex, type DatasetIndex, type FigureItem } from '../../src/model/dataset-index.ts';
import { NO_FILTERS, selectItems, type Filters } from '../../src/model/filter.ts';
import { claimantStyles } from '../../src/model/claimant-styles.ts';
import { buildChart } from '../../src/model/series.ts';
import { synthDataset } from './synth.ts';
import { median, round } from './util.ts';

export interface Timing {
  /** Median of the timed repetitions, ms. */
  median: number | null;
  min: number | null;
  max: number | null;
  repetitions: number;
}

function time(fn: () => unknown, repetitions: number, warmups = 1): Timing {
  for (let i = 0; i < warmups; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return {
    median: round(median(samples), 2),
    min: round(Math.min(...samples), 2),
    max: round(Math.max(...samples), 2),
    repetitions,
  };
}

/** The order in which results are reported (and their labels). */
export const MODEL_STEPS = [
  ['jsonParse', 'JSON.parse of the file'],
  ['validateFactsheet', 'validateFactsheet'],
  ['buildIndex', 'buildIndex'],
  ['selectNoFilters', 'selectItems: no filters'],
  ['selectOneActor', 'selectItems: one actor'],
  ['selectText', 'selectItems: text query'],
  ['selectDateRange', 'selectItems: date range'],
  ['compareClaims', 'compareClaims (all figures)'],
  ['keyFigures', 'keyFigures (all figures)'],
  ['buildChartAll', 'buildChart, every metric (sum)'],
] as const;

export type ModelStep = (typeof MODEL_STEPS)[number][0];

export interface ModelResult {
  items: number;
  jsonMB: number;
  timings: Record<ModelStep, Timing>;
  /** How many items each filter kept, so runs on different data are not compared blindly. */
  matches: { noFilters: number; oneActor: number; text: number; dateRange: number };
}

export function benchModel(items: number, repetitions: number): ModelResult {
  const data: Factsheet = synthDataset(items);
  const text = JSON.stringify(data);
  const index: DatasetIndex = buildIndex(data);
  const firstActor = data.actors[0]?.id;
  const filters = {
    oneActor: { ...NO_FILTERS, actors: firstActor ? [firstActor] : [] } satisfies Filters,
    text: { ...NO_FILTERS, q: 'pyongyang' } satisfies Filters,
    dateRange: { ...NO_FILTERS, from: '2023-01', to: '2023-12' } satisfies Filters,
  };
  const all = selectItems(index, NO_FILTERS);
  const styles = claimantStyles(index.items.filter((i): i is FigureItem => i.kind === 'figure'));

  const timings: Record<ModelStep, Timing> = {
    jsonParse: time(() => JSON.parse(text), repetitions),
    validateFactsheet: time(() => {
      const result = validateFactsheet(data);
      if (!result.ok) throw new Error(`synthetic dataset is invalid: ${result.problems.length} problems`);
    }, repetitions),
    buildIndex: time(() => buildIndex(data), repetitions),
    selectNoFilters: time(() => selectItems(index, NO_FILTERS), repetitions),
    selectOneActor: time(() => selectItems(index, filters.oneActor), repetitions),
    selectText: time(() => selectItems(index, filters.text), repetitions),
    selectDateRange: time(() => selectItems(index, filters.dateRange), repetitions),
    compareClaims: time(() => compareClaims(data.metrics, all.figures), repetitions),
    keyFigures: time(() => keyFigures(data.metrics, all.figures), repetitions),
    buildChartAll: time(() => {
      // As the Charts section does it: one chart per metric that has figures.
      const byMetric = figuresByMetric(all.figures);
      for (const metric of data.metrics) {
        const figures = byMetric.get(metric.id);
        if (figures) buildChart(metric, figures, all.events, { styles });
      }
    }, repetitions),
  };

  return {
    items,
    jsonMB: round(Buffer.byteLength(text) / 1024 / 1024, 1) ?? 0,
    timings,
    matches: {
      noFilters: all.items.length,
      oneActor: selectItems(index, filters.oneActor).items.length,
      text: selectItems(index, filters.text).items.length,
      dateRange: selectItems(index, filters.dateRange).items.length,
    },
  };
}
