/**
 * The date range as two pairs of selects (year, then month), which work the same in every
 * browser, unlike `input type=month`. A filter date is a year or a month ("2024", "2024-10").
 */
import { parseDate } from './dates.ts';

const yearOfDay = (day: number): number => new Date(day * 86_400_000).getUTCFullYear();

/** The years the dataset's dates reach, oldest first. */
export function yearsOf(extent: { start: number; end: number } | null): string[] {
  if (!extent) return [];
  const years: string[] = [];
  for (let year = yearOfDay(extent.start); year <= yearOfDay(extent.end); year++) years.push(String(year));
  return years;
}

/** A filter date as the two selects show it: year "" for none, month "" for the whole year. */
export function dateChoice(date: string | null): { year: string; month: string } {
  if (date === null) return { year: '', month: '' };
  return { year: date.slice(0, 4), month: date.length >= 7 ? date.slice(5, 7) : '' };
}

/** The filter date for a choice: null without a year, the year alone without a month. */
export const dateOfChoice = (year: string, month: string): string | null =>
  year === '' ? null : month === '' ? year : `${year}-${month}`;

/** Whether a From date lies wholly after a To date, so that no item can match both. */
export function isInverted(from: string | null, to: string | null): boolean {
  const start = from === null ? undefined : parseDate(from)?.start;
  const end = to === null ? undefined : parseDate(to)?.end;
  return start !== undefined && end !== undefined && start > end;
}
