import {
  createContext,
  memo,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
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
import { formatNumber, formatRange, withUnit } from '../../model/format.ts';
import type { ChartAnnotation, ChartModel, ChartPoint, ChartSeries } from '../../model/series.ts';
import { STATUS_LABEL } from '../../model/status.ts';
import { colourClass, Marker, shapeOf } from '../../ui/marker-shape.tsx';

const HEIGHT = 300;
// Props handed to recharts are constants: a new object or function on each render makes it
// redraw the marks, which drops keyboard focus.
const MARGIN = { top: 18, right: 16, bottom: 4, left: 4 };
const SERIES_LINE = { className: 'chart-series-line' };
const TICK = { className: 'chart-axis__tick' };
const INITIAL_SIZE = { width: 600, height: HEIGHT };
/** On paper: four charts side by side on A4, drawn at that size (no resizing happens in print). */
const PRINT_SIZE = { width: 170, height: 115 };
const formatTick = (value: number) => formatNumber(value);

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
  const range =
    point.low !== point.high && !point.rangeOnly ? `, range ${formatRange(point.low, point.high)}` : '';
  const many = point.count > 1 ? ` (median of ${point.count} figures)` : '';
  return `${withUnit(point.text, unit)}${range}${many}, ${formatDate(point.date)}, ${series.name}, ${STATUS_LABEL[point.status]}`;
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
      <p className="chart-tooltip__title">{withUnit(point.text, chart.metric.unit)}</p>
      {point.low !== point.high && !point.rangeOnly && <p>Range {formatRange(point.low, point.high)}</p>}
      {point.count > 1 && <p>Median of {point.count} figures in this period</p>}
      <p>{formatDate(point.date)}</p>
      <p>{figure ? claimantName(index, figure.record) : series.name}</p>
      <p>{STATUS_LABEL[point.status]}</p>
      {outlets.length > 0 && <p>Source: {outlets.join('; ')}</p>}
    </div>
  );
}

interface MarkApi {
  activeKey: string | null;
  tabbableKey: string | null;
  order: ReadonlyMap<string, number>;
  unit: string;
  show: (mark: Mark, cx: number, cy: number) => void;
  hide: () => void;
}

// Marks read the chart's focus state from context, so that the shape functions handed to
// recharts never change: new functions would make it redraw (and drop keyboard focus).
const MarkContext = createContext<MarkApi | null>(null);

function useMarkProps(mark: Mark, label: string, cx: number, cy: number) {
  const api = useContext(MarkContext);
  if (!api) throw new Error('A chart mark outside its chart');
  const key = markKey(mark);
  return {
    active: api.activeKey === key,
    props: {
      'data-mark': api.order.get(key),
      tabIndex: key === api.tabbableKey ? 0 : -1,
      role: 'img',
      'aria-label': label,
      onFocus: () => api.show(mark, cx, cy),
      onBlur: api.hide,
      onMouseEnter: () => api.show(mark, cx, cy),
      onMouseLeave: api.hide,
    },
  };
}

function PointMark({
  cx,
  cy,
  point,
  series,
}: {
  cx: number;
  cy: number;
  point: ChartPoint;
  series: ChartSeries;
}) {
  const api = useContext(MarkContext);
  const mark: Mark = { kind: 'point', x: point.x, point, series };
  const { active, props } = useMarkProps(mark, pointLabel(point, series, api?.unit ?? ''), cx, cy);
  return (
    <g
      className={`chart-point${active ? ' chart-point--active' : ''}`}
      transform={`translate(${cx},${cy})`}
      {...props}
    >
      <circle r="12" className="chart-point__hit" />
      {/* A range with no point estimate has no dot: only its bar. */}
      {!point.rangeOnly && <Marker shape={shapeOf(series.style)} status={point.status} />}
    </g>
  );
}

function EventMark({ x, y, annotation }: { x: number; y: number; annotation: ChartAnnotation }) {
  const mark: Mark = { kind: 'event', x: annotation.x, annotation };
  const { props } = useMarkProps(mark, `Event, ${formatDate(annotation.date)}: ${annotation.title}`, x, y);
  return (
    <g className="chart-event__marker" transform={`translate(${x},${y})`} {...props}>
      <path d="M-6,-12H6L0,-2Z" />
    </g>
  );
}

