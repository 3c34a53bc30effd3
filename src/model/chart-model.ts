import type { Metric, Qualifier, Status } from '../data/schema.ts';
import type { ValueAxis } from './chart-axes.ts';
import type { ChartEvent } from './chart-events.ts';
import type { SeriesStyle } from './claimant-styles.ts';
import type { FigureItem } from './dataset-index.ts';

/** What a chart of one metric draws (made by buildChart in series.ts). */

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
