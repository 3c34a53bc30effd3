/**
 * Dates in the dataset keep their precision: "2024", "2024-11" or "2024-11-20".
 * Internally a date is the span of days it covers, counted from 1970-01-01 (UTC),
 * so "2024-11" overlaps any range that touches November 2024.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  precision: DatePrecision;
  /** First day covered, days since 1970-01-01. */
  start: number;
  /** Last day covered (inclusive), days since 1970-01-01. */
  end: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

// setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
const dayNumber = (year: number, monthIndex: number, day: number): number =>
  new Date(0).setUTCFullYear(year, monthIndex, day) / DAY_MS;

/** Parses a dataset date; returns null for anything that is not a real calendar date. */
export function parseDate(text: string): DateSpan | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1) return null;
  if (match[2] === undefined) {
    return { precision: 'year', start: dayNumber(year, 0, 1), end: dayNumber(year, 11, 31) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
  if (match[3] === undefined) {
    return {
      precision: 'month',
      start: dayNumber(year, month - 1, 1),
      end: dayNumber(year, month - 1, lastDay),
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  const start = dayNumber(year, month - 1, day);
  return { precision: 'day', start, end: start };
}

export const isCalendarDate = (text: string): boolean => parseDate(text) !== null;

/** The middle of the span, in days: where a chart places a month or a year. */
export const midpoint = (span: DateSpan): number => (span.start + span.end) / 2;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024", "Nov 2024" or "20 Nov 2024": shown at the precision the source gave. */
export function formatDate(text: string): string {
  const span = parseDate(text);
  if (!span) return text;
  const [year, month, day] = text.split('-');
  if (span.precision === 'year') return String(year);
  const monthName = MONTHS[Number(month) - 1] ?? '';
  if (span.precision === 'month') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** Formats a day number (as used on chart axes) as "Nov 2024". */
export function formatDayNumberAsMonth(dayNum: number): string {
  const date = new Date(dayNum * DAY_MS);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Compares two dataset dates by where they start, then by precision (coarser first). */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
