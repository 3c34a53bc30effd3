import { parseDate } from './dates.ts';
import type { Problem } from './problem.ts';
import { describe, isRecord, listOf, recordAt } from './raw-value.ts';
import type { Steps } from './slices.ts';

/*
 * Rules across the lists of a dataset that its shape cannot express: unique ids, references
 * that resolve, a figure's range and period. They read the raw input defensively, so they
 * report their problems even when the shape check has found others.
 */

/** Items checked between two chances to yield. */
const STEP = 10_000;

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
 * Ids unique within their list, references that resolve, and each figure's low <= value
 * <= high and its period's order. One pass per list: this runs over every item of datasets
 * of 100,000 items. Returns the ids of each list.
 */
export function* referenceProblems(
  input: Record<string, unknown>,
  problems: Problem[],
): Steps<ReadonlyMap<string, ReadonlySet<string>>> {
  // Ids first (the lists that others refer to come first), then references.
  const idsByList = new Map<string, Set<string>>();
  for (const key of Object.keys(REFERENCES)) {
    const list = listOf(input, key);
    const seen = new Set<string>();
    for (let at = 0; at < list.length; at++) {
      if (at % STEP === STEP - 1) yield;
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
      if (at % STEP === STEP - 1) yield;
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
  return idsByList;
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
