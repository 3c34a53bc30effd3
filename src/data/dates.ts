/**
 * Dates in the dataset keep their precision: "2024", "2024-11" or "2024-11-20".
 * Internally a date is the span of days it covers, counted from 1970-01-01 (UTC),
 * so "2024-11" overlaps any range that touches November 2024.
 *
 * The lowest layer, and free of valibot: the schema checks dates with it, the model
 * (model/dates.ts) builds on it, and the published files (src/publish) use its pattern.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  readonly precision: DatePrecision;
  /** First day covered, days since 1970-01-01. */
  readonly start: number;
  /** Last day covered (inclusive), days since 1970-01-01. */
  readonly end: number;
}

/**
 * How a dataset date is written: YYYY, YYYY-MM or YYYY-MM-DD. The one definition: the
 * schema, the filters in a link, date sorting and the published files all use it. Whether
 * the digits name a real day ("2025-02-30" matches) is parseDate's question.
 */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1 to 12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function computeSpan(text: string): DateSpan | null {
  if (!DATE_PATTERN.test(text)) return null;
  // The pattern fixes where the parts are: YYYY at 0, MM at 5, DD at 8.
  const year = Number(text.slice(0, 4));
  if (year < 1) return null;
  if (text.length === 4) {
    return { precision: 'year', start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  }
  const month = Number(text.slice(5, 7));
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (text.length === 7) {
    return { precision: 'month', start: dayNumber(year, month, 1), end: dayNumber(year, month, lastDay) };
  }
  const day = Number(text.slice(8, 10));
  if (day < 1 || day > lastDay) return null;
  const start = dayNumber(year, month, day);
  return { precision: 'day', start, end: start };
}

/**
 * Parses a dataset date; returns null for anything that is not a real calendar date.
 * Not cached: parsing is as fast as a lookup (the dataset index keeps each date's span).
 */
export const parseDate = (text: string): DateSpan | null => computeSpan(text);

export const isCalendarDate = (text: string): boolean => parseDate(text) !== null;
