import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import { claimantName, type DatasetIndex, type FigureItem } from '../../model/dataset-index.ts';
import { formatDate, formatDayNumberAsMonth } from '../../model/dates.ts';
import { formatNumber, formatRange, formatValue } from '../../model/format.ts';
import type { ChartAnnotation, ChartModel, ChartPoint, ChartSeries } from '../../model/series.ts';
import { STATUS_LABEL } from '../../model/status.ts';
import { colourClass, Marker, shapeOf } from '../../ui/marker-shape.tsx';

const HEIGHT = 300;

/** A point or event mark that the keyboard can reach, in time order across the whole chart. */
type Mark =
  | { kind: 'point'; x: number; point: ChartPoint; series: ChartSeries }
  | { kind: 'event'; x: number; annotation: ChartAnnotation };

interface Active {
  mark: Mark;
  cx: number;
  cy: number;
  /** Which side of the mark the tooltip opens on, so it stays inside the chart. */
  side: 'left' | 'right';
}

const markKey = (mark: Mark) =>
  mark.kind === 'point' ? `p:${mark.series.key}:${mark.point.id}` : `e:${mark.annotation.id}`;

function pointLabel(point: ChartPoint, series: ChartSeries, unit: string): string {
  const range = point.low !== point.high ? `, range ${formatRange(point.low, point.high)}` : '';
  const many = point.count > 1 ? ` (median of ${point.count} figures)` : '';
  return `${formatValue(point.y, unit)}${range}${many}, ${formatDate(point.date)}, ${series.name}, ${STATUS_LABEL[point.status]}`;
}

function Tooltip({
  active,
  chart,
  index,
  figures,
}: {
  active: Active;
  chart: ChartModel;
  index: DatasetIndex;
  figures: ReadonlyMap<string, FigureItem>;
}) {
  const { mark, cx, cy, side } = active;
  const style = { top: cy, left: cx };
  if (mark.kind === 'event') {
    return (
      <div className={`chart-tooltip chart-tooltip--${side}`} style={style}>
        <p className="chart-tooltip__kicker">Event · {formatDate(mark.annotation.date)}</p>
        <p className="chart-tooltip__title">{mark.annotation.title}</p>
      </div>
    );
  }
  const { point, series } = mark;
  const figure = figures.get(point.id);
  const outlets = (figure?.record.sources ?? []).map((id) => index.sources.get(id)?.outlet).filter(Boolean);
  return (
    <div className={`chart-tooltip chart-tooltip--${side}`} style={style}>
      <p className="chart-tooltip__title">{formatValue(point.y, chart.metric.unit)}</p>
      {point.low !== point.high && <p>Range {formatRange(point.low, point.high)}</p>}
      {point.count > 1 && <p>Median of {point.count} figures in this period</p>}
      <p>{formatDate(point.date)}</p>
      <p>{figure ? claimantName(index, figure.record) : series.name}</p>
      <p>{STATUS_LABEL[point.status]}</p>
      {outlets.length > 0 && <p>Source: {outlets.join('; ')}</p>}
    </div>
  );
}

