import type { Metric } from '../data/schema.ts';
import { timeTicks, valueAxis } from './chart-axes.ts';
import { describeChart, describeEvents } from './chart-description.ts';
import { countEvents, eventMarksOf, groupQuietEvents, labelEvents, type Change } from './chart-events.ts';
import { frameOf } from './chart-frame.ts';
import { segmentsOf } from './chart-lines.ts';
import type { ChartModel, ChartSeries } from './chart-model.ts';
import { downsample, toPoint } from './chart-points.ts';
import { scaleTopOf } from './chart-scale.ts';
import { compareRecency } from './claims.ts';
import { claimantStyles, compareStyles, type SeriesStyle } from './claimant-styles.ts';
import type { EventItem, FigureItem } from './dataset-index.ts';

/** The chart of one metric: its marks, lines, axes, events and words (the types are in chart-model.ts). */

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
    name: (group[0] as FigureItem).claimantName,
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
