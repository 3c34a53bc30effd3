import fc from 'fast-check';
import type { FactEvent, Figure } from '../data/schema.ts';
import { QUALIFIERS, STATUSES } from '../data/vocabulary.ts';
import type { DatePrecision } from '../model/dates.ts';
import { event, figure } from './data-generators.ts';

/**
 * The fast-check arbitraries that property tests draw datasets from: dates, claimants,
 * figures and events, in one place so that every test generates them the same way. They
 * build on the hand-made records of data-generators.ts (its actors, topics and sources).
 */

/** Who claims a generated figure: a side alone, two bodies of one side, a body of another. */
export const CLAIMANTS = [
  { claimant: 'alpha' },
  { claimant: 'alpha', claimantDetail: 'NIS' },
  { claimant: 'beta' },
  { claimant: 'gamma', claimantDetail: 'Army' },
] as const;

/** The metrics generated figures measure: those of the test sheet, and one more of its topics. */
export const GENERATED_METRICS = ['troops', 'aid-tonnes', 'losses'] as const;

const LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/**
 * A real calendar date between two days (YYYY-MM-DD, inclusive), written at one of the given
 * precisions: "2024", "2024-03" or "2024-03-15".
 */
export const datasetDate = ({
  from = '2022-01-01',
  to = '2026-12-31',
  precisions = ['year', 'month', 'day'],
}: { from?: string; to?: string; precisions?: readonly DatePrecision[] } = {}): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }),
      fc.constantFrom(...precisions),
    )
    .map(([date, precision]) => date.toISOString().slice(0, LENGTH[precision]));

export type GeneratedFigure = Pick<Figure, 'metric' | 'date' | 'status' | 'claimant' | 'value'> &
  Partial<Pick<Figure, 'claimantDetail' | 'low' | 'high'>>;

/**
 * A figure without its id: any status, one of CLAIMANTS, a whole number, and perhaps a low
 * end below it and a high end above it (each on its own: a range may be open on one side).
 */
export const generatedFigure = (
  metrics: readonly string[] = GENERATED_METRICS,
): fc.Arbitrary<GeneratedFigure> =>
  fc
    .record({
      metric: fc.constantFrom(...metrics),
      date: datasetDate(),
      status: fc.constantFrom(...STATUSES),
      who: fc.constantFrom(...CLAIMANTS),
      value: fc.integer({ min: 0, max: 10_000 }),
      below: fc.option(fc.integer({ min: 0, max: 2_000 })),
      above: fc.option(fc.integer({ min: 0, max: 2_000 })),
    })
    .map(({ who, value, below, above, ...rest }) => ({
      ...rest,
      ...who,
      value,
      ...(below === null ? {} : { low: Math.max(0, value - below) }),
      ...(above === null ? {} : { high: value + above }),
    }));

/** Generated figures with the ids f-0, f-1…, of the test sheet's actors and sources. */
export const generatedFigures = ({
  metrics = GENERATED_METRICS,
  minLength = 1,
  maxLength,
}: {
  metrics?: readonly string[];
  minLength?: number;
  maxLength: number;
}): fc.Arbitrary<Figure[]> =>
  fc
    .array(generatedFigure(metrics), { minLength, maxLength })
    .map((list) => list.map((f, at) => figure({ id: `f-${at}`, ...f })));

/**
 * Figures of one metric with the ids f-0, f-1…, each with all a chart may have to draw: dated
 * to the day, any claimant of the test sheet with or without a body, any status and
 * qualifier, and perhaps a stated period.
 */
export const generatedFiguresOf = (
  metric: string,
  { maxLength }: { maxLength: number },
): fc.Arbitrary<Figure[]> => {
  const day = datasetDate({ from: '2023-01-01', to: '2026-12-31', precisions: ['day'] });
  return fc
    .array(
      fc.record({
        date: day,
        status: fc.constantFrom(...STATUSES),
        claimant: fc.constantFrom('alpha', 'beta', 'gamma'),
        claimantDetail: fc.constantFrom(undefined, 'Ministry', 'Army'),
        value: fc.integer({ min: 0, max: 20_000 }),
        qualifier: fc.constantFrom(...QUALIFIERS),
        period: fc.option(fc.tuple(day, day)),
      }),
      { minLength: 1, maxLength },
    )
    .map((list) =>
      list.map(({ claimantDetail, period, ...f }, at) => {
        const [from = '', to = ''] = period ? [...period].sort() : [];
        return figure({
          id: `f-${at}`,
          metric,
          ...f,
          ...(claimantDetail ? { claimantDetail } : {}),
          ...(period ? { period: { from, to } } : {}),
        });
      }),
    );
};

/**
 * Events with the ids e-0, e-1…, each about some of the test sheet's topics (or none), dated
 * from a little before generated figures to a little after them.
 */
export const generatedEvents = ({ maxLength }: { maxLength: number }): fc.Arbitrary<FactEvent[]> =>
  fc
    .array(
      fc.record({
        date: datasetDate({ from: '2020-01-01', to: '2028-12-31' }),
        topics: fc.subarray(['troops', 'aid']),
      }),
      { maxLength },
    )
    .map((list) => list.map((e, at) => event({ id: `e-${at}`, ...e })));
