import type { DatePrecision } from './dates.ts';

/** The value axis of a chart: from zero to a round top, with evenly spaced round ticks. */
export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/** Units read as a share of a whole: their axis always runs from 0 to 100. */
export const isPercentUnit = (unit: string): boolean => unit === '%' || /^per ?cent$/i.test(unit.trim());

const PERCENT_AXIS: ValueAxis = { domain: [0, 100], ticks: [0, 25, 50, 75, 100] };

/**
 * Ticks from zero past `top` in "nice" steps (1, 2, 2.5 or 5 × 10ⁿ), about `target` of
 * them. For counts (`whole`), a step is never a fraction: no axis offers half a prisoner.
 */
export function valueAxis(top: number, unit: string, { whole = true, target = 4 } = {}): ValueAxis {
  if (isPercentUnit(unit)) return PERCENT_AXIS;
  // Below a millionth nothing on this sheet is counted: such an axis runs to 1.
  const max = Number.isFinite(top) && top > 1e-6 ? top : 1;
  // The smallest nice step that needs no more than target + 1 intervals to pass the top.
  let power = 10 ** Math.floor(Math.log10(max / (target + 1)));
  if (whole) power = Math.max(1, power);
  let step = 0;
  while (step === 0) {
    for (const multiple of [1, 2, 2.5, 5]) {
      const candidate = round(multiple * power);
      if (whole && !Number.isInteger(candidate)) continue;
      if (Math.ceil(max / candidate - 1e-9) <= target + 1) {
        step = candidate;
        break;
      }
    }
    power *= 10;
  }
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  const ticks = Array.from({ length: count + 1 }, (_, at) => round(at * step));
  return { domain: [0, ticks[ticks.length - 1] as number], ticks };
}

/** Clears floating-point dust such as 0.30000000000000004 from a tick. */
const round = (value: number): number => Number(value.toPrecision(12));

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/**
 * Axis ticks on the first day of a month, about `target` of them across the domain,
 * aligned to the step (quarters start in Jan/Apr/Jul/Oct, years in January). Never finer
 * than the data: figures dated only by year get yearly ticks.
 */
export function timeTicks(
  [start, end]: [number, number],
  target = 6,
  precision: DatePrecision = 'day',
): number[] {
  const months = Math.max(1, (end - start) / 30.44);
  const finest = precision === 'year' ? 12 : 1;
  const step = MONTH_STEPS.find((s) => s >= finest && months / s <= target) ?? 1200;
  const first = new Date(start * 86_400_000);
  let month = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (dayOfMonth(month) < start) month += 1;
  month = Math.ceil(month / step) * step;
  const ticks: number[] = [];
  for (let day = dayOfMonth(month); day <= end; month += step, day = dayOfMonth(month)) ticks.push(day);
  return ticks;
}

/** The first day of a month counted from year 0, in days since 1970-01-01. */
function dayOfMonth(month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(month / 12), month % 12, 1);
  return date.getTime() / 86_400_000;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A time tick as a reader needs it: "2025" when every tick is a January (yearly steps),
 * else "Jan 2025" for the first tick of a year (and the first tick) and "Apr" for the rest.
 */
export function timeTickLabel(day: number, ticks: readonly number[]): string {
  const date = new Date(day * 86_400_000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const yearly = ticks.length > 1 && ticks.every((tick) => new Date(tick * 86_400_000).getUTCMonth() === 0);
  if (yearly) return String(year);
  const name = MONTHS[month] ?? '';
  return month === 0 || day === ticks[0] ? `${name} ${year}` : name;
}
