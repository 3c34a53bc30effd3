import type { EventItem } from './dataset-index.ts';
import { midpoint } from './dates.ts';
import { formatCount } from './format.ts';

export interface ChartEvent {
  id: string;
  x: number;
  date: string;
  title: string;
  /** How many events the mark stands for: more than one when events are grouped per period. */
  count: number;
  /** 1, 2 or 3 for an event labelled on the chart; null for a quiet tick on the time axis. */
  label: number | null;
  /** The editors asked for a label (`marked` in the data). */
  marked?: boolean;
}

/** At most this many events per chart get a label; the rest are quiet ticks. */
export const MAX_LABELLED_EVENTS = 3;

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

/** A mark for each event of the topic that falls on the time axis. */
export function eventMarksOf(
  events: readonly EventItem[],
  topic: string,
  [from, to]: [number, number],
): ChartEvent[] {
  const marks: ChartEvent[] = [];
  for (const event of events) {
    if (!event.topics.includes(topic)) continue;
    const x = midpoint(event.span);
    if (x >= from && x <= to)
      marks.push({
        id: event.id,
        x,
        date: event.date,
        title: event.record.title,
        count: 1,
        label: null,
        ...(event.record.marked ? { marked: true } : {}),
      });
  }
  return marks.sort((a, b) => a.x - b.x);
}

/** A change a chart's line draws: from one figure to the next of the same claimant. */
export interface Change {
  x1: number;
  x2: number;
  size: number;
}

/**
 * The events worth a label: those the editors marked, then, for each of the largest
 * changes the chart's lines draw, the event nearest before the new figure (between the two
 * figures it joins). At most MAX_LABELLED_EVENTS, numbered in time order; none when
 * nothing is marked and no line shows a change.
 */
export function labelEvents(marks: readonly ChartEvent[], changes: readonly Change[]): ChartEvent[] {
  const chosen = new Set<ChartEvent>(marks.filter((mark) => mark.marked).slice(0, MAX_LABELLED_EVENTS));
  const biggest = changes.filter((c) => c.size > 0).sort((a, b) => b.size - a.size || a.x2 - b.x2);
  for (const change of biggest) {
    if (chosen.size === MAX_LABELLED_EVENTS) break;
    let best: ChartEvent | undefined;
    for (const mark of marks) {
      if (mark.x < change.x1 || mark.x > change.x2 || chosen.has(mark)) continue;
      if (!best || change.x2 - mark.x < change.x2 - best.x) best = mark;
    }
    if (best) chosen.add(best);
  }
  let label = 0;
  return marks.map((mark) => (chosen.has(mark) ? { ...mark, label: ++label } : mark));
}

/** Which of `buckets` equal time periods across the domain a moment falls in. */
function bucketOf(x: number, buckets: number, [from, to]: [number, number]): number {
  const width = Math.max(1, (to - from) / buckets);
  return Math.min(buckets - 1, Math.floor((x - from) / width));
}

/**
 * Quiet events grouped into `buckets` equal time periods, one tick per period that has
 * any, at its first event: "14 events in this period, the first: <title>". Labelled
 * events keep their own mark.
 */
export function groupQuietEvents(
  marks: readonly ChartEvent[],
  buckets: number,
  domain: [number, number],
): ChartEvent[] {
  const groups = new Map<number, ChartEvent[]>();
  const labelled: ChartEvent[] = [];
  for (const mark of marks) {
    if (mark.label !== null) {
      labelled.push(mark);
      continue;
    }
    const bucket = bucketOf(mark.x, buckets, domain);
    const group = groups.get(bucket);
    if (group) group.push(mark);
    else groups.set(bucket, [mark]);
  }
  const quiet = [...groups.values()].map((group): ChartEvent => {
    const first = group.reduce((a, b) => (b.x < a.x ? b : a));
    return group.length === 1
      ? first
      : {
          ...first,
          title: `${formatCount(group.length, 'event')} in this period, the first: ${first.title}`,
          count: group.length,
        };
  });
  return [...labelled, ...quiet].sort((a, b) => a.x - b.x);
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
 * How many events of the topic fall on the time axis, without making their marks: by
 * binary search in the topic's sorted event positions, since every chart of a large sheet
 * has its caption counted on every filter change (30 ms a click at 100,000 items by
 * walking them).
 */
export function countEvents(
  events: readonly EventItem[],
  topic: string,
  [from, to]: [number, number],
): number {
  const xs = eventPositions(events, topic);
  const first = firstWhere(xs, 0, (x) => x >= from);
  return firstWhere(xs, first, (x) => x > to) - first;
}
