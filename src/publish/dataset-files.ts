import { DATE_PATTERN } from '../data/dates.ts';
import { toCsv } from '../model/csv.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { PUBLISHED_TABLES } from './dataset-tables.ts';
import { CC_BY_4, isCcBy4 } from './licence.ts';
import { PUBLISHED_PATHS } from './paths.ts';
import type { ColumnInfo, PublishedTable } from './published-table.ts';
import { titleSlug } from './text.ts';
import { timestampOf } from './timestamp.ts';

/** A file the build writes next to the app. */
export interface PublishedFile {
  /** Relative to the site root, e.g. `data/figures.csv`. */
  path: string;
  text: string;
  mediaType: string;
}

const DATA_PACKAGE_PATH = PUBLISHED_PATHS.dataPackage;

/** The whole dataset as CSV: figures, events, statements and sources, every record, in the file's order. */
export function datasetCsvFiles(index: DatasetIndex): PublishedFile[] {
  return PUBLISHED_TABLES.map((table) => ({
    path: table.path,
    text: toCsv(
      table.columns.map((column) => column.name),
      table.rows(index),
    ),
    mediaType: 'text/csv',
  }));
}

/** A dataset date with all three parts; a Table Schema `date` field takes nothing less. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * The dataset's date pattern as a Table Schema `pattern`: XML Schema syntax, which anchors
 * the whole value itself and has no (?:…) groups: \d{4}(-\d{2}(-\d{2})?)?
 */
const DATASET_DATE_PATTERN = DATE_PATTERN.source.replace(/^\^|\$$/g, '').replaceAll('(?:', '(');

interface TableField {
  name: string;
  type: 'string' | 'number' | 'date';
  description: string;
  format?: string;
  constraints?: { required?: true; unique?: true; enum?: readonly string[]; pattern?: string };
}

const hasOnlyWholeDays = (values: readonly string[]): boolean => {
  const filled = values.filter((value) => value !== '');
  return filled.length > 0 && filled.every((value) => FULL_DATE.test(value));
};

/**
 * A column as a Table Schema field. A date column is typed `date` only when every value in
 * this dataset is a whole day; otherwise a tool that parses dates would reject "2024-11", so
 * it is a string held to the dataset's date pattern (its description gives the three forms).
 */
function fieldOf(column: ColumnInfo, values: readonly string[]): TableField {
  const partialDates = column.kind === 'date' && !hasOnlyWholeDays(values);
  const constraints = {
    ...(column.required ? { required: true as const } : {}),
    ...(column.name === 'id' ? { unique: true as const } : {}),
    ...(column.choices ? { enum: column.choices } : {}),
    ...(partialDates ? { pattern: DATASET_DATE_PATTERN } : {}),
  };
  return {
    name: column.name,
    type: partialDates ? 'string' : column.kind,
    description: column.description,
    ...(column.url ? { format: 'uri' } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** `path` (relative to the site root) as seen from the folder of datapackage.json. */
function fromPackageFolder(path: string): string {
  const folder = DATA_PACKAGE_PATH.slice(0, DATA_PACKAGE_PATH.lastIndexOf('/') + 1);
  return path.startsWith(folder) ? path.slice(folder.length) : `../${path}`;
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

function tableResource(table: PublishedTable, file: PublishedFile, index: DatasetIndex) {
  const rows = table.rows(index);
  return {
    name: table.name,
    path: fromPackageFolder(file.path),
    profile: 'tabular-data-resource',
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: utf8Bytes(file.text),
    schema: {
      fields: table.columns.map((column, at) =>
        fieldOf(
          column,
          rows.map((row) => row[at] ?? ''),
        ),
      ),
      primaryKey: ['id'],
      // Source, actor and topic ids are lists in one cell, which Table Schema's foreign keys
      // cannot express; the field descriptions say which table they point to.
      missingValues: [''],
    },
  };
}

/**
 * The package's licence. Data Package wants a licence as a registered name or a URL; one it
 * cannot name that way would make the package invalid, so the caller puts its words in the
 * description instead.
 */
const licensesOf = (license: string | undefined) =>
  license !== undefined && isCcBy4(license) ? [{ ...CC_BY_4, title: license }] : null;

function packageDescription(index: DatasetIndex, named: boolean): string {
  const { subtitle, description, license } = index.data.meta;
  const licence = license !== undefined && !named ? `Licence: ${license}` : undefined;
  return [subtitle, description, licence].filter((part) => part !== undefined).join('\n\n');
}

/**
 * data/datapackage.json, a Frictionless Data Package (v1) describing the CSV files given, the
 * dataset file and its JSON Schema, so that tools (frictionless, pandas, R, Datasette) can
 * load the tables with types.
 */
export function dataPackage(index: DatasetIndex, csvFiles: PublishedFile[]): PublishedFile {
  const { meta } = index.data;
  const licenses = licensesOf(meta.license);
  const resources = csvFiles.map((file) => {
    const table = PUBLISHED_TABLES.find((candidate) => candidate.path === file.path);
    if (!table) throw new Error(`No table is published as ${file.path}`);
    return tableResource(table, file, index);
  });
  const description = packageDescription(index, licenses !== null);
  const updated = timestampOf(meta.updated);
  const pkg = {
    profile: 'data-package',
    name: titleSlug(meta.title),
    title: meta.title,
    ...(description ? { description } : {}),
    ...(meta.version !== undefined ? { version: meta.version } : {}),
    ...(meta.url !== undefined ? { homepage: meta.url } : {}),
    created: updated,
    updated,
    ...(licenses ? { licenses } : {}),
    ...(meta.credit !== undefined ? { contributors: [{ title: meta.credit, role: 'publisher' }] } : {}),
    resources: [
      ...resources,
      {
        name: 'factsheet',
        path: fromPackageFolder(PUBLISHED_PATHS.dataset),
        profile: 'data-resource',
        title: 'The whole dataset (JSON)',
        description:
          'Everything the page shows, as the editors wrote it: meta, actors, topics, metrics, sources, figures, events and statements. Its format is described by factsheet.schema.json.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      {
        name: 'factsheet-schema',
        path: fromPackageFolder(PUBLISHED_PATHS.datasetSchema),
        profile: 'data-resource',
        title: 'JSON Schema of factsheet.json',
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
      },
    ],
  };
  return {
    path: DATA_PACKAGE_PATH,
    text: `${JSON.stringify(pkg, null, 2)}\n`,
    mediaType: 'application/json',
  };
}
