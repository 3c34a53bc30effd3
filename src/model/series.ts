import type { Figure, Metric, Qualifier, Status } from '../data/schema.ts';
import { timeTicks, valueAxis, type ValueAxis } from './chart-axes.ts';
import {
  countEvents,
  eventMarksOf,
  groupQuietEvents,
  labelEvents,
  type Change,
  type ChartEvent,
} from './chart-events.ts';
import { compareRecency, highOf, lowOf } from './claims.ts';
import { claimantStyles, compareStyles, type SeriesStyle } from './claimant-styles.ts';
import { claimantName, type DatasetIndex, type EventItem, type FigureItem } from './dataset-index.ts';
import { compareSpans, formatDate, midpoint, parseDate, type DatePrecision } from './dates.ts';
import { figureNumber, periodText } from './figure-text.ts';
import { formatCount, formatNumber, formatValue } from './format.ts';

export interface ChartPoint {
  /** The figure shown at this mark (for an aggregated mark: its median figure). */
  id: string;
  /** Days since 1970-01-01: the middle of the figure's date, or of its period. */
  x: number;
  /** The value; for a range with no point estimate, the middle of the range (not drawn as a dot). */
  y: number;
  /** The number as a reader must see it, with its qualifier: "about 2,000", "25,000–30,000". */
  text: string;
  qualifier: Qualifier;
  /** A range with no point estimate: drawn as its range only. */
  rangeOnly: boolean;
  low: number;
  high: number;
  /** The days a figure for a stated period covers, drawn as a span; null for a figure as of a date. */
  span: [number, number] | null;
  date: string;
  /** When, as a reader reads it: "23 Oct 2024", or the period: "2024", "Oct 2024–Jan 2025". */
  when: string;
  status: Status;
  claimant: string;
  /** How many figures this mark stands for (1 unless the series was downsampled). */
  count: number;
  /** Above the top of the value axis (only a disputed figure or a forecast can be): drawn at the edge. */
  clipped: boolean;
}

export interface ChartSeries {
  key: string;
  name: string;
  /** The same claimant keeps its colour (its actor) and shape (its body) in every chart. */
  style: SeriesStyle;
  points: ChartPoint[];
}

/** A line between two consecutive figures of one claimant: both firm, of a measure that can change. */
export interface ChartSegment {
  key: string;
  series: string;
  from: ChartPoint;
  to: ChartPoint;
}

export interface ChartModel {
  metric: Metric;
  series: ChartSeries[];
  segments: ChartSegment[];
  /** Every figure of the metric, for the table view. */
  figures: FigureItem[];
  xDomain: [number, number];
  xTicks: number[];
  yAxis: ValueAxis;
  /** Labelled events and quiet ticks, in time order. */
  events: ChartEvent[];
  caption: string;
  /** What the events on the time axis are, when there are any. */
  eventNote: string | null;
  /** How marks were aggregated, when there were too many to draw one per figure. */
  aggregation: string | null;
}

/** Only a running total or a level can rise and fall between two figures: other measures get no lines. */
export const measureJoins = (metric: Pick<Metric, 'measure'>): boolean =>
  metric.measure === undefined || metric.measure === 'cumulative' || metric.measure === 'level';

/** Forecasts and disputed figures are never joined to anything, nor allowed to set the scale. */
export const isFirm = (status: Status): boolean => status !== 'projected' && status !== 'disputed';

/**
 * The largest value the chart's scale must show: that of its firm figures; a forecast or
 * a disputed figure far above them is drawn at the edge instead of squashing the rest.
 * Only when a chart has no firm figure do its forecasts set the scale, and disputed
 * figures only when it has nothing else.
 */
export function scaleTopOf(figures: readonly FigureItem[]): number {
  let firm = -Infinity;
  let undisputed = -Infinity;
  let any = -Infinity;
  for (const { record } of figures) {
    const high = highOf(record);
    any = Math.max(any, high);
    if (record.status !== 'disputed') undisputed = Math.max(undisputed, high);
    if (isFirm(record.status)) firm = Math.max(firm, high);
  }
  const top = firm > -Infinity ? firm : undisputed > -Infinity ? undisputed : any;
  return Math.max(0, top);
}

const periodSpan = (period: NonNullable<Figure['period']>): [number, number] | null => {
  const from = parseDate(period.from);
  const to = parseDate(period.to);
  return from && to ? [from.start, to.end] : null;
};

