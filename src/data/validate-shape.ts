import * as v from 'valibot';
import { compileFastCheck, type SchemaNode } from './fast-check.ts';
import type { Problem } from './problem.ts';
import { describe, isRecord } from './raw-value.ts';
import { eventSchema, factsheetSchema, figureSchema, statementSchema } from './schema.ts';
import type { Steps } from './slices.ts';

/*
 * The shape check: every value has the type, the form and only the fields the schema
 * (schema.ts) gives it. valibot's issues become problems a reader understands, one per
 * place: where, the item's id, what.
 */

type Path = readonly (string | number)[];

const formatPath = (path: Path): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  ) || '(top level)';

const itemId = (input: unknown, path: Path): string | undefined => {
  if (!isRecord(input) || path.length < 2) return undefined;
  const list = input[path[0] as string];
  const item = Array.isArray(list) ? (list[path[1] as number] as unknown) : undefined;
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
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

/** Adds a problem for every value whose type, form or field the schema does not allow. */
export function* shapeProblems(input: unknown, problems: Problem[]): Steps<void> {
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
