import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.ts';
import { dateChoice, dateOfChoice, isInverted, yearsOf } from './date-choice.ts';

describe('date choice', () => {
  it('lists every year of the extent', () => {
    const start = parseDate('2023-11-05')?.start ?? 0;
    const end = parseDate('2026-02')?.end ?? 0;
    expect(yearsOf({ start, end })).toEqual(['2023', '2024', '2025', '2026']);
    expect(yearsOf(null)).toEqual([]);
  });

  it('round-trips a year or a month, and reads a day as its month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }).map(String),
        fc.option(fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'))),
        (year, month) => {
          const date = dateOfChoice(year, month ?? '');
          expect(date).toBe(month ? `${year}-${month}` : year);
          expect(dateChoice(date)).toEqual({ year, month: month ?? '' });
        },
      ),
    );
    expect(dateChoice('2024-10-05')).toEqual({ year: '2024', month: '10' });
    expect(dateOfChoice('', '10')).toBeNull();
    expect(dateChoice(null)).toEqual({ year: '', month: '' });
  });

  it('says when From lies wholly after To, and only then', () => {
    expect(isInverted('2025-06', '2025-03')).toBe(true);
    expect(isInverted('2025', '2024-12')).toBe(true);
    // A month inside the year it is compared with overlaps it.
    expect(isInverted('2025-06', '2025')).toBe(false);
    expect(isInverted('2025', '2025-01')).toBe(false);
    expect(isInverted(null, '2024')).toBe(false);
    expect(isInverted('2024', null)).toBe(false);
  });
});
