import { useEffect } from 'react';
import { hashTarget } from '../ui/hash-target.ts';

/**
 * How many frames to wait for an item to be drawn (a section's code may still be loading),
 * asking again every few frames: a long list whose code arrives late missed the first ask.
 */
const REVEAL_FRAMES = 90;
const ASK_EVERY_FRAMES = 6;

/**
 * Opening a link with #id scrolls to that item and highlights it. The sheet renders after
 * the dataset arrives, too late for the browser's own jump, so this re-targets the anchor
 * once the items exist (and again when the hash changes). Items of a long, virtualised
 * list are not drawn until needed: the list is asked to reveal them first.
 */
export function usePermalinkTarget(ready = true): void {
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    const reveal = () => {
      cancelAnimationFrame(frame);
      const id = hashTarget();
      if (!id) return;
      const ask = () => window.dispatchEvent(new CustomEvent('factsheet:reveal', { detail: id }));
      ask();
      let tries = 0;
      const find = () => {
        const target = document.getElementById(id);
        if (!target) {
          if (++tries < REVEAL_FRAMES) {
            if (tries % ASK_EVERY_FRAMES === 0) ask();
            frame = requestAnimationFrame(find);
          }
          return;
        }
        document.querySelectorAll('.is-highlighted').forEach((el) => el.classList.remove('is-highlighted'));
        target.classList.add('is-highlighted');
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      };
      frame = requestAnimationFrame(find);
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('hashchange', reveal);
    };
  }, [ready]);
}
