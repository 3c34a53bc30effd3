import type { FactEvent, Factsheet, Figure, Statement } from '../data/schema.ts';

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

export function figure(overrides: Partial<Figure> & Pick<Figure, 'id'>): Figure {
  return {
    metric: 'troops',
    date: '2025-01-01',
    value: 1,
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
