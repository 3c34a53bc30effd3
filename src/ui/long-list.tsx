import { lazy, Suspense } from 'react';
import type { VirtualListProps } from './virtual-list.tsx';

/** Lists up to this long are drawn in full; longer ones are virtualised. */
export const FULL_LIST_LIMIT = 200;

const VirtualList = lazy(() => import('./virtual-list.tsx'));

/** A virtualised list, with the code for it loaded only when a list is this long. */
export function LongList<T>(props: VirtualListProps<T>) {
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
