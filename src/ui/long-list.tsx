import { lazy, Suspense } from 'react';
import { drawWhen, ROWS_AT_ONCE } from '../model/draw-policy.ts';
import { formatWhole } from '../model/format.ts';
import { useNearViewport } from './use-near-viewport.ts';
import { usePrinting } from './use-printing.ts';
import type { VirtualListProps } from './virtual-list.tsx';

const VirtualList = lazy(() => import('./virtual-list.tsx'));

/**
 * A virtual list, with its code loaded only when a list is this long. On a large dataset it
 * is drawn only while near the screen (model/draw-policy.ts), keeping its height otherwise;
 * paper has no scrolling, so it prints its first entries in full.
 */
export function LongList<T>(props: VirtualListProps<T> & { datasetItems: number }) {
  const { datasetItems, ...list } = props;
  const printing = usePrinting();
  const { ref, drawn, height } = useNearViewport<HTMLDivElement>(
    drawWhen('list', datasetItems),
    props.target != null,
  );
  if (printing) {
    return (
      <div role="list" aria-label={list.label} className={list.className}>
        {list.items.slice(0, ROWS_AT_ONCE).map((item, at) => (
          <div role="listitem" key={list.getId(item)}>
            {list.renderItem(item, at)}
          </div>
        ))}
        <p className="list-count">
          The first {ROWS_AT_ONCE} of {formatWhole(list.items.length)} are printed; download the data for all
          of them.
        </p>
      </div>
    );
  }
  // The space the list takes when first drawn (its rows at their estimated height), so that
  // drawing it moves nothing below it.
  const reserved = height ?? list.items.length * list.estimateSize;
  const placeholder = (
    <div className="virtual-list__loading" style={{ height: reserved }}>
      Loading the list…
    </div>
  );
  return (
    <div ref={ref}>
      {drawn ? (
        <Suspense fallback={placeholder}>
          <VirtualList {...(list as unknown as VirtualListProps<unknown>)} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
