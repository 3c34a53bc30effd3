import { DATE_PATTERN } from '../data/dates.ts';

/** Dates compare as text: a year sorts before its months, a month before its days. */
export const byDateThenId = (a: Dated, b: Dated): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

interface Dated {
  date: string;
  id: string;
}

/**
 * A number that orders dataset dates as their text does: 2024 → 20240000,
 * 2024-05 → 20240500, 2024-05-17 → 20240517. Null for anything else.
 */
function dateKey(date: string): number | null {
  if (!DATE_PATTERN.test(date)) return null;
  // The pattern fixes where the parts are: YYYY at 0, MM at 5, DD at 8.
  const month = date.length > 4 ? Number(date.slice(5, 7)) : 0;
  const day = date.length > 7 ? Number(date.slice(8, 10)) : 0;
  return Number(date.slice(0, 4)) * 10_000 + month * 100 + day;
}

/**
 * The positions of the list's entries in date order, then id order: the same order as
 * sorting with byDateThenId, several times faster at 50,000 items. Dates become numbers
 * packed with each entry's position and sorted natively; only entries of the same date are
 * compared by id.
 */
export function dateOrder(list: readonly Dated[]): Uint32Array {
  const n = list.length;
  const order = new Uint32Array(n);
  const byDateThenIdAt = (a: number, b: number) => byDateThenId(list[a] as Dated, list[b] as Dated);
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (inOrder && i > 0) inOrder = byDateThenIdAt(i - 1, i) <= 0;
  }
  if (inOrder) return order;

  // key * n + position stays an exact integer: keys are below 10^8 and lists far below 2^26.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = dateKey((list[i] as Dated).date);
    if (key === null) return order.sort(byDateThenIdAt);
    packed[i] = key * n + i;
  }
  packed.sort();
  for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % n;

  // Same date: by id.
  for (let start = 0; start < n;) {
    const date = (list[order[start] as number] as Dated).date;
    let end = start + 1;
    while (end < n && (list[order[end] as number] as Dated).date === date) end++;
    if (end - start > 1) order.subarray(start, end).sort(byDateThenIdAt);
    start = end;
  }
  return order;
}
