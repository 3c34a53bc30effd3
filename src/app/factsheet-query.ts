import { queryOptions, useQuery } from '@tanstack/react-query';
import { resolveDatasetUrl } from '../data/dataset-url.ts';
import { DatasetError, loadFactsheet, offlineError } from '../data/load-factsheet.ts';
import { indexSteps, type DatasetIndex } from '../model/dataset-index.ts';

/** Loads the dataset (src/data) and indexes it for the page (src/model), all in slices. */
async function loadIndex(url: string, signal: AbortSignal): Promise<DatasetIndex> {
  const index = await loadFactsheet(url, indexSteps, signal);
  performance.mark('factsheet:indexed');
  return index;
}

/** The dataset's URL, as configured at build time (see dataset-url.ts). */
export const datasetUrl = (): string =>
  resolveDatasetUrl(import.meta.env.BASE_URL, import.meta.env.VITE_DATA_URL);

export const factsheetQuery = (url = datasetUrl()) =>
  queryOptions({
    queryKey: ['factsheet', url],
    queryFn: ({ signal }) => loadIndex(url, signal),
    // The dataset is a static file: fetch it once per visit.
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: (failures, error) => failures < 1 && error instanceof DatasetError && error.retryable,
    retryDelay: 800,
  });

export const useFactsheet = () => useQuery(factsheetQuery());

/**
 * The failure to show, if any. While a retry runs there is none (the page shows it is
 * loading). react-query pauses a failed request while the browser is offline and resumes it
 * once back online: say so, not "Loading" for as long.
 */
export const shownError = (query: ReturnType<typeof useFactsheet>): Error | null =>
  query.error && !query.isFetching ? query.error : query.fetchStatus === 'paused' ? offlineError() : null;
