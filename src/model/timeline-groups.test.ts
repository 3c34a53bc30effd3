import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventItem } from './dataset-index.ts';
import { parseDate } from './dates.ts';
import { event } from '../testing/data-generators.ts';
import { GAP_MONTHS, timelineYears } from './timeline-groups.ts';

const item = (date: string, id = date): EventItem => ({
  kind: 'event',
  id,
  date,
  span: parseDate(date) ?? { precision: 'day', start: 0, end: 0 },
  shownDate: date,
  by: [],
  actors: [],
  topics: [],
  sources: [],
  record: event({ id, date }),
});

describe('timelineYears', () => {
  it('puts events under their year and marks long pauses', () => {
    const years = timelineYears([
      item('2024-10-08'),
      item('2024-10-20'),
      item('2025-02'),
      item('2025-02-11'),
      item('2025-09-01'),
    ]);
    expect(years.map((year) => [year.year, year.entries.map((entry) => entry.quietMonths)])).toEqual([
      ['2024', [null, null]],
      ['2025', [3, null, 6]],
    ]);
  });

  it('keeps every event once, in order, and never marks a pause shorter than GAP_MONTHS', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), (days) => {
        const dates = days.sort((a, b) => a.getTime() - b.getTime()).map((d) => d.toISOString().slice(0, 10));
        const events = dates.map((date, at) => item(date, `e${at}`));
        const years = timelineYears(events);
        expect(years.flatMap((year) => year.entries.map((entry) => entry.item))).toEqual(events);
        for (const year of years) {
          expect(year.entries.every((entry) => entry.item.date.startsWith(year.year))).toBe(true);
          for (const entry of year.entries)
            if (entry.quietMonths !== null) expect(entry.quietMonths).toBeGreaterThanOrEqual(GAP_MONTHS);
        }
        expect(new Set(years.map((year) => year.year)).size).toBe(years.length);
      }),
    );
  });
});
