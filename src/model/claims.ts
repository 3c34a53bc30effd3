import type { Figure, Metric, Status } from '../data/schema.ts';
import type { FigureItem } from './dataset-index.ts';

export { claimantKey } from './dataset-index.ts';

/** Later date first; on the same date the firmer status, then the id, so that ties are stable. */
const STATUS_RANK: Record<Status, number> = {
  confirmed: 5,
  reported: 4,
  estimated: 3,
  claimed: 2,
  projected: 1,
  disputed: 0,
};

/** Positive when a is the later (or, on the same date, the firmer) claim. */
export function compareRecency(a: FigureItem, b: FigureItem): number {
  if (a.date !== b.date) return a.date > b.date ? 1 : -1;
  const rank = STATUS_RANK[a.record.status] - STATUS_RANK[b.record.status];
  if (rank !== 0) return rank;
  return a.id > b.id ? 1 : a.id < b.id ? -1 : 0;
}

export const lowOf = (figure: Figure): number => figure.low ?? figure.value;
export const highOf = (figure: Figure): number => figure.high ?? figure.value;

/** How many claimants the figures come from. */
export const claimantCount = (figures: readonly FigureItem[]): number =>
  new Set(figures.map((figure) => figure.claimant)).size;

/** Groups figures by claimant, each group in date order (oldest first). */
export function groupByClaimant(figures: readonly FigureItem[]): Map<string, FigureItem[]> {
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
  return latest.sort((a, b) => a.record.value - b.record.value || a.claimant.localeCompare(b.claimant));
}

/**
 * Figures that count towards the headline number: a forecast is not a count, and a
 * contradicted figure is not a headline. When a metric has nothing else, they are all it has.
 */
export function countableFigures(figures: readonly FigureItem[]): FigureItem[] {
  const firm = figures.filter((f) => f.record.status !== 'projected' && f.record.status !== 'disputed');
  return firm.length > 0 ? firm : [...figures];
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
  for (const { record } of claims) {
    low = Math.min(low, lowOf(record));
    high = Math.max(high, highOf(record));
  }
  return { low, high, claimants: new Set(claims.map((c) => c.claimant)).size };
}

export interface KeyFigure {
  metric: Metric;
  latest: FigureItem;
  /** The latest countable claim of every claimant. */
  claims: FigureItem[];
  range: ClaimRange;
  /** Figures of this metric left out of the headline: projections and disputed figures. */
  setAside: { projected: number; disputed: number };
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

/**
 * The projections and disputed figures that countableFigures left out: all of them, unless
 * the metric has nothing else (then they were all counted).
 */
function setAside(all: readonly FigureItem[], countable: readonly FigureItem[]): KeyFigure['setAside'] {
  if (countable.length === all.length) return { projected: 0, disputed: 0 };
  let projected = 0;
  let disputed = 0;
  for (const { record } of all) {
    if (record.status === 'projected') projected++;
    else if (record.status === 'disputed') disputed++;
  }
  return { projected, disputed };
}

/** One key figure per headline metric that has figures, in the dataset's metric order. */
export function keyFigures(metrics: readonly Metric[], figures: readonly FigureItem[]): KeyFigure[] {
  const byMetric = figuresByMetric(figures);
  const cards: KeyFigure[] = [];
  for (const metric of headlineMetrics(metrics)) {
    const all = byMetric.get(metric.id);
    if (!all || all.length === 0) continue;
    const countable = countableFigures(all);
    const claims = latestPerClaimant(countable);
    const latest = countable.reduce((a, b) => (compareRecency(a, b) >= 0 ? a : b));
    const range = rangeOf(claims);
    if (!range) continue;
    cards.push({ metric, latest, claims, range, setAside: setAside(all, countable) });
  }
  return cards;
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
