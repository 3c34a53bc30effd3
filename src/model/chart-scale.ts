import { isFirm } from './chart-lines.ts';
import type { FigureItem } from './dataset-index.ts';

/**
 * The largest value the chart's scale must show: that of its firm figures; a forecast or
 * a disputed figure far above them is drawn at the edge instead of squashing the rest.
 * Only when a chart has no firm figure do its forecasts set the scale, and disputed
 * figures only when it has nothing else.
 */
export function scaleTopOf(figures: readonly FigureItem[]): number {
  let firm = -Infinity;
  let undisputed = -Infinity;
  let any = -Infinity;
  for (const { record, high } of figures) {
    any = Math.max(any, high);
    if (record.status !== 'disputed') undisputed = Math.max(undisputed, high);
    if (isFirm(record.status)) firm = Math.max(firm, high);
  }
  const top = firm > -Infinity ? firm : undisputed > -Infinity ? undisputed : any;
  return Math.max(0, top);
}
