import type { Metric, Status } from '../data/schema.ts';
import { compareRecency, highOf, lowOf } from './claims.ts';
import { claimantName, type DatasetIndex, type EventItem, type FigureItem } from './dataset-index.ts';
import { compareSpans, formatDate, midpoint } from './dates.ts';
import { figureNumber } from './figure-text.ts';
import { formatCount, formatNumber, formatValue } from './format.ts';

export interface ChartPoint {
  /** The figure shown at this mark (for an aggregated mark: its median figure). */
  id: string;
  /** Days since 1970-01-01: the middle of the figure's date (a month mid-month, a year mid-year). */
  x: number;
  /** The value; for a range with no point estimate, the middle of the range (not drawn as a dot). */
  y: number;
  /** The number as a reader must see it, with its qualifier: "about 2,000", "25,000–30,000". */
  text: string;
  /** A range with no point estimate: drawn as its range only. */
  rangeOnly: boolean;
  low: number;
  high: number;
  /** Distance from the value down to low and up to high, for error bars. */
  error: [number, number];
  date: string;
  status: Status;
  claimant: string;
  /** How many figures this mark stands for (1 unless the series was downsampled). */
  count: number;
}

export interface ChartSeries {
  key: string;
  name: string;
  /** Index into the palette of colours and of marker shapes; the same claimant keeps it in every chart. */
  style: number;
  points: ChartPoint[];
}

export interface ChartAnnotation {
  id: string;
  x: number;
  date: string;
  title: string;
  /** How many events the mark stands for: more than one when events are grouped per period. */
  count: number;
}

export interface ChartModel {
  metric: Metric;
  series: ChartSeries[];
  /** Every figure of the metric, for the table view. */
  figures: FigureItem[];
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  annotations: ChartAnnotation[];
  caption: string;
  /** How marks were aggregated, when there were too many to draw one per figure. */
  aggregation: string | null;
}

/** Every claimant of the dataset in a fixed order, so each keeps its colour and shape in every chart. */
export function claimantStyles(figures: readonly FigureItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.claimant, (counts.get(f.claimant) ?? 0) + 1);
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Map(ordered.map(([key], at) => [key, at]));
}

const toPoint = (figure: FigureItem, count = 1): ChartPoint => {
  const { record } = figure;
  const low = lowOf(record);
  const high = highOf(record);
  const y = record.value ?? (low + high) / 2;
  return {
    id: record.id,
    x: midpoint(figure.span),
    y,
    text: figureNumber(record),
    rangeOnly: record.value === undefined,
    low,
    high,
    error: [y - low, high - y],
    date: record.date,
    status: record.status,
    claimant: figure.claimant,
    count,
  };
};

/**
 * Keeps a chart responsive with thousands of figures: splits time into equal buckets and
 * draws, per bucket, the figure with the median value (a real figure, never an average
 * that nobody claimed).
 */
function downsample(points: readonly FigureItem[], buckets: number, domain: [number, number]): ChartPoint[] {
  const width = Math.max(1, (domain[1] - domain[0]) / buckets);
  const groups = new Map<number, FigureItem[]>();
  for (const figure of points) {
    const bucket = Math.min(buckets - 1, Math.floor((midpoint(figure.span) - domain[0]) / width));
    const group = groups.get(bucket);
    if (group) group.push(figure);
    else groups.set(bucket, [figure]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, group]) => {
      const sorted = [...group].sort((a, b) => lowOf(a.record) - lowOf(b.record) || compareRecency(a, b));
      const median = sorted[Math.floor((sorted.length - 1) / 2)] as FigureItem;
      return toPoint(median, group.length);
    });
}

/** Which of `buckets` equal time periods across the domain a moment falls in. */
function bucketOf(x: number, buckets: number, [from, to]: [number, number]): number {
  const width = Math.max(1, (to - from) / buckets);
  return Math.min(buckets - 1, Math.floor((x - from) / width));
}

/**
 * Events grouped into `buckets` equal time periods, one mark per period that has any, at
 * its first event: "14 events in this period, the first: <title>".
 */
