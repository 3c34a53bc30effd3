import {
  lazy,
  Suspense,
  useMemo,
  useState,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';
import { metricsWithFigures } from '../../model/claims.ts';
import type { DatasetIndex, EventItem, FigureItem } from '../../model/dataset-index.ts';
import type { Metric } from '../../data/schema.ts';
import { buildChart, chartCaption, claimantStyles, eventsByTopic } from '../../model/series.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { Section } from '../../ui/section.tsx';
import { usePrinting } from '../../ui/use-printing.ts';
import { DRAW_ALL_UP_TO_ITEMS, useNearViewport } from '../../ui/use-near-viewport.ts';
import { ChartLegend } from './chart-legend.tsx';
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

interface ChartInput {
  metric: Metric;
  figures: FigureItem[];
  events: EventItem[];
}

function ChartCard({
  input,
  styles,
  index,
}: {
  input: ChartInput;
  styles: ReadonlyMap<string, number>;
  index: DatasetIndex;
}) {
  const [chosenTable, setAsTable] = useState(false);
  const printing = usePrinting();
  // Paper gets the drawing, at print size; only if the chart code has not loaded yet (the
  // reader printed before any chart came near the screen) does it get the table.
  const PrintedChart = printing ? loadedChart : null;
  const asTable = chosenTable || (printing && !PrintedChart);
  // recharts draws thousands of SVG nodes per chart: on a large dataset only charts near the
  // screen are drawn (and redrawn when filters change); the others keep their space.
  const { ref, near, height } = useNearViewport<HTMLDivElement>({
    // Small datasets: recharts loads when the first chart comes near, then charts stay drawn.
    draw: index.items.length <= DRAW_ALL_UP_TO_ITEMS ? 'once' : 'while-near',
  });
  const { metric, figures, events } = input;
  // Marks are computed only for a chart that is drawn (or shown as a table); every chart
  // has its caption, its text alternative, at all times.
  const drawn = near || asTable || PrintedChart !== null;
  const chart = useMemo(
    () => (drawn ? buildChart(index, metric, figures, events, { styles }) : null),
    [drawn, index, metric, figures, events, styles],
  );
  const text = useMemo(
    () => chart ?? chartCaption(metric, figures, events),
    [chart, metric, figures, events],
  );
  const placeholder = <div className="chart-frame__placeholder">Loading chart…</div>;
  return (
    <figure className="card chart-card" id={`chart-${metric.id}`}>
      <figcaption className="chart-card__caption">
        <span className="chart-card__title">
          {metric.name} <span className="chart-card__unit">({metric.unit})</span>
        </span>
        <span className="chart-card__summary">{text.caption}</span>
        {text.aggregation && <span className="chart-card__aggregation"> {text.aggregation}</span>}
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
          {chart && <ChartLegend chart={chart} />}
        </div>
      )}
    </figure>
  );
}

export function ChartsSection({
  figures,
  events,
  index,
  emptyAction,
}: {
  figures: readonly FigureItem[];
  events: readonly EventItem[];
  index: DatasetIndex;
  emptyAction?: ReactNode;
}) {
  // Styles come from every figure of the dataset, so a claimant keeps its colour and shape when filtering.
  const styles = useMemo(
    () => claimantStyles(index.items.filter((i): i is FigureItem => i.kind === 'figure')),
    [index],
  );
  const charts = useMemo(() => {
    const byTopic = eventsByTopic(events);
    return metricsWithFigures(index.data.metrics, figures).map((chart): ChartInput => ({
      ...chart,
      events: byTopic.get(chart.metric.topic) ?? [],
    }));
  }, [index, figures, events]);
  return (
    <Section
      id="charts"
      title="Charts"
      intro="Every claimant's figures over time, one chart per measure. Each claimant has its own colour and marker shape; hover or focus a mark for its details, or show any chart as a table."
    >
      {charts.length === 0 ? (
        <EmptyNote what="figures" action={emptyAction} />
      ) : (
        <div className="chart-grid">
          {charts.map((chart) => (
            <ChartCard key={chart.metric.id} input={chart} styles={styles} index={index} />
          ))}
        </div>
      )}
    </Section>
  );
}