export default function MetricChart({ chart, index }: { chart: ChartModel; index: DatasetIndex }) {
  const frame = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);
  const [rovingKey, setRovingKey] = useState<string | null>(null);

  const marks = useMemo<Mark[]>(() => {
    const list: Mark[] = [
      ...chart.series.flatMap((series) =>
        series.points.map((point): Mark => ({ kind: 'point', x: point.x, point, series })),
      ),
      ...chart.annotations.map((annotation): Mark => ({ kind: 'event', x: annotation.x, annotation })),
    ];
    return list.sort((a, b) => a.x - b.x);
  }, [chart]);
  const order = useMemo(() => new Map(marks.map((mark, at) => [markKey(mark), at])), [marks]);
  const figures = useMemo(() => new Map(chart.figures.map((f) => [f.id, f])), [chart]);
  const tabbable = rovingKey ?? (marks[0] ? markKey(marks[0]) : null);

  const show = useCallback((mark: Mark, cx: number, cy: number) => {
    const width = frame.current?.clientWidth ?? 600;
    setActive({ mark, cx, cy, side: cx > width * 0.6 ? 'left' : 'right' });
    setRovingKey(markKey(mark));
  }, []);
  const hide = useCallback(() => setActive(null), []);

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
      hide();
      return;
    }
    const target = frame.current?.querySelector<SVGGElement>(`[data-mark="${next}"]`);
    target?.focus();
  };

  const interactive = (mark: Mark, label: string, cx: number, cy: number) => ({
    'data-mark': order.get(markKey(mark)),
    tabIndex: markKey(mark) === tabbable ? 0 : -1,
    role: 'img',
    'aria-label': label,
    onFocus: () => show(mark, cx, cy),
    onBlur: hide,
    onMouseEnter: () => show(mark, cx, cy),
    onMouseLeave: hide,
  });

  const unit = chart.metric.unit;

  return (
    <div
      ref={frame}
      className="metric-chart"
      onKeyDown={onKeyDown}
      role="group"
      aria-label={`${chart.metric.name} chart: ${marks.length} marks. Use the arrow keys to move between them.`}
    >
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 600, height: HEIGHT }}>
        <ScatterChart margin={{ top: 18, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid className="chart-grid-lines" vertical={false} />
          <XAxis
            type="number"
            dataKey="x"
            domain={chart.xDomain}
            ticks={chart.xTicks}
            tickFormatter={formatDayNumberAsMonth}
            allowDataOverflow
            className="chart-axis"
            tick={{ className: 'chart-axis__tick' }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={chart.yDomain}
            tickFormatter={(value: number) => formatNumber(value)}
            width={78}
            className="chart-axis"
            tick={{ className: 'chart-axis__tick' }}
          />
          {chart.annotations.map((annotation) => {
            const mark: Mark = { kind: 'event', x: annotation.x, annotation };
            return (
              <ReferenceLine
                key={annotation.id}
                x={annotation.x}
                className="chart-event"
                ifOverflow="hidden"
                label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => {
                  const x = viewBox?.x ?? 0;
                  const y = viewBox?.y ?? 0;
                  return (
                    <g
                      className="chart-event__marker"
                      transform={`translate(${x},${y})`}
                      {...interactive(
                        mark,
                        `Event, ${formatDate(annotation.date)}: ${annotation.title}`,
                        x,
                        y,
                      )}
                    >
                      <path d="M-6,-12H6L0,-2Z" />
                    </g>
                  );
                }}
              />
            );
          })}
          {chart.series.map((series) => (
            <Scatter
              key={series.key}
              name={series.name}
              data={series.points}
              className={colourClass(series.style)}
              isAnimationActive={false}
              line={{ className: 'chart-series-line' }}
              lineJointType="linear"
              shape={(props: { cx?: number; cy?: number; payload?: ChartPoint }) => {
                const { cx, cy, payload } = props;
                if (cx === undefined || cy === undefined || !payload) return <g />;
                const mark: Mark = { kind: 'point', x: payload.x, point: payload, series };
                const isActive = active?.mark.kind === 'point' && markKey(active.mark) === markKey(mark);
                return (
                  <g
                    className={`chart-point${isActive ? ' chart-point--active' : ''}`}
                    transform={`translate(${cx},${cy})`}
                    {...interactive(mark, pointLabel(payload, series, unit), cx, cy)}
                  >
                    <circle r="12" className="chart-point__hit" />
                    <Marker shape={shapeOf(series.style)} status={payload.status} />
                  </g>
                );
              }}
            >
              <ErrorBar
                dataKey="error"
                direction="y"
                width={6}
                className={`chart-error ${colourClass(series.style)}`}
                stroke="currentColor"
              />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
      {active && <Tooltip active={active} chart={chart} index={index} figures={figures} />}
    </div>
  );
}
