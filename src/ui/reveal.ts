import { useEffect } from 'react';

/**
 * Scrolls to the element a link points at and highlights it. Focus follows the link the
 * reader followed, but is never taken from anywhere else they have put it (a keyboard user
 * tabbing on while the page loads). Content that arrives later above it (a section whose
 * code loads late) does not carry it away: the browser's scroll anchoring keeps it in place.
 */
export function revealElement(id: string, scroll = true): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  document
    .querySelectorAll('.is-highlighted')
    .forEach((element) => element.classList.remove('is-highlighted'));
  target.classList.add('is-highlighted');
  if (scroll) target.scrollIntoView({ block: 'center' });
  const active = document.activeElement;
  const followed =
    active instanceof HTMLAnchorElement && active.hash !== '' && active.hash === window.location.hash;
  if (active === null || active === document.body || followed) target.focus({ preventScroll: true });
  return true;
}

/**
 * Reveals the element with this id once `drawn` says the owner has drawn it: once per link,
 * from the component that draws it, after its content is on the page. A virtual list
 * scrolls to its entry itself (`scroll` false).
 */
export function useReveal(id: string | null, drawn = true, scroll = true): void {
  useEffect(() => {
    if (id !== null && drawn) revealElement(id, scroll);
  }, [id, drawn, scroll]);
}
