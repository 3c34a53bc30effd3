import * as v from 'valibot';
import { parseDate } from './dates.ts';
import { runToEnd, type Steps } from './slices.ts';
import { compileFastCheck, type SchemaNode } from './fast-check.ts';
import { numbersInText, statedNumbers } from './numbers-in-text.ts';
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
  for (let at = 0; at < path.length; at++) {
    if (typeof path[at] === 'string' && Array.isArray(valueAt(input, path.slice(0, at))))
      return path.slice(0, at);
  }
  return undefined;
}

/** Every key the schema does not know, anywhere in the value (valibot stops at the first per object). */
function unknownFields(schema: SchemaNode, value: unknown, path: Path, out: Path[]): void {
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
  schema: SchemaNode,
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
 * The three long lists are checked item by item, first with a plain predicate compiled
 * from the same schema (see fast-check.ts), then, for the rare item it rejects, by valibot
 * for the messages: on 100,000 items several times faster than valibot alone.
 */
const ITEM_LISTS = [
  ['figures', figureSchema, compileFastCheck(figureSchema)],
  ['events', eventSchema, compileFastCheck(eventSchema)],
  ['statements', statementSchema, compileFastCheck(statementSchema)],
] as const;

const containerSchema = v.strictObject({
  ...factsheetSchema.entries,
  figures: v.array(v.unknown()),
  events: v.array(v.unknown()),
  statements: v.array(v.unknown()),
});

const containerIsValid = compileFastCheck(containerSchema);

/** Items checked between two chances to yield: a few milliseconds' work. */
const STEP = 1_000;

function* shapeProblems(input: unknown, problems: Problem[]): Steps<void> {
  if (!containerIsValid(input)) {
    const container = v.safeParse(containerSchema, input, { abortEarly: false });
    if (!container.success) problems.push(...toProblems(container.issues, input, containerSchema));
  }
  if (!isRecord(input)) return;
  for (const [key, schema, isValid] of ITEM_LISTS) {
    const list = input[key];
    if (!Array.isArray(list)) continue;
    // A plain loop: forEach would skip the holes of a sparse list and let them through.
    for (let at = 0; at < list.length; at++) {
      if (at % STEP === STEP - 1) yield;
      if (isValid(list[at])) continue;
      const result = v.safeParse(schema, list[at], { abortEarly: false });
      if (!result.success) problems.push(...toProblems(result.issues, input, schema, [key, at]));
    }
  }
}

const EMPTY: Record<string, unknown> = {};

/** The list at `key`, or [] when there is none. */
const listOf = (input: Record<string, unknown>, key: string): readonly unknown[] => {
  const list = input[key];
  return Array.isArray(list) ? list : [];
};

const recordAt = (list: readonly unknown[], at: number): Record<string, unknown> => {
  const item = list[at];
  return isRecord(item) ? item : EMPTY;
};

type Target = 'actors' | 'topics' | 'sources' | 'metrics';

const KIND_OF_REFERENCE: Record<Target, string> = {
  actors: 'actor',
  topics: 'topic',
  sources: 'source',
  metrics: 'metric',
};

/** Which fields of an item refer to which list, and whether they hold one id or a list of ids. */
const REFERENCES: Record<string, readonly (readonly [field: string, target: Target, many: boolean])[]> = {
  actors: [],
  topics: [],
  sources: [],
  metrics: [['topic', 'topics', false]],
  figures: [
    ['metric', 'metrics', false],
    ['claimant', 'actors', false],
    ['actors', 'actors', true],
    ['topics', 'topics', true],
    ['sources', 'sources', true],
  ],
  events: [
    ['actors', 'actors', true],
    ['topics', 'topics', true],
    ['sources', 'sources', true],
  ],
  statements: [
    ['actor', 'actors', false],
    ['actors', 'actors', true],
    ['topics', 'topics', true],
    ['sources', 'sources', true],
  ],
};

/**
 * Rules that need the whole dataset: unique ids, references that resolve,
 * low <= value <= high, a period's order, a metric's lead, the summary's numbers. They read the raw input defensively, so they report their
 * problems even when the shape check has found others. One pass per list: this runs
 * over every item of datasets of 100,000 items.
 */
function* datasetProblems(input: unknown, problems: Problem[]): Steps<void> {
  if (!isRecord(input)) return;

  // Ids first (the lists that others refer to come first), then references.
  const idsByList = new Map<string, Set<string>>();
  for (const key of Object.keys(REFERENCES)) {
    const list = listOf(input, key);
    const seen = new Set<string>();
    for (let at = 0; at < list.length; at++) {
      if (at % (STEP * 10) === STEP * 10 - 1) yield;
      const id = recordAt(list, at).id;
      if (typeof id !== 'string') continue;
      if (seen.has(id))
        problems.push({ where: `${key}[${at}].id`, id, what: `duplicate id ${describe(id)}` });
      seen.add(id);
    }
    idsByList.set(key, seen);
  }

  for (const [key, references] of Object.entries(REFERENCES)) {
    if (references.length === 0) continue;
    const list = listOf(input, key);
    // Each field with the ids it may refer to, looked up once per list, not once per item.
    const resolved = references.map(
      ([field, target, many]) => [field, target, many, idsByList.get(target) ?? new Set<string>()] as const,
    );
    for (let at = 0; at < list.length; at++) {
      if (at % (STEP * 10) === STEP * 10 - 1) yield;
      const item = recordAt(list, at);
      for (const [field, target, many, ids] of resolved) {
        const value = item[field];
        // Paths are only written for the rare reference that fails.
        if (!many) {
          if (typeof value === 'string' && !ids.has(value)) {
            problems.push(unknownReference(item, `${key}[${at}].${field}`, target, value));
          }
          continue;
        }
        if (!Array.isArray(value)) continue;
        for (let k = 0; k < value.length; k++) {
          const ref: unknown = value[k];
          if (typeof ref === 'string' && !ids.has(ref)) {
            problems.push(unknownReference(item, `${key}[${at}].${field}[${k}]`, target, ref));
          }
        }
      }
      if (key === 'figures') {
        rangeProblems(item, at, problems);
        periodProblems(item, at, problems);
      }
    }
  }
  metricProblems(input, idsByList.get('actors') ?? new Set(), problems);
  metaProblems(input, problems);
}

function unknownReference(
  item: Record<string, unknown>,
  where: string,
  target: Target,
  ref: string,
): Problem {
  const problem: Problem = { where, what: `unknown ${KIND_OF_REFERENCE[target]} ${describe(ref)}` };
  if (typeof item.id === 'string') problem.id = item.id;
  return problem;
}

function rangeProblems(figure: Record<string, unknown>, at: number, problems: Problem[]): void {
  const { value, low, high } = figure;
  const id = typeof figure.id === 'string' ? { id: figure.id } : {};
  const add = (field: string, what: string) =>
    problems.push({ where: `figures[${at}].${field}`, ...id, what });
  if (value === undefined) {
    // A range with no point estimate ("between 1,000 and 3,000") needs both ends.
    if (low === undefined || high === undefined) {
      add('value', 'is required, unless the figure gives both low and high (a range with no point estimate)');
    }
  }
  if (typeof value !== 'number') {
    if (typeof low === 'number' && typeof high === 'number' && low > high) {
      add('low', `low (${low}) is above high (${high})`);
    }
    return;
  }
  if (typeof low === 'number' && low > value) add('low', `low (${low}) is above value (${value})`);
  if (typeof high === 'number' && high < value) add('high', `high (${high}) is below value (${value})`);
}

function periodProblems(figure: Record<string, unknown>, at: number, problems: Problem[]): void {
  const period = figure.period;
  if (!isRecord(period)) return;
  const { from, to } = period;
  if (typeof from !== 'string' || typeof to !== 'string') return;
  const start = parseDate(from);
  const end = parseDate(to);
  if (start && end && start.start > end.end) {
    problems.push({
      where: `figures[${at}].period`,
      ...(typeof figure.id === 'string' ? { id: figure.id } : {}),
      what: `from (${from}) is after to (${to})`,
    });
  }
}

/** A figure that may lead a key-figure card: never a forecast, a disputed or an unverified claim. */
const CANNOT_LEAD = new Set(['projected', 'disputed', 'claimed']);

/** Format version 2: a metric's lead and reference claimant. */
function metricProblems(
  input: Record<string, unknown>,
  actorIds: ReadonlySet<string>,
  problems: Problem[],
): void {
  const figures = new Map<string, Record<string, unknown>>();
  for (const figure of listOf(input, 'figures')) {
    if (isRecord(figure) && typeof figure.id === 'string') figures.set(figure.id, figure);
  }
  const byMetric = new Map<unknown, Record<string, unknown>[]>();
  for (const figure of figures.values()) {
    const list = byMetric.get(figure.metric);
    if (list) list.push(figure);
    else byMetric.set(figure.metric, [figure]);
  }
  const ofMetric = (metric: unknown) => byMetric.get(metric) ?? [];
  listOf(input, 'metrics').forEach((raw, at) => {
    if (!isRecord(raw)) return;
    const id = typeof raw.id === 'string' ? { id: raw.id } : {};
    const reference = raw.reference;
    if (isRecord(reference) && typeof reference.claimant === 'string') {
      const { claimant, claimantDetail: detail } = reference;
      if (!actorIds.has(claimant)) {
        problems.push({
          where: `metrics[${at}].reference.claimant`,
          ...id,
          what: `unknown actor ${describe(claimant)}`,
        });
      } else if (
        // A misspelt detail would silently hand the card to another claimant.
        !ofMetric(raw.id).some(
          (f) => f.claimant === claimant && (detail === undefined || f.claimantDetail === detail),
        )
      ) {
        problems.push({
          where: `metrics[${at}].reference`,
          ...id,
          what: `no figure of this metric is claimed by "${claimant}"${typeof detail === 'string' ? ` with claimantDetail "${detail}"` : ''}`,
        });
      }
    }
    if (typeof raw.lead !== 'string') return;
    const lead = figures.get(raw.lead);
    const where = `metrics[${at}].lead`;
    if (!lead) problems.push({ where, ...id, what: `unknown figure ${describe(raw.lead)}` });
    else if (lead.metric !== raw.id) {
      problems.push({ where, ...id, what: `figure "${raw.lead}" is not a figure of this metric` });
    } else if (typeof lead.status === 'string' && CANNOT_LEAD.has(lead.status)) {
      problems.push({
        where,
        ...id,
        what: `figure "${raw.lead}" is ${lead.status}: a projected, disputed or claimed figure never leads`,
      });
    }
  });
}

/** Format version 2: the summary and the list of changes refer to items that exist. */
function metaProblems(input: Record<string, unknown>, problems: Problem[]): void {
  const meta = input.meta;
  if (!isRecord(meta)) return;
  const items = new Map<string, Record<string, unknown>>();
  for (const key of ['figures', 'events', 'statements']) {
    for (const item of listOf(input, key)) {
      if (isRecord(item) && typeof item.id === 'string') items.set(item.id, item);
    }
  }
  const unknownItem = (where: string, ref: unknown) =>
    problems.push({ where, what: `unknown figure, event or statement ${describe(ref)}` });

  const summary = Array.isArray(meta.summary) ? meta.summary : [];
  summary.forEach((sentence: unknown, at) => {
    if (!isRecord(sentence) || !Array.isArray(sentence.refs)) return;
    const numbers = new Set<number>();
    sentence.refs.forEach((ref: unknown, k) => {
      const item = typeof ref === 'string' ? items.get(ref) : undefined;
      if (typeof ref === 'string' && !item) unknownItem(`meta.summary[${at}].refs[${k}]`, ref);
      if (item) for (const number of statedNumbers(item)) numbers.add(number);
    });
    if (typeof sentence.text !== 'string') return;
    // The lead can never drift from the data: each number it writes is one its records give.
    for (const number of numbersInText(sentence.text)) {
      if (!numbers.has(number.value)) {
        problems.push({
          where: `meta.summary[${at}].text`,
          what: `"${number.text}" is not the value, low or high of any of its refs`,
        });
      }
    }
  });

  const changes = Array.isArray(meta.changes) ? meta.changes : [];
  changes.forEach((change: unknown, at) => {
    if (!isRecord(change)) return;
    // Removed items are gone from the data, so only added and revised ones must exist.
    for (const field of ['added', 'revised']) {
      const ids = change[field];
      if (!Array.isArray(ids)) continue;
      ids.forEach((ref: unknown, k) => {
        if (typeof ref === 'string' && !items.has(ref))
          unknownItem(`meta.changes[${at}].${field}[${k}]`, ref);
      });
    }
  });
}

/** The whole check, as steps that yield now and then (see slices.ts). */
export function* validationSteps(input: unknown): Steps<ValidationResult> {
  const problems: Problem[] = [];
  yield* shapeProblems(input, problems);
  yield* datasetProblems(input, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: input as Factsheet };
}

/** Checks a parsed JSON value against every rule of the format; returns all problems. */
export const validateFactsheet = (input: unknown): ValidationResult => runToEnd(validationSteps(input));
