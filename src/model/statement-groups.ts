import type { DatasetIndex, StatementItem } from './dataset-index.ts';
import { nameOf } from './names.ts';

export interface SideGroup {
  /** The actor the speakers speak for. */
  side: string;
  name: string;
  statements: StatementItem[];
}

/**
 * Statements under the side their speaker speaks for, sides in the dataset's actor order
 * (unknown ones last), each side's statements in the order given (date order).
 */
export function groupBySide(
  statements: readonly StatementItem[],
  index: Pick<DatasetIndex, 'actors'>,
): SideGroup[] {
  const groups = new Map<string, StatementItem[]>();
  for (const item of statements) {
    const list = groups.get(item.record.actor);
    if (list) list.push(item);
    else groups.set(item.record.actor, [item]);
  }
  const rank = new Map([...index.actors.keys()].map((id, at) => [id, at]));
  const rankOf = (id: string) => rank.get(id) ?? rank.size;
  return [...groups.entries()]
    .sort(([a], [b]) => rankOf(a) - rankOf(b) || a.localeCompare(b))
    .map(([side, list]) => ({ side, name: nameOf(index.actors, side), statements: list }));
}
