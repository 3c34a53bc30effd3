import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../testing/charts.ts';
import { timeTicks, valueAxis } from './chart-axes.ts';

describe('timeTicks', () => {
  it('puts a tick on the first of every month of a short span', () => {
    expect(timeTicks([dayOf(2025, 1, 10), dayOf(2025, 4, 20)])).toEqual([
      dayOf(2025, 2, 1),
      dayOf(2025, 3, 1),
      dayOf(2025, 4, 1),
    ]);
  });

  it('steps by half-years over two years, in January and July', () => {
    expect(timeTicks([dayOf(2023, 11, 10), dayOf(2025, 11, 20)])).toEqual([
      dayOf(2024, 1, 1),
      dayOf(2024, 7, 1),
      dayOf(2025, 1, 1),
      dayOf(2025, 7, 1),
    ]);
  });

  it('steps by two years over a decade, in even years', () => {
    expect(timeTicks([dayOf(2015, 3, 1), dayOf(2025, 3, 1)])).toEqual(
      [2016, 2018, 2020, 2022, 2024].map((year) => dayOf(year, 1, 1)),
    );
  });

  it('gives increasing first-of-month days inside the domain, about `target` of them', () => {
    fc.assert(
      fc.property(
        fc.double({ min: dayOf(1990, 1, 1), max: dayOf(2030, 1, 1), noNaN: true }),
        fc.double({ min: 32, max: 365 * 40, noNaN: true }),
        fc.integer({ min: 3, max: 10 }),
        (start, span, target) => {
          const end = start + span;
          const ticks = timeTicks([start, end], target);
          expect(ticks.length).toBeGreaterThan(0);
          expect(ticks.length).toBeLessThanOrEqual(target + 2);
          for (const [at, tick] of ticks.entries()) {
            expect(tick).toBeGreaterThanOrEqual(start);
            expect(tick).toBeLessThanOrEqual(end);
            expect(Number.isInteger(tick)).toBe(true);
            expect(new Date(tick * 86_400_000).getUTCDate()).toBe(1);
            if (at > 0) expect(tick).toBeGreaterThan(ticks[at - 1]!);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('valueAxis', () => {
  it.each([
    [0, [0, 1]],
    [2, [0, 1, 2]],
    [7, [0, 2, 4, 6, 8]],
    [4200, [0, 1000, 2000, 3000, 4000, 5000]],
    [15_000, [0, 5000, 10_000, 15_000]],
    [10_000_000, [0, 2e6, 4e6, 6e6, 8e6, 10e6]],
  ])('a count up to %d gets ticks %j', (top, ticks) =>
    expect(valueAxis(top, 'soldiers').ticks).toEqual(ticks),
  );

  it('gives a share of a whole 0–100 %, whatever its values', () => {
    expect(valueAxis(40, '%')).toEqual({ domain: [0, 100], ticks: [0, 25, 50, 75, 100] });
  });

  it('steps by 1, 2, 2.5 or 5 × 10ⁿ from 0 past the top, in whole steps for counts', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.boolean(), (top, whole) => {
        const { domain, ticks } = valueAxis(top, 'things', { whole });
        expect(ticks[0]).toBe(0);
        expect(domain).toEqual([0, ticks[ticks.length - 1]]);
        expect(domain[1]).toBeGreaterThanOrEqual(top);
        expect(ticks.length).toBeLessThanOrEqual(6);
        const step = ticks[1]! - ticks[0]!;
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
        expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        if (whole) for (const tick of ticks) expect(Number.isInteger(tick)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a percentage axis within 0–100', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom('%', 'percent'),
        (top, unit) => {
          for (const tick of valueAxis(top, unit).ticks) {
            expect(tick).toBeGreaterThanOrEqual(0);
            expect(tick).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});
