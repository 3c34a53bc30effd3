/**
 * A dataset date as an RFC 3339 timestamp, for formats that want an instant (Atom, Data
 * Package). A year or a month becomes its first day: the start is the only instant such a
 * date is sure not to precede, and it is never in the future.
 */
export function timestampOf(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`Not a dataset date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  const [, year = '', month = '01', day = '01'] = match;
  return `${year}-${month}-${day}T00:00:00Z`;
}
