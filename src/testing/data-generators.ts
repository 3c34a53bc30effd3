import type { FactEvent, Factsheet, Figure, Metric, Statement } from '../data/schema.ts';

/**
 * Small, valid, hand-made datasets for unit and e2e tests. Deliberately not about Korea:
 * the engine must work for any conflict's data.
 */
export function makeFactsheet(overrides: Partial<Factsheet> = {}): Factsheet {
  return {
    meta: { title: 'Test sheet', subtitle: 'A made-up conflict', updated: '2025-06-30', version: '1' },
    actors: [
      { id: 'alpha', name: 'Alphaland', short: 'AL' },
      { id: 'beta', name: 'Betastan' },
      { id: 'gamma', name: 'Gamma Union' },
    ],
    topics: [
      { id: 'troops', name: 'Troops' },
      { id: 'aid', name: 'Aid' },
    ],
    sources: [
      {
        id: 'wire-2025-01-10',
        outlet: 'Wire',
        title: 'Troops arrive',
        url: 'https://example.org/a',
        published: '2025-01-10',
      },
      { id: 'paper-undated', outlet: 'Paper', url: 'https://example.org/b' },
    ],
    metrics: [
      { id: 'troops', name: 'Troops sent', unit: 'soldiers', topic: 'troops', headline: true },
      { id: 'aid-tonnes', name: 'Aid delivered', unit: 'tonnes', topic: 'aid' },
    ],
    figures: [
      figure({ id: 'f-1', date: '2025-01', value: 1000, claimant: 'alpha', claimantDetail: 'Ministry' }),
      figure({
        id: 'f-2',
        date: '2025-03-15',
        value: 3000,
        low: 2500,
        high: 3500,
        claimant: 'beta',
        status: 'estimated',
      }),
      figure({
        id: 'f-3',
        metric: 'aid-tonnes',
        date: '2025',
        value: 12.5,
        claimant: 'gamma',
        status: 'claimed',
      }),
    ],
    events: [event({ id: 'e-1', date: '2025-02-01', title: 'Border crossing' })],
    statements: [statement({ id: 's-1', date: '2025-04', quote: 'We will <b>never</b> comment.' })],
    ...overrides,
  };
}

/** A metric of the test sheet's "troops" topic, counting people, unless told otherwise. */
export function metric(id: string, overrides: Partial<Metric> = {}): Metric {
  return { id, name: `Metric ${id}`, unit: 'people', topic: 'troops', ...overrides };
}

export function figure(overrides: Partial<Figure> & Pick<Figure, 'id'>): Figure {
  return {
    metric: 'troops',
    date: '2025-01-01',
    // A range with no point estimate leaves the value out.
    ...(overrides.low !== undefined && overrides.high !== undefined && !('value' in overrides)
      ? {}
      : { value: 1 }),
    status: 'reported',
    claimant: 'alpha',
    actors: ['alpha', 'beta'],
    sources: ['wire-2025-01-10'],
    ...overrides,
  };
}

export function event(overrides: Partial<FactEvent> & Pick<FactEvent, 'id'>): FactEvent {
  return {
    date: '2025-01-01',
    title: 'Something happened',
    summary: 'A summary.',
    actors: ['alpha'],
    topics: ['troops'],
    sources: ['wire-2025-01-10'],
    ...overrides,
  };
}

export function statement(overrides: Partial<Statement> & Pick<Statement, 'id'>): Statement {
  return {
    date: '2025-01-01',
    speaker: 'A. Speaker',
    role: 'Minister',
    actor: 'beta',
    actors: ['alpha'],
    quote: 'Words.',
    context: 'At a press conference.',
    status: 'confirmed',
    topics: ['troops'],
    sources: ['paper-undated'],
    ...overrides,
  };
}

/**
 * The small dataset with every field that format version 2 added: a summary whose numbers
 * come from its refs, a change log, metric definitions and a reference claimant, qualifiers,
 * a period, a range with no point estimate, an archived copy and a translated quote.
 */
export function makeFactsheetV2(overrides: Partial<Factsheet> = {}): Factsheet {
  const v1 = makeFactsheet();
  const [f1, f2, f3] = v1.figures as [Figure, Figure, Figure];
  return {
    ...v1,
    meta: {
      ...v1.meta,
      version: '2025.06.2',
      summary: [
        { text: 'Betastan estimates about 3,000 soldiers were sent by March 2025.', refs: ['f-2'] },
        { text: 'A border crossing came first.', refs: ['e-1'] },
      ],
      license: 'CC BY 4.0',
      credit: 'Test editors',
      contact: 'mailto:editors@example.org',
      url: 'https://example.org/sheet/',
      changes: [
        {
          version: '2025.06.2',
          date: '2025-06-30',
          summary: 'Added a range.',
          added: ['f-4'],
          revised: ['f-2'],
        },
        { version: '1', date: '2025-05-01', summary: 'First version.' },
      ],
    },
    sources: [
      ...v1.sources.slice(0, 1),
      {
        id: 'paper-undated',
        outlet: 'Paper',
        url: 'https://example.org/b',
        archiveUrl: 'https://archive.example.net/b',
        via: 'Mirror Site',
        language: 'en',
      },
    ],
    metrics: [
      {
        id: 'troops',
        name: 'Troops sent',
        unit: 'soldiers',
        topic: 'troops',
        headline: true,
        definition: 'Soldiers sent, all deployments together.',
        measure: 'cumulative',
        reference: { claimant: 'beta' },
      },
      {
        id: 'aid-tonnes',
        name: 'Aid delivered',
        unit: 'tonnes',
        topic: 'aid',
        definition: 'Aid delivered within the stated period.',
        measure: 'period',
      },
    ],
    // Version 1's figures with qualifiers and a period, and a range with no point estimate.
    figures: [
      { ...f1, qualifier: 'more-than' },
      { ...f2, qualifier: 'about' },
      { ...f3, period: { from: '2025-01', to: '2025-12' } },
      figure({ id: 'f-4', date: '2025-05', low: 4000, high: 6000, claimant: 'gamma', status: 'projected' }),
    ],
    events: [event({ id: 'e-1', date: '2025-02-01', title: 'Border crossing', status: 'confirmed' })],
    statements: [
      statement({ id: 's-1', date: '2025-04', quote: 'We will <b>never</b> comment.' }),
      statement({
        id: 's-2',
        date: '2025-05-02',
        quote: 'Nous ne partirons pas.',
        language: 'fr',
        translation: 'We will not leave.',
        status: 'reported',
      }),
    ],
    ...overrides,
  };
}
