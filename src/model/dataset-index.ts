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
import { parseDate, type DateSpan } from './dates.ts';

interface ItemBase {
  id: string;
  date: string;
  span: DateSpan;
  /** Actors the item matches in the actor filter: its actors, claimant or speaker's side. */
  actors: readonly string[];
  topics: readonly string[];
  sources: readonly string[];
  /** What a reader sees on the item, lower-cased and without diacritics, for text search. */
  text: string;
}

export type FigureItem = ItemBase & { kind: 'figure'; record: Figure };
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
}

/** Lower-cases and strips accents, so "zelensky" finds "Zelenskyi" and "kursk" finds "KURSK". */
export const normaliseText = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> =>
  new Map(list.map((entry) => [entry.id, entry]));

const unique = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((value): value is string => value !== undefined)),
];

const byDateThenId = (a: Item, b: Item): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

// Valid datasets have real dates; the fallback only keeps a bad date from crashing here.
const spanOf = (date: string): DateSpan => parseDate(date) ?? { precision: 'day', start: 0, end: 0 };

export function claimantName(index: Pick<DatasetIndex, 'actors'>, figure: Figure): string {
  const actor = index.actors.get(figure.claimant)?.name ?? figure.claimant;
  return figure.claimantDetail ? `${actor}: ${figure.claimantDetail}` : actor;
}

export function buildIndex(data: Factsheet): DatasetIndex {
  const actors = byId(data.actors);
  const topics = byId(data.topics);
  const sources = byId(data.sources);
  const metrics = byId(data.metrics);
  const actorName = (id: string) => actors.get(id)?.name ?? id;

  const figures: FigureItem[] = data.figures.map((record) => {
    const metric = metrics.get(record.metric);
    return {
      kind: 'figure',
      id: record.id,
      date: record.date,
      span: spanOf(record.date),
      actors: unique([...record.actors, record.claimant]),
      topics: unique([metric?.topic, ...(record.topics ?? [])]),
      sources: record.sources,
      text: normaliseText(
        [metric?.name, actorName(record.claimant), record.claimantDetail, record.note].join('\n'),
      ),
      record,
    };
  });
  const events: EventItem[] = data.events.map((record) => ({
    kind: 'event',
    id: record.id,
    date: record.date,
    span: spanOf(record.date),
    actors: unique(record.actors),
    topics: unique(record.topics),
    sources: record.sources,
    text: normaliseText([record.title, record.summary].join('\n')),
    record,
  }));
  const statements: StatementItem[] = data.statements.map((record) => ({
    kind: 'statement',
    id: record.id,
    date: record.date,
    span: spanOf(record.date),
    actors: unique([record.actor, ...(record.actors ?? [])]),
    topics: unique(record.topics),
    sources: record.sources,
    text: normaliseText(
      [record.quote, record.speaker, record.role, record.context, actorName(record.actor)].join('\n'),
    ),
    record,
  }));

  const items: Item[] = [
    ...figures.sort(byDateThenId),
    ...events.sort(byDateThenId),
    ...statements.sort(byDateThenId),
  ];
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    if (item.span.start < start) start = item.span.start;
    if (item.span.end > end) end = item.span.end;
  }

  return {
    data,
    actors,
    topics,
    sources,
    metrics,
    items,
    sortedSources: [...data.sources].sort(
      (a, b) =>
        a.outlet.localeCompare(b.outlet, 'en') ||
        (a.published ?? '').localeCompare(b.published ?? '') ||
        a.id.localeCompare(b.id),
    ),
    dateExtent: items.length > 0 ? { start, end } : null,
  };
}
