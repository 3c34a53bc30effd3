import { formatDate } from './dates.ts';

/** A sheet whose newest item is older than this tells its readers so. */
export const STALE_AFTER_DAYS = 90;

const DAY_MS = 86_400_000;

/** Today as a day number (days since 1970-01-01, UTC), from the reader's clock. */
export const dayNumberOf = (date: Date): number => Math.floor(date.getTime() / DAY_MS);

/**
 * The date of the newest item, as the reader should see it, when it is more than 90 days
 * older than today; null while the sheet is current (or has no items).
 */
export function staleSince(
  newest: { date: string; span: { end: number } } | null,
  today: number,
): string | null {
  if (!newest || today - newest.span.end <= STALE_AFTER_DAYS) return null;
  return formatDate(newest.date);
}
