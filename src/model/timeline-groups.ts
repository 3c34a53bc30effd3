import type { EventItem } from './dataset-index.ts';

export interface TimelineEntry {
  item: EventItem;
  /** Whole months since the previous event of the list, when there are at least GAP_MONTHS. */
  quietMonths: number | null;
}

export interface TimelineYear {
  year: string;
  entries: TimelineEntry[];
}

/** A pause this long between two events is worth showing: the page would otherwise hide it. */
export const GAP_MONTHS = 2;

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Events (in date order) under their year, each with the quiet time before it: the whole
 * months from the end of the previous event to the start of this one.
 */
export function timelineYears(events: readonly EventItem[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  let previousEnd: number | null = null;
  for (const item of events) {
    const year = item.date.slice(0, 4);
    const months = previousEnd === null ? 0 : Math.floor((item.span.start - previousEnd) / DAYS_PER_MONTH);
    previousEnd = previousEnd === null ? item.span.end : Math.max(previousEnd, item.span.end);
    const entry = { item, quietMonths: months >= GAP_MONTHS ? months : null };
    const last = years.at(-1);
    if (last?.year === year) last.entries.push(entry);
    else years.push({ year, entries: [entry] });
  }
  return years;
}
