import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useReveal } from './reveal.ts';

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
  /** The entry a link points at, and its position in `items`: scrolled to and revealed. */
  target?: { id: string; row: number } | null;
}

/**
 * A long list rendered a screenful at a time, scrolling with the page. Items keep their
 * place for assistive technology (aria-setsize/posinset). Loaded only when a list is
 * longer than the page draws in full.
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
  target = null,
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

  // Until the list knows where it is on the page, it draws no rows: rows measured against a
  // wrong offset would make the virtualiser scroll the page to make up for their heights.
  const measured = width > 0;
  const columns =
    minColumnWidth && width > 0 ? Math.max(1, Math.floor((width + gap) / (minColumnWidth + gap))) : 1;
  const rows = Math.ceil(items.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => estimateSize,
    overscan: 4,
    scrollMargin: offset,
    gap,
    enabled: measured,
  });

  const targetRow = target ? Math.floor(target.row / columns) : null;
  useEffect(() => {
    if (targetRow !== null && measured) virtualizer.scrollToIndex(targetRow, { align: 'center' });
  }, [targetRow, measured, virtualizer]);
  const virtualRows = virtualizer.getVirtualItems();
  // The virtualiser scrolls to the row, measuring the rows on the way until it stays put.
  useReveal(target?.id ?? null, measured && virtualRows.some((row) => row.index === targetRow), false);

  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      className={`virtual-list ${className ?? ''}`}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualRows.map((row) => (
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
              <div key={getId(item)} role="listitem" aria-setsize={items.length} aria-posinset={position + 1}>
                {renderItem(item, position)}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
