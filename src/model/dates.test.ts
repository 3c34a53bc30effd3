import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, isCalendarDate, midpoint, parseDate } from './dates.ts';

describe('parseDate', () => {
  it('keeps the precision of the date', () => {
    expect(parseDate('2024')?.precision).toBe('year');
    expect(parseDate('2024-11')?.precision).toBe('month');
    expect(parseDate('2024-11-20')?.precision).toBe('day');
  });

  it('spans the whole month or year', () => {
    const month = parseDate('2024-02');
    const day = (text: string) => parseDate(text)?.start;
    expect(month?.start).toBe(day('2024-02-01'));
    expect(month?.end).toBe(day('2024-02-29'));
    expect(parseDate('2023')?.end).toBe(day('2023-12-31'));
  });

  it.each([
    '2025-02-29',
    '2024-02-30',
    '2024-13',
    '2024-00',
    '2024-04-31',
    '2024-1-1',
    '24-01',
    '0000',
    'x',
    '',
  ])('rejects %s', (text) => expect(parseDate(text)).toBeNull());

  it('accepts 29 February in a leap year', () => expect(isCalendarDate('2024-02-29')).toBe(true));

  it('accepts every real day and puts it inside its month and year', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const text = d.toISOString().slice(0, 10);
          const day = parseDate(text);
          const month = parseDate(text.slice(0, 7));
          const year = parseDate(text.slice(0, 4));
          expect(day).not.toBeNull();
          expect(month!.start <= day!.start && day!.end <= month!.end).toBe(true);
          expect(year!.start <= month!.start && month!.end <= year!.end).toBe(true);
        },
      ),
    );
  });
});

describe('formatDate', () => {
  it('shows a date at its own precision', () => {
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('2024-11')).toBe('Nov 2024');
    expect(formatDate('2024-11-01')).toBe('1 Nov 2024');
  });

  it('returns text it cannot read unchanged', () => expect(formatDate('soon')).toBe('soon'));
});

describe('midpoint', () => {
  it('places a month mid-month and a year mid-year', () => {
    const mid = (text: string) => midpoint(parseDate(text)!);
    expect(mid('2024-11')).toBe((parseDate('2024-11-01')!.start + parseDate('2024-11-30')!.start) / 2);
    expect(mid('2025')).toBe((parseDate('2025-01-01')!.start + parseDate('2025-12-31')!.start) / 2);
  });
});
