import type { FigureItem } from './dataset-index.ts';
import { compareSpans, type DatePrecision } from './dates.ts';

/** What a chart's caption and frame need, from one pass over its figures: cheap enough for every chart. */
export interface ChartFrame {
  count: number;
  perClaimant: Map<string, number>;
  xDomain: [number, number];
  low: number;
  top: number;
  firstDate: string | undefined;
  lastDate: string | undefined;
  /** The finest precision of any figure's date: the time axis is never finer. */
  precision: DatePrecision;
  /** Every value is a whole number: a count, whose axis has no fractional steps. */
  whole: boolean;
}

const FINER: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The frame of a chart's figures, whatever their order. */
export function frameOf(figures: readonly FigureItem[]): ChartFrame {
  let start = Infinity;
  let end = -Infinity;
  let low = Infinity;
  let top = 0;
  let precision: DatePrecision = 'year';
  let whole = true;
  const perClaimant = new Map<string, number>();
  let first: FigureItem | undefined;
  let last: FigureItem | undefined;
  for (const f of figures) {
    // The range of dates runs from the earliest start to the latest end (spans, not text).
    if (!first || (f.span.start - first.span.start || f.span.end - first.span.end) < 0) first = f;
    if (!last || compareSpans(f.span, last.span) > 0) last = f;
    const span = f.period;
    start = Math.min(start, f.span.start, span?.[0] ?? Infinity);
    end = Math.max(end, f.span.end, span?.[1] ?? -Infinity);
    if (FINER[f.span.precision] > FINER[precision]) precision = f.span.precision;
    low = Math.min(low, f.low);
    top = Math.max(top, f.high);
    if (whole && !(Number.isInteger(f.low) && Number.isInteger(f.high))) whole = false;
    perClaimant.set(f.claimant, (perClaimant.get(f.claimant) ?? 0) + 1);
  }
  // A little room either side, so marks at the edges are not cut in half.
  const pad = Math.max(15, (end - start) * 0.04);
  return {
    count: figures.length,
    perClaimant,
    xDomain: [start - pad, end + pad],
    low,
    top,
    firstDate: first?.date,
    lastDate: last?.date,
    precision,
    whole,
  };
}
