import { dayNumber, daysInMonth, parseDate, type DatePrecision, type DateSpan } from '../data/dates.ts';

/*
 * What the page does with dataset dates: format them, compare them, step by months. Reading
 * one (parseDate) is in data/dates.ts, below the schema that checks dates with it.
 */
export { isCalendarDate, parseDate, type DatePrecision, type DateSpan } from '../data/dates.ts';

const DAY_MS = 86_400_000;

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
