import type { Metric } from '../data/schema.ts';
import {
  compareRecency,
  figuresByMetric,
  highOf,
  latestPerClaimant,
  revisionChains,
  type RevisionChain,
} from './claims.ts';
import type { FigureItem } from './dataset-index.ts';

export interface MetricComparison {
  metric: Metric;
  /** Every figure of the metric, oldest first. */
  figures: FigureItem[];
  /** The latest claim of each claimant, lowest value first. */
  claims: FigureItem[];
  /** The largest high or value among the claims: the right end of the dot-and-range plots. */
  scaleMax: number;
  /** Claimants with more than one figure: how their claim changed. */
  revisions: RevisionChain[];
}

/** Per metric that has figures, in the dataset's metric order: claims side by side and revisions. */
export function compareClaims(
  metrics: readonly Metric[],
  figures: readonly FigureItem[],
): MetricComparison[] {
  const byMetric = figuresByMetric(figures);
  const comparisons: MetricComparison[] = [];
  for (const metric of metrics) {
    const list = byMetric.get(metric.id);
    if (!list || list.length === 0) continue;
    const claims = latestPerClaimant(list);
    comparisons.push({
      metric,
      figures: [...list].sort(compareRecency),
      claims,
      scaleMax: Math.max(...claims.map((claim) => highOf(claim.record))),
      revisions: revisionChains(list).filter((chain) => chain.figures.length > 1),
    });
  }
  return comparisons;
}
