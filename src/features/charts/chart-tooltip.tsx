import { useLayoutEffect, useRef, useState } from 'react';
import type { DatasetIndex, FigureItem } from '../../model/dataset-index.ts';
import type { ChartEvent } from '../../model/chart-events.ts';
import { formatDate } from '../../model/dates.ts';
import { formatRange, withUnit } from '../../model/format.ts';
import type { ChartPoint, ChartSeries } from '../../model/chart-model.ts';
import { STATUS_LABEL } from '../../model/status.ts';

/** A point or event mark that the keyboard can reach, in time order across the whole chart. */
export type Mark =
  | { kind: 'point'; x: number; point: ChartPoint; series: ChartSeries }
  | { kind: 'event'; x: number; event: ChartEvent };

export const markKey = (mark: Mark) =>
  mark.kind === 'point' ? `p:${mark.series.key}:${mark.point.id}` : `e:${mark.event.id}`;

/** What a mark says, line by line: the same in the floating box, the touch panel and (joined) its label. */
export function markLines(
  mark: Mark,
  unit: string,
  index: DatasetIndex,
  figures: ReadonlyMap<string, FigureItem>,
): string[] {
  if (mark.kind === 'event') {
    const { event } = mark;
    return [event.title, `Event, ${formatDate(event.date)}`];
  }
  const { point, series } = mark;
  const figure = figures.get(point.id);
  const outlets = (figure?.record.sources ?? []).map((id) => index.sources.get(id)?.outlet).filter(Boolean);
  return [
    withUnit(point.text, unit),
    ...(point.low !== point.high && !point.rangeOnly ? [`Range ${formatRange(point.low, point.high)}`] : []),
    ...(point.count > 1 ? [`Median of ${point.count} figures in this period`] : []),
    point.span ? `In ${point.when}, stated ${formatDate(point.date)}` : point.when,
    figure ? figure.claimantName : series.name,
    STATUS_LABEL[point.status],
    ...(point.clipped ? ['Above this chart’s scale: drawn at its top edge'] : []),
    ...(outlets.length > 0 ? [outlets.join('; ')] : []),
  ];
}

export function TooltipLines({ lines }: { lines: readonly string[] }) {
  return lines.map((line, at) => (
    <p key={at} className={at === 0 ? 'chart-tooltip__title' : undefined}>
      {line}
    </p>
  ));
}

const GAP = 14;
const EDGE = 8;

/**
 * A box beside the mark at (cx, cy) of its chart: as wide as its longest line (up to the
 * viewport), on the right of the mark unless that would leave the viewport, then on its
 * left, and never outside the viewport.
 */
export function FloatingTooltip({ cx, cy, lines }: { cx: number; cy: number; lines: readonly string[] }) {
  const text = lines.join('\n');
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    const chart = element?.offsetParent;
    if (!element || !chart) return;
    const frame = chart.getBoundingClientRect();
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    const viewport = document.documentElement.clientWidth;
    let left = cx + GAP;
    if (frame.left + left + width > viewport - EDGE) left = cx - GAP - width;
    left = Math.min(Math.max(left, EDGE - frame.left), viewport - EDGE - width - frame.left);
    let top = cy - height / 2;
    top = Math.min(Math.max(top, EDGE - frame.top), window.innerHeight - EDGE - height - frame.top);
    setPlace((old) => (old && old.left === left && old.top === top ? old : { left, top }));
  }, [cx, cy, text]);
  return (
    <div
      ref={box}
      className="chart-tooltip"
      style={place ?? { left: 0, top: 0, visibility: 'hidden' }}
      data-testid="chart-tooltip"
    >
      <TooltipLines lines={lines} />
    </div>
  );
}
