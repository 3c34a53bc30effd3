import type { Figure, Measure, Metric, Qualifier } from '../data/schema.ts';
import type { FigureItem } from './dataset-index.ts';
import { formatDate } from './dates.ts';
import { formatNumber, formatRange, withUnit } from './format.ts';

/**
 * A figure in words, everywhere the same: the qualifier printed with the number ("about
 * 2,000", "more than 10 million"), a range with no point estimate as a range, never as one
 * number, and what the number measures ("in total", "in 2024", "at one time").
 */

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  'up-to': 'up to',
  'fewer-than': 'fewer than',
  nearly: 'nearly',
};

const qualified = (qualifier: Qualifier | undefined, number: string): string => {
  const words = QUALIFIER_WORDS[qualifier ?? 'exact'];
  return words ? `${words} ${number}` : number;
};

/** "about 2,000"; "25,000–30,000" for a range with no point estimate. */
export function figureNumber(figure: Figure): string {
  if (figure.value === undefined) {
    return qualified(figure.qualifier, formatRange(figure.low ?? 0, figure.high ?? 0));
  }
  return qualified(figure.qualifier, formatNumber(figure.value));
}

/** "about 2,000 soldiers". */
export const figureValue = (figure: Figure, unit: string): string => withUnit(figureNumber(figure), unit);

/** The range a source gave around its point estimate ("2,500–3,500"), or null. */
export const rangeText = ({ givenRange }: Pick<FigureItem, 'givenRange'>): string | null =>
  givenRange ? formatRange(givenRange.low, givenRange.high) : null;

/** "2024" for a calendar year; otherwise both ends as the data gives them: "Oct 2024–Jan 2025". */
export function periodText(period: NonNullable<Figure['period']>): string {
  const { from, to } = period;
  const wholeYear = from.length === 7 && to.length === 7 && from.slice(0, 4) === to.slice(0, 4);
  if (wholeYear && from.endsWith('-01') && to.endsWith('-12')) return from.slice(0, 4);
  if (from === to) return formatDate(from);
  return `${formatDate(from)}–${formatDate(to)}`;
}

const MEASURE_WORDS: Record<Measure, string> = {
  cumulative: 'in total so far',
  level: 'at one time',
  period: 'within a stated period',
  'per-event': 'in one deployment, strike or unit',
  forecast: 'forecast',
};

/**
 * What the number measures, for a card or a tooltip: "in total so far, as of 2 Sep 2025",
 * "in 2024", "at one time, as of 12 Feb 2026", "a forecast, dated Dec 2024".
 */
export function measureText(metric: Pick<Metric, 'measure'>, figure: Figure): string {
  if (figure.period) return `in ${periodText(figure.period)}`;
  const date = formatDate(figure.date);
  // A forecast is dated either to its target or to the day it was made: say neither.
  if (figure.status === 'projected' || metric.measure === 'forecast') return `a forecast, dated ${date}`;
  if (!metric.measure) return `as of ${date}`;
  return `${MEASURE_WORDS[metric.measure]}, as of ${date}`;
}

/** The measures in words, for the Method section's list of definitions. */
export const MEASURE_NAMES: Record<Measure, string> = {
  cumulative: 'a running total',
  level: 'how many at one time',
  period: 'an amount within a stated period',
  'per-event': 'one deployment, strike or unit',
  forecast: 'a forecast',
};