function toPoint(figure: FigureItem, top: number, count = 1): ChartPoint {
  const { record } = figure;
  const low = lowOf(record);
  const high = highOf(record);
  const span = record.period ? periodSpan(record.period) : null;
  return {
    id: record.id,
    x: span ? (span[0] + span[1]) / 2 : midpoint(figure.span),
    y: record.value ?? (low + high) / 2,
    text: figureNumber(record),
    qualifier: record.qualifier ?? 'exact',
    rangeOnly: record.value === undefined,
    low,
    high,
    span,
    date: record.date,
    when: record.period ? periodText(record.period) : formatDate(record.date),
    status: record.status,
    claimant: figure.claimant,
    count,
    clipped: high > top,
  };
}

/**
 * Keeps a chart responsive with thousands of figures: splits time into equal buckets and
 * draws, per bucket, the figure with the median value (a real figure, never an average
 * that nobody claimed).
 */
function downsample(
  figures: readonly FigureItem[],
  buckets: number,
  [from, to]: [number, number],
  top: number,
): ChartPoint[] {
  const width = Math.max(1, (to - from) / buckets);
  const groups = new Map<number, FigureItem[]>();
  for (const figure of figures) {
    const bucket = Math.min(buckets - 1, Math.floor((midpoint(figure.span) - from) / width));
    const group = groups.get(bucket);
    if (group) group.push(figure);
    else groups.set(bucket, [figure]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, group]) => {
      const sorted = [...group].sort((a, b) => lowOf(a.record) - lowOf(b.record) || compareRecency(a, b));
      const median = sorted[Math.floor((sorted.length - 1) / 2)] as FigureItem;
      return toPoint(median, top, group.length);
    });
}

/** Whether a line may start or end at this point. */
const joinable = (point: ChartPoint): boolean =>
  isFirm(point.status) && !point.rangeOnly && point.span === null && !point.clipped;

/** Lines between each claimant's consecutive joinable figures: never across claimants, never to a forecast. */
export function segmentsOf(metric: Metric, series: readonly ChartSeries[]): ChartSegment[] {
  if (!measureJoins(metric)) return [];
  const segments: ChartSegment[] = [];
  for (const { key, points } of series) {
    let previous: ChartPoint | null = null;
    for (const point of points) {
      if (!joinable(point)) continue;
      if (previous)
        segments.push({ key: `${previous.id}>${point.id}`, series: key, from: previous, to: point });
      previous = point;
    }
  }
  return segments;
}

const MAX_MARKS = 400;
// More event ticks than this turn a 300-px-wide chart into a comb (seen at 10k items: 57).
const MAX_EVENTS = 24;

export interface ChartOptions {
  /** Above this many figures in one chart, marks are aggregated per time bucket. */
  maxMarks?: number;
  /** Above this many quiet events, they are grouped per time period. */
  maxEvents?: number;
  styles?: ReadonlyMap<string, SeriesStyle>;
  /** The top of a scale shared with the other charts of its group; else the chart's own. */
  scaleTop?: number;
}

