import { useSyncExternalStore } from 'react';

// One query object per query for the page: asking matchMedia anew on every render costs.
const queries = new Map<string, MediaQueryList>();
const listOf = (query: string): MediaQueryList => {
  let list = queries.get(query);
  if (!list) {
    list = window.matchMedia(query);
    queries.set(query, list);
  }
  return list;
};

/** Whether a media query matches now, following changes (a tablet's keyboard attached, say). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = listOf(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    () => listOf(query).matches,
    () => false,
  );
}
