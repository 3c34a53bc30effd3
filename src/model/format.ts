/**
 * Numbers for people: 12,000; 4.8 million; 1.9 bcm; ranges as "11,000–12,000".
 * Values below a million are written out in full, because "12K" hides precision that
 * the source gave. Locale is fixed (en-GB) so that every reader sees the same text.
 */
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${numberFormat.format(value / size)} ${word}`;
  }
  return numberFormat.format(value);
}

/** Units written straight after the number ("40%") rather than after a space. */
const TIGHT_UNITS = new Set(['%', '‰']);

export function withUnit(number: string, unit: string): string {
  return TIGHT_UNITS.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

export function formatValue(value: number, unit: string): string {
  return withUnit(formatNumber(value), unit);
}

/** "11,000–12,000", or "4.2–5.8 million" when both ends share a scale. */
export function formatRange(low: number, high: number): string {
  if (low === high) return formatNumber(low);
  for (const [size, word] of SCALES) {
    if (low >= size && high >= size) {
      return `${numberFormat.format(low / size)}–${numberFormat.format(high / size)} ${word}`;
    }
  }
  return `${formatNumber(low)}–${formatNumber(high)}`;
}

/** A count written out in full, "12,345" (one shared formatter: toLocaleString builds one per call). */
export const formatWhole = (count: number): string => numberFormat.format(count);

export const formatCount = (count: number, one: string, many = `${one}s`): string =>
  `${formatWhole(count)} ${count === 1 ? one : many}`;

/** An axis tick, short enough for a phone's narrow axis: "15,000", "12.5m", "2bn". */
export const formatAxisNumber = (value: number): string =>
  value >= 1e9
    ? `${numberFormat.format(value / 1e9)}bn`
    : value >= 1e6
      ? `${numberFormat.format(value / 1e6)}m`
      : formatNumber(value);
