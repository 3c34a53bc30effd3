import { useEffect } from 'react';
import { hashTarget } from '../ui/hash-target.ts';

/**
 * How long to wait for a linked item to be drawn (the dataset may be large and a section's
 * code still loading), asking again now and then: a long list whose code arrives late missed
 * the first ask, and one that had not measured its place yet scrolled to the wrong rows.
 */
const REVEAL_MS = 10_000;
const ASK_EVERY_MS = 100;

/** What the reader does to take over: from then on the page is theirs, not the link's. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

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
    const stop = () => cancelAnimationFrame(frame);
    const reveal = () => {
      stop();
      const id = hashTarget();
      if (!id) return;
      const ask = () => window.dispatchEvent(new CustomEvent('factsheet:reveal', { detail: id }));
      ask();
      const started = performance.now();
      let asked = started;
      const find = (now: number) => {
        const target = document.getElementById(id);
        if (!target) {
          if (now - started > REVEAL_MS) return;
          if (now - asked > ASK_EVERY_MS) {
            asked = now;
            ask();
          }
          frame = requestAnimationFrame(find);
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
    for (const type of READER_INPUT) window.addEventListener(type, stop, { passive: true });
    return () => {
      stop();
      window.removeEventListener('hashchange', reveal);
      for (const type of READER_INPUT) window.removeEventListener(type, stop);
    };
  }, [ready]);
}
