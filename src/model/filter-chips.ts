import type { DatasetIndex } from './dataset-index.ts';
import { formatDate } from './dates.ts';
import type { Filters } from './filter.ts';

/** One active filter, as a reader can remove it. */
export interface FilterChip {
  key: string;
  /** "Claimed by: South Korea". */
  label: string;
  /** The filters without this one. */
  without: Filters;
}

const FACETS = [
  { facet: 'by', label: 'Claimed by', lookup: 'actors' },
  { facet: 'actors', label: 'Involving', lookup: 'actors' },
  { facet: 'topics', label: 'Topic', lookup: 'topics' },
] as const;

/** Every active filter as a chip, in the order of the filter bar. */
export function filterChips(filters: Filters, index: Pick<DatasetIndex, 'actors' | 'topics'>): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const { facet, label, lookup } of FACETS) {
    for (const id of filters[facet]) {
      chips.push({
        key: `${facet}:${id}`,
        label: `${label}: ${index[lookup].get(id)?.name ?? id}`,
        without: { ...filters, [facet]: filters[facet].filter((other) => other !== id) },
      });
    }
  }
  if (filters.from)
    chips.push({
      key: 'from',
      label: `From: ${formatDate(filters.from)}`,
      without: { ...filters, from: null },
    });
  if (filters.to)
    chips.push({ key: 'to', label: `To: ${formatDate(filters.to)}`, without: { ...filters, to: null } });
  const q = filters.q.trim();
  if (q) chips.push({ key: 'q', label: `Search: “${q}”`, without: { ...filters, q: '' } });
  return chips;
}
