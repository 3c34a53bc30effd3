import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse.ts';
import type { Factsheet } from '../data/schema.ts';
import { defuseFormula } from '../model/csv.ts';
import { buildIndex } from '../model/dataset-index.ts';
import { event, figure, makeFactsheetV2, statement } from '../testing/data-generators.ts';
import { dataPackage, datasetCsvFiles, type PublishedFile } from './dataset-files.ts';
import { PUBLISHED_TABLES } from './dataset-tables.ts';
import { PUBLISHED_PATHS } from './paths.ts';

/** The CSV read back by a standard parser: the header, and each row as header → cell. */
function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return {
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((name, at) => [name, row[at] ?? '']))),
  };
}

const fileAt = (files: readonly PublishedFile[], path: string): PublishedFile => {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no file ${path}`);
  return file;
};

const rowsOf = (files: readonly PublishedFile[], path: string) => readCsv(fileAt(files, path).text).rows;

interface Field {
  name: string;
  type: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes?: number;
  schema?: { fields: Field[]; primaryKey: string[]; missingValues: string[] };
}
interface Package {
  profile: string;
  name: string;
  title: string;
  description?: string;
  version?: string;
  homepage?: string;
  created: string;
  updated: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  contributors?: { title: string; role: string }[];
  resources: Resource[];
}

const packageOf = (file: PublishedFile): Package => JSON.parse(file.text) as Package;

function resource(pkg: Package, name: string): Resource {
  const found = pkg.resources.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
}

function field(pkg: Package, table: string, name: string): Field {
  const found = resource(pkg, table).schema?.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${table}.${name}`);
  return found;
}

const data = makeFactsheetV2();
const index = buildIndex(data);
const files = datasetCsvFiles(index);

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

