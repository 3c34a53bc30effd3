import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import realDataset from '../../data/factsheet.json';
import type { Factsheet } from '../data/schema.ts';
import { validateFactsheet } from '../data/validate.ts';
import { makeFactsheet } from '../testing/data-generators.ts';
import { readCsv } from '../testing/published-files.ts';
import { buildIndex } from './dataset-index.ts';
import { CSV_COLUMNS, csvText, selectionDataset } from './export.ts';
import { NO_FILTERS, selectItems } from './filter.ts';

const index = buildIndex(makeFactsheet());
const all = selectItems(index, NO_FILTERS).items;
/** The CSV of every item, read back with a standard parser. */
const csv = readCsv(csvText(all, index));

describe('csvText', () => {
  it('has one row per item with every column', () => {
    expect(csv.header).toEqual([...CSV_COLUMNS]);
    expect(csv.rows).toHaveLength(all.length);
    for (const row of csv.rows) expect(Object.keys(row).sort()).toEqual([...CSV_COLUMNS].sort());
  });

  it('flattens a figure: metric as title, numbers, unit, claimant, sources', () => {
    const row = csv.rows.find((r) => r.id === 'f-2');
    expect(row).toEqual({
      kind: 'figure',
      id: 'f-2',
      date: '2025-03-15',
      title: 'Troops sent',
      qualifier: 'exact',
      value: '3000',
      low: '2500',
      high: '3500',
      unit: 'soldiers',
      period_from: '',
      period_to: '',
      status: 'estimated',
      claimant: 'Betastan',
      actors: 'Alphaland; Betastan',
      topics: 'Troops',
      source: 'Wire',
      source_url: 'https://example.org/a',
    });
  });

  it('puts a quote verbatim in the title of a statement, and the speaker as claimant', () => {
    const row = csv.rows.find((r) => r.kind === 'statement');
    expect(row?.title).toBe('We will <b>never</b> comment.');
    expect(row?.claimant).toBe('A. Speaker (Betastan)');
    expect(row?.value).toBe('');
  });
});

describe('selectionDataset', () => {
  it('holds only the selection and what it references', () => {
    const only = all.filter((i) => i.id === 'f-3');
    const out = selectionDataset(only, index);
    expect(out.figures.map((f) => f.id)).toEqual(['f-3']);
    expect(out.events).toEqual([]);
    expect(out.metrics.map((m) => m.id)).toEqual(['aid-tonnes']);
    expect(out.topics.map((t) => t.id)).toEqual(['aid']);
    expect(out.actors.map((a) => a.id).sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect(out.sources.map((s) => s.id)).toEqual(['wire-2025-01-10']);
  });

  it('is always a valid dataset, for any selection of the real one', () => {
    const real = buildIndex(realDataset as Factsheet);
    const items = selectItems(real, NO_FILTERS).items;
    fc.assert(
      fc.property(fc.subarray([...items.keys()], { maxLength: 40 }), (positions) => {
        const chosen = positions.map((at) => items[at]!);
        const result = validateFactsheet(selectionDataset(chosen, real));
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