type ShapeRenderer = (props: { cx?: number; cy?: number; payload?: ChartPoint }) => ReactElement;
type LabelRenderer = (props: { viewBox?: { x?: number; y?: number } }) => ReactElement;

/**
 * The recharts drawing, memoised: focus and hover change only the marks (through
 * MarkContext), never these props, so recharts does not redraw and focus stays put.
 */
const ChartCanvas = memo(function ChartCanvas({
  chart,
  shapes,
  labels,
  printing,
}: {
  chart: ChartModel;
  shapes: ReadonlyMap<string, ShapeRenderer>;
  labels: ReadonlyMap<string, LabelRenderer>;
  printing: boolean;
}) {
  const drawing = (
    <ScatterChart margin={MARGIN} accessibilityLayer={false} {...(printing ? PRINT_SIZE : {})}>
      <CartesianGrid className="chart-grid-lines" vertical={false} />
      <XAxis
        type="number"
        dataKey="x"
        domain={chart.xDomain}
        ticks={chart.xTicks}
        tickFormatter={formatDayNumberAsMonth}
        allowDataOverflow
        className="chart-axis"
        tick={TICK}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={chart.yDomain}
        tickFormatter={formatTick}
        width={78}
        className="chart-axis"
        tick={TICK}
      />
      {chart.annotations.map((annotation) => (
        <ReferenceLine
          key={annotation.id}
          x={annotation.x}
          className="chart-event"
          ifOverflow="hidden"
          label={labels.get(annotation.id)}
        />
      ))}
      {chart.series.map((series) => (
        <Scatter
          key={series.key}
          name={series.name}
          data={series.points}
          className={colourClass(series.style)}
          isAnimationActive={false}
          line={SERIES_LINE}
          lineJointType="linear"
          shape={shapes.get(series.key)}
        >
          <ErrorBar
            dataKey="error"
            direction="y"
            width={6}
            className={`chart-error ${colourClass(series.style)}`}
            stroke="currentColor"
            isAnimationActive={false}
          />
        </Scatter>
      ))}
    </ScatterChart>
  );
  if (printing) return drawing;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={INITIAL_SIZE}>
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

  const api = useMemo<MarkApi>(
    () => ({
      activeKey: active ? markKey(active.mark) : null,
      tabbableKey: tabbable,
      order,
      unit: chart.metric.unit,
      show,
      hide,
    }),
    [active, tabbable, order, chart, show, hide],
  );

  // Stable for the life of the chart: see MarkContext.
  const shapes = useMemo(
    () =>
      new Map<string, ShapeRenderer>(
        chart.series.map((series) => [
          series.key,
          (props: { cx?: number; cy?: number; payload?: ChartPoint }) =>
            props.cx === undefined || props.cy === undefined || !props.payload ? (
              <g />
            ) : (
              <PointMark cx={props.cx} cy={props.cy} point={props.payload} series={series} />
            ),
        ]),
      ),
    [chart],
  );
  const labels = useMemo(
    () =>
      new Map<string, LabelRenderer>(
        chart.annotations.map((annotation) => [
          annotation.id,
          ({ viewBox }: { viewBox?: { x?: number; y?: number } }) => (
            <EventMark x={viewBox?.x ?? 0} y={viewBox?.y ?? 0} annotation={annotation} />
          ),
        ]),
      ),
    [chart],
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
      hide();
      return;
    }
    frame.current?.querySelector<SVGGElement>(`[data-mark="${next}"]`)?.focus();
  };

  return (
    <MarkContext.Provider value={api}>
      <div
        ref={frame}
        className="metric-chart"
        onKeyDown={onKeyDown}
        role="group"
        aria-label={`${chart.metric.name} chart: ${marks.length} marks. Use the arrow keys to move between them.`}
      >
        <ChartCanvas chart={chart} shapes={shapes} labels={labels} printing={printing} />
        {active && <Tooltip active={active} chart={chart} index={index} figures={figures} />}
      </div>
    </MarkContext.Provider>
  );
}
