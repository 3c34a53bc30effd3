import type { DatasetIndex } from './dataset-index.ts';
import { formatDate } from './dates.ts';
import { FACETS, toggleChoice } from './facets.ts';
import { nameOf } from './names.ts';
import type { Filters } from './filter.ts';

/** One active filter, as a reader can remove it. */
export interface FilterChip {
  key: string;
  /** "Claimed by: South Korea". */
  label: string;
  /** The filters without this one. */
  without: Filters;
}

/** Every active filter as a chip, in the order of the filter bar. */
export function filterChips(filters: Filters, index: Pick<DatasetIndex, 'actors' | 'topics'>): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const { facet, chip, choices } of FACETS) {
    for (const id of filters[facet]) {
      chips.push({
        key: `${facet}:${id}`,
        label: `${chip}: ${nameOf(index[choices], id)}`,
        without: toggleChoice(filters, facet, id),
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
