import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { sanitiseFilters, type Filters } from '../model/filter.ts';
import { parseFilters, serialiseFilters } from '../model/url-state.ts';

export type HistoryMode = 'push' | 'replace';

// No window when the page is prerendered at build time: the default view.
const currentFilters = () => parseFilters(typeof window === 'undefined' ? '' : window.location.search);

/**
 * The URL is the filter state: every change writes the query string (a new history entry,
 * or a replaced one while the reader is typing), and Back/Forward bring the view back.
 * nuqs would do this too, but costs ~6 KB gzip in the first view for what is one
 * pushState and one popstate listener here; parsing and writing are pure and tested in
 * src/model/url-state.ts.
 */
export function useUrlFilters(index: DatasetIndex): [Filters, (next: Filters, mode?: HistoryMode) => void] {
  const [raw, setRaw] = useState<Filters>(currentFilters);

  useEffect(() => {
    const onPopState = () => setRaw(currentFilters());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const filters = useMemo(() => sanitiseFilters(raw, index), [raw, index]);

  const setFilters = useCallback(
    (next: Filters, mode: HistoryMode = 'push') => {
      const clean = sanitiseFilters(next, index);
      const url = `${window.location.pathname}${serialiseFilters(clean)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      setRaw(clean);
    },
    [index],
  );

  return [filters, setFilters];
}
