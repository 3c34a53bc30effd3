import { describe, expect, it } from 'vitest';
import { numbersInText } from './numbers-in-text.ts';

const values = (text: string) => numbersInText(text).map((n) => n.value);

// That it reads back every number the sheet writes: model/format-read-back.test.ts.
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
});
