import type { Figure } from '../data/schema.ts';
import { givenRangeOf } from './item-fields.ts';
import { describe, expect, it } from 'vitest';
import { figure } from '../testing/data-generators.ts';
import { figureNumber, figureValue, rangeText, measureText, periodText } from './figure-text.ts';

describe('figure text', () => {
  it.each([
    [{ value: 2000, qualifier: 'about' as const }, 'about 2,000'],
    [{ value: 10_000_000, qualifier: 'more-than' as const }, 'more than 10 million'],
    [{ value: 15000, qualifier: 'up-to' as const }, 'up to 15,000'],
    [{ value: 100, qualifier: 'at-least' as const }, 'at least 100'],
    [{ value: 12000, qualifier: 'nearly' as const }, 'nearly 12,000'],
    [{ value: 5, qualifier: 'fewer-than' as const }, 'fewer than 5'],
    [{ value: 15000, qualifier: 'exact' as const }, '15,000'],
    [{ value: 15000 }, '15,000'],
  ])('prints the qualifier with the number: %o', (fields, text) => {
    expect(figureNumber(figure({ id: 'f', ...fields }))).toBe(text);
  });

  it('shows a range with no point estimate as a range, never as one number', () => {
    const range = figure({ id: 'r', low: 25000, high: 30000 });
    expect(range.value).toBeUndefined();
    expect(figureValue(range, 'soldiers')).toBe('25,000–30,000 soldiers');
    expect(rangeText({ givenRange: givenRangeOf(range) })).toBeNull();
  });

  it('gives the range a source stated around its estimate', () => {
    const given = (f: Figure) => rangeText({ givenRange: givenRangeOf(f) });
    expect(given(figure({ id: 'f', value: 3000, low: 2500, high: 3500 }))).toBe('2,500–3,500');
    expect(given(figure({ id: 'f', value: 3000, low: 2500 }))).toBe('2,500–3,000');
    expect(given(figure({ id: 'f', value: 3000 }))).toBeNull();
  });

  it('says what the number measures', () => {
    const cumulative = { measure: 'cumulative' as const };
    expect(measureText(cumulative, figure({ id: 'f', date: '2025-09-02' }))).toBe(
      'in total so far, as of 2 Sep 2025',
    );
    expect(measureText({ measure: 'level' }, figure({ id: 'f', date: '2026-02' }))).toBe(
      'at one time, as of Feb 2026',
    );
    expect(
      measureText(
        { measure: 'period' },
        figure({ id: 'f', date: '2024-12', period: { from: '2024-01', to: '2024-12' } }),
      ),
    ).toBe('in 2024');
    expect(measureText(cumulative, figure({ id: 'f', date: '2024-12', status: 'projected' }))).toBe(
      'a forecast, dated Dec 2024',
    );
    expect(measureText({}, figure({ id: 'f', date: '2024' }))).toBe('as of 2024');
  });

  it('writes a period at the precision the data gives', () => {
    expect(periodText({ from: '2024-01', to: '2024-12' })).toBe('2024');
    expect(periodText({ from: '2024-10', to: '2025-01' })).toBe('Oct 2024–Jan 2025');
    expect(periodText({ from: '2024-10-08', to: '2024-10-13' })).toBe('8 Oct 2024–13 Oct 2024');
    expect(periodText({ from: '2025-12', to: '2025-12' })).toBe('Dec 2025');
  });
});
