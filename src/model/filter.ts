import type { Source } from '../data/schema.ts';
import { parseDate } from './dates.ts';
import { searchWords } from './highlight.ts';
import {
  searchTextOf,
  type DatasetIndex,
  type EventItem,
  type FigureItem,
  type Item,
  type StatementItem,
} from './dataset-index.ts';
import type { Runs } from './facet-codes.ts';

/** What the reader has chosen. Empty lists and nulls mean "no restriction". */
export interface Filters {
  /** "Claimed by": whose claim a figure or statement is. Events are nobody's claim and always pass. */
  by: readonly string[];
  /** "Involving": the actors an item is about, and a statement's speaker side. */
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

export const NO_FILTERS: Filters = { by: [], actors: [], topics: [], from: null, to: null, q: '' };

export interface Selection {
  items: readonly Item[];
  figures: readonly FigureItem[];
  events: readonly EventItem[];
  statements: readonly StatementItem[];
  /** Sources cited by the selected items, by outlet then date. */
  sources: readonly Source[];
  /**
   * For each actor: how many figures and statements it would match as the only "Claimed by"
   * choice, under the other active filters. Events do not count: "Claimed by" never hides them.
   */
  byCounts: ReadonlyMap<string, number>;
  /** For each actor: how many items it would match as the only "Involving" choice, under the other active filters. */
  actorCounts: ReadonlyMap<string, number>;
  topicCounts: ReadonlyMap<string, number>;
  /**
   * For each facet, how many items the other active filters leave that it could match (only
   * figures and statements for "Claimed by"). A choice whose count equals its facet's total
   * matches every one of them, so choosing it narrows nothing.
   */
  facetTotals: { by: number; actors: number; topics: number };
  total: number;
}

export const isFiltered = (filters: Filters): boolean =>
  filters.by.length > 0 ||
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
    by: keep(filters.by, index.actors),
    actors: keep(filters.actors, index.actors),
    topics: keep(filters.topics, index.topics),
    from: date(filters.from),
    to: date(filters.to),
    q: cleanQuery(filters.q),
  };
}

/** Flags for the chosen ids, by code; null when nothing is chosen (everything matches). */
function wantedFlags(chosen: readonly string[], ids: readonly string[]): Uint8Array | null {
  if (chosen.length === 0) return null;
  const flags = new Uint8Array(ids.length);
  const wanted = new Set(chosen);
  ids.forEach((id, code) => {
    if (wanted.has(id)) flags[code] = 1;
  });
  return flags;
}

function matchesAny(flags: Uint8Array | null, runs: Runs, at: number): boolean {
  if (!flags) return true;
  for (let k = runs.starts[at] as number, end = runs.starts[at + 1] as number; k < end; k++) {
    if (flags[runs.codes[k] as number] === 1) return true;
  }
  return false;
}

function countInto(counts: Uint32Array, runs: Runs, at: number): void {
  for (let k = runs.starts[at] as number, end = runs.starts[at + 1] as number; k < end; k++) {
    const code = runs.codes[k] as number;
    if (code < counts.length) counts[code] = (counts[code] as number) + 1;
  }
}

const countMap = (ids: readonly string[], counts: Uint32Array): Map<string, number> =>
  new Map(ids.map((id, code) => [id, counts[code] as number]));

/** Selects the items that match the filters and counts, per facet choice, what it would match. */
export function selectItems(index: DatasetIndex, filters: Filters): Selection {
  const codes = index.facetCodes;
  const wantedBy = wantedFlags(filters.by, codes.actorIds);
  const wantedActors = wantedFlags(filters.actors, codes.actorIds);
  const wantedTopics = wantedFlags(filters.topics, codes.topicIds);
  const from = filters.from ? (parseDate(filters.from)?.start ?? -Infinity) : -Infinity;
  const to = filters.to ? (parseDate(filters.to)?.end ?? Infinity) : Infinity;
  const words = searchWords(filters.q);

  const byCounts = new Uint32Array(codes.actorIds.length);
  const actorCounts = new Uint32Array(codes.actorIds.length);
  const topicCounts = new Uint32Array(codes.topicIds.length);
  let byTotal = 0;
  let actorTotal = 0;
  let topicTotal = 0;
  const cited = new Uint32Array(index.sortedSources.length);
  const texts = words.length > 0 ? searchTextOf(index) : [];
  const figures: FigureItem[] = [];
  const events: EventItem[] = [];
  const statements: StatementItem[] = [];

  for (let at = 0; at < index.items.length; at++) {
    if ((codes.end[at] as number) < from || (codes.start[at] as number) > to) continue;
    if (words.length > 0 && !words.every((word) => (texts[at] as string).includes(word))) continue;
    const claim = codes.claims[at] === 1;
    const byMatch = !claim || matchesAny(wantedBy, codes.by, at);
    const actorMatch = matchesAny(wantedActors, codes.actors, at);
    const topicMatch = matchesAny(wantedTopics, codes.topics, at);
    // A choice's count ignores its own facet: it is what that choice matches under
    // every other active filter, as in any faceted search.
    if (actorMatch && topicMatch && claim) {
      countInto(byCounts, codes.by, at);
      byTotal++;
    }
    if (byMatch && topicMatch) {
      countInto(actorCounts, codes.actors, at);
      actorTotal++;
    }
    if (byMatch && actorMatch) {
      countInto(topicCounts, codes.topics, at);
      topicTotal++;
    }
    if (!byMatch || !actorMatch || !topicMatch) continue;
    const item = index.items[at] as Item;
    if (item.kind === 'figure') figures.push(item);
    else if (item.kind === 'event') events.push(item);
    else statements.push(item);
    countInto(cited, codes.sources, at);
  }

  return {
    // index.items holds figures, then events, then statements, so this keeps its order.
    items: [...figures, ...events, ...statements],
    figures,
    events,
    statements,
    sources: index.sortedSources.filter((_, at) => (cited[at] as number) > 0),
    byCounts: countMap(codes.actorIds, byCounts),
    actorCounts: countMap(codes.actorIds, actorCounts),
    topicCounts: countMap(codes.topicIds, topicCounts),
    facetTotals: { by: byTotal, actors: actorTotal, topics: topicTotal },
    total: index.items.length,
  };
}
