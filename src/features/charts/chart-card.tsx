import { lazy, Suspense, useMemo, useRef, useState, type ComponentProps, type ComponentType } from 'react';
import type { ChartEntry } from '../../model/chart-groups.ts';
import type { SeriesStyle } from '../../model/claimant-styles.ts';
import type { DatasetIndex, EventItem } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { buildChart, chartCaption } from '../../model/series.ts';
import { usePrinting } from '../../ui/use-printing.ts';
import { drawWhen } from '../../model/draw-policy.ts';
import { useReveal } from '../../ui/reveal.ts';
import { useNearViewport } from '../../ui/use-near-viewport.ts';
import { ChartShare } from './chart-share.tsx';
import { ChartTable } from './chart-table.tsx';

// recharts is most of the page's JavaScript: it loads only when a chart comes near the screen.
// Once loaded it is also kept at hand, for printing, which cannot wait for a lazy component.
let loadedChart: ComponentType<ComponentProps<typeof MetricChart>> | null = null;
const MetricChart = lazy(() =>
  import('./metric-chart.tsx').then((module) => {
    loadedChart = module.default;
    return module;
  }),
);

const SCALE_NOTE: Record<ChartEntry['scale'], (unit: string) => string | null> = {
  shared: (unit) => `Same ${unit} scale as the comparable charts beside it.`,
  smaller: () => 'Its own scale: its values are under a tenth of the comparable charts’.',
  own: () => null,
};

export function ChartCard({
  entry,
  events,
  styles,
  index,
  embedded = false,
  linked = false,
}: {
  entry: ChartEntry;
  events: readonly EventItem[];
  styles: ReadonlyMap<string, SeriesStyle>;
  index: DatasetIndex;
  /** Alone in an embed: no tools to share it again. */
  embedded?: boolean;
  /** A link points at it: drawn at once, and revealed once drawn. */
  linked?: boolean;
}) {
  const [chosenTable, setAsTable] = useState(false);
  const card = useRef<HTMLElement>(null);
  const printing = usePrinting();
  // Paper gets the drawing, at print size; only if the chart code has not loaded yet (the
  // reader printed before any chart came near the screen) does it get the table.
  const PrintedChart = printing ? loadedChart : null;
  const asTable = chosenTable || (printing && !PrintedChart);
  // recharts draws hundreds of SVG nodes per chart: on a large dataset only charts near the
  // screen are drawn (and redrawn when filters change); the others keep their space.
  // An embed is the chart alone: drawn at once, even in a frame too short to show it yet.
  const {
    ref,
    drawn: near,
    height,
  } = useNearViewport<HTMLDivElement>(embedded ? 'now' : drawWhen('chart', index.items.length), linked);
  const { metric, figures, scaleTop } = entry;
  // Marks are computed only for a chart that is drawn (or shown as a table); every chart
  // has its caption, its text alternative, at all times.
  const drawn = near || asTable || PrintedChart !== null;
  const chart = useMemo(
    () => (drawn ? buildChart(metric, figures, events, { styles, scaleTop }) : null),
    [drawn, metric, figures, events, styles, scaleTop],
  );
  const text = useMemo(
    () => chart ?? chartCaption(metric, figures, events),
    [chart, metric, figures, events],
  );
  const scaleNote = SCALE_NOTE[entry.scale](metric.unit);
  useReveal(linked ? `chart-${metric.id}` : null, chart !== null);
  const labelled = chart ? chart.events.filter((event) => event.label !== null) : [];
  const placeholder = <div className="chart-frame__placeholder">Loading chart…</div>;
  return (
    <figure
      ref={card}
      className={`card chart-card${chosenTable ? ' chart-card--table' : ''}`}
      id={`chart-${metric.id}`}
    >
      <figcaption className="chart-card__caption">
        <span className="chart-card__title">
          {metric.name} <span className="chart-card__unit">({metric.unit})</span>
        </span>
        <span className="chart-card__summary">{text.caption}</span>
        {scaleNote && <span className="chart-card__note">{scaleNote}</span>}
        {text.aggregation && <span className="chart-card__aggregation">{text.aggregation}</span>}
        {chart?.eventNote && !asTable && <span className="chart-card__note">{chart.eventNote}</span>}
      </figcaption>
      <div className="chart-card__tools">
        <button
          type="button"
          className="button button--quiet button--small"
          aria-pressed={chosenTable}
          onClick={() => setAsTable((on) => !on)}
        >
          Show as table
        </button>
        {!embedded && (
          <ChartShare
            entry={entry}
            index={index}
            styles={styles}
            chart={chart}
            scaleNote={scaleNote}
            frame={card}
          />
        )}
      </div>
      {asTable && chart ? (
        <ChartTable chart={chart} index={index} />
      ) : (
        <div ref={ref} style={near || PrintedChart ? undefined : { minHeight: height }}>
          <div className="chart-frame">
            {chart && PrintedChart ? (
              <PrintedChart chart={chart} index={index} printing />
            ) : chart ? (
              <Suspense fallback={placeholder}>
                <MetricChart chart={chart} index={index} />
              </Suspense>
            ) : (
              placeholder
            )}
          </div>
          {labelled.length > 0 && (
            <ol className="chart-events" aria-label="Labelled events">
              {labelled.map((event) => (
                <li key={event.id}>
                  <span className="chart-events__number" aria-hidden="true">
                    {event.label}
                  </span>
                  <span className="visually-hidden">Event {event.label}: </span>
                  {formatDate(event.date)}: {event.title}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </figure>
  );
}
