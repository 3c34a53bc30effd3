import type { DatasetIndex } from './dataset-index.ts';
import { formatDate } from './dates.ts';
import { isFiltered, type Filters } from './filter.ts';
import { namesOf } from './names.ts';

/** The active filters in words, for print and for anyone reading a shared view: "Claimed by: Ukraine; From Oct 2024". */
export function describeFilters(filters: Filters, index: DatasetIndex): string {
  if (!isFiltered(filters)) return 'No filters: everything in the dataset is shown.';
  const parts: string[] = [];
  if (filters.by.length > 0) parts.push(`Claimed by: ${namesOf(index.actors, filters.by).join(' or ')}`);
  if (filters.actors.length > 0)
    parts.push(`Involving: ${namesOf(index.actors, filters.actors).join(' or ')}`);
  if (filters.topics.length > 0) parts.push(`Topics: ${namesOf(index.topics, filters.topics).join(' or ')}`);
  if (filters.from) parts.push(`From ${formatDate(filters.from)}`);
  if (filters.to) parts.push(`To ${formatDate(filters.to)}`);
  if (filters.q.trim()) parts.push(`Text: “${filters.q.trim()}”`);
  return `Filters: ${parts.join('; ')}.`;
}
