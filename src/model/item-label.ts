import type { DatasetIndex, Item } from './dataset-index.ts';
import { formatDate } from './dates.ts';
import { figureValue } from './figure-text.ts';

/**
 * A line that names an item well enough to find it: what it is, its number or title, its
 * date ("Killed: about 2,000 soldiers (2 Sep 2025)"). For links to an item from elsewhere.
 */
export function itemLabel(item: Item, index: Pick<DatasetIndex, 'metrics'>): string {
  switch (item.kind) {
    case 'figure': {
      const metric = index.metrics.get(item.record.metric);
      return `${metric?.name ?? 'Figure'}: ${figureValue(item.record, metric?.unit ?? '')} (${formatDate(item.date)})`;
    }
    case 'event':
      return `${item.record.title} (${formatDate(item.date)})`;
    case 'statement':
      return `${item.record.speaker}, quote of ${formatDate(item.date)}`;
  }
}

/** The shortest name of an item: what kind it is and its date ("event, 28 Apr 2025"). */
export const itemKindAndDate = (item: Item): string =>
  `${item.kind === 'statement' ? 'quote' : item.kind}, ${formatDate(item.date)}`;
