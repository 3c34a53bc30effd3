import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Figure, type Metric } from '../data/schema.ts';
import { datasetDate } from '../testing/arbitraries.ts';
import { figure } from '../testing/data-generators.ts';
import { figureItemsOf } from '../testing/indexed-sheet.ts';
import type { FigureItem } from './dataset-index.ts';
import { compareSpans, parseDate } from './dates.ts';
import { compareLatest, keyFigures } from './headline.ts';

const metric = (overrides: Partial<Metric> = {}): Metric => ({
  id: 'killed',
  name: 'Killed',
  unit: 'soldiers',
  topic: 'troops',
  headline: true,
  ...overrides,
});

const itemsOf = (figures: Figure[], metrics: Metric[] = [metric()]): FigureItem[] =>
  figureItemsOf(figures, metrics);

/** The key figure of one headline metric with these figures. */
const cardOf = (figures: Figure[], m: Metric = metric()) => keyFigures([m], itemsOf(figures, [m]))[0]!;
const f = (id: string, overrides: Partial<Figure>) => figure({ id, metric: 'killed', ...overrides });

describe('the headline rule', () => {
  // The real case that misled readers: a newspaper's own line, dated later, led "Killed".
  const realCase = [
    f('nis-2000', {
      date: '2025-09-02',
      value: 2000,
      qualifier: 'about',
      status: 'estimated',
      claimant: 'alpha',
      claimantDetail: 'NIS',
    }),
    f('nis-600', {
      date: '2025-04-30',
      value: 600,
      qualifier: 'about',
      status: 'estimated',
      claimant: 'alpha',
      claimantDetail: 'NIS',
    }),
    f('paper-350', {
      date: '2025-09-04',
      value: 350,
      status: 'claimed',
      claimant: 'gamma',
      claimantDetail: 'A newspaper',
    }),
    f('wire-6000', {
      date: '2025-12',
      value: 6000,
      qualifier: 'more-than',
      status: 'disputed',
      claimant: 'gamma',
      claimantDetail: 'A wire',
    }),
    f('beta-1000', { date: '2025-01', value: 1000, qualifier: 'about', status: 'claimed', claimant: 'beta' }),
    f('beta-100', { date: '2024-06', value: 100, status: 'claimed', claimant: 'beta' }),
  ];
  const reference = metric({ reference: { claimant: 'alpha', claimantDetail: 'NIS' } });

  it("leads with the reference claimant's latest firm figure, not a later claim", () => {
    const card = cardOf(realCase, reference);
    expect(card.lead?.id).toBe('nis-2000');
    expect(card.leadReason).toBe('reference');
  });

  it("shows each other side's latest claim within 12 months beside it, and counts the rest as earlier", () => {
    const card = cardOf(realCase, reference);
    // gamma's latest is the disputed wire figure (Dec 2025); beta's is Jan 2025, within 12 months.
    expect(card.beside.map((b) => b.id).sort()).toEqual(['beta-1000', 'wire-6000']);
    expect(card.earlier).toBe(3); // nis-600, paper-350, beta-100
  });

  it('leaves claims older than 12 months out of "beside"', () => {
    const card = cardOf([...realCase.filter((x) => x.id !== 'beta-1000')], reference);
    // beta's latest is now Jun 2024: 15 months before the lead.
    expect(card.beside.map((b) => b.id)).toEqual(['wire-6000']);
  });

  it("uses the editors' lead when the metric names one", () => {
    const card = cardOf(realCase, { ...reference, lead: 'nis-600' });
    expect(card.lead?.id).toBe('nis-600');
    expect(card.leadReason).toBe('editors');
  });

  it('without a reference, leads with the latest firm figure of anyone', () => {
    const card = cardOf(realCase);
    expect(card.lead?.id).toBe('nis-2000');
    expect(card.leadReason).toBe('latest');
  });

  it('never leads with a projected, disputed or claimed figure: then only the range', () => {
    const card = cardOf(realCase.filter((x) => x.status !== 'estimated'));
    expect(card.lead).toBeNull();
    // Each side's latest claim, lowest first; the range spans them.
    expect(card.beside.map((b) => b.id)).toEqual(['beta-1000', 'wire-6000']);
    expect(card.range).toEqual({ low: 1000, high: 6000, claimants: 2 });
  });

  it('counts forecasts apart and never shows them beside the lead', () => {
    const card = cardOf(
      [...realCase, f('fc', { date: '2026', value: 9000, status: 'projected', claimant: 'beta' })],
      reference,
    );
    expect(card.projections).toBe(1);
    expect(card.beside.map((b) => b.id)).not.toContain('fc');
  });

  it('compares dates as spans: a year ends on 31 December, and at equal ends the finer date wins', () => {
    const year = cardOf([
      f('year', { date: '2024', value: 1, status: 'reported' }),
      f('november', { date: '2024-11-20', value: 2, status: 'reported' }),
    ]);
    expect(year.lead?.id).toBe('year');
    const sameEnd = cardOf([
      f('year', { date: '2024', value: 1, status: 'reported' }),
      f('new-year-eve', { date: '2024-12-31', value: 2, status: 'reported' }),
    ]);
    expect(sameEnd.lead?.id).toBe('new-year-eve');
  });

  it('on the same day prefers the firmer status, whatever the ids', () => {
    const card = cardOf([
      f('z-reported', { date: '2025-04-02', value: 10, status: 'reported' }),
      f('a-confirmed', { date: '2025-04-02', value: 20, status: 'confirmed' }),
    ]);
    expect(card.lead?.id).toBe('a-confirmed');
  });

  it('has one card per headline metric with figures, for the whole dataset', () => {
    const metrics = [metric(), metric({ id: 'other', headline: false })];
    const items = itemsOf([f('a', { value: 1 })], metrics);
    expect(keyFigures(metrics, items).map((c) => c.metric.id)).toEqual(['killed']);
  });
});

