import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/dataset-index.ts';
import { makeFactsheetV2 } from '../testing/data-generators.ts';
import { field, packageOf, readCsv, resource } from '../testing/published-files.ts';
import { dataPackage, datasetCsvFiles } from './dataset-files.ts';
import { PUBLISHED_TABLES } from './dataset-tables.ts';

const index = buildIndex(makeFactsheetV2());
const files = datasetCsvFiles(index);

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
