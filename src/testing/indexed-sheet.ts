import type { Factsheet, Figure, Metric } from '../data/schema.ts';
import { buildIndex, type DatasetIndex, type EventItem, type FigureItem } from '../model/dataset-index.ts';
import { makeFactsheet } from './data-generators.ts';

export interface IndexedSheet {
  index: DatasetIndex;
  figures: FigureItem[];
  events: EventItem[];
}

/** The small test sheet with these records in place of its own, indexed as the page indexes it. */
export function indexedSheet(records: Partial<Factsheet> = {}): IndexedSheet {
  const index = buildIndex(makeFactsheet(records));
  return {
    index,
    figures: index.items.filter((item): item is FigureItem => item.kind === 'figure'),
    events: index.items.filter((item): item is EventItem => item.kind === 'event'),
  };
}

/** The figure items of the test sheet with these figures (and these metrics, if given). */
export const figureItemsOf = (figures: Figure[], metrics?: Metric[]): FigureItem[] =>
  indexedSheet({ figures, ...(metrics ? { metrics } : {}) }).figures;

/** The ids of items, in their order. */
export const idsOf = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);
