import type { Metric, Status } from '../data/schema.ts';
import { figuresByMetric, headlineMetrics, rangeOf, type ClaimRange } from './claims.ts';
import type { DatasetIndex, FigureItem } from './dataset-index.ts';
import { compareSpans, monthsBefore, monthsAfter } from './dates.ts';

/**
 * The headline rule (DESIGN.md): which figure leads a key-figure card, who is shown beside
 * it, and how many claims are left as "earlier". Dates are compared as spans, never as
 * text, and nothing here depends on ids or on the order of the list.
 */

/** Statuses a lead may have: a forecast, a disputed figure or an unverified claim never leads. */
const CAN_LEAD: ReadonlySet<Status> = new Set(['confirmed', 'reported', 'estimated']);

/** On the same day, the firmer status is the better lead. */
const FIRMNESS: Record<Status, number> = {
  confirmed: 5,
  reported: 4,
  estimated: 3,
  claimed: 2,
  disputed: 1,
  projected: 0,
};

/** Claims beside the lead are those within this many months of it. */
export const BESIDE_WITHIN_MONTHS = 12;

/**
 * Positive when a is the later claim: the later end of its date; at equal ends the finer
 * date; then the firmer status; then the exact number before a qualified one and the
 * smaller number (so that a tie never turns on an id or the order of the file).
 */
export function compareLatest(a: FigureItem, b: FigureItem): number {
  return (
    compareSpans(a.span, b.span) ||
    FIRMNESS[a.record.status] - FIRMNESS[b.record.status] ||
    Number((b.record.qualifier ?? 'exact') !== 'exact') -
      Number((a.record.qualifier ?? 'exact') !== 'exact') ||
    b.high - a.high ||
    b.low - a.low
  );
}

const latestOf = (figures: readonly FigureItem[]): FigureItem | null =>
  figures.reduce<FigureItem | null>(
    (best, f) => (best === null || compareLatest(f, best) > 0 ? f : best),
    null,
  );

export type LeadReason = 'editors' | 'reference' | 'latest';

export interface KeyFigure {
  metric: Metric;
  /** The figure the card leads with, or null: no figure may lead, so only the range is shown. */
  lead: FigureItem | null;
  /** Why this figure leads: chosen by the editors, the reference claimant's latest, or the latest of any. */
  leadReason: LeadReason | null;
  /** Each other claimant side's latest claim within 12 months of the lead (all sides when there is no lead). */
  beside: FigureItem[];
  /** Claims of the metric that are neither the lead nor beside it (forecasts not counted). */
  earlier: number;
  /** The span of every side's latest claim, forecasts left out. */
  range: ClaimRange | null;
  /** Forecasts of this metric, never counted in the figures above. */
  projections: number;
}

const isReference = (metric: Metric, figure: FigureItem): boolean =>
  metric.reference !== undefined &&
  figure.record.claimant === metric.reference.claimant &&
  (metric.reference.claimantDetail === undefined ||
    figure.record.claimantDetail === metric.reference.claimantDetail);

function chooseLead(metric: Metric, figures: readonly FigureItem[]): [FigureItem, LeadReason] | null {
  if (metric.lead !== undefined) {
    const chosen = figures.find((f) => f.id === metric.lead && CAN_LEAD.has(f.record.status));
    if (chosen) return [chosen, 'editors'];
  }
  const eligible = figures.filter((f) => CAN_LEAD.has(f.record.status));
  const reference = latestOf(eligible.filter((f) => isReference(metric, f)));
  if (reference) return [reference, 'reference'];
  const latest = latestOf(eligible);
  return latest ? [latest, 'latest'] : null;
}

/** Whether b's date lies within `months` months of a's (either side), comparing the spans. */
function within(a: FigureItem, b: FigureItem, months: number): boolean {
  return b.span.end >= monthsBefore(a.span.start, months) && b.span.start <= monthsAfter(a.span.end, months);
}

/** The latest claim of each claimant side (actor), in the order of their values. */
function latestPerSide(figures: readonly FigureItem[]): FigureItem[] {
  const bySide = new Map<string, FigureItem[]>();
  for (const figure of figures) {
    const list = bySide.get(figure.record.claimant);
    if (list) list.push(figure);
    else bySide.set(figure.record.claimant, [figure]);
  }
  return [...bySide.values()]
    .map((list) => latestOf(list) as FigureItem)
    .sort((a, b) => a.low - b.low || a.high - b.high || compareLatest(a, b));
}

/** The key figure of one metric by the headline rule. */
function keyFigureOf(metric: Metric, figures: readonly FigureItem[]): KeyFigure {
  const claims = figures.filter((f) => f.record.status !== 'projected');
  const projections = figures.length - claims.length;
  const chosen = chooseLead(metric, claims);
  const lead = chosen?.[0] ?? null;
  const others = lead ? claims.filter((f) => f.record.claimant !== lead.record.claimant) : claims;
  const beside = latestPerSide(others).filter((f) => lead === null || within(lead, f, BESIDE_WITHIN_MONTHS));
  const latestClaims = latestPerSide(claims);
  return {
    metric,
    lead,
    leadReason: chosen?.[1] ?? null,
    beside,
    earlier: claims.length - beside.length - (lead ? 1 : 0),
    range: rangeOf(latestClaims.length > 0 ? latestClaims : latestPerSide(figures)),
    projections,
  };
}

/**
 * One key figure per headline metric that has figures, in the dataset's metric order. Called
 * with every figure of the dataset: filters never change the key figures.
 */
export function keyFigures(metrics: readonly Metric[], figures: readonly FigureItem[]): KeyFigure[] {
  const byMetric = figuresByMetric(figures);
  return headlineMetrics(metrics).flatMap((metric) => {
    const ofMetric = byMetric.get(metric.id);
    return ofMetric && ofMetric.length > 0 ? [keyFigureOf(metric, ofMetric)] : [];
  });
}

const cache = new WeakMap<DatasetIndex, KeyFigure[]>();

/** The sheet's key figures, worked out once per dataset (the page and its navigation both need them). */
export function keyFiguresOf(index: DatasetIndex): KeyFigure[] {
  let cards = cache.get(index);
  if (!cards) {
    const figures = index.items.filter((item): item is FigureItem => item.kind === 'figure');
    cards = keyFigures(index.data.metrics, figures);
    cache.set(index, cards);
  }
  return cards;
}
