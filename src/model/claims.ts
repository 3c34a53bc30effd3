import type { Metric, Status } from '../data/schema.ts';
import type { FigureItem } from './dataset-index.ts';
import { compareSpans } from './dates.ts';

/** Later date first; on the same date the firmer status, then the id, so that ties are stable. */
const STATUS_RANK: Record<Status, number> = {
  confirmed: 5,
  reported: 4,
  estimated: 3,
  claimed: 2,
  projected: 1,
  disputed: 0,
};

/**
 * Positive when a is the later claim (dates compared as spans: see compareSpans), on the
 * same date the firmer; the id only keeps the order of a chain stable.
 */
export function compareRecency(a: FigureItem, b: FigureItem): number {
  const when = compareSpans(a.span, b.span);
  if (when !== 0) return when;
  const rank = STATUS_RANK[a.record.status] - STATUS_RANK[b.record.status];
  if (rank !== 0) return rank;
  return a.id > b.id ? 1 : a.id < b.id ? -1 : 0;
}

/** How many claimants the figures come from. */
export const claimantCount = (figures: readonly FigureItem[]): number =>
  new Set(figures.map((figure) => figure.claimant)).size;

/** Groups figures by claimant, each group in date order (oldest first). */
function groupByClaimant(figures: readonly FigureItem[]): Map<string, FigureItem[]> {
  const groups = new Map<string, FigureItem[]>();
  for (const figure of figures) {
    const key = figure.claimant;
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  for (const group of groups.values()) group.sort(compareRecency);
  return groups;
}

/** The latest claim of each claimant, sorted by value (then by claimant). */
export const latestPerClaimant = (figures: readonly FigureItem[]): FigureItem[] =>
  latestOfChains(groupByClaimant(figures).values());

/** The last figure of each claimant's date-ordered figures, sorted by value (then by claimant). */
export function latestOfChains(chains: Iterable<readonly FigureItem[]>): FigureItem[] {
  const latest: FigureItem[] = [];
  for (const group of chains) {
    const last = group[group.length - 1];
    if (last) latest.push(last);
  }
  return latest.sort((a, b) => a.low - b.low || a.claimant.localeCompare(b.claimant));
}

export interface ClaimRange {
  low: number;
  high: number;
  claimants: number;
}

/** The span of the given claims, taking each claim's own low and high where it has them. */
export function rangeOf(claims: readonly FigureItem[]): ClaimRange | null {
  if (claims.length === 0) return null;
  let low = Infinity;
  let high = -Infinity;
  for (const claim of claims) {
    low = Math.min(low, claim.low);
    high = Math.max(high, claim.high);
  }
  return { low, high, claimants: new Set(claims.map((c) => c.claimant)).size };
}

/** The metrics shown under Key figures: those marked headline, or all when none is. */
export function headlineMetrics(metrics: readonly Metric[]): Metric[] {
  const marked = metrics.filter((metric) => metric.headline === true);
  return marked.length > 0 ? marked : [...metrics];
}

const byMetricCache = new WeakMap<readonly FigureItem[], Map<string, FigureItem[]>>();

/**
 * The figures grouped by metric, in their order. Key figures, charts and Claims compared
 * all group the same selection: the grouping is kept with the list, computed once.
 * (The result is shared: callers must not change it.)
 */
export function figuresByMetric(figures: readonly FigureItem[]): Map<string, FigureItem[]> {
  const cached = byMetricCache.get(figures);
  if (cached) return cached;
  const byMetric = new Map<string, FigureItem[]>();
  for (const figure of figures) {
    const list = byMetric.get(figure.record.metric);
    if (list) list.push(figure);
    else byMetric.set(figure.record.metric, [figure]);
  }
  byMetricCache.set(figures, byMetric);
  return byMetric;
}

/** The metrics that have figures, in the dataset's order, each with its figures. */
export function metricsWithFigures(
  metrics: readonly Metric[],
  figures: readonly FigureItem[],
): { metric: Metric; figures: FigureItem[] }[] {
  const byMetric = figuresByMetric(figures);
  return metrics.flatMap((metric) => {
    const ofMetric = byMetric.get(metric.id);
    return ofMetric ? [{ metric, figures: ofMetric }] : [];
  });
}

export interface RevisionChain {
  claimant: string;
  figures: FigureItem[];
}

/** Each claimant's figures for one metric in date order: how its claim changed over time. */
export function revisionChains(figures: readonly FigureItem[]): RevisionChain[] {
  return [...groupByClaimant(figures)]
    .map(([claimant, list]) => ({ claimant, figures: list }))
    .sort((a, b) => b.figures.length - a.figures.length || a.claimant.localeCompare(b.claimant));
}

export interface AbbreviatedChain {
  head: FigureItem[];
  /** How many steps between head and tail are left out (the full list is under "All figures"). */
  omitted: number;
  tail: FigureItem[];
}

/**
 * A long revision chain shortened for reading: its first steps, how many are left out, and
 * its latest steps. Chains of up to `keepFirst + keepLast + 1` steps are kept whole, so that
 * "1 more" never replaces a single step.
 */
export function abbreviateChain(
  figures: readonly FigureItem[],
  keepFirst = 2,
  keepLast = 4,
): AbbreviatedChain {
  if (figures.length <= keepFirst + keepLast + 1) return { head: [...figures], omitted: 0, tail: [] };
  return {
    head: figures.slice(0, keepFirst),
    omitted: figures.length - keepFirst - keepLast,
    tail: figures.slice(figures.length - keepLast),
  };
}
