import type { ReactNode } from 'react';
import { listKind } from '../model/draw-policy.ts';
import type { Location } from '../model/permalink.ts';
import { EmptyNote } from './empty-note.tsx';
import { LongList } from './long-list.tsx';
import { useReveal } from './reveal.ts';
import type { VirtualListProps } from './virtual-list.tsx';

export interface SectionListProps<T> extends Omit<VirtualListProps<T>, 'target'> {
  /** How many entries the dataset has for this list: full or virtual (model/draw-policy.ts). */
  entriesInDataset: number;
  /** How many items the dataset has: when a virtual list is drawn. */
  datasetItems: number;
  /** What the list holds, for the note when the filters leave none: "events". */
  what: string;
  emptyAction?: ReactNode;
  /** Above a virtual list: how many match and in what order. */
  count: string;
  /** The list drawn in full, in its groups. */
  full: () => ReactNode;
  /** The entry a link points at, in this list. */
  target: Location | null;
}

/** A section's list: a note when empty, drawn in full when short, else virtual. */
export function SectionList<T>({
  entriesInDataset,
  datasetItems,
  what,
  emptyAction,
  count,
  full,
  target,
  ...list
}: SectionListProps<T>) {
  const kind = listKind(entriesInDataset);
  // An entry of a full list is on the page with it; a virtual list scrolls to its entry first.
  useReveal(kind === 'full' && target?.row != null ? target.id : null);
  if (list.items.length === 0) return <EmptyNote what={what} action={emptyAction} />;
  if (kind === 'full') return full();
  return (
    <>
      <p className="list-count">{count}; more appear as you scroll.</p>
      <LongList
        {...list}
        datasetItems={datasetItems}
        target={target?.row != null ? { id: target.id, row: target.row } : null}
      />
    </>
  );
}
