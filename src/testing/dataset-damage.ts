import fc from 'fast-check';
import defaultDataset from '../../data/factsheet.json';
import { makeFactsheet, makeFactsheetV2 } from './data-generators.ts';

/**
 * Random damage to valid datasets, for property tests: the validator's
 * (data/damaged-data.test.ts, data/json-schema-agreement.test.ts) and the model's
 * (model/damaged-data.test.ts).
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

export type Mutation =
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
export function mutate(root: unknown, mutation: Mutation): unknown {
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
export const asJson = (value: unknown): unknown => {
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
export const plausibleMutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  ),
  { minLength: 1, maxLength: 4 },
);

export function mutationArbitrary(base: unknown): fc.Arbitrary<Mutation[]> {
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

export const applyAll = (base: unknown, mutations: readonly Mutation[]): unknown =>
  mutations.reduce<unknown>((value, mutation) => mutate(value, mutation), structuredClone(base));

/** The valid datasets that are damaged. */
export const BASES: [string, unknown][] = [
  ['data/factsheet.json', defaultDataset],
  ['makeFactsheet()', makeFactsheet()],
  ['makeFactsheetV2()', makeFactsheetV2()],
];

// Each property runs in seconds; raise RUNS locally to search harder.
export const RUNS = 150;
