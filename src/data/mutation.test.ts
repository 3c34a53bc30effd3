import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import defaultDataset from '../../data/factsheet.json';
import jsonSchema from '../../data/factsheet.schema.json';
import { compareClaims } from '../model/claims-compared.ts';
import { figuresByMetric } from '../model/claims.ts';
import { keyFigures } from '../model/headline.ts';
import { buildIndex, type FigureItem } from '../model/dataset-index.ts';
import { NO_FILTERS, selectItems, type Filters } from '../model/filter.ts';
import { claimantStyles } from '../model/claimant-styles.ts';
import { buildChart } from '../model/series.ts';
import { makeFactsheet, makeFactsheetV2 } from '../testing/data-generators.ts';
import { corpus } from './__fixtures__/corpus.ts';
import type { Factsheet } from './schema.ts';
import { validateFactsheet } from './validate.ts';

/**
 * Property tests: random damage to valid datasets. The validator must never throw and
 * must say where and what; whatever it accepts, the model (index, filters, key figures,
 * claims compared, charts) must handle without throwing; and it must agree with the
 * generated JSON Schema on the shape rules.
 */

type Key = string | number;
type Path = readonly Key[];
type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Every path in the value, the root ([]) first. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, at) => pathsOf(item, [...prefix, at], out));
  else if (isContainer(value))
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

const getAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (value, key) => (isContainer(value) ? (value as Record<Key, unknown>)[key] : undefined),
    root,
  );

/** Sets an own property, even one called "__proto__", as JSON.parse would. */
const setOwn = (target: Container, key: Key, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number; item: number }
  /** Replaces a value with another the dataset holds under the same field name: damage that often stays valid. */
  | { kind: 'swap'; at: number; pick: number };

/** The field a value sits in: "date" for figures[3].date, "actors" for events[0].actors[1]. */
const fieldOf = (path: Path): string | undefined =>
  [...path].reverse().find((key) => typeof key === 'string');

/** Applies one mutation in place (the root may be replaced: the new root is returned). */
function mutate(root: unknown, mutation: Mutation): unknown {
  const all = pathsOf(root);
  const pick = <T>(list: readonly T[]): T | undefined => list[mutation.at % Math.max(1, list.length)];
  switch (mutation.kind) {
    case 'replace': {
      const path = pick(all)!;
      if (path.length === 0) return mutation.value;
      const parent = getAt(root, path.slice(0, -1)) as Container;
      setOwn(parent, path[path.length - 1]!, mutation.value);
      return root;
    }
    case 'delete': {
      const path = pick(all.filter((p) => p.length > 0));
      if (!path) return root;
      const parent = getAt(root, path.slice(0, -1)) as Container;
      const key = path[path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return root;
    }
    case 'add-key': {
      const path = pick(
        all.filter((p) => {
          const v = getAt(root, p);
          return isContainer(v) && !Array.isArray(v);
        }),
      );
      if (path) setOwn(getAt(root, path) as Container, mutation.key, mutation.value);
      return root;
    }
    case 'swap': {
      const leaves = all.filter((p) => p.length > 0 && !isContainer(getAt(root, p)));
      const path = pick(leaves);
      if (!path) return root;
      const field = fieldOf(path);
      const pool = leaves.filter((p) => fieldOf(p) === field).map((p) => getAt(root, p));
      const parent = getAt(root, path.slice(0, -1)) as Container;
      setOwn(parent, path[path.length - 1]!, pool[mutation.pick % pool.length]);
      return root;
    }
    case 'duplicate': {
      const path = pick(
        all.filter((p) => Array.isArray(getAt(root, p)) && (getAt(root, p) as unknown[]).length > 0),
      );
      if (!path) return root;
      const list = getAt(root, path) as unknown[];
      list.push(structuredClone(list[mutation.item % list.length]));
      return root;
    }
  }
}

/** What the app gets: the mutated value written as JSON and read back. */
const asJson = (value: unknown): unknown => {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
};

const stringsOf = (value: unknown): string[] =>
  [
    ...new Set(
      pathsOf(value)
        .map((p) => getAt(value, p))
        .filter((v): v is string => typeof v === 'string'),
    ),
  ].sort();

const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** Values that tend to break things, and values already in the dataset (which keep it valid more often). */
function valueArbitrary(base: unknown): fc.Arbitrary<unknown> {
  const known = stringsOf(base);
  const specials = fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    -1,
    -0.5,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '2025-02-30',
    '2023-02-29',
    '2024-13',
    '2024-04-31',
    '2024-02-29',
    '0000',
    '',
    '   ',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/x',
    '/relative/path',
    'https://',
    'NaN',
    'Infinity',
    '1e999',
    'rumoured',
    '<script>alert(1)</script>',
    nested(3),
    nested(200),
    [],
    {},
    [''],
    ['javascript:alert(1)'],
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 3, arbitrary: specials },
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...known), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }) },
    { weight: 1, arbitrary: fc.boolean() },
  );
}

