import type { Metric } from '../data/schema.ts';
import type { ChartEvent } from './chart-events.ts';
import type { ChartFrame } from './chart-frame.ts';
import { formatDate } from './dates.ts';
import { formatCount, formatNumber, formatValue } from './format.ts';

/** What a chart says in words: its caption and, when marks stand for several figures, how. */
export function describeChart(
  metric: Metric,
  frame: ChartFrame,
  events: number,
  maxMarks: number,
): { caption: string; aggregation: string | null; perSeries: number } {
  const perSeries = Math.max(8, Math.floor(maxMarks / Math.max(1, frame.perClaimant.size)));
  const aggregated = frame.count > maxMarks && [...frame.perClaimant.values()].some((n) => n > perSeries);
  const aggregation = aggregated
    ? `Too many figures to draw one mark each: each mark shows the median figure of a claimant within one of ${perSeries} equal time periods; the table lists every figure.`
    : null;
  const { count, firstDate, lastDate, low, top } = frame;
  const caption =
    count === 0
      ? 'No figures.'
      : `${formatCount(count, 'figure')} from ${formatCount(frame.perClaimant.size, 'claimant')}` +
        (firstDate && lastDate && firstDate !== lastDate
          ? `, ${formatDate(firstDate)} to ${formatDate(lastDate)}`
          : firstDate
            ? `, ${formatDate(firstDate)}`
            : '') +
        (low === top
          ? `; value ${formatValue(low, metric.unit)}`
          : `; values from ${formatNumber(low)} to ${formatValue(top, metric.unit)}`) +
        (events === 0 ? '.' : `; ${formatCount(events, 'event')} of this topic on the time axis.`);
  return { caption, aggregation, perSeries };
}

/** Says which events carry a label, and why, and what the quiet ticks are. */
export function describeEvents(events: readonly ChartEvent[], total: number): string | null {
  if (total === 0) return null;
  const labelled = events.filter((e) => e.label !== null);
  const marked = labelled.filter((e) => e.marked).length;
  const quiet = total - labelled.length;
  const ticks = events.length - labelled.length;
  const auto = labelled.length - marked;
  const why =
    marked === 0
      ? 'nearest the largest changes'
      : auto === 0
        ? 'marked by the editors'
        : `${marked} marked by the editors, ${auto} nearest the largest changes`;
  const tickWords =
    quiet === 0
      ? ''
      : `${formatCount(quiet, 'event')} as ${ticks < quiet ? `${formatCount(ticks, 'tick')} (grouped by period)` : 'ticks'} on the time axis`;
  if (labelled.length === 0) return `Events: ${tickWords}.`;
  return `Events: ${labelled.length} labelled, ${why}` + (quiet > 0 ? `; ${tickWords}.` : '.');
}
