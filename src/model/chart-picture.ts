import type { ChartEntry } from './chart-groups.ts';
import { groupKeyOf, markNotes } from './chart-key.ts';
import { chartSourceLine } from './citation.ts';
import type { SeriesStyle } from './claimant-styles.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { formatDate } from './dates.ts';
import type { ChartModel } from './chart-model.ts';

/** What a downloaded picture of a chart says besides the drawing. */
export interface ChartPicture {
  /** "Soldiers sent (soldiers)". */
  title: string;
  /** The caption and its notes, one paragraph each, as the card shows them. */
  caption: readonly string[];
  /** The labelled events listed under the chart: "Event 1, 3 Oct 2024: …". */
  events: readonly string[];
  /** The claimants this chart draws, once each, in the order of their first figure. */
  key: readonly { name: string; colour: number; shape: number }[];
  /** What its kinds of mark mean. */
  marks: readonly string[];
  sourceLine: string;
  licence: string | null;
  /** Without extension: "troops-sent-2026.03.1". */
  fileName: string;
}

/** A chart's file name, with the sheet's version so that two downloads of different data differ. */
export const chartFileName = (metricId: string, meta: DatasetIndex['data']['meta']): string =>
  `${metricId}-${meta.version ?? meta.updated}`.replace(/[^\w.-]+/g, '-');

/**
 * Everything a picture of the chart carries besides the drawing: title, caption, events,
 * a key of only its own claimants, the marks in words, the source line and the licence.
 */
export function chartPicture({
  index,
  entry,
  chart,
  styles,
  scaleNote,
  pageUrl,
}: {
  index: DatasetIndex;
  entry: ChartEntry;
  chart: Pick<ChartModel, 'caption' | 'aggregation' | 'eventNote' | 'events'>;
  styles: ReadonlyMap<string, SeriesStyle>;
  scaleNote: string | null;
  pageUrl: string;
}): ChartPicture {
  const { metric, figures } = entry;
  const { meta } = index.data;
  const key = new Map<string, ChartPicture['key'][number]>();
  for (const figure of figures) {
    const style = styles.get(figure.claimant);
    if (style && !key.has(figure.claimant))
      key.set(figure.claimant, {
        name: figure.claimantName,
        colour: style.colour,
        shape: style.shape,
      });
  }
  const events = chart.events
    .filter((event) => event.label !== null)
    .map((event) => `Event ${event.label}, ${formatDate(event.date)}: ${event.title}`);
  return {
    title: `${metric.name} (${metric.unit})`,
    caption: [chart.caption, scaleNote, chart.aggregation, chart.eventNote].filter(
      (paragraph): paragraph is string => Boolean(paragraph),
    ),
    events,
    key: [...key.values()],
    marks: markNotes(groupKeyOf({ charts: [entry] }), events.length > 0),
    sourceLine: chartSourceLine(index, figures, pageUrl),
    licence: meta.license ?? null,
    fileName: chartFileName(metric.id, meta),
  };
}
