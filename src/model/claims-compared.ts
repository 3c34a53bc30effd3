import type { Metric } from '../data/schema.ts';
import { formatCount, formatRange, withUnit } from './format.ts';
import {
  compareRecency,
  metricsWithFigures,
  latestPerClaimant,
  rangeOf,
  latestOfChains,
  revisionChains,
  type RevisionChain,
} from './claims.ts';
import type { FigureItem } from './dataset-index.ts';
import { monthsBefore } from './dates.ts';
import { BESIDE_WITHIN_MONTHS } from './headline.ts';

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
  /**
   * Claims that end more than 12 months before the newest claim ends: shown faded as
   * "earlier", since a stale number beside a fresh one reads as a disagreement.
   */
  earlier: ReadonlySet<string>;
}

/** The ids of claims older than the newest by more than BESIDE_WITHIN_MONTHS. */
function earlierClaims(claims: readonly FigureItem[]): Set<string> {
  const newest = Math.max(...claims.map((claim) => claim.span.end));
  const cutoff = monthsBefore(newest, BESIDE_WITHIN_MONTHS);
  return new Set(claims.filter((claim) => claim.span.end < cutoff).map((claim) => claim.id));
}

/** One metric's claims side by side and its revision chains, from the metric's figures. */
export function compareMetric(metric: Metric, list: readonly FigureItem[]): MetricComparison {
  const chains = revisionChains(list);
  const claims = latestOfChains(chains.map((chain) => chain.figures));
  return {
    metric,
    figures: [...list].sort(compareRecency),
    claims,
    scaleMax: Math.max(...claims.map((claim) => claim.high)),
    revisions: chains.filter((chain) => chain.figures.length > 1),
    earlier: earlierClaims(claims),
  };
}

/** Per metric that has figures, in the dataset's metric order: claims side by side and revisions. */
export function compareClaims(
  metrics: readonly Metric[],
  figures: readonly FigureItem[],
): MetricComparison[] {
  return metricsWithFigures(metrics, figures).map(({ metric, figures: list }) => compareMetric(metric, list));
}

/**
 * A compared metric in one line: "6 claimants, latest claims 3,000–15,000 soldiers". The
 * range leaves forecasts out, as a key figure's range does (a forecast is not a claim of
 * what happened), unless the metric has nothing but forecasts.
 */
export function claimsSummary(metric: Pick<Metric, 'unit'>, figures: readonly FigureItem[]): string {
  const latest = latestPerClaimant(figures);
  const claims = latestPerClaimant(figures.filter((figure) => figure.record.status !== 'projected'));
  const range = rangeOf(claims.length > 0 ? claims : latest);
  const span = range ? withUnit(formatRange(range.low, range.high), metric.unit) : '';
  return `${formatCount(latest.length, 'claimant')}, latest claims ${span}`;
}
