import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  getId: (item: T) => string;
  renderItem: (item: T, position: number) => ReactNode;
  /** A first guess at an item's height in pixels; real heights are measured. */
  estimateSize: number;
  /** Narrowest width of a column, in pixels: more columns fit on wider screens. */
  minColumnWidth?: number;
  gap?: number;
  className?: string;
  label: string;
}

/**
 * A long list rendered a screenful at a time, scrolling with the page. Items keep their
 * place for assistive technology (aria-setsize/posinset), and a link to an item that is
 * not drawn yet scrolls it into view (the "factsheet:reveal" event, see usePermalinkTarget).
 * Loaded only when a list is longer than the page draws in full.
 */
export default function VirtualList<T>({
  items,
  getId,
  renderItem,
  estimateSize,
  minColumnWidth,
  gap = 16,
  className,
  label,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  const [width, setWidth] = useState(0);

  // Measured after paint, not before: reading the layout in a layout effect would force the
  // whole page to be laid out once more on every filter change. A stale offset for one frame
  // only changes which rows are drawn, not where.
  useEffect(() => {
    const element = listRef.current;
    if (!element) return;
    const measure = () => {
      setOffset(element.getBoundingClientRect().top + window.scrollY);
      setWidth(element.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [items]);

  const columns =
    minColumnWidth && width > 0 ? Math.max(1, Math.floor((width + gap) / (minColumnWidth + gap))) : 1;
  const rows = Math.ceil(items.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => estimateSize,
    overscan: 4,
    scrollMargin: offset,
    gap,
  });

  // The virtualizer always draws the first rows of a list, however far below the screen it
  // is; on a large sheet that is three lists' rows rebuilt on every filter change for nobody.
  // Draw only rows from a screen above the viewport to two below it: as the reader scrolls
  // or tabs towards a list, it comes within that distance before its first row is reached.
  const viewport = virtualizer.scrollRect?.height ?? window.innerHeight;
  const scrolled = virtualizer.scrollOffset ?? 0;
  const near = { start: scrolled - viewport, end: scrolled + 2 * viewport };

  useEffect(() => {
    const onReveal = (event: Event) => {
      const id = (event as CustomEvent<string>).detail;
      const at = items.findIndex((item) => getId(item) === id);
      if (at >= 0) virtualizer.scrollToIndex(Math.floor(at / columns), { align: 'center' });
    };
    window.addEventListener('factsheet:reveal', onReveal);
    return () => window.removeEventListener('factsheet:reveal', onReveal);
  }, [items, getId, columns, virtualizer]);

  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      className={`virtual-list ${className ?? ''}`}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer
        .getVirtualItems()
        .filter((row) => row.end >= near.start && row.start <= near.end)
        .map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="virtual-list__row"
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              display: 'grid',
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gap,
            }}
          >
            {items.slice(row.index * columns, row.index * columns + columns).map((item, column) => {
              const position = row.index * columns + column;
              return (
                <div
                  key={getId(item)}
                  role="listitem"
                  aria-setsize={items.length}
                  aria-posinset={position + 1}
                >
                  {renderItem(item, position)}
                </div>
              );
            })}
          </div>
        ))}
    </div>
  );
}
