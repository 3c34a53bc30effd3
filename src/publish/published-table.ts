import { FIELD_DOCS } from '../data/schema-docs.ts';
import type { Factsheet } from '../data/schema.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { namesOf } from '../model/names.ts';
import { PUBLISHED_PATHS } from './paths.ts';

/**
 * What a published CSV table is: its columns, each saying what it holds once, and how its
 * rows are made; and the pieces the four tables share (dataset-tables.ts lists them).
 */

/** What a column holds: `date` is a dataset date (YYYY, YYYY-MM or YYYY-MM-DD). */
export type ColumnKind = 'string' | 'number' | 'date';

export interface ColumnInfo {
  /** The header, in snake_case. */
  name: string;
  description: string;
  kind: ColumnKind;
  /** Always filled in (the format requires the field). */
  required?: true;
  /** The only values the format allows. */
  choices?: readonly string[];
  /** A web address. */
  url?: true;
}

export interface Column<R> extends ColumnInfo {
  cell: (record: R, index: DatasetIndex) => string;
}

export interface PublishedTable {
  /** The table's name in the Data Package: lower-case, no spaces. */
  name: string;
  /** Where the CSV file goes, relative to the site root. */
  path: string;
  title: string;
  description: string;
  columns: readonly ColumnInfo[];
  /** One row per record, in the file's order; each row has one cell per column. */
  rows: (index: DatasetIndex) => string[][];
}

/** How lists are written in one cell. Ids are slugs, so they never hold the separator. */
export const LIST_SEPARATOR = '; ';

export const list = (values: readonly string[]): string => values.join(LIST_SEPARATOR);

/**
 * A number as the dataset holds it, never rounded. An exponent, which JavaScript writes for
 * very large or small numbers, is written with a capital E, as Table Schema reads it.
 */
export const numberCell = (value: number | undefined): string =>
  value === undefined ? '' : String(value).toUpperCase();

export const documented = (key: string): string => {
  const text = FIELD_DOCS[key];
  if (text === undefined) throw new Error(`No description of ${key} in schema-docs.ts`);
  return text;
};

const ID =
  'The record\'s id: unique within this table, stable across versions, and the anchor of its link on the page ("…#id").';
const SOURCE_IDS = `Ids of the sources (rows of sources.csv), separated by "${LIST_SEPARATOR}".`;
export const ACTOR_IDS = `Ids of the actors the record involves, separated by "${LIST_SEPARATOR}".`;
const NAMES = { actors: 'actors', topics: 'topics' } as const;

export function defineTable<R extends { id: string }>(spec: {
  name: 'figures' | 'events' | 'statements' | 'sources';
  title: string;
  description: string;
  records: (data: Factsheet) => readonly R[];
  columns: readonly Column<R>[];
}): PublishedTable {
  const { records, columns, ...about } = spec;
  return {
    ...about,
    path: PUBLISHED_PATHS[spec.name],
    columns,
    rows: (index) => records(index.data).map((record) => columns.map((column) => column.cell(record, index))),
  };
}

export const idColumn = <R extends { id: string }>(): Column<R> => ({
  name: 'id',
  description: ID,
  kind: 'string',
  required: true,
  cell: (record) => record.id,
});

/** Two columns for a record's actors or topics: `<prefix>_ids`, then `<prefix>_names` in the same order. */
export function idsAndNamesColumns<R>(spec: {
  prefix: string;
  of: 'actors' | 'topics';
  ids: string;
  list: (record: R, index: DatasetIndex) => readonly string[];
}): Column<R>[] {
  return [
    {
      name: `${spec.prefix}_ids`,
      description: spec.ids,
      kind: 'string',
      cell: (r, index) => list(spec.list(r, index)),
    },
    {
      name: `${spec.prefix}_names`,
      description: `Names of those ${NAMES[spec.of]}, in the same order, separated by "${LIST_SEPARATOR}".`,
      kind: 'string',
      cell: (r, index) => list(namesOf(index[spec.of], spec.list(r, index))),
    },
  ];
}

export const sourceIdsColumn = <R extends { sources: readonly string[] }>(): Column<R> => ({
  name: 'source_ids',
  description: SOURCE_IDS,
  kind: 'string',
  required: true,
  cell: (record) => list(record.sources),
});
