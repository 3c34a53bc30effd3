import { lazy, Suspense } from 'react';
import { formatWhole } from '../model/format.ts';
import { usePrinting } from './use-printing.ts';
import type { VirtualListProps } from './virtual-list.tsx';

/**
 * A section whose dataset has up to this many entries draws its list in full; larger ones are
 * virtualised whatever the filters select, so that a filter click never swaps one kind of
 * list for the other (a whole list torn down and rebuilt: 180 ms at 1,000 items).
 */
export const FULL_LIST_LIMIT = 200;

const VirtualList = lazy(() => import('./virtual-list.tsx'));

/** A virtualised list, with the code for it loaded only when a list is this long. */
export function LongList<T>(props: VirtualListProps<T>) {
  const printing = usePrinting();
  if (printing) {
    // Paper has no scrolling: print the first items in full and say what is left out.
    return (
      <div role="list" aria-label={props.label} className={props.className}>
        {props.items.slice(0, FULL_LIST_LIMIT).map((item, at) => (
          <div role="listitem" key={props.getId(item)}>
            {props.renderItem(item, at)}
          </div>
        ))}
        <p className="list-count">
          The first {FULL_LIST_LIMIT} of {formatWhole(props.items.length)} are printed; download the data for
          all of them.
        </p>
      </div>
    );
  }
  const placeholder = (
    <div
      className="virtual-list__loading"
      style={{ height: Math.min(props.items.length * props.estimateSize, 4000) }}
    >
      Loading the list…
    </div>
  );
  return (
    <Suspense fallback={placeholder}>
      <VirtualList {...(props as unknown as VirtualListProps<unknown>)} />
    </Suspense>
  );
}
