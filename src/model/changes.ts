import type { Change, Meta } from '../data/schema.ts';
import { parseDate } from './dates.ts';

export type ChangeMark = 'new' | 'revised';

/** The change log, newest first (by date; the file's order breaks ties). */
export function changesNewestFirst(meta: Pick<Meta, 'changes'>): Change[] {
  const end = (change: Change) => parseDate(change.date)?.end ?? 0;
  return (meta.changes ?? [])
    .map((change, at) => ({ change, at }))
    .sort((a, b) => end(b.change) - end(a.change) || a.at - b.at)
    .map(({ change }) => change);
}

/** Items added or revised in the newest version, with their mark. */
export function changeMarks(meta: Pick<Meta, 'changes'>): ReadonlyMap<string, ChangeMark> {
  const newest = changesNewestFirst(meta)[0];
  const marks = new Map<string, ChangeMark>();
  for (const id of newest?.revised ?? []) marks.set(id, 'revised');
  for (const id of newest?.added ?? []) marks.set(id, 'new');
  return marks;
}
