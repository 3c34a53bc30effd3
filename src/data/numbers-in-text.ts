/**
 * The numbers a reader sees in a sentence of the summary: "about 2,000", "15,000",
 * "more than 10 million", "40%". The validator checks each against the records the
 * sentence cites, and the page links each to its record, so both read them the same way.
 *
 * Counts are written with thousands separators ("2,000"). A bare four-digit number from
 * 1900 to 2100 ("in 2025") is read as a year, not as a count.
 */
export interface NumberInText {
  /** Where the number's text starts and ends in the sentence (end exclusive). */
  start: number;
  end: number;
  /** The text as written, e.g. "10 million". */
  text: string;
  value: number;
}

/** The numbers a figure states: its value, low and high, where given. */
export function statedNumbers(figure: { value?: unknown; low?: unknown; high?: unknown }): number[] {
  return [figure.value, figure.low, figure.high].filter((n): n is number => typeof n === 'number');
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// A number not glued on its left to a letter, digit, decimal point or hyphen ("KN-23" is a
// name), optionally scaled.
const NUMBER =
  /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s(thousand|million|billion|trillion)\b)?/gu;

const isYear = (digits: string, fraction: string | undefined, scale: string | undefined): boolean =>
  fraction === undefined &&
  scale === undefined &&
  /^\d{4}$/.test(digits) &&
  Number(digits) >= 1900 &&
  Number(digits) <= 2100;

export function numbersInText(text: string): NumberInText[] {
  const found: NumberInText[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [written, digits = '', fraction, scale] = match;
    if (isYear(digits, fraction, scale)) continue;
    const number = Number(`${digits.replaceAll(',', '')}${fraction === undefined ? '' : `.${fraction}`}`);
    const value = scale ? Math.round(number * (SCALE[scale] ?? 1)) : number;
    found.push({ start: match.index, end: match.index + written.length, text: written, value });
  }
  return found;
}