function groupEvents(annotations: readonly ChartAnnotation[], buckets: number, domain: [number, number]) {
  const groups = new Map<number, ChartAnnotation[]>();
  for (const annotation of annotations) {
    const bucket = bucketOf(annotation.x, buckets, domain);
    const group = groups.get(bucket);
    if (group) group.push(annotation);
    else groups.set(bucket, [annotation]);
  }
  return [...groups.values()].map((group): ChartAnnotation => {
    const first = group.reduce((a, b) => (b.x < a.x ? b : a));
    return group.length === 1
      ? first
      : {
          ...first,
          title: `${group.length} events in this period, the first: ${first.title}`,
          count: group.length,
        };
  });
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/**
 * Axis ticks on the first day of a month, about `target` of them across the domain,
 * aligned to the step (quarters start in Jan/Apr/Jul/Oct, years in January).
 */
export function timeTicks([start, end]: [number, number], target = 6): number[] {
  const months = Math.max(1, (end - start) / 30.44);
  const step = MONTH_STEPS.find((s) => months / s <= target) ?? 1200;
  const first = new Date(start * 86_400_000);
  let month = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (dayOfMonth(month) < start) month += 1;
  month = Math.ceil(month / step) * step;
  const ticks: number[] = [];
  for (let day = dayOfMonth(month); day <= end; month += step, day = dayOfMonth(month)) ticks.push(day);
  return ticks;
}

/** The first day of a month counted from year 0, in days since 1970-01-01. */
function dayOfMonth(month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(month / 12), month % 12, 1);
  return date.getTime() / 86_400_000;
}

/** A round number at or above `value`: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const MAX_MARKS = 400;
// More event lines than this turn a 300-px-wide chart into a comb (seen at 10k items: 57).
const MAX_EVENTS = 24;

export interface ChartOptions {
  /** Above this many figures in one chart, marks are aggregated per time bucket. */
  maxMarks?: number;
  /** Above this many events of the chart's topic, they are grouped per time period. */
  maxEvents?: number;
  styles?: ReadonlyMap<string, number>;
}

/** Events by topic, so that each chart looks only at the events of its own topic. */
export function eventsByTopic(events: readonly EventItem[]): Map<string, EventItem[]> {
  const byTopic = new Map<string, EventItem[]>();
  for (const event of events) {
    for (const topic of event.topics) {
      const list = byTopic.get(topic);
      if (list) list.push(event);
      else byTopic.set(topic, [event]);
    }
  }
  return byTopic;
}

/** What a chart's caption and frame need, from one pass over its figures: cheap enough for every chart. */
interface ChartFrame {
  count: number;
  /** Figures per claimant. */
  perClaimant: Map<string, number>;
  xDomain: [number, number];
  low: number;
  top: number;
  firstDate: string | undefined;
  lastDate: string | undefined;
}

/** The frame of a chart's figures, whatever their order. */
function frameOf(figures: readonly FigureItem[]): ChartFrame {
  let start = Infinity;
  let end = -Infinity;
  let low = Infinity;
  let top = 0;
  const perClaimant = new Map<string, number>();
  let first: FigureItem | undefined;
  let last: FigureItem | undefined;
  for (const f of figures) {
    // The range of dates runs from the earliest start to the latest end (spans, not text).
    if (!first || (f.span.start - first.span.start || f.span.end - first.span.end) < 0) first = f;
    if (!last || compareSpans(f.span, last.span) > 0) last = f;
    start = Math.min(start, f.span.start);
    end = Math.max(end, f.span.end);
    low = Math.min(low, lowOf(f.record));
    top = Math.max(top, highOf(f.record));
    const key = f.claimant;
    perClaimant.set(key, (perClaimant.get(key) ?? 0) + 1);
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
  };
}

/** A mark for each event of the topic that falls on the time axis. */
function eventMarksOf(
  events: readonly EventItem[],
  topic: string,
  [from, to]: [number, number],
): ChartAnnotation[] {
  const marks: ChartAnnotation[] = [];
  for (const event of events) {
    if (!event.topics.includes(topic)) continue;
    const x = midpoint(event.span);
    if (x >= from && x <= to)
      marks.push({ id: event.id, x, date: event.date, title: event.record.title, count: 1 });
  }
  return marks;
}

/** How many events a chart marks, and into how many marks they are grouped. */
interface EventCount {
  marked: number;
  marks: number;
}

const axisCache = new WeakMap<readonly EventItem[], Map<string, Float64Array>>();

/**
 * Where on the time axis each event of the topic falls, in ascending order; kept with the
 * list, since every chart of a topic asks for the same one.
 */
