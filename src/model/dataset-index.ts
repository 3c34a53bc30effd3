import type {
  Actor,
  FactEvent,
  Factsheet,
  Figure,
  Metric,
  Source,
  Statement,
  Topic,
} from '../data/schema.ts';
import { changeMarks, type ChangeMark } from './changes.ts';
import { formatDate, parseDate, type DateSpan } from './dates.ts';
import { claimantKey, claimantNameOf, givenRangeOf, highOf, lowOf, periodSpanOf } from './item-fields.ts';
import { facetCodeSteps, type FacetCodes } from './facet-codes.ts';
import { nameOf } from './names.ts';
import { runToEnd, type Steps } from '../data/slices.ts';
import { dateOrder } from './sort-by-date.ts';

interface ItemBase {
  id: string;
  date: string;
  span: DateSpan;
  /** The date as the sheet shows it: "13 Nov 2024", "Nov 2024", "2024". */
  shownDate: string;
  /**
   * Actors the item matches under "Claimed by": a figure's claimant, a statement's speaker
   * side. None for an event: it reports something that happened, nobody's claim.
   */
  by: readonly string[];
  /**
   * Actors the item matches under "Involving": the actors it is about, and a statement's
   * speaker side. Not a figure's claimant: who counts is not what the count is about.
   */
  actors: readonly string[];
  topics: readonly string[];
  sources: readonly string[];
}

export type FigureItem = ItemBase & {
  kind: 'figure';
  record: Figure;
  /** Who makes the claim, as one key (see claimantKey): figures are grouped by it everywhere. */
  claimant: string;
  /** Who makes the claim, in words: "South Korea: National Intelligence Service". */
  claimantName: string;
  /** The lowest and highest numbers the figure allows (its range, or its value): where it sits on a scale. */
  low: number;
  high: number;
  /** The range its source gave around a point estimate, or null. */
  givenRange: { low: number; high: number } | null;
  /** The days its stated period covers, or null when it has none. */
  period: [number, number] | null;
};
export type EventItem = ItemBase & { kind: 'event'; record: FactEvent };
export type StatementItem = ItemBase & { kind: 'statement'; record: Statement };
export type Item = FigureItem | EventItem | StatementItem;
export type ItemKind = Item['kind'];

/** A valid dataset with lookups and items prepared once for filtering and display. */
export interface DatasetIndex {
  data: Factsheet;
  actors: ReadonlyMap<string, Actor>;
  topics: ReadonlyMap<string, Topic>;
  sources: ReadonlyMap<string, Source>;
  metrics: ReadonlyMap<string, Metric>;
  /** Figures, then events, then statements; each in date order. */
  items: readonly Item[];
  /** Every source, by outlet, then date, then id. */
  sortedSources: readonly Source[];
  /** Earliest start and latest end of any item's date, or null for an empty dataset. */
  dateExtent: { start: number; end: number } | null;
  /** The item whose date ends last (the sheet is as current as it), or null for an empty dataset. */
  newest: Item | null;
  /** Every figure, event and statement by id (ids are unique within a list; a clash keeps the first). */
  itemById: ReadonlyMap<string, Item>;
  /** Items added or revised in the newest version of the data. */
  changeMarks: ReadonlyMap<string, ChangeMark>;
  /** The items' facet values and dates as integer codes, in the order of items: what filtering walks. */
  facetCodes: FacetCodes;
}

/** Lower-cases and strips accents, so "zelensky" finds "Zelenskyi" and "kursk" finds "KURSK". */
export const normaliseText = (text: string): string =>
  // Most text is plain ASCII: skip the (much slower) Unicode decomposition for it.
  NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> =>
  new Map(list.map((entry) => [entry.id, entry]));

/** One shared empty list for every event's claimants, rather than one per event. */
const NOBODY: readonly string[] = [];

/** The list with `extra` added when it is not already in it (lists here are short). */
const including = (list: readonly string[], extra: string | undefined): readonly string[] =>
  extra === undefined || list.includes(extra) ? list : [extra, ...list];

/** The list without repeats; the same list when it has none (lists here are short). */
function withoutDuplicates(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return [...new Set(list)];
  }
  return list;
}

// Valid datasets have real dates; the fallback only keeps a bad date from crashing here.
const spanOf = (date: string): DateSpan => parseDate(date) ?? { precision: 'day', start: 0, end: 0 };

/** Items prepared between two chances to yield (see slices.ts). */
const STEP = 5_000;

/**
 * `make` applied to every record in date order (then id order), yielding now and then.
 * Items are made in the order they will be read: a pass over 100,000 of them (every filter
 * change walks them) then reads memory in order, not all over the heap.
 */
function* inDateOrder<R extends { date: string; id: string }, T>(
  records: readonly R[],
  make: (record: R) => T,
): Steps<T[]> {
  const order = dateOrder(records);
  const items: T[] = new Array<T>(records.length);
  for (let rank = 0; rank < records.length; rank++) {
    if (rank % STEP === STEP - 1) yield;
    items[rank] = make(records[order[rank] as number] as R);
  }
  return items;
}

