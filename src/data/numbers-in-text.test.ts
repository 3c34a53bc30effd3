import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../model/format.ts';
import { numbersInText } from './numbers-in-text.ts';

const values = (text: string) => numbersInText(text).map((n) => n.value);

describe('numbersInText', () => {
  it.each([
    ['about 2,000 soldiers', [2000]],
    ['more than 10 million shells', [10_000_000]],
    ['1.5 million rounds and 40% of it', [1_500_000, 40]],
    ['15,000 in two deployments', [15000]],
    ['in February 2026, 11,000 remained', [11000]],
    ['between 4.2 and 5.8 million', [4.2, 5_800_000]],
    ['no numbers at all', []],
    ['KN-23 missiles', []],
  ])('reads "%s"', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('gives where each number is written', () => {
    expect(numbersInText('At least 100 killed')).toEqual([{ start: 9, end: 12, text: '100', value: 100 }]);
  });

  it('reads back every number the sheet formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const written = formatNumber(n);
        const read = numbersInText(`about ${written} soldiers`);
        const isYearLike = /^\d{4}$/.test(written) && n >= 1900 && n <= 2100;
        if (isYearLike) return;
        expect(read).toHaveLength(1);
        expect(Math.abs((read[0]?.value ?? NaN) - n) / Math.max(1, n)).toBeLessThan(0.01);
      }),
    );
  });
});
