import { useEffect } from 'react';

/**
 * Opening a link with #id scrolls to that item and highlights it. The sheet renders after
 * the dataset arrives, too late for the browser's own jump, so this re-targets the anchor
 * once the items exist (and again when the hash changes).
 */
export function usePermalinkTarget(): void {
  useEffect(() => {
    const reveal = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      // Lists that hold the item may open it on the same hashchange: look after they render.
      requestAnimationFrame(() => {
        const target = document.getElementById(id);
        if (!target) return;
        document.querySelectorAll('.is-highlighted').forEach((el) => el.classList.remove('is-highlighted'));
        target.classList.add('is-highlighted');
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      });
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);
}