/** A date from 2023 to 2025, at any precision. */
const DATE = datasetDate({ from: '2023-01-01', to: '2025-12-31' });

const generatedFigures = fc.array(
  fc.record({
    date: DATE,
    status: fc.constantFrom(...STATUSES),
    claimant: fc.constantFrom('alpha', 'beta', 'gamma'),
    detail: fc.constantFrom(undefined, 'NIS'),
    value: fc.integer({ min: 0, max: 5000 }),
  }),
  { minLength: 1, maxLength: 25 },
);

interface Generated {
  date: string;
  status: Figure['status'];
  claimant: string;
  detail: string | undefined;
  value: number;
}

const toFigures = (list: readonly Generated[], ids: readonly string[]): Figure[] =>
  list.map((g, at) =>
    f(ids[at] as string, {
      date: g.date,
      status: g.status,
      claimant: g.claimant,
      value: g.value,
      ...(g.detail ? { claimantDetail: g.detail } : {}),
    }),
  );

/** What a reader sees of a lead: the number, its date, who and how sure. Never the id. */
const seen = (x: FigureItem | null) =>
  x && { value: x.record.value, date: x.date, claimant: x.claimant, status: x.record.status };

describe('properties of the headline rule', () => {
  const reference = metric({ reference: { claimant: 'alpha', claimantDetail: 'NIS' } });

  it('never depends on the ids or the order of the figures', () => {
    fc.assert(
      fc.property(generatedFigures, fc.integer({ min: 1, max: 1_000_000 }), (list, seed) => {
        const ids = list.map((_, at) => `f-${at}`);
        // Other ids in the reverse order, and the list shuffled.
        const otherIds = list.map((_, at) => `x${(seed * (at + 7)) % 9973}-${list.length - at}`);
        const shuffled = [...list.keys()].sort((a, b) => ((a * seed) % 97) - ((b * seed) % 97));
        const a = cardOf(toFigures(list, ids), reference);
        const b = cardOf(
          toFigures(
            shuffled.map((at) => list[at]!),
            shuffled.map((at) => otherIds[at]!),
          ),
          reference,
        );
        expect(seen(b.lead)).toEqual(seen(a.lead));
        expect(b.beside.map(seen).sort((p, q) => JSON.stringify(p).localeCompare(JSON.stringify(q)))).toEqual(
          a.beside.map(seen).sort((p, q) => JSON.stringify(p).localeCompare(JSON.stringify(q))),
        );
        expect(b.earlier).toBe(a.earlier);
      }),
      { numRuns: 300 },
    );
  });

  it('leads with a firm figure that no firm figure of its tier postdates, never by date text', () => {
    fc.assert(
      fc.property(generatedFigures, (list) => {
        const items = itemsOf(
          toFigures(
            list,
            list.map((_, at) => `f-${at}`),
          ),
          [reference],
        );
        const card = keyFigures([reference], items)[0]!;
        const firm = items.filter((x) => ['confirmed', 'reported', 'estimated'].includes(x.record.status));
        const ofReference = firm.filter((x) => x.claimant === 'alpha|NIS');
        const tier = ofReference.length > 0 ? ofReference : firm;
        if (tier.length === 0) {
          expect(card.lead).toBeNull();
          return;
        }
        expect(card.lead).not.toBeNull();
        expect(['projected', 'disputed', 'claimed']).not.toContain(card.lead!.record.status);
        for (const other of tier) expect(compareLatest(other, card.lead!)).toBeLessThanOrEqual(0);
        // Dates as spans: no figure of the tier ends later than the lead.
        const leadEnd = parseDate(card.lead!.date)!.end;
        for (const other of tier) expect(parseDate(other.date)!.end).toBeLessThanOrEqual(leadEnd);
      }),
      { numRuns: 300 },
    );
  });

  it('shows at most one claim per other side, never the lead’s side and never a forecast', () => {
    fc.assert(
      fc.property(generatedFigures, (list) => {
        const card = cardOf(
          toFigures(
            list,
            list.map((_, at) => `f-${at}`),
          ),
          reference,
        );
        const sides = card.beside.map((b) => b.record.claimant);
        expect(new Set(sides).size).toBe(sides.length);
        if (card.lead) expect(sides).not.toContain(card.lead.record.claimant);
        for (const b of card.beside) expect(b.record.status).not.toBe('projected');
        const claims = list.filter((g) => g.status !== 'projected').length;
        expect(card.earlier + card.beside.length + (card.lead ? 1 : 0)).toBe(claims);
        expect(card.projections).toBe(list.length - claims);
      }),
      { numRuns: 300 },
    );
  });

  it('compares spans consistently with compareLatest on dates alone', () => {
    fc.assert(
      fc.property(DATE, DATE, (a, b) => {
        const [x, y] = itemsOf([f('a', { date: a, value: 1 }), f('b', { date: b, value: 1 })]);
        const bySpan = Math.sign(compareSpans(x!.span, y!.span));
        if (bySpan !== 0) expect(Math.sign(compareLatest(x!, y!))).toBe(bySpan);
      }),
    );
  });
});
