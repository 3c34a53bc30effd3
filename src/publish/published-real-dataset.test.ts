import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse.ts';
import { defuseFormula } from '../model/csv.ts';
import { buildIndex } from '../model/dataset-index.ts';
import { fileAt, packageOf, readCsv, rowsOf } from '../testing/published-files.ts';
import { dataPackage, datasetCsvFiles } from './dataset-files.ts';
import { PUBLISHED_PATHS } from './paths.ts';

/** The files published for data/factsheet.json. */

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
