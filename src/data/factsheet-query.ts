import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetError, loadFactsheet } from './load-factsheet.ts';

/**
 * Where the dataset lives: fixed at build time (VITE_DATA_URL), relative to the app's
 * base URL unless absolute. Never read from the page URL, so a doctored link cannot put
 * someone else's "facts" under this sheet's name.
 */
export function datasetUrl(
  base = import.meta.env.BASE_URL,
  configured = import.meta.env.VITE_DATA_URL,
): string {
  const path = configured?.trim() || 'data/factsheet.json';
  if (/^https?:\/\//i.test(path) || path.startsWith('/')) return path;
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

export const factsheetQuery = (url = datasetUrl()) =>
  queryOptions({
    queryKey: ['factsheet', url],
    queryFn: ({ signal }) => loadFactsheet(url, signal),
    // The dataset is a static file: fetch it once per visit.
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: (failures, error) => failures < 1 && error instanceof DatasetError && error.retryable,
    retryDelay: 800,
  });

export const useFactsheet = () => useQuery(factsheetQuery());
