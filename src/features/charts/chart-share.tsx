import { useState, type RefObject } from 'react';
import { chartSourceLine, sheetUrl } from '../../model/citation.ts';
import { groupKeyOf, markNotes } from '../../model/chart-key.ts';
import type { ChartEntry } from '../../model/chart-groups.ts';
import type { SeriesStyle } from '../../model/claimant-styles.ts';
import { claimantName, type DatasetIndex } from '../../model/dataset-index.ts';
import { CiteButton } from '../../ui/cite-button.tsx';
import { DialogButton } from '../../ui/dialog-button.tsx';
import type { ChartExportInfo } from './chart-export.ts';

const TOOL = 'button button--quiet button--small';
const FORMATS = ['png', 'svg', 'csv'] as const;

/** What a downloaded picture of the chart says besides the drawing. */
function exportInfo(
  entry: ChartEntry,
  index: DatasetIndex,
  styles: ReadonlyMap<string, SeriesStyle>,
  caption: readonly string[],
  events: readonly string[],
  fileName: string,
): ChartExportInfo {
  const seen = new Set<string>();
  const key = entry.figures.flatMap((figure) => {
    const style = styles.get(figure.claimant);
    if (seen.has(figure.claimant) || !style) return [];
    seen.add(figure.claimant);
    return [{ name: claimantName(index, figure.record), colour: style.colour, shape: style.shape }];
  });
  const { meta } = index.data;
  return {
    title: `${entry.metric.name} (${entry.metric.unit})`,
    caption,
    events,
    key,
    marks: markNotes(groupKeyOf({ charts: [entry] }), events.length > 0),
    sourceLine: chartSourceLine(index, entry.figures, sheetUrl(index, window.location)),
    licence: meta.license ?? null,
    fileName,
  };
}

/**
 * A chart's tools for reuse: downloads (PNG, SVG, CSV of its figures), an embed code and a
 * citation. Their code loads on first use.
 */
export function ChartShare({
  entry,
  index,
  styles,
  caption,
  events,
  frame,
}: {
  entry: ChartEntry;
  index: DatasetIndex;
  styles: ReadonlyMap<string, SeriesStyle>;
  /** The caption's paragraphs, as the card shows them. */
  caption: readonly string[];
  /** The labelled events, as listed under the chart. */
  events: readonly string[];
  /** Where the chart is drawn. */
  frame: RefObject<HTMLElement | null>;
}) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { metric } = entry;
  const fileName = `${metric.id}-${index.data.meta.version ?? index.data.meta.updated}`.replace(
    /[^\w.-]+/g,
    '-',
  );

  const download = (format: (typeof FORMATS)[number]) => {
    setMessage(null);
    if (format === 'csv') {
      import('./chart-files.ts')
        .then((files) => files.downloadChartCsv(entry.figures, index, `${fileName}.csv`))
        .catch(() => setMessage('The CSV could not be prepared. Please try again.'));
      return;
    }
    const drawing = frame.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!drawing) {
      setMessage('Show the chart (not the table) to download it as a picture.');
      return;
    }
    import('./chart-export.ts')
      .then((exporter) =>
        exporter.downloadChartImage(
          drawing,
          exportInfo(entry, index, styles, caption, events, fileName),
          format,
        ),
      )
      .catch(() => setMessage('The picture could not be made. Please try again.'));
  };

  return (
    <>
      <button type="button" className={TOOL} aria-expanded={open} onClick={() => setOpen((on) => !on)}>
        Download
      </button>
      <DialogButton
        className={TOOL}
        label="Embed"
        name={`Embed the chart ${metric.name}`}
        load={() =>
          import('../../model/embed.ts').then(({ embedSnippet }) => ({
            title: `Embed: ${metric.name}`,
            intro:
              'Paste this into your page. The chart keeps its source line and a link to the full sheet; the script sizes the frame to the chart.',
            blocks: [
              {
                label: 'Embed code',
                code: true,
                text: embedSnippet({
                  pageUrl: sheetUrl(index, window.location),
                  kind: 'chart',
                  metric: metric.id,
                  title: `${metric.name}: chart from ${index.data.meta.title}`,
                  height: (frame.current?.closest('figure')?.getBoundingClientRect().height ?? 420) + 80,
                }),
              },
            ],
          }))
        }
      />
      <CiteButton
        className={TOOL}
        index={index}
        subject={{ kind: 'chart', metric: metric.id }}
        what={`the chart ${metric.name}`}
      />
      {open && (
        <span className="chart-card__downloads" role="group" aria-label={`Download ${metric.name}`}>
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="button button--small"
              onClick={() => download(format)}
            >
              Download {format.toUpperCase()}
            </button>
          ))}
        </span>
      )}
      {message && (
        <span role="alert" className="chart-card__message">
          {message}
        </span>
      )}
    </>
  );
}
