/**
 * Dates in the dataset keep their precision: "2024", "2024-11" or "2024-11-20".
 * Internally a date is the span of days it covers, counted from 1970-01-01 (UTC),
 * so "2024-11" overlaps any range that touches November 2024.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  readonly precision: DatePrecision;
  /** First day covered, days since 1970-01-01. */
  readonly start: number;
  /** Last day covered (inclusive), days since 1970-01-01. */
  readonly end: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function computeSpan(text: string): DateSpan | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1) return null;
  if (match[2] === undefined) {
    return { precision: 'year', start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { precision: 'month', start: dayNumber(year, month, 1), end: dayNumber(year, month, lastDay) };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  const start = dayNumber(year, month, day);
  return { precision: 'day', start, end: start };
}

// Large datasets repeat the same few thousand dates: parse each once.
const spans = new Map<string, DateSpan | null>();

/** Parses a dataset date; returns null for anything that is not a real calendar date. */
export function parseDate(text: string): DateSpan | null {
  let span = spans.get(text);
  if (span === undefined) {
    span = computeSpan(text);
    if (spans.size < 100_000) spans.set(text, span);
  }
  return span;
}

export const isCalendarDate = (text: string): boolean => parseDate(text) !== null;

/** The middle of the span, in days: where a chart places a month or a year. */
export const midpoint = (span: DateSpan): number => (span.start + span.end) / 2;

/** Month names, January first; dates on the page use their first three letters ("Oct 2024"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

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

const FINENESS: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Positive when span a is the later: the later end ("2024" ends on 31 December, so it is
 * later than "2024-11-20"); at equal ends the finer date ("2024-12-31" over "2024").
 */
export const compareSpans = (a: DateSpan, b: DateSpan): number =>
  a.end - b.end || FINENESS[a.precision] - FINENESS[b.precision];

/** The day number `months` calendar months before `day` (the month's last day when it is shorter). */
export function monthsBefore(day: number, months: number): number {
  return shiftMonths(day, -months);
}

/** The day number `months` calendar months after `day`. */
export function monthsAfter(day: number, months: number): number {
  return shiftMonths(day, months);
}

function shiftMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayNumber(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
}
