import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersInText } from '../data/numbers-in-text.ts';
import { formatNumber } from './format.ts';

// The validator checks the numbers of the summary's text against the figures
// (data/numbers-in-text.ts): it must read every number as the sheet writes it.
describe('numbersInText', () => {
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
