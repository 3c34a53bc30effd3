import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import defaultDataset from '../../data/factsheet.json';
import { makeFactsheet } from '../testing/data-generators.ts';
import { corpus } from './__fixtures__/corpus.ts';
import { compileFastCheck } from './fast-check.ts';
import { eventSchema, factsheetSchema, figureSchema, sourceSchema, statementSchema } from './schema.ts';

const SCHEMAS = [
  ['figures', figureSchema],
  ['events', eventSchema],
  ['statements', statementSchema],
  ['sources', sourceSchema],
] as const;

const agree = (schema: v.GenericSchema, value: unknown) => {
  expect(compileFastCheck(schema)(value), (JSON.stringify(value) as string | undefined)?.slice(0, 300)).toBe(
    v.safeParse(schema, value).success,
  );
};

/** Values that sit on the edges of the format's rules. */
const edgeValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a',
    'A',
    'a-b',
    'a--b',
    '-a',
    'é',
    '2025',
    '2025-02',
    '2025-02-30',
    '2024-02-29',
    '2025-13',
    '25-01-01',
    'https://example.org/a',
    'HTTPS://EXAMPLE.ORG',
    'http://',
    'javascript:alert(1)',
    'https://exa mple.org',
    'confirmed',
    'rumoured',
    0,
    -1,
    1.5,
    Number.NaN,
    Infinity,
    -0,
    true,
    null,
    [],
    [''],
    ['a'],
    ['A'],
    {},
    undefined,
  ),
  fc.anything({ maxDepth: 1 }),
);

describe('compileFastCheck', () => {
  it('accepts every item of the real dataset and of the test dataset, as valibot does', () => {
    for (const data of [defaultDataset, makeFactsheet()] as unknown as Record<string, unknown[]>[]) {
      for (const [key, schema] of SCHEMAS) for (const item of data[key] ?? []) agree(schema, item);
      agree(factsheetSchema, data);
    }
  });

  it('agrees with valibot on every item of every broken fixture', () => {
    const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
    let checked = 0;
    for (const { file } of corpus) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
      } catch {
        continue;
      }
      if (typeof data !== 'object' || data === null) continue;
      for (const [key, schema] of SCHEMAS) {
        const list = (data as Record<string, unknown>)[key];
        if (!Array.isArray(list)) continue;
        for (const item of list) {
          agree(schema, item);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('agrees with valibot on items with any field set to an edge value, or an extra field', () => {
    const base = defaultDataset as unknown as Record<string, Record<string, unknown>[]>;
    fc.assert(
      fc.property(
        fc.constantFrom(...SCHEMAS),
        fc.nat(),
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                'id',
                'metric',
                'date',
                'value',
                'low',
                'high',
                'status',
                'claimant',
                'claimantDetail',
                'actors',
                'sources',
                'note',
                'topics',
                'title',
                'summary',
                'speaker',
                'role',
                'actor',
                'quote',
                'context',
                'outlet',
                'url',
                'published',
                '__proto__',
                'constructor',
              ),
              fc.string({ maxLength: 8 }),
            ),
            edgeValue,
            fc.boolean(),
          ),
          { maxLength: 3 },
        ),
        ([key, schema], at, changes) => {
          const list = base[key] ?? [];
          const item: Record<string, unknown> = { ...list[at % list.length] };
          for (const [field, value, remove] of changes) {
            if (remove) delete item[field];
            else
              Object.defineProperty(item, field, {
                value,
                enumerable: true,
                writable: true,
                configurable: true,
              });
          }
          agree(schema, item);
          // In a list, too: holes and all.
          agree(v.array(schema), [item]);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('refuses a schema it cannot check fast, rather than skipping the rule', () => {
    expect(() => compileFastCheck(v.pipe(v.string(), v.email()))).toThrow(/email/);
    expect(() => compileFastCheck(v.union([v.string(), v.number()]))).toThrow(/union/);
  });
});