const FIELD_NAMES = [
  'claimant_detail',
  'Id',
  'sources ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '$schema',
  'note',
  'topics',
  'low',
  'high',
  'headline',
  'short',
  'title',
  'published',
  'summary',
  'role',
  'context',
  'actors',
  'subtitle',
  'description',
  'version',
];

/** Swaps only, plus now and then an added optional field or a deleted one. */
const plausibleMutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  ),
  { minLength: 1, maxLength: 4 },
);

function mutationArbitrary(base: unknown): fc.Arbitrary<Mutation[]> {
  const value = valueArbitrary(base);
  const at = fc.nat();
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('add-key' as const),
        at,
        key: fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 })),
        value,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at, item: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), at, pick: fc.nat() }) },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

const applyAll = (base: unknown, mutations: readonly Mutation[]): unknown =>
  mutations.reduce<unknown>((value, mutation) => mutate(value, mutation), structuredClone(base));

/** Everything the page computes from a valid dataset, under a few filters. */
function exerciseModel(data: Factsheet): void {
  const index = buildIndex(data);
  const styles = claimantStyles(index.items.filter((i): i is FigureItem => i.kind === 'figure'));
  const actor = data.actors[0]?.id;
  const topic = data.topics[data.topics.length - 1]?.id;
  const filters: Partial<Filters>[] = [
    {},
    { actors: actor ? [actor] : [] },
    { topics: topic ? [topic] : [] },
    { from: '2024-06', to: '2025-03' },
    { q: 'troops' },
    { actors: actor ? [actor, 'no-such-actor'] : [], topics: topic ? [topic] : [], from: '2025', q: 'a' },
  ];
  for (const partial of filters) {
    const selection = selectItems(index, { ...NO_FILTERS, ...partial });
    expect(selection.items.length).toBeLessThanOrEqual(selection.total);
    for (const card of keyFigures(data.metrics, selection.figures)) {
      if (card.range) expect(card.range.low).toBeLessThanOrEqual(card.range.high);
    }
    compareClaims(data.metrics, selection.figures);
    const byMetric = figuresByMetric(selection.figures);
    for (const metric of data.metrics) {
      buildChart(index, metric, byMetric.get(metric.id) ?? [], selection.events, { styles });
    }
  }
}

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

const BASES: [string, unknown][] = [
  ['data/factsheet.json', defaultDataset],
  ['makeFactsheet()', makeFactsheet()],
  ['makeFactsheetV2()', makeFactsheetV2()],
];

// Each property runs in well under 5 s; raise numRuns locally to search harder.
const RUNS = 150;

describe.each(BASES)('random damage to %s', (name, base) => {
  it('starts from a valid dataset', () => {
    expect(validateFactsheet(base).ok).toBe(true);
  });

  it('the validator never throws and says where and what; what it accepts the model can show', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(mutationArbitrary(base), plausibleMutations), (mutations) => {
        const data = asJson(applyAll(base, mutations));
        const result = validateFactsheet(data);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(typeof problem.where === 'string' && problem.where.trim() !== '').toBe(true);
            expect(typeof problem.what === 'string' && problem.what.trim() !== '').toBe(true);
          }
          return;
        }
        accepted++;
        exerciseModel(result.data);
      }),
      { numRuns: RUNS },
    );
    console.info(`${name}: ${accepted} of ${RUNS} damaged datasets still valid`);
    // Otherwise the second half of the property would go untested.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it('the validator never throws on values JSON cannot hold either', () => {
    fc.assert(
      fc.property(fc.nat(), fc.anything({ maxDepth: 2, withNullPrototype: true }), (at, value) => {
        const data = mutate(structuredClone(base), { kind: 'replace', at, value });
        let result: ReturnType<typeof validateFactsheet> | undefined;
        expect(() => (result = validateFactsheet(data))).not.toThrow();
        if (result?.ok) exerciseModel(result.data);
      }),
      { numRuns: RUNS },
    );
  });
});

