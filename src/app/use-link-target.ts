import { useMemo, useState } from 'react';
import type { DatasetIndex } from '../model/dataset-index.ts';
import type { Filters, Selection } from '../model/filter.ts';
import { locate, type Location } from '../model/permalink.ts';
import { useHashTarget } from '../ui/hash-target.ts';

/**
 * Where the link the reader followed (#id) points, for its section to open, draw and reveal
 * it: when the page opens and when the hash changes. Once the reader changes the filters the
 * page is theirs again: the link no longer pulls a list back to its entry.
 */
export function useLinkTarget(index: DatasetIndex, filters: Filters, selection: Selection): Location | null {
  const hash = useHashTarget();
  const view = JSON.stringify(filters);
  const [linked, setLinked] = useState({ hash, view });
  if (linked.hash !== hash) setLinked({ hash, view });
  const current = linked.hash === hash && linked.view === view;
  return useMemo(() => (current ? locate(hash, index, selection) : null), [current, hash, index, selection]);
}
