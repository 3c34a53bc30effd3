import { createContext, useContext, type ReactElement } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartEvent } from '../../model/chart-events.ts';
import { placeLabels } from '../../model/direct-labels.ts';
import type { ChartModel, ChartPoint, ChartSegment, ChartSeries } from '../../model/chart-model.ts';
import { colourClass, Marker, QualifierMark, qualifierSign, shapeOf } from '../../ui/marker-shape.tsx';
import { markKey, type Mark } from './chart-tooltip.tsx';

export interface MarkApi {
  activeKey: string | null;
  tabbableKey: string | null;
  order: ReadonlyMap<string, number>;
  labelOf: (mark: Mark) => string;
  show: (mark: Mark, cx: number, cy: number) => void;
  hide: () => void;
}

// Marks read the chart's focus state from context, so that the drawing handed to recharts
// never changes: recharts then does not redraw the axes on every hover.
export const MarkContext = createContext<MarkApi | null>(null);

function useMarkProps(mark: Mark, cx: number, cy: number) {
  const api = useContext(MarkContext);
  if (!api) throw new Error('A chart mark outside its chart');
  const key = markKey(mark);
  const show = () => api.show(mark, cx, cy);
  return {
    active: api.activeKey === key,
    props: {
      'data-mark': api.order.get(key),
      tabIndex: key === api.tabbableKey ? 0 : -1,
      role: 'img',
      'aria-label': api.labelOf(mark),
      onFocus: show,
      onBlur: api.hide,
      onMouseEnter: show,
      onMouseLeave: api.hide,
      onClick: show,
    },
  };
}

function PointMark({
  x,
  y,
  point,
  series,
}: {
  x: number;
  y: number;
  point: ChartPoint;
  series: ChartSeries;
}) {
  const { active, props } = useMarkProps({ kind: 'point', x: point.x, point, series }, x, y);
  return (
    <g
      className={`chart-point${active ? ' chart-point--active' : ''}`}
      transform={`translate(${x},${y})`}
      {...props}
    >
      <circle r="12" className="chart-point__hit" />
      {/* A range with no point estimate has no dot: only its bar or band. */}
      {!point.rangeOnly && <Marker shape={shapeOf(series.style.shape)} status={point.status} />}
      {point.clipped ? (
        <>
          <path d="M0,-9V-22M-4,-18L0,-22L4,-18" className="chart-point__beyond" />
          <text x="7" y="-13" className="chart-point__beyond-text">
            {point.text}
          </text>
        </>
      ) : (
        <QualifierMark sign={qualifierSign(point.qualifier)} />
      )}
    </g>
  );
}

function EventMark({ event, x, top, bottom }: { event: ChartEvent; x: number; top: number; bottom: number }) {
  const labelled = event.label !== null;
  const y = labelled ? top - 11 : bottom - 4;
  const { active, props } = useMarkProps({ kind: 'event', x: event.x, event }, x, y);
  return (
    <g
      className={`chart-event${labelled ? ' chart-event--labelled' : ''}${active ? ' chart-event--active' : ''}`}
    >
      {labelled ? (
        <line x1={x} x2={x} y1={top} y2={bottom} />
      ) : (
        <line x1={x} x2={x} y1={bottom - 7} y2={bottom} />
      )}
      <g transform={`translate(${x},${y})`} className="chart-event__marker" {...props}>
        <circle r={labelled ? 8 : 6} className="chart-event__hit" />
        {labelled && (
          <text y="4" textAnchor="middle" className="chart-event__number">
            {event.label}
          </text>
        )}
      </g>
    </g>
  );
}

/** Direct labels need room: on a chart of at most this many claimants. */
const MAX_LABELLED_SERIES = 3;

/** Each claimant's name beside its latest mark, where placeLabels finds it room. */
function directLabels(
  chart: ChartModel,
  X: (value: number) => number,
  Y: (point: ChartPoint) => number,
  plot: { left: number; right: number },
): Map<string, ReactElement> {
  const labels = new Map<string, ReactElement>();
  if (chart.series.length > MAX_LABELLED_SERIES) return labels;
  const ends = chart.series.flatMap((series) => {
    const last = series.points[series.points.length - 1];
    const name = series.name.split(': ').pop() ?? series.name;
    const text = name.length > 26 ? `${name.slice(0, 25)}…` : name;
    return last ? [{ key: series.key, text, x: X(last.span ? last.span[1] : last.x), y: Y(last) }] : [];
  });
  for (const label of placeLabels(ends, plot)) {
    labels.set(
      label.key,
      <text
        className="chart-direct-label"
        x={label.x}
        y={label.y}
        textAnchor={label.anchor}
        aria-hidden="true"
      >
        {label.text}
      </text>,
    );
  }
  return labels;
}

/**
 * Everything the chart draws inside its axes, placed with recharts' scales: event lines and
 * ticks, period spans and range bands, error bars, lines between a claimant's consecutive
 * firm figures, and the marks (a figure above the scale at the top edge, with its number).
 */
export function ChartMarks({ chart }: { chart: ChartModel }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const top = chart.yAxis.domain[1];
  const X = (value: number) => xScale(value) ?? 0;
  const Y = (value: number) => yScale(Math.min(value, top)) ?? 0;
  const bottom = area.y + area.height;
  const segmentsOf = new Map<string, ChartSegment[]>();
  for (const segment of chart.segments) {
    const list = segmentsOf.get(segment.series);
    if (list) list.push(segment);
    else segmentsOf.set(segment.series, [segment]);
  }
  const labels = directLabels(chart, X, (point) => (point.clipped ? area.y : Y(point.y)), {
    left: area.x,
    right: area.x + area.width,
  });
  return (
    <g className="chart-marks">
      {chart.events.map((event) => (
        <EventMark key={event.id} event={event} x={X(event.x)} top={area.y} bottom={bottom} />
      ))}
      {chart.series.map((series) => (
        <g key={series.key} className={colourClass(series.style.colour)}>
          {series.points.map((point) =>
            point.span ? (
              point.rangeOnly ? (
                <rect
                  key={`b${point.id}`}
                  className="chart-band"
                  x={X(point.span[0])}
                  width={Math.max(2, X(point.span[1]) - X(point.span[0]))}
                  y={Y(point.high)}
                  height={Math.max(2, Y(point.low) - Y(point.high))}
                />
              ) : (
                <path
                  key={`s${point.id}`}
                  className="chart-span"
                  d={`M${X(point.span[0])},${Y(point.y) - 4}v8M${X(point.span[0])},${Y(point.y)}H${X(point.span[1])}M${X(point.span[1])},${Y(point.y) - 4}v8`}
                />
              )
            ) : point.low !== point.high ? (
              <path
                key={`e${point.id}`}
                className="chart-error"
                d={`M${X(point.x) - 3},${Y(point.high)}h6M${X(point.x)},${Y(point.high)}V${Y(point.low)}M${X(point.x) - 3},${Y(point.low)}h6`}
              />
            ) : null,
          )}
          {(segmentsOf.get(series.key) ?? []).map(({ key, from, to }) => (
            <line key={key} className="chart-line" x1={X(from.x)} y1={Y(from.y)} x2={X(to.x)} y2={Y(to.y)} />
          ))}
          {labels.get(series.key)}
          {series.points.map((point) => (
            <PointMark
              key={point.id}
              x={X(point.x)}
              y={point.clipped ? area.y : Y(point.y)}
              point={point}
              series={series}
            />
          ))}
        </g>
      ))}
    </g>
  );
}
