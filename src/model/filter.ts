import type { Source } from '../data/schema.ts';
import { parseDate } from './dates.ts';
import {
  normaliseText,
  searchTextOf,
  type DatasetIndex,
  type EventItem,
  type FigureItem,
  type Item,
  type StatementItem,
} from './dataset-index.ts';

/** What the reader has chosen. Empty lists and nulls mean "no restriction". */
export interface Filters {
  actors: readonly string[];
  topics: readonly string[];
  /** A dataset date (YYYY, YYYY-MM or YYYY-MM-DD): keep items that end on or after its start. */
  from: string | null;
  /** Keep items that start on or before the end of this date. */
  to: string | null;
  q: string;
}

export const MAX_QUERY_LENGTH = 200;

/** Text a reader typed, made safe to put in a URL (no lone surrogates) and of bounded length. */
export const cleanQuery = (text: string): string => text.slice(0, MAX_QUERY_LENGTH).toWellFormed();

export const NO_FILTERS: Filters = { actors: [], topics: [], from: null, to: null, q: '' };

export interface Selection {
  items: readonly Item[];
  figures: readonly FigureItem[];
  events: readonly EventItem[];
  statements: readonly StatementItem[];
  /** Sources cited by the selected items, by outlet then date. */
  sources: readonly Source[];
  /** For each actor: how many items would match if it were added to the other active filters. */
  actorCounts: ReadonlyMap<string, number>;
  topicCounts: ReadonlyMap<string, number>;
  total: number;
}

export const isFiltered = (filters: Filters): boolean =>
  filters.actors.length > 0 ||
  filters.topics.length > 0 ||
  filters.from !== null ||
  filters.to !== null ||
  filters.q.trim() !== '';

/**
 * Drops what the dataset cannot match (unknown ids, dates that are not real) and
 * puts the rest in a canonical order, so that equal views have equal URLs.
 */
export function sanitiseFilters(filters: Filters, index: DatasetIndex): Filters {
  const keep = (ids: readonly string[], known: ReadonlyMap<string, unknown>) =>
    [...new Set(ids)].filter((id) => known.has(id)).sort();
  const date = (value: string | null) => (value !== null && parseDate(value) ? value : null);
  return {
    actors: keep(filters.actors, index.actors),
    topics: keep(filters.topics, index.topics),
    from: date(filters.from),
    to: date(filters.to),
    q: cleanQuery(filters.q),
  };
}

const anyOf = (wanted: ReadonlySet<string>, have: readonly string[]): boolean => {
  if (wanted.size === 0) return true;
  for (const value of have) if (wanted.has(value)) return true;
  return false;
};

/** Selects the items that match the filters and counts, per facet choice, what it would match. */
export function selectItems(index: DatasetIndex, filters: Filters): Selection {
  const actors = new Set(filters.actors);
  const topics = new Set(filters.topics);
  const from = filters.from ? (parseDate(filters.from)?.start ?? -Infinity) : -Infinity;
  const to = filters.to ? (parseDate(filters.to)?.end ?? Infinity) : Infinity;
  const words = normaliseText(filters.q).split(/\s+/).filter(Boolean);

  const actorCounts = new Map<string, number>();
  const topicCounts = new Map<string, number>();
  for (const id of index.actors.keys()) actorCounts.set(id, 0);
  for (const id of index.topics.keys()) topicCounts.set(id, 0);

  const texts = words.length > 0 ? searchTextOf(index) : [];
  const items: Item[] = [];
  for (let at = 0; at < index.items.length; at++) {
    const item = index.items[at] as Item;
    if (item.span.end < from || item.span.start > to) continue;
    if (words.length > 0 && !words.every((word) => (texts[at] as string).includes(word))) continue;
    const actorMatch = anyOf(actors, item.actors);
    const topicMatch = anyOf(topics, item.topics);
    // A choice's count ignores its own facet: it is what that choice matches under
    // every other active filter, as in any faceted search.
    if (topicMatch) for (const id of item.actors) actorCounts.set(id, (actorCounts.get(id) ?? 0) + 1);
    if (actorMatch) for (const id of item.topics) topicCounts.set(id, (topicCounts.get(id) ?? 0) + 1);
    if (actorMatch && topicMatch) items.push(item);
  }

  const figures: FigureItem[] = [];
  const events: EventItem[] = [];
  const statements: StatementItem[] = [];
  const cited = new Set<string>();
  for (const item of items) {
    if (item.kind === 'figure') figures.push(item);
    else if (item.kind === 'event') events.push(item);
    else statements.push(item);
    for (const id of item.sources) cited.add(id);
  }
  const sources = index.sortedSources.filter((source) => cited.has(source.id));

  return { items, figures, events, statements, sources, actorCounts, topicCounts, total: index.items.length };
}
