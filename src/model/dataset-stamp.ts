import type { DatasetIndex } from './dataset-index.ts';

/**
 * Which dataset a prerendered page shows (version, date, size): the app hydrates only a page
 * of the dataset it has just loaded, and draws anew when a deployment replaced the data file.
 */
export const datasetStamp = (index: Pick<DatasetIndex, 'data' | 'items'>): string =>
  `${index.data.meta.version ?? ''}|${index.data.meta.updated}|${index.items.length}`;