describe('dataPackage', () => {
  const pkgFile = dataPackage(index, files);
  const pkg = packageOf(pkgFile);

  it('is data/datapackage.json, pretty JSON with a trailing newline', () => {
    expect(pkgFile.path).toBe('data/datapackage.json');
    expect(pkgFile.mediaType).toBe('application/json');
    expect(pkgFile.text).toBe(`${JSON.stringify(pkg, null, 2)}\n`);
  });

  it('describes the sheet: name, title, version, dates, licence, publisher and home page', () => {
    expect(pkg).toMatchObject({
      profile: 'data-package',
      name: 'test-sheet',
      title: 'Test sheet',
      description: 'A made-up conflict',
      version: '2025.06.2',
      homepage: 'https://example.org/sheet/',
      created: '2025-06-30T00:00:00Z',
      updated: '2025-06-30T00:00:00Z',
      licenses: [
        { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' },
      ],
      contributors: [{ title: 'Test editors', role: 'publisher' }],
    });
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
  });

  it('gives a licence it cannot name by its words in the description, not as an invalid licence', () => {
    const other = makeFactsheetV2();
    other.meta = { ...other.meta, license: 'All rights reserved', description: 'How it is made.' };
    const described = packageOf(dataPackage(buildIndex(other), files));
    expect(described.licenses).toBeUndefined();
    expect(described.description).toBe(
      'A made-up conflict\n\nHow it is made.\n\nLicence: All rights reserved',
    );
  });

  it('leaves out what the sheet does not say', () => {
    const bare = makeFactsheetV2();
    bare.meta = { title: 'Bare', updated: '2025' };
    const described = packageOf(dataPackage(buildIndex(bare), files));
    expect(Object.keys(described).sort()).toEqual([
      'created',
      'name',
      'profile',
      'resources',
      'title',
      'updated',
    ]);
    expect(described.created).toBe('2025-01-01T00:00:00Z');
  });

  it('lists each CSV as a tabular resource beside it, with its size and one field per column', () => {
    for (const file of files) {
      const table = PUBLISHED_TABLES.find((candidate) => candidate.path === file.path);
      const described = resource(pkg, table?.name ?? '');
      expect(`data/${described.path}`).toBe(file.path);
      expect(described).toMatchObject({
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: new TextEncoder().encode(file.text).length,
      });
      expect(described.schema?.fields.map((f) => f.name)).toEqual(readCsv(file.text).header);
      expect(described.schema?.primaryKey).toEqual(['id']);
      expect(described.schema?.missingValues).toEqual(['']);
      expect(field(pkg, described.name, 'id').constraints).toEqual({ required: true, unique: true });
    }
  });

  it('lists the dataset file and its JSON Schema', () => {
    expect(resource(pkg, 'factsheet')).toMatchObject({
      path: 'factsheet.json',
      profile: 'data-resource',
      format: 'json',
      mediatype: 'application/json',
    });
    expect(resource(pkg, 'factsheet-schema')).toMatchObject({
      path: 'factsheet.schema.json',
      format: 'json',
      mediatype: 'application/schema+json',
    });
  });

  it('types a date column as date only when every value is a whole day', () => {
    // Events and sources have whole days only (an empty cell is a missing value); figures and statements do not.
    expect(field(pkg, 'events', 'date').type).toBe('date');
    expect(field(pkg, 'sources', 'published').type).toBe('date');
    const partial = field(pkg, 'figures', 'date');
    expect(partial.type).toBe('string');
    expect(partial.description).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    const pattern = new RegExp(`^${partial.constraints?.pattern ?? ''}$`);
    for (const date of ['2025', '2025-01', '2025-01-31']) expect(pattern.test(date)).toBe(true);
    expect(pattern.test('Jan 2025')).toBe(false);
    expect(field(pkg, 'statements', 'date').type).toBe('string');
  });

  it('types numbers, choices and links', () => {
    expect(field(pkg, 'figures', 'value').type).toBe('number');
    expect(field(pkg, 'figures', 'status').constraints?.enum).toContain('disputed');
    expect(field(pkg, 'figures', 'qualifier').constraints).toMatchObject({ required: true });
    expect(field(pkg, 'events', 'status').constraints).toEqual({ enum: expect.any(Array) as unknown });
    expect(field(pkg, 'sources', 'url')).toMatchObject({ type: 'string', format: 'uri' });
  });

  it('refuses a file that is not one of the published tables', () => {
    expect(() => dataPackage(index, [{ path: 'data/other.csv', text: '', mediaType: 'text/csv' }])).toThrow(
      'data/other.csv',
    );
  });
});

describe('the real dataset', () => {
  const parsed = parseDataset(readFileSync(new URL('../../data/factsheet.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('data/factsheet.json is not valid');
  const real = parsed.data;
  const realIndex = buildIndex(real);
  const csvFiles = datasetCsvFiles(realIndex);
  const pkgFile = dataPackage(realIndex, csvFiles);

  it('has one row per record in each CSV, with unique ids', () => {
    const counts: [string, { id: string }[]][] = [
      [PUBLISHED_PATHS.figures, real.figures],
      [PUBLISHED_PATHS.events, real.events],
      [PUBLISHED_PATHS.statements, real.statements],
      [PUBLISHED_PATHS.sources, real.sources],
    ];
    for (const [path, records] of counts) {
      const ids = rowsOf(csvFiles, path).map((row) => row.id);
      expect(ids).toEqual(records.map((record) => record.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('writes every number exactly as the dataset holds it', () => {
    const rows = rowsOf(csvFiles, PUBLISHED_PATHS.figures);
    real.figures.forEach((record, at) => {
      const row = rows[at];
      for (const key of ['value', 'low', 'high'] as const) {
        expect(row?.[key]).toBe(record[key] === undefined ? '' : String(record[key]));
      }
    });
  });

  it('points every source id at a row of sources.csv', () => {
    const sourceIds = new Set(rowsOf(csvFiles, PUBLISHED_PATHS.sources).map((row) => row.id));
    for (const path of [PUBLISHED_PATHS.figures, PUBLISHED_PATHS.events, PUBLISHED_PATHS.statements]) {
      for (const row of rowsOf(csvFiles, path)) {
        for (const id of (row.source_ids ?? '').split('; ')) expect(sourceIds.has(id)).toBe(true);
      }
    }
  });

  it('keeps every quote verbatim', () => {
    const rows = rowsOf(csvFiles, PUBLISHED_PATHS.statements);
    real.statements.forEach((record, at) => expect(rows[at]?.quote).toBe(defuseFormula(record.quote)));
  });

  it('has a package whose resources are all published, beside datapackage.json', () => {
    const pkg = packageOf(pkgFile);
    const published = new Set([
      ...csvFiles.map((file) => file.path),
      pkgFile.path,
      PUBLISHED_PATHS.dataset,
      PUBLISHED_PATHS.datasetSchema,
    ]);
    expect(pkg.resources).toHaveLength(6);
    for (const { path } of pkg.resources) expect(published.has(`data/${path}`)).toBe(true);
    expect(pkg.name).toBe('north-koreas-military-support-for-russia');
    expect(pkg.licenses?.[0]?.name).toBe('CC-BY-4.0');
  });

  it('holds every value to its field: required, choices, number, date', () => {
    const pkg = packageOf(pkgFile);
    for (const described of pkg.resources) {
      if (!described.schema) continue;
      const { rows } = readCsv(fileAt(csvFiles, `data/${described.path}`).text);
      for (const f of described.schema.fields) {
        for (const row of rows) {
          const value = row[f.name] ?? '';
          if (value === '') {
            expect(f.constraints?.required, `${described.name}.${f.name}`).not.toBe(true);
            continue;
          }
          if (f.constraints?.enum) expect(f.constraints.enum).toContain(value);
          if (f.type === 'number') expect(Number.isFinite(Number(value))).toBe(true);
          if (f.type === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.constraints?.pattern) expect(value).toMatch(new RegExp(`^${f.constraints.pattern}$`));
          if (f.format === 'uri') expect(URL.canParse(value)).toBe(true);
        }
      }
    }
  });
});
