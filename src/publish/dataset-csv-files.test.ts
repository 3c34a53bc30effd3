import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Factsheet } from '../data/schema.ts';
import { defuseFormula } from '../model/csv.ts';
import { buildIndex } from '../model/dataset-index.ts';
import { event, figure, makeFactsheetV2, statement } from '../testing/data-generators.ts';
import { rowsOf } from '../testing/published-files.ts';
import { datasetCsvFiles } from './dataset-files.ts';
import { PUBLISHED_PATHS } from './paths.ts';

const data = makeFactsheetV2();
const files = datasetCsvFiles(buildIndex(data));

describe('datasetCsvFiles', () => {
  it('publishes four CSV files at the published paths', () => {
    expect(files.map((file) => file.path)).toEqual([
      PUBLISHED_PATHS.figures,
      PUBLISHED_PATHS.events,
      PUBLISHED_PATHS.statements,
      PUBLISHED_PATHS.sources,
    ]);
    for (const file of files) expect(file.mediaType).toBe('text/csv');
  });

  it("has one row per record, every record, in the file's order (not the page's date order)", () => {
    const shuffled = { ...data, figures: [...data.figures].reverse() };
    const out = datasetCsvFiles(buildIndex(shuffled));
    expect(rowsOf(out, PUBLISHED_PATHS.figures).map((row) => row.id)).toEqual(['f-4', 'f-3', 'f-2', 'f-1']);
    expect(rowsOf(out, PUBLISHED_PATHS.events).map((row) => row.id)).toEqual(['e-1']);
    expect(rowsOf(out, PUBLISHED_PATHS.statements).map((row) => row.id)).toEqual(['s-1', 's-2']);
    expect(rowsOf(out, PUBLISHED_PATHS.sources).map((row) => row.id)).toEqual([
      'wire-2025-01-10',
      'paper-undated',
    ]);
  });

  it('flattens a figure with ids to join on and names to read', () => {
    expect(rowsOf(files, PUBLISHED_PATHS.figures)[1]).toEqual({
      id: 'f-2',
      metric_id: 'troops',
      metric_name: 'Troops sent',
      unit: 'soldiers',
      measure: 'cumulative',
      date: '2025-03-15',
      qualifier: 'about',
      value: '3000',
      low: '2500',
      high: '3500',
      period_from: '',
      period_to: '',
      status: 'estimated',
      claimant_id: 'beta',
      claimant_detail: '',
      claimant_name: 'Betastan',
      actor_ids: 'alpha; beta',
      actor_names: 'Alphaland; Betastan',
      topic_ids: 'troops',
      topic_names: 'Troops',
      note: '',
      source_ids: 'wire-2025-01-10',
    });
  });

  it("writes a range with no point estimate, a period, a claimant's detail and a figure's own topics", () => {
    const rows = rowsOf(files, PUBLISHED_PATHS.figures);
    expect(rows[3]).toMatchObject({ id: 'f-4', value: '', low: '4000', high: '6000', status: 'projected' });
    expect(rows[2]).toMatchObject({ id: 'f-3', value: '12.5', period_from: '2025-01', period_to: '2025-12' });
    expect(rows[0]).toMatchObject({
      id: 'f-1',
      qualifier: 'more-than',
      claimant_id: 'alpha',
      claimant_detail: 'Ministry',
      claimant_name: 'Alphaland: Ministry',
    });
    const withTopics = makeFactsheetV2({
      figures: [figure({ id: 'f-9', topics: ['aid', 'troops'], qualifier: undefined })],
    });
    const [row] = rowsOf(datasetCsvFiles(buildIndex(withTopics)), PUBLISHED_PATHS.figures);
    // The metric's topic first, then the figure's own, each once; no qualifier means exact.
    expect(row).toMatchObject({ topic_ids: 'troops; aid', topic_names: 'Troops; Aid', qualifier: 'exact' });
  });

  it("keeps a quote verbatim and the editors' translation in its own column", () => {
    const [plain, translated] = rowsOf(files, PUBLISHED_PATHS.statements);
    expect(plain).toMatchObject({
      quote: 'We will <b>never</b> comment.',
      translation_by_editors: '',
      speaker: 'A. Speaker',
      role: 'Minister',
      actor_id: 'beta',
      actor_name: 'Betastan',
      about_actor_ids: 'alpha',
      about_actor_names: 'Alphaland',
    });
    expect(translated).toMatchObject({
      quote: 'Nous ne partirons pas.',
      language: 'fr',
      translation_by_editors: 'We will not leave.',
      status: 'reported',
    });
  });

  it('writes an event and a source with every field the format has', () => {
    expect(rowsOf(files, PUBLISHED_PATHS.events)[0]).toEqual({
      id: 'e-1',
      date: '2025-02-01',
      title: 'Border crossing',
      summary: 'A summary.',
      status: 'confirmed',
      actor_ids: 'alpha',
      actor_names: 'Alphaland',
      topic_ids: 'troops',
      topic_names: 'Troops',
      source_ids: 'wire-2025-01-10',
    });
    expect(rowsOf(files, PUBLISHED_PATHS.sources)[1]).toEqual({
      id: 'paper-undated',
      outlet: 'Paper',
      title: '',
      url: 'https://example.org/b',
      published: '',
      archive_url: 'https://archive.example.net/b',
      via: 'Mirror Site',
      language: 'en',
    });
  });

  it('reads back cell for cell, formulas defused, whatever the text', () => {
    const hostile = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (note, title, quote, translation) => {
        const sheet: Factsheet = makeFactsheetV2({
          figures: [figure({ id: 'f-1', note })],
          events: [event({ id: 'e-1', title })],
          statements: [statement({ id: 's-1', quote, translation })],
        });
        const out = datasetCsvFiles(buildIndex(sheet));
        expect(rowsOf(out, PUBLISHED_PATHS.figures)[0]?.note).toBe(defuseFormula(note));
        expect(rowsOf(out, PUBLISHED_PATHS.events)[0]?.title).toBe(defuseFormula(title));
        const [row] = rowsOf(out, PUBLISHED_PATHS.statements);
        expect(row?.quote).toBe(defuseFormula(quote));
        expect(row?.translation_by_editors).toBe(defuseFormula(translation));
      }),
      { numRuns: 200 },
    );
  });
});