/** What a chart's caption and frame need, from one pass over its figures: cheap enough for every chart. */
interface ChartFrame {
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
function frameOf(figures: readonly FigureItem[]): ChartFrame {
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
    const span = f.record.period ? periodSpan(f.record.period) : null;
    start = Math.min(start, f.span.start, span?.[0] ?? Infinity);
    end = Math.max(end, f.span.end, span?.[1] ?? -Infinity);
    if (FINER[f.span.precision] > FINER[precision]) precision = f.span.precision;
    low = Math.min(low, lowOf(f.record));
    top = Math.max(top, highOf(f.record));
    if (whole && !(Number.isInteger(lowOf(f.record)) && Number.isInteger(highOf(f.record)))) whole = false;
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

/** What a chart says in words: its caption and, when marks stand for several figures, how. */
function describeChart(
  metric: Metric,
  frame: ChartFrame,
  events: number,
  maxMarks: number,
): { caption: string; aggregation: string | null; perSeries: number } {
  const perSeries = Math.max(8, Math.floor(maxMarks / Math.max(1, frame.perClaimant.size)));
  const aggregated = frame.count > maxMarks && [...frame.perClaimant.values()].some((n) => n > perSeries);
  const aggregation = aggregated
    ? `Too many figures to draw one mark each: each mark shows the median figure of a claimant within one of ${perSeries} equal time periods; the table lists every figure.`
    : null;
  const { count, firstDate, lastDate, low, top } = frame;
  const caption =
    count === 0
      ? 'No figures.'
      : `${formatCount(count, 'figure')} from ${formatCount(frame.perClaimant.size, 'claimant')}` +
        (firstDate && lastDate && firstDate !== lastDate
          ? `, ${formatDate(firstDate)} to ${formatDate(lastDate)}`
          : firstDate
            ? `, ${formatDate(firstDate)}`
            : '') +
        (low === top
          ? `; value ${formatValue(low, metric.unit)}`
          : `; values from ${formatNumber(low)} to ${formatValue(top, metric.unit)}`) +
        (events === 0 ? '.' : `; ${formatCount(events, 'event')} of this topic on the time axis.`);
  return { caption, aggregation, perSeries };
}

/** Says which events carry a label, and why, and what the quiet ticks are. */
function describeEvents(events: readonly ChartEvent[], total: number): string | null {
  if (total === 0) return null;
  const labelled = events.filter((e) => e.label !== null);
  const marked = labelled.filter((e) => e.marked).length;
  const quiet = total - labelled.length;
  const ticks = events.length - labelled.length;
  const auto = labelled.length - marked;
  const why =
    marked === 0
      ? 'nearest the largest changes'
      : auto === 0
        ? 'marked by the editors'
        : `${marked} marked by the editors, ${auto} nearest the largest changes`;
  const tickWords =
    quiet === 0
      ? ''
      : `${formatCount(quiet, 'event')} as ${ticks < quiet ? `${formatCount(ticks, 'tick')} (grouped by period)` : 'ticks'} on the time axis`;
  if (labelled.length === 0) return `Events: ${tickWords}.`;
  return `Events: ${labelled.length} labelled, ${why}` + (quiet > 0 ? `; ${tickWords}.` : '.');
}

/**
 * A chart's caption and aggregation note alone, without its marks: for charts not drawn yet.
 * The figures are in date order, as a selection lists them.
 */
export function chartCaption(
  metric: Metric,
  figures: readonly FigureItem[],
  events: readonly EventItem[],
  { maxMarks = MAX_MARKS }: Pick<ChartOptions, 'maxMarks'> = {},
): Pick<ChartModel, 'caption' | 'aggregation'> {
  const frame = frameOf(figures);
  const { caption, aggregation } = describeChart(
    metric,
    frame,
    countEvents(events, metric.topic, frame.xDomain),
    maxMarks,
  );
  return { caption, aggregation };
}

/** Everything a chart of one metric draws, computed from its figures and the events of its topic. */
export function buildChart(
  index: DatasetIndex,
  metric: Metric,
  figures: readonly FigureItem[],
  events: readonly EventItem[],
  {
    maxMarks = MAX_MARKS,
    maxEvents = MAX_EVENTS,
    styles = claimantStyles(figures),
    scaleTop = scaleTopOf(figures),
  }: ChartOptions = {},
): ChartModel {
  const sorted = [...figures].sort(compareRecency);
  const frame = frameOf(sorted);
  const { xDomain } = frame;
  const yAxis = valueAxis(scaleTop, metric.unit, { whole: frame.whole });
  const top = yAxis.domain[1];
  const eventMarks = eventMarksOf(events, metric.topic, xDomain);
  const { caption, aggregation, perSeries } = describeChart(metric, frame, eventMarks.length, maxMarks);

  const groups = new Map<string, FigureItem[]>();
  for (const figure of sorted) {
    const group = groups.get(figure.claimant);
    if (group) group.push(figure);
    else groups.set(figure.claimant, [figure]);
  }
  const aggregate = sorted.length > maxMarks;
  const series: ChartSeries[] = [...groups].map(([key, group]) => ({
    key,
    name: claimantName(index, (group[0] as FigureItem).record),
    style: styles.get(key) ?? { colour: 0, shape: 0 },
    // Drawn left to right: "2025" sits mid-year, after "2025-03", though it sorts before it.
    points:
      aggregate && group.length > perSeries
        ? downsample(group, perSeries, xDomain, top)
        : group.map((f) => toPoint(f, top)).sort((a, b) => a.x - b.x),
  }));
  series.sort((a, b) => compareStyles(a.style, b.style) || a.key.localeCompare(b.key));
  const segments = segmentsOf(metric, series);
  const changes: Change[] = segments.map(({ from, to }) => ({
    x1: from.x,
    x2: to.x,
    size: Math.abs(to.y - from.y),
  }));
  const labelled = labelEvents(eventMarks, changes);
  const chartEvents = labelled.length > maxEvents ? groupQuietEvents(labelled, maxEvents, xDomain) : labelled;

  return {
    metric,
    series,
    segments,
    figures: sorted,
    xDomain,
    xTicks: timeTicks(xDomain, 6, frame.precision),
    yAxis,
    events: chartEvents,
    caption,
    eventNote: describeEvents(chartEvents, eventMarks.length),
    aggregation,
  };
}
