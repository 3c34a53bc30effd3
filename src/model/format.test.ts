import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAxisNumber,
  formatCount,
  formatNumber,
  formatRange,
  formatValue,
  formatWhole,
} from './format.ts';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [6, '6'],
    [12000, '12,000'],
    [999999, '999,999'],
    [4800000, '4.8 million'],
    [12_000_000, '12 million'],
    [1_900_000_000, '1.9 billion'],
    [12.5, '12.5'],
  ])('%d → %s', (value, text) => expect(formatNumber(value)).toBe(text));

  it('never loses digits below a million', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(Number(formatNumber(n).replace(/,/g, ''))).toBe(n);
      }),
    );
  });
});

describe('formatValue', () => {
  it('adds the unit', () => {
    expect(formatValue(12000, 'soldiers')).toBe('12,000 soldiers');
    expect(formatValue(40, '%')).toBe('40%');
  });
});

describe('formatRange', () => {
  it('joins low and high with an en dash', () => {
    expect(formatRange(11000, 12000)).toBe('11,000–12,000');
    expect(formatRange(4_200_000, 5_800_000)).toBe('4.2–5.8 million');
    expect(formatRange(900_000, 1_200_000)).toBe('900,000–1.2 million');
    expect(formatRange(5, 5)).toBe('5');
  });
});

describe('formatCount', () => {
  it('agrees in number', () => {
    expect(formatCount(1, 'figure')).toBe('1 figure');
    expect(formatCount(1200, 'figure')).toBe('1,200 figures');
    expect(formatCount(2, 'match', 'matches')).toBe('2 matches');
  });
});

describe('formatWhole', () => {
  it('writes a count out in full, with thousands separators, as toLocaleString would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(formatWhole(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
    expect(formatWhole(1234567)).toBe('1,234,567');
  });
});

describe('formatAxisNumber', () => {
  it.each([
    [0, '0'],
    [15_000, '15,000'],
    [2_500_000, '2.5m'],
    [12_500_000, '12.5m'],
    [2e9, '2bn'],
  ])('%d → %s', (value, text) => expect(formatAxisNumber(value)).toBe(text));
});
