import { DATE_PATTERN } from '../data/dates.ts';

/**
 * A dataset date as an RFC 3339 timestamp, for formats that want an instant (Atom, Data
 * Package). A year or a month becomes its first day: the start is the only instant such a
 * date is sure not to precede, and it is never in the future.
 */
export function timestampOf(date: string): string {
  if (!DATE_PATTERN.test(date))
    throw new Error(`Not a dataset date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  const [year = '', month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}
