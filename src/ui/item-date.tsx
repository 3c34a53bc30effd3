import { formatDate } from '../model/dates.ts';

/** A dataset date at its own precision: "2024", "Nov 2024" or "20 Nov 2024". */
export function ItemDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
