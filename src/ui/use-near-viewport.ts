import { useEffect, useRef, useState, type RefObject } from 'react';
import type { DrawWhen } from '../model/draw-policy.ts';
import { usePrinting } from './use-printing.ts';

/**
 * Whether a costly block is drawn, by the draw policy (model/draw-policy.ts): 'now', or
 * within half a screen's height of the viewport ('near': from then on; 'while-near': only
 * then). A block a link points into (`linked`) is drawn at once and stays drawn. `height`
 * is the block's height when last drawn, to reserve while it is not. Printing and browsers
 * without IntersectionObserver (and jsdom) draw everything.
 */
export function useNearViewport<T extends HTMLElement>(
  when: DrawWhen,
  linked = false,
): { ref: RefObject<T | null>; drawn: boolean; height: number | undefined } {
  const ref = useRef<T>(null);
  const printing = usePrinting();
  const [near, setNear] = useState(() => when === 'now' || typeof IntersectionObserver === 'undefined');
  const [height, setHeight] = useState<number>();
  const watching = when !== 'now' && !(when === 'near' && near);

  useEffect(() => {
    const element = ref.current;
    if (!element || !watching) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        if (entry.isIntersecting) setNear(true);
        else if (when === 'while-near') {
          setHeight(entry.boundingClientRect.height);
          setNear(false);
        }
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [watching, when]);

  return { ref, drawn: near || linked || printing, height };
}
