import { DATE_PATTERN } from '../data/dates.ts';
import { cleanQuery, NO_FILTERS, type Filters } from './filter.ts';

/**
 * Filters in the query string, so that a link reproduces the view:
 * `?by=south-korea&actor=ukraine&topic=troops&from=2024-10&to=2025-06&q=kursk`.
 * `by` is "Claimed by" and `actor` "Involving": links from before "Claimed by" keep working,
 * their actors now matched only among those an item involves.
 * Defaults are left out. Parsing never throws: whatever a link holds, the worst outcome is
 * a filter that is ignored (sanitiseFilters then drops ids the dataset does not know).
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const list = (value: string | null): string[] =>
  value === null
    ? []
    : [
        ...new Set(
          value
            .split(',')
            .map((part) => part.trim())
            .filter((part) => SLUG.test(part)),
        ),
      ].sort();

const date = (value: string | null): string | null =>
  value !== null && DATE_PATTERN.test(value) ? value : null;

export function parseFilters(search: string): Filters {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return NO_FILTERS;
  }
  return {
    by: list(params.get('by')),
    actors: list(params.get('actor')),
    topics: list(params.get('topic')),
    from: date(params.get('from')),
    to: date(params.get('to')),
    q: cleanQuery(params.get('q') ?? ''),
  };
}

/** The query string for the filters ("" when none is set), with readable commas between ids. */
export function serialiseFilters(filters: Filters): string {
  const parts: string[] = [];
  if (filters.by.length > 0) parts.push(`by=${filters.by.map(encodeURIComponent).join(',')}`);
  if (filters.actors.length > 0) parts.push(`actor=${filters.actors.map(encodeURIComponent).join(',')}`);
  if (filters.topics.length > 0) parts.push(`topic=${filters.topics.map(encodeURIComponent).join(',')}`);
  if (filters.from) parts.push(`from=${encodeURIComponent(filters.from)}`);
  if (filters.to) parts.push(`to=${encodeURIComponent(filters.to)}`);
  if (filters.q !== '') parts.push(`q=${encodeURIComponent(cleanQuery(filters.q))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
