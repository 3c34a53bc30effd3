import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { figuresByMetric } from '../../model/claims.ts';
import type { DatasetIndex, EventItem, FigureItem } from '../../model/dataset-index.ts';
import { buildChart, claimantStyles, type ChartModel } from '../../model/series.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { Section } from '../../ui/section.tsx';
import { usePrinting } from '../../ui/use-printing.ts';
import { ChartLegend } from './chart-legend.tsx';
import { ChartTable } from './chart-table.tsx';

// recharts is most of the page's JavaScript: it loads only when a chart comes near the screen.
const MetricChart = lazy(() => import('./metric-chart.tsx'));

/** True once the element has come within a screen's height of the viewport. */
function useNearViewport<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  // Without IntersectionObserver (old browsers, tests), everything counts as near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}

function ChartCard({ chart, index }: { chart: ChartModel; index: DatasetIndex }) {
  const [chosenTable, setAsTable] = useState(false);
  const printing = usePrinting();
  // On paper a chart that has not been drawn yet would be blank: print its table instead.
  const asTable = chosenTable || printing;
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const { metric } = chart;
  const placeholder = <div className="chart-frame__placeholder">Loading chart…</div>;
  return (
    <figure className="card chart-card" id={`chart-${metric.id}`}>
      <figcaption className="chart-card__caption">
        <span className="chart-card__title">
          {metric.name} <span className="chart-card__unit">({metric.unit})</span>
        </span>
        <span className="chart-card__summary">
          {chart.caption}
          {chart.aggregation && ` ${chart.aggregation}`}
        </span>
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
      {asTable ? (
        <ChartTable chart={chart} index={index} />
      ) : (
        <>
          <div ref={ref} className="chart-frame">
            {near ? (
              <Suspense fallback={placeholder}>
                <MetricChart chart={chart} index={index} />
              </Suspense>
            ) : (
              placeholder
            )}
          </div>
          <ChartLegend chart={chart} />
        </>
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
    const byMetric = figuresByMetric(figures);
    return index.data.metrics
      .filter((metric) => byMetric.has(metric.id))
      .map((metric) => buildChart(index, metric, byMetric.get(metric.id) ?? [], events, { styles }));
  }, [index, figures, events, styles]);
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
            <ChartCard key={chart.metric.id} chart={chart} index={index} />
          ))}
        </div>
      )}
    </Section>
  );
}
