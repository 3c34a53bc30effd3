import { isRecord } from './raw-value.ts';
import type { Problem } from './problem.ts';
import type { Factsheet } from './schema.ts';
import { runToEnd, type Steps } from './slices.ts';
import { metaProblems, metricProblems } from './validate-metrics-and-meta.ts';
import { referenceProblems } from './validate-references.ts';
import { shapeProblems } from './validate-shape.ts';

export type { Problem } from './problem.ts';
export { formatProblem } from './problem.ts';

export type ValidationResult = { ok: true; data: Factsheet } | { ok: false; problems: Problem[] };

/**
 * The whole check, as steps that yield now and then (see slices.ts): the shape
 * (validate-shape.ts), then the rules across lists (validate-references.ts), then format
 * version 2's links (validate-metrics-and-meta.ts). Every rule runs, so that one pass
 * reports every problem.
 */
export function* validationSteps(input: unknown): Steps<ValidationResult> {
  const problems: Problem[] = [];
  yield* shapeProblems(input, problems);
  if (isRecord(input)) {
    const ids = yield* referenceProblems(input, problems);
    metricProblems(input, ids.get('actors') ?? new Set(), problems);
    metaProblems(input, problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: input as Factsheet };
}

/** Checks a parsed JSON value against every rule of the format; returns all problems. */
export const validateFactsheet = (input: unknown): ValidationResult => runToEnd(validationSteps(input));
