import { useEffect, useRef, useState, type RefObject } from 'react';
import { hashTarget } from './hash-target.ts';
import { usePrinting } from './use-printing.ts';

/** Datasets up to this many items draw every block at once: deferring costs more than it saves. */
export const DRAW_ALL_UP_TO_ITEMS = 500;

/** How long a block that a link asked to reveal stays drawn while the page scrolls to it. */
const REVEAL_HOLD_MS = 2_000;

export interface NearViewportOptions {
  /**
   * 'always': drawn from the start (small datasets); 'once': from when it first comes near
   * the screen; 'while-near': only while near the screen (costly blocks of large datasets).
   */
  draw: 'always' | 'once' | 'while-near';
  /** Whether a permalink to this id (the "factsheet:reveal" event) lies inside the block. */
  holds?: (id: string) => boolean;
}

/**
 * Whether a block is within half a screen's height of the viewport, for blocks that are costly
 * to draw: the page draws what the reader can reach now and keeps the rest as reserved
 * space. `height` is the block's height when last drawn, to reserve while it is not.
 * Printing and old browsers (and jsdom) draw everything.
 */
export function useNearViewport<T extends HTMLElement>({
  draw,
  holds,
}: NearViewportOptions): { ref: RefObject<T | null>; near: boolean; height: number | undefined } {
  const ref = useRef<T>(null);
  const printing = usePrinting();
  // A link straight to an item inside the block draws it from the start.
  const [linkedAt] = useState(() => (holds?.(hashTarget()) ? performance.now() : -Infinity));
  const once = draw !== 'while-near';
  const [near, setNear] = useState(
    () => draw === 'always' || linkedAt > -Infinity || typeof IntersectionObserver === 'undefined',
  );
  const [height, setHeight] = useState<number>();
  const revealedAt = useRef(linkedAt);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined' || (once && near)) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        if (entry.isIntersecting) setNear(true);
        else if (!once && performance.now() - revealedAt.current > REVEAL_HOLD_MS) {
          setHeight(entry.boundingClientRect.height);
          setNear(false);
        }
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [once, near]);

  useEffect(() => {
    if (!holds) return;
    const onReveal = (event: Event) => {
      if (!holds((event as CustomEvent<string>).detail)) return;
      revealedAt.current = performance.now();
      setNear(true);
    };
    window.addEventListener('factsheet:reveal', onReveal);
    return () => window.removeEventListener('factsheet:reveal', onReveal);
  }, [holds]);

  return { ref, near: near || printing, height };
}
