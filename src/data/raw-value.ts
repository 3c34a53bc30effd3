/**
 * Reading a value that may be anything: the checks read the raw input defensively, so
 * that each reports its problems even when the shape check has found others.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a problem quotes it: a string in quotes (shortened), else what it is. */
export const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a${typeof value === 'object' ? 'n object' : ` ${typeof value}`}`;
};

const EMPTY: Record<string, unknown> = {};

/** The list at `key`, or [] when there is none. */
export const listOf = (input: Record<string, unknown>, key: string): readonly unknown[] => {
  const list = input[key];
  return Array.isArray(list) ? list : [];
};

/** The item at `at` when it is an object, else an empty one. */
export const recordAt = (list: readonly unknown[], at: number): Record<string, unknown> => {
  const item = list[at];
  return isRecord(item) ? item : EMPTY;
};