it('a list with holes (not JSON, but validateFactsheet takes any value) is rejected, not passed on', () => {
  const data = structuredClone(makeFactsheet());
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  const events: unknown[] = [, ...data.events];
  const result = validateFactsheet({ ...data, events });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems.map((p) => p.where)).toContain('events[0]');
});

/*
 * The JSON Schema as an oracle for the shape rules. data/factsheet.schema.json is generated
 * from the same valibot schema and is what editors' tools check against, so the two must
 * agree on shape: whatever the schema rejects, the validator rejects (equivalently, whatever
 * the validator accepts, the schema accepts).
 *
 * The converse does not hold, by design: the validator also enforces rules a JSON Schema
 * cannot express: real calendar dates ("2025-02-30" matches the date pattern), ids unique
 * within their list, references that resolve, low <= value <= high (and a value or both ends),
 * a period's order, a metric's lead, the summary's numbers, and URLs that parse.
 * So when the schema accepts and the validator rejects, every problem must be one of those.
 */
describe('the validator and the generated JSON Schema agree on shape', () => {
  expect(jsonSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  // Ajv's default export checks draft-07, the draft the schema declares.
  const ajv = new Ajv({ allErrors: false, strict: true });
  const schemaAccepts = ajv.compile(jsonSchema);
  const BEYOND_JSON_SCHEMA =
    /is not a real calendar date|^duplicate id "|^unknown (?:actor|topic|source|metric) "|is above value|is below value|is not a valid URL|is above high|unless the figure gives both low and high|is after to|never leads|is not a figure of this metric|^unknown figure|is not the value, low or high|^no figure of this metric is claimed by/;

  it.each(BASES)('on the untouched %s', (_name, base) => {
    expect(schemaAccepts(base), ajv.errorsText(schemaAccepts.errors)).toBe(true);
  });

  it('on every fixture of the corpus that is JSON', () => {
    let checked = 0;
    for (const { file } of corpus) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
      } catch {
        continue;
      }
      checked++;
      const result = validateFactsheet(data);
      expect(result.ok, file).toBe(false);
      if (schemaAccepts(data) && !result.ok) {
        for (const problem of result.problems)
          expect(problem.what, `${file}: ${problem.where}`).toMatch(BEYOND_JSON_SCHEMA);
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it.each(BASES)('for random damage to %s', (_name, base) => {
    let schemaRejected = 0;
    let onlyValidatorRejected = 0;
    fc.assert(
      fc.property(mutationArbitrary(base), (mutations) => {
        const data = asJson(applyAll(base, mutations));
        const bySchema = schemaAccepts(data);
        const result = validateFactsheet(data);
        if (!bySchema) {
          schemaRejected++;
          expect(
            result.ok,
            `the schema rejects (${ajv.errorsText(schemaAccepts.errors)}) but the validator accepts`,
          ).toBe(false);
        } else if (!result.ok) {
          onlyValidatorRejected++;
          for (const problem of result.problems) {
            expect(problem.what, `${problem.where}: a shape rule the JSON Schema does not have`).toMatch(
              BEYOND_JSON_SCHEMA,
            );
          }
        }
      }),
      { numRuns: RUNS * 2 },
    );
    expect(schemaRejected).toBeGreaterThan(RUNS / 10);
    expect(onlyValidatorRejected).toBeGreaterThan(0);
  });

  it('a source URL with an upper-case scheme ("HTTPS://EXAMPLE.ORG/A") is judged alike by both', () => {
    const data = structuredClone(makeFactsheet());
    const sources = data.sources.map((source) => ({ ...source, url: 'HTTPS://EXAMPLE.ORG/A' }));
    const upper = { ...data, sources };
    expect(schemaAccepts(upper), ajv.errorsText(schemaAccepts.errors)).toBe(true);
    expect(validateFactsheet(upper).ok).toBe(true);
  });
});
