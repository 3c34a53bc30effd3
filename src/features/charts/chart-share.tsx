import { useState, type RefObject } from 'react';
import type { ChartEntry } from '../../model/chart-groups.ts';
import { chartFileName } from '../../model/chart-picture.ts';
import type { SeriesStyle } from '../../model/claimant-styles.ts';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import type { ChartModel } from '../../model/chart-model.ts';
import { CiteButton } from '../../ui/cite-button.tsx';
import { EmbedButton } from '../../ui/embed-button.tsx';

const TOOL = 'button button--quiet button--small';
const FORMATS = ['png', 'svg', 'csv'] as const;

/**
 * A chart's tools for reuse: downloads (PNG, SVG, CSV of its figures), an embed code and a
 * citation. Their code, and what they say, are made on first use.
 */
export function ChartShare({
  entry,
  index,
  styles,
  chart,
  scaleNote,
  frame,
}: {
  entry: ChartEntry;
  index: DatasetIndex;
  styles: ReadonlyMap<string, SeriesStyle>;
  /** The chart as drawn; null until it is. */
  chart: ChartModel | null;
  scaleNote: string | null;
  /** The chart's card. */
  frame: RefObject<HTMLElement | null>;
}) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { metric } = entry;

  const download = (format: (typeof FORMATS)[number]) => {
    setMessage(null);
    if (format === 'csv') {
      import('./chart-files.ts')
        .then((files) =>
          files.downloadChartCsv(entry.figures, index, `${chartFileName(metric.id, index.data.meta)}.csv`),
        )
        .catch(() => setMessage('The CSV could not be prepared. Please try again.'));
      return;
    }
    const drawing = frame.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!drawing || !chart) {
      setMessage('Show the chart (not the table) to download it as a picture.');
      return;
    }
    import('./chart-export.ts')
      .then((exporter) =>
        exporter.downloadChartImage(drawing, { index, entry, chart, styles, scaleNote }, format),
      )
      .catch(() => setMessage('The picture could not be made. Please try again.'));
  };

  return (
    <>
      <button type="button" className={TOOL} aria-expanded={open} onClick={() => setOpen((on) => !on)}>
        Download
      </button>
      <EmbedButton
        className={TOOL}
        index={index}
        kind="chart"
        metricId={metric.id}
        height={() => (frame.current?.getBoundingClientRect().height ?? 420) + 80}
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
