import { useSyncExternalStore } from 'react';

/**
 * True while the page is being printed (or emulates print media). Charts then print with
 * their tables and long lists print their first items in full, since nothing lazy or
 * virtualised would otherwise make it onto paper. Updates are synchronous, so they land
 * before the browser lays out the printout.
 */
// One query object for the page: asking matchMedia anew on every render costs (at 10k items, 60 ms a click).
let printMedia: MediaQueryList | null = null;
const printQuery = (): MediaQueryList => (printMedia ??= window.matchMedia('print'));
let printing = false;

function subscribe(listener: () => void): () => void {
  const query = printQuery();
  const before = () => {
    printing = true;
    listener();
  };
  const after = () => {
    printing = false;
    listener();
  };
  query.addEventListener('change', listener);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    query.removeEventListener('change', listener);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

export const usePrinting = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => printing || printQuery().matches,
    () => false,
  );
