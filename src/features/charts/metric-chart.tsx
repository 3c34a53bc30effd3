import { memo, useCallback, useMemo, useState, useRef, type KeyboardEvent } from 'react';
import { CartesianGrid, ResponsiveContainer, ScatterChart, XAxis, YAxis } from 'recharts';
import { timeTickLabel } from '../../model/chart-axes.ts';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import type { ChartModel } from '../../model/chart-model.ts';
import { useMediaQuery } from '../../ui/use-media-query.ts';
import { formatAxisNumber } from '../../model/format.ts';
import { ChartMarks, MarkContext, type MarkApi } from './chart-marks.tsx';
import { FloatingTooltip, markKey, markLines, TooltipLines, type Mark } from './chart-tooltip.tsx';

export const CHART_HEIGHT = 260;
// Props handed to recharts are constants: a new object on each render makes it redraw.
const MARGIN = { top: 26, right: 18, bottom: 4, left: 4 };
const TICK = { className: 'chart-axis__tick' };
const INITIAL_SIZE = { width: 600, height: CHART_HEIGHT };
/** On paper: four charts side by side on A4, drawn at that size (no resizing happens in print). */
const PRINT_SIZE = { width: 170, height: 115 };

interface Active {
  mark: Mark;
  cx: number;
  cy: number;
}

/** The recharts drawing: axes and grid from recharts, everything inside them from ChartMarks. */
const ChartCanvas = memo(function ChartCanvas({ chart, printing }: { chart: ChartModel; printing: boolean }) {
  const formatTime = useCallback((day: number) => timeTickLabel(day, chart.xTicks), [chart]);
  const drawing = (
    <ScatterChart margin={MARGIN} accessibilityLayer={false} {...(printing ? PRINT_SIZE : {})}>
      <CartesianGrid className="chart-grid-lines" vertical={false} />
      <XAxis
        type="number"
        dataKey="x"
        domain={chart.xDomain}
        ticks={chart.xTicks}
        tickFormatter={formatTime}
        // The first tick carries the year ("Jan 2025"): never drop it for room.
        interval="preserveStartEnd"
        allowDataOverflow
        className="chart-axis"
        tick={TICK}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={chart.yAxis.domain}
        ticks={chart.yAxis.ticks}
        tickFormatter={formatAxisNumber}
        allowDataOverflow
        width={printing ? 40 : 52}
        className="chart-axis"
        tick={TICK}
      />
      <ChartMarks chart={chart} />
    </ScatterChart>
  );
  if (printing) return drawing;
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_SIZE}>
      {drawing}
    </ResponsiveContainer>
  );
});

export default function MetricChart({
  chart,
  index,
  printing = false,
}: {
  chart: ChartModel;
  index: DatasetIndex;
  printing?: boolean;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);
  const [rovingKey, setRovingKey] = useState<string | null>(null);
  // No hover on a touch screen: a tapped mark's details open in a panel under the chart.
  const touch = useMediaQuery('(hover: none)');

  const marks = useMemo<Mark[]>(() => {
    const list: Mark[] = [
      ...chart.series.flatMap((series) =>
        series.points.map((point): Mark => ({ kind: 'point', x: point.x, point, series })),
      ),
      ...chart.events.map((event): Mark => ({ kind: 'event', x: event.x, event })),
    ];
    return list.sort((a, b) => a.x - b.x);
  }, [chart]);
  const order = useMemo(() => new Map(marks.map((mark, at) => [markKey(mark), at])), [marks]);
  const figures = useMemo(() => new Map(chart.figures.map((f) => [f.id, f])), [chart]);
  const tabbable = rovingKey ?? (marks[0] ? markKey(marks[0]) : null);
  const unit = chart.metric.unit;
  const linesOf = useCallback((mark: Mark) => markLines(mark, unit, index, figures), [unit, index, figures]);

  const show = useCallback((mark: Mark, cx: number, cy: number) => {
    setActive({ mark, cx, cy });
    setRovingKey(markKey(mark));
  }, []);
  const hide = useCallback(() => {
    if (!touch) setActive(null);
  }, [touch]);

  const api = useMemo<MarkApi>(
    () => ({
      activeKey: active ? markKey(active.mark) : null,
      tabbableKey: tabbable,
      order,
      labelOf: (mark) => linesOf(mark).join(', '),
      show,
      hide,
    }),
    [active, tabbable, order, linesOf, show, hide],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = rovingKey ?? tabbable;
    if (current === null) return;
    const at = order.get(current) ?? 0;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(marks.length - 1, at + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? marks.length - 1
              : event.key === 'Escape'
                ? -1
                : null;
    if (next === null) return;
    event.preventDefault();
    if (next === -1) {
      setActive(null);
      return;
    }
    frame.current?.querySelector<SVGGElement>(`[data-mark="${next}"]`)?.focus();
  };

  const lines = active ? linesOf(active.mark) : null;
  return (
    <MarkContext.Provider value={api}>
      <div
        className="metric-chart"
        onKeyDown={onKeyDown}
        role="group"
        aria-label={`${chart.metric.name} chart: ${marks.length} marks. Use the arrow keys to move between them.`}
      >
        <div ref={frame} className="metric-chart__plot">
          <ChartCanvas chart={chart} printing={printing} />
          {active && lines && !touch && <FloatingTooltip cx={active.cx} cy={active.cy} lines={lines} />}
        </div>
        {touch && lines && (
          <div className="chart-panel" data-testid="chart-panel">
            <TooltipLines lines={lines} />
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setActive(null)}
            >
              Close
            </button>
          </div>
        )}
      </div>
    </MarkContext.Provider>
  );
}
