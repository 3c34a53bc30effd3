import * as v from 'valibot';
import type { Problem } from './problem.ts';
import { eventSchema, factsheetSchema, figureSchema, statementSchema, type Factsheet } from './schema.ts';

export type { Problem } from './problem.ts';
export { formatProblem } from './problem.ts';

export type ValidationResult = { ok: true; data: Factsheet } | { ok: false; problems: Problem[] };

type Path = readonly (string | number)[];

const formatPath = (path: Path): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  ) || '(top level)';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const itemId = (input: unknown, path: Path): string | undefined => {
  if (!isRecord(input) || path.length < 2) return undefined;
  const list = input[path[0] as string];
  const item = Array.isArray(list) ? (list[path[1] as number] as unknown) : undefined;
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
};

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a${typeof value === 'object' ? 'n object' : ` ${typeof value}`}`;
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  strict_object: 'an object',
  object: 'an object',
};

function explainIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field of the format';
    if (issue.input === undefined) return 'is required';
    const expected = EXPECTED[issue.type];
    if (expected) return `must be ${expected}, not ${describe(issue.input)}`;
  }
  const shown =
    typeof issue.input === 'string' || typeof issue.input === 'number' ? `${describe(issue.input)} ` : '';
  return `${shown}${issue.message}`;
}

const valueAt = (input: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined,
    input,
  );

/**
 * A list where an object belongs passes valibot's object check (a list is an object to
 * JavaScript) and then shows up as every field missing; say it once, at the list.
 */
function listInsteadOfObject(input: unknown, path: Path): Path | undefined {
  let value = input;
  for (let at = 0; at < path.length; at++) {
    const key = path[at];
    if (Array.isArray(value) && typeof key === 'string') return path.slice(0, at);
    value =
      isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key as string] : undefined;
  }
  return undefined;
}

type WalkableSchema = v.GenericSchema & {
  entries?: Record<string, WalkableSchema>;
  item?: WalkableSchema;
  wrapped?: WalkableSchema;
};

/** Every key the schema does not know, anywhere in the value (valibot stops at the first per object). */
function unknownFields(schema: WalkableSchema, value: unknown, path: Path, out: Path[]): void {
  let inner = schema;
  while (inner.wrapped) inner = inner.wrapped;
  if (inner.entries && isRecord(value)) {
    for (const key of Object.keys(value)) {
      const entry = Object.hasOwn(inner.entries, key) ? inner.entries[key] : undefined;
      if (entry) unknownFields(entry, value[key], [...path, key], out);
      else out.push([...path, key]);
    }
  } else if (inner.item && Array.isArray(value)) {
    for (let at = 0; at < value.length; at++) unknownFields(inner.item, value[at], [...path, at], out);
  }
}

const isUnknownField = (issue: v.BaseIssue<unknown>) =>
  issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never';

const toProblems = (
  issues: readonly v.BaseIssue<unknown>[],
  input: unknown,
  schema: WalkableSchema,
  prefix: Path = [],
): Problem[] => {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (path: Path, what: string) => {
    const where = formatPath(path);
    if (seen.has(`${where}\n${what}`)) return;
    seen.add(`${where}\n${what}`);
    const problem: Problem = { where, what };
    const id = itemId(input, path);
    if (id !== undefined) problem.id = id;
    problems.push(problem);
  };
  let unknownReported = false;
  for (const issue of issues) {
    const path: Path = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
    const list = listInsteadOfObject(input, path);
    if (list) add(list, 'must be an object, not a list');
    else if (!isUnknownField(issue)) add(path, explainIssue(issue));
    else if (!unknownReported) {
      unknownReported = true;
      const paths: Path[] = [];
      unknownFields(schema, valueAt(input, prefix), prefix, paths);
      for (const field of paths) add(field, 'is not a field of the format');
    }
  }
  return problems;
};

/**
 * The three long lists are checked item by item: the same schemas, but several times
 * faster on 100,000 items than one parse of the whole file, which tracks every path.
 */
const ITEM_LISTS = [
  ['figures', figureSchema],
  ['events', eventSchema],
  ['statements', statementSchema],
] as const;

const containerSchema = v.strictObject({
  ...factsheetSchema.entries,
  figures: v.array(v.unknown()),
  events: v.array(v.unknown()),
  statements: v.array(v.unknown()),
});

function shapeProblems(input: unknown): Problem[] {
  if (Array.isArray(input)) return [{ where: formatPath([]), what: 'must be an object, not a list' }];
  const container = v.safeParse(containerSchema, input, { abortEarly: false });
  const problems = container.success ? [] : toProblems(container.issues, input, containerSchema);
  if (!isRecord(input)) return problems;
  for (const [key, schema] of ITEM_LISTS) {
    const list = input[key];
    if (!Array.isArray(list)) continue;
    // A plain loop: forEach would skip the holes of a sparse list and let them through.
    for (let at = 0; at < list.length; at++) {
      const result = v.safeParse(schema, list[at], { abortEarly: false });
      if (!result.success) problems.push(...toProblems(result.issues, input, schema, [key, at]));
    }
  }
  return problems;
}

const listOf = (input: Record<string, unknown>, key: string): Record<string, unknown>[] => {
  const list = input[key];
  return Array.isArray(list) ? Array.from(list, (item: unknown) => (isRecord(item) ? item : {})) : [];
};

const idsOf = (items: Record<string, unknown>[]): Set<string> =>
  new Set(items.map((item) => item.id).filter((id): id is string => typeof id === 'string'));

const KIND_OF_REFERENCE = {
  actors: 'actor',
  topics: 'topic',
  sources: 'source',
  metrics: 'metric',
} as const;

/**
 * Rules that need the whole dataset: unique ids, references that resolve and
 * low <= value <= high. They read the raw input defensively, so they report their
 * problems even when the shape check has found others.
 */
function datasetProblems(input: unknown): Problem[] {
  if (!isRecord(input)) return [];
  const problems: Problem[] = [];
  const lists = {
    actors: listOf(input, 'actors'),
    topics: listOf(input, 'topics'),
    sources: listOf(input, 'sources'),
    metrics: listOf(input, 'metrics'),
    figures: listOf(input, 'figures'),
    events: listOf(input, 'events'),
    statements: listOf(input, 'statements'),
  };
  const known = {
    actors: idsOf(lists.actors),
    topics: idsOf(lists.topics),
    sources: idsOf(lists.sources),
    metrics: idsOf(lists.metrics),
  };

  for (const [key, items] of Object.entries(lists)) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = item.id;
      if (typeof id !== 'string') return;
      if (seen.has(id))
        problems.push({ where: `${key}[${index}].id`, id, what: `duplicate id ${describe(id)}` });
      seen.add(id);
    });
  }

  const check = (
    list: keyof typeof lists,
    field: string,
    target: keyof typeof known,
    many: boolean,
  ): void => {
    const ids = known[target];
    const report = (where: string, ref: string, item: Record<string, unknown>) => {
      const problem: Problem = { where, what: `unknown ${KIND_OF_REFERENCE[target]} ${describe(ref)}` };
      if (typeof item.id === 'string') problem.id = item.id;
      problems.push(problem);
    };
    // Paths are only written for the rare reference that fails: this runs 100,000s of times.
    lists[list].forEach((item, index) => {
      const value = item[field];
      if (!many) {
        if (typeof value === 'string' && !ids.has(value)) report(`${list}[${index}].${field}`, value, item);
        return;
      }
      if (!Array.isArray(value)) return;
      for (let at = 0; at < value.length; at++) {
        const ref: unknown = value[at];
        if (typeof ref === 'string' && !ids.has(ref)) report(`${list}[${index}].${field}[${at}]`, ref, item);
      }
    });
  };

  check('metrics', 'topic', 'topics', false);
  check('figures', 'metric', 'metrics', false);
  check('figures', 'claimant', 'actors', false);
  check('figures', 'actors', 'actors', true);
  check('figures', 'topics', 'topics', true);
  check('figures', 'sources', 'sources', true);
  check('events', 'actors', 'actors', true);
  check('events', 'topics', 'topics', true);
  check('events', 'sources', 'sources', true);
  check('statements', 'actor', 'actors', false);
  check('statements', 'actors', 'actors', true);
  check('statements', 'topics', 'topics', true);
  check('statements', 'sources', 'sources', true);

  lists.figures.forEach((figure, index) => {
    const { value, low, high } = figure;
    if (typeof value !== 'number') return;
    const id = typeof figure.id === 'string' ? { id: figure.id } : {};
    if (typeof low === 'number' && low > value) {
      problems.push({
        where: `figures[${index}].low`,
        ...id,
        what: `low (${low}) is above value (${value})`,
      });
    }
    if (typeof high === 'number' && high < value) {
      problems.push({
        where: `figures[${index}].high`,
        ...id,
        what: `high (${high}) is below value (${value})`,
      });
    }
  });

  return problems;
}

/** Checks a parsed JSON value against every rule of the format; returns all problems. */
export function validateFactsheet(input: unknown): ValidationResult {
  const problems = [...shapeProblems(input), ...datasetProblems(input)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: input as Factsheet };
}