function eventPositions(events: readonly EventItem[], topic: string): Float64Array {
  let byTopic = axisCache.get(events);
  if (!byTopic) {
    byTopic = new Map<string, Float64Array>();
    axisCache.set(events, byTopic);
  }
  let positions = byTopic.get(topic);
  if (!positions) {
    const xs: number[] = [];
    for (const event of events) if (event.topics.includes(topic)) xs.push(midpoint(event.span));
    positions = Float64Array.from(xs).sort();
    byTopic.set(topic, positions);
  }
  return positions;
}

/** The first position in `sorted`, from `from` on, at which `isPast` holds (it must hold from there on). */
function firstWhere(sorted: Float64Array, from: number, isPast: (x: number) => boolean): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isPast(sorted[mid] as number)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The same counts as the event marks of buildChart, without making the marks: by binary
 * search in the topic's sorted event positions, since every chart of a large sheet has its
 * caption counted on every filter change (30 ms a click at 100,000 items by walking them).
 */
function countEvents(
  events: readonly EventItem[],
  topic: string,
  domain: [number, number],
  maxEvents: number,
): EventCount {
  const xs = eventPositions(events, topic);
  const [from, to] = domain;
  const first = firstWhere(xs, 0, (x) => x >= from);
  const end = firstWhere(xs, first, (x) => x > to);
  const marked = end - first;
  if (marked <= maxEvents) return { marked, marks: marked };
  // bucketOf only grows with x: jump from each used period to the first event of the next.
  let marks = 0;
  for (let at = first; at < end; marks++) {
    const bucket = bucketOf(xs[at] as number, maxEvents, domain);
    at = firstWhere(xs, at, (x) => bucketOf(x, maxEvents, domain) > bucket);
  }
  return { marked, marks };
}

/** What a chart says in words: its caption and, when marks stand for several figures, how. */
function describeChart(
  metric: Metric,
  frame: ChartFrame,
  events: EventCount,
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
        (events.marked === 0
          ? '.'
          : events.marks === events.marked
            ? `, with ${formatCount(events.marked, 'event')} marked on the time axis.`
            : `, with ${formatCount(events.marked, 'event')} marked on the time axis, grouped into ${formatCount(events.marks, 'period')}.`);
  return { caption, aggregation, perSeries };
}

/**
 * A chart's caption and aggregation note alone, without its marks: for charts not drawn yet.
 * The figures are in date order, as a selection lists them.
 */
export function chartCaption(
  metric: Metric,
  figures: readonly FigureItem[],
  events: readonly EventItem[],
  { maxMarks = MAX_MARKS, maxEvents = MAX_EVENTS }: Omit<ChartOptions, 'styles'> = {},
): Pick<ChartModel, 'caption' | 'aggregation'> {
  const frame = frameOf(figures);
  const { caption, aggregation } = describeChart(
    metric,
    frame,
    countEvents(events, metric.topic, frame.xDomain, maxEvents),
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
  { maxMarks = MAX_MARKS, maxEvents = MAX_EVENTS, styles = claimantStyles(figures) }: ChartOptions = {},
): ChartModel {
  const sorted = [...figures].sort(compareRecency);
  const frame = frameOf(sorted);
  const { xDomain } = frame;
  const eventMarks = eventMarksOf(events, metric.topic, xDomain);
  const annotations =
    eventMarks.length > maxEvents ? groupEvents(eventMarks, maxEvents, xDomain) : eventMarks;
  const { caption, aggregation, perSeries } = describeChart(
    metric,
    frame,
    { marked: eventMarks.length, marks: annotations.length },
    maxMarks,
  );

  const groups = new Map<string, FigureItem[]>();
  for (const figure of sorted) {
    const key = figure.claimant;
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const aggregate = sorted.length > maxMarks;
  const series: ChartSeries[] = [...groups].map(([key, group]) => ({
    key,
    name: claimantName(index, (group[0] as FigureItem).record),
    style: styles.get(key) ?? 0,
    // Drawn left to right: "2025" sits mid-year, after "2025-03", though it sorts before it.
    points:
      aggregate && group.length > perSeries
        ? downsample(group, perSeries, xDomain)
        : group.map((f) => toPoint(f)).sort((a, b) => a.x - b.x),
  }));
  series.sort((a, b) => a.style - b.style || a.key.localeCompare(b.key));

  return {
    metric,
    series,
    figures: sorted,
    xDomain,
    xTicks: timeTicks(xDomain),
    yDomain: [0, niceCeiling(frame.top)],
    annotations,
    caption,
    aggregation,
  };
}
