import Papa from 'papaparse';
import { expect } from 'vitest';
import type { PublishedFile } from '../publish/dataset-files.ts';

/** Reading the published dataset files back, as a user's tools would: the CSV files and datapackage.json. */

/** The CSV read back by a standard parser: the header, and each row as header → cell. */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return {
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((name, at) => [name, row[at] ?? '']))),
  };
}

export const fileAt = (files: readonly PublishedFile[], path: string): PublishedFile => {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no file ${path}`);
  return file;
};

export const rowsOf = (files: readonly PublishedFile[], path: string) =>
  readCsv(fileAt(files, path).text).rows;

export interface Field {
  name: string;
  type: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}
export interface Resource {
  name: string;
  path: string;
  profile: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes?: number;
  schema?: { fields: Field[]; primaryKey: string[]; missingValues: string[] };
}
export interface Package {
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

export const packageOf = (file: PublishedFile): Package => JSON.parse(file.text) as Package;

export function resource(pkg: Package, name: string): Resource {
  const found = pkg.resources.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
}

export function field(pkg: Package, table: string, name: string): Field {
  const found = resource(pkg, table).schema?.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${table}.${name}`);
  return found;
}