/** Prepares a valid dataset for filtering and display, as steps that yield now and then. */
export function* indexSteps(data: Factsheet): Steps<DatasetIndex> {
  const actors = byId(data.actors);
  const topics = byId(data.topics);
  const sources = byId(data.sources);
  const metrics = byId(data.metrics);

  // One key and one name per claimant, not one per figure: maps keyed by claimant (series,
  // claims, key figures) then compare the same string object, not 50,000 equal copies.
  const claimants = new Map<string, { key: string; name: string }>();
  const claimantOf = (record: Figure) => {
    const key = claimantKey(record);
    let claimant = claimants.get(key);
    if (!claimant) claimants.set(key, (claimant = { key, name: claimantNameOf(actors, record) }));
    return claimant;
  };
  // A large dataset repeats the same few thousand dates: each is written out once.
  const shownDates = new Map<string, string>();
  const shownDateOf = (date: string) => {
    let shown = shownDates.get(date);
    if (shown === undefined) shownDates.set(date, (shown = formatDate(date)));
    return shown;
  };
  const figures = yield* inDateOrder(data.figures, (record): FigureItem => {
    const metric = metrics.get(record.metric);
    const claimant = claimantOf(record);
    return {
      kind: 'figure',
      id: record.id,
      date: record.date,
      span: spanOf(record.date),
      shownDate: shownDateOf(record.date),
      by: [record.claimant],
      actors: withoutDuplicates(record.actors),
      topics: including(withoutDuplicates(record.topics ?? []), metric?.topic),
      sources: record.sources,
      record,
      claimant: claimant.key,
      claimantName: claimant.name,
      low: lowOf(record),
      high: highOf(record),
      givenRange: givenRangeOf(record),
      period: periodSpanOf(record.period),
    };
  });
  const events = yield* inDateOrder(data.events, (record): EventItem => ({
    kind: 'event',
    id: record.id,
    date: record.date,
    span: spanOf(record.date),
    shownDate: shownDateOf(record.date),
    by: NOBODY,
    actors: withoutDuplicates(record.actors),
    topics: withoutDuplicates(record.topics),
    sources: record.sources,
    record,
  }));
  const statements = yield* inDateOrder(data.statements, (record): StatementItem => ({
    kind: 'statement',
    id: record.id,
    date: record.date,
    span: spanOf(record.date),
    shownDate: shownDateOf(record.date),
    by: [record.actor],
    actors: including(withoutDuplicates(record.actors ?? []), record.actor),
    topics: withoutDuplicates(record.topics),
    sources: record.sources,
    record,
  }));
  yield;
  const items: Item[] = [...figures, ...events, ...statements];
  yield;
  let start = Infinity;
  let end = -Infinity;
  let newest: Item | null = null;
  for (const item of items) {
    if (item.span.start < start) start = item.span.start;
    if (item.span.end > end) {
      end = item.span.end;
      newest = item;
    }
  }
  yield;
  const itemById = new Map<string, Item>();
  for (const item of items) if (!itemById.has(item.id)) itemById.set(item.id, item);
  const sortedSources = [...data.sources].sort(
    (a, b) =>
      a.outlet.localeCompare(b.outlet, 'en') ||
      (a.published ?? '').localeCompare(b.published ?? '') ||
      a.id.localeCompare(b.id),
  );
  const facetCodes = yield* facetCodeSteps({ items, actors, topics, sortedSources });

  return {
    data,
    actors,
    topics,
    sources,
    metrics,
    items,
    sortedSources,
    dateExtent: items.length > 0 ? { start, end } : null,
    newest,
    itemById,
    changeMarks: changeMarks(data.meta),
    facetCodes,
  };
}

export const buildIndex = (data: Factsheet): DatasetIndex => runToEnd(indexSteps(data));

/** What a reader sees on an item, as one string: what the text search looks in. */
function visibleText(index: DatasetIndex, item: Item): string {
  const actorName = (id: string) => nameOf(index.actors, id);
  switch (item.kind) {
    case 'figure': {
      const r = item.record;
      const metric = index.metrics.get(r.metric)?.name ?? '';
      return `${metric}\n${actorName(r.claimant)}\n${r.claimantDetail ?? ''}\n${r.note ?? ''}`;
    }
    case 'event':
      return `${item.record.title}\n${item.record.summary ?? ''}`;
    case 'statement': {
      const r = item.record;
      return `${r.quote}\n${r.translation ?? ''}\n${r.speaker}\n${r.role ?? ''}\n${r.context ?? ''}\n${actorName(r.actor)}`;
    }
  }
}

const searchTexts = new WeakMap<DatasetIndex, string[]>();

/**
 * The normalised search text of every item, in the order of index.items. Built on the
 * first search rather than at load, so that a large dataset shows sooner.
 */
export function searchTextOf(index: DatasetIndex): readonly string[] {
  let texts = searchTexts.get(index);
  if (!texts) {
    texts = index.items.map((item) => normaliseText(visibleText(index, item)));
    searchTexts.set(index, texts);
  }
  return texts;
}
