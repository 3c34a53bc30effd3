import { useEffect } from 'react';
import { hashTarget } from '../ui/hash-target.ts';
import { onReaderInput } from '../ui/reader-input.ts';

/**
 * How long a link waits for its item to be drawn (the dataset may be large and a section's
 * code still loading), and then keeps it in view: sections above may still grow as their
 * code arrives, pushing the item off the screen and out of a virtual list's drawn rows.
 */
const WAIT_MS = 10_000;
const HOLD_MS = 3_000;
/** How often to ask again for an item that is not drawn. */
const ASK_EVERY_MS = 100;

const inView = (element: Element): boolean => {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
};

function show(target: HTMLElement): void {
  if (!target.classList.contains('is-highlighted')) {
    document.querySelectorAll('.is-highlighted').forEach((el) => el.classList.remove('is-highlighted'));
    target.classList.add('is-highlighted');
  }
  target.scrollIntoView({ block: 'center' });
  // Focus follows the link the reader followed, but is never taken from anywhere else they
  // have put it (a keyboard user tabbing on while the page loads).
  const active = document.activeElement;
  const followed = active instanceof HTMLAnchorElement && active.hash === window.location.hash;
  if (active === null || active === document.body || followed) target.focus({ preventScroll: true });
}

/**
 * Opening a link with #id scrolls to that item and highlights it. The sheet renders after
 * the dataset arrives, too late for the browser's own jump, so this re-targets the anchor
 * once the items exist (and again when the hash changes), and keeps the item in view while
 * the page settles. Items of a long, virtualised list are not drawn until needed: the list
 * is asked to reveal them first (the "factsheet:reveal" event).
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
      let shown = Infinity;
      const hold = (now: number) => {
        if (now - started > WAIT_MS || now - shown > HOLD_MS) return;
        const target = document.getElementById(id);
        if (target && (!target.classList.contains('is-highlighted') || !inView(target))) {
          show(target);
          shown = Math.min(shown, now);
        } else if (!target && now - asked > ASK_EVERY_MS) {
          asked = now;
          ask();
        }
        frame = requestAnimationFrame(hold);
      };
      frame = requestAnimationFrame(hold);
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    const stopListening = onReaderInput(stop);
    return () => {
      stop();
      window.removeEventListener('hashchange', reveal);
      stopListening();
    };
  }, [ready]);
}
