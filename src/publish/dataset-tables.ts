import { FIELD_DOCS } from '../data/schema-docs.ts';
import {
  MEASURES,
  QUALIFIERS,
  STATUSES,
  type FactEvent,
  type Factsheet,
  type Figure,
  type Source,
  type Statement,
} from '../data/schema.ts';
import { claimantName, type DatasetIndex } from '../model/dataset-index.ts';
import { nameOf, namesOf } from '../model/names.ts';
import { PUBLISHED_PATHS } from './paths.ts';

/**
 * The published CSV tables: one row per figure, event, statement and source, with ids so
 * that tables can be joined, and names so that a row reads on its own in a spreadsheet.
 * Each column says what it holds once, here; the CSV and the Data Package's table schema
 * are both made from that, so the two cannot disagree.
 */

/** What a column holds: `date` is a dataset date (YYYY, YYYY-MM or YYYY-MM-DD). */
export type ColumnKind = 'string' | 'number' | 'date';

export interface ColumnInfo {
  /** The header, in snake_case. */
  name: string;
  description: string;
  kind: ColumnKind;
  /** Always filled in (the format requires the field). */
  required?: true;
  /** The only values the format allows. */
  choices?: readonly string[];
  /** A web address. */
  url?: true;
}

interface Column<R> extends ColumnInfo {
  cell: (record: R, index: DatasetIndex) => string;
}

export interface PublishedTable {
  /** The table's name in the Data Package: lower-case, no spaces. */
  name: string;
  /** Where the CSV file goes, relative to the site root. */
  path: string;
  title: string;
  description: string;
  columns: readonly ColumnInfo[];
  /** One row per record, in the file's order; each row has one cell per column. */
  rows: (index: DatasetIndex) => string[][];
}

/** How lists are written in one cell. Ids are slugs, so they never hold the separator. */
export const LIST_SEPARATOR = '; ';

const list = (values: readonly string[]): string => values.join(LIST_SEPARATOR);

/**
 * A number as the dataset holds it, never rounded. An exponent, which JavaScript writes for
 * very large or small numbers, is written with a capital E, as Table Schema reads it.
 */
const numberCell = (value: number | undefined): string =>
  value === undefined ? '' : String(value).toUpperCase();

const documented = (key: string): string => {
  const text = FIELD_DOCS[key];
  if (text === undefined) throw new Error(`No description of ${key} in schema-docs.ts`);
  return text;
};

const ID =
  'The record\'s id: unique within this table, stable across versions, and the anchor of its link on the page ("…#id").';
const SOURCE_IDS = `Ids of the sources (rows of sources.csv), separated by "${LIST_SEPARATOR}".`;
const ACTOR_IDS = `Ids of the actors the record involves, separated by "${LIST_SEPARATOR}".`;
const ACTOR_NAMES = `Names of those actors, in the same order, separated by "${LIST_SEPARATOR}".`;
const TOPIC_NAMES = `Names of those topics, in the same order, separated by "${LIST_SEPARATOR}".`;

function defineTable<R extends { id: string }>(spec: {
  name: 'figures' | 'events' | 'statements' | 'sources';
  title: string;
  description: string;
  records: (data: Factsheet) => readonly R[];
  columns: readonly Column<R>[];
}): PublishedTable {
  const { records, columns, ...about } = spec;
  return {
    ...about,
    path: PUBLISHED_PATHS[spec.name],
    columns,
    rows: (index) => records(index.data).map((record) => columns.map((column) => column.cell(record, index))),
  };
}

const idColumn = <R extends { id: string }>(): Column<R> => ({
  name: 'id',
  description: ID,
  kind: 'string',
  required: true,
  cell: (record) => record.id,
});

const sourceIdsColumn = <R extends { sources: readonly string[] }>(): Column<R> => ({
  name: 'source_ids',
  description: SOURCE_IDS,
  kind: 'string',
  required: true,
  cell: (record) => list(record.sources),
});

/** A figure's topics as the page filters them: its metric's topic, then any of its own. */
function figureTopics(figure: Figure, index: DatasetIndex): string[] {
  const topic = index.metrics.get(figure.metric)?.topic;
  return [...new Set([...(topic === undefined ? [] : [topic]), ...(figure.topics ?? [])])];
}

export const FIGURES_TABLE = defineTable<Figure>({
  name: 'figures',
  title: 'Figures',
  description:
    'One number as claimed by one claimant, with its status. Claims are never merged, averaged or rounded: where claimants disagree, or one revises its number, each claim is its own row.',
  records: (data) => data.figures,
  columns: [
    idColumn(),
    {
      name: 'metric_id',
      description: 'Id of the quantity the figure measures.',
      kind: 'string',
      required: true,
      cell: (f) => f.metric,
    },
    {
      name: 'metric_name',
      description: 'Name of that quantity, as the page shows it.',
      kind: 'string',
      required: true,
      cell: (f, index) => index.metrics.get(f.metric)?.name ?? f.metric,
    },
    {
      name: 'unit',
      description: 'What the number counts, e.g. "soldiers".',
      kind: 'string',
      required: true,
      cell: (f, index) => index.metrics.get(f.metric)?.unit ?? '',
    },
    {
      name: 'measure',
      description: `${documented('metrics.measure')} Empty when the editors have not said.`,
      kind: 'string',
      choices: MEASURES,
      cell: (f, index) => index.metrics.get(f.metric)?.measure ?? '',
    },
    {
      name: 'date',
      description: documented('figures.date'),
      kind: 'date',
      required: true,
      cell: (f) => f.date,
    },
    {
      name: 'qualifier',
      description: documented('figures.qualifier'),
      kind: 'string',
      required: true,
      choices: QUALIFIERS,
      cell: (f) => f.qualifier ?? 'exact',
    },
    {
      name: 'value',
      description: documented('figures.value'),
      kind: 'number',
      cell: (f) => numberCell(f.value),
    },
    {
      name: 'low',
      description: 'The low end of the range the source gives, if any.',
      kind: 'number',
      cell: (f) => numberCell(f.low),
    },
    {
      name: 'high',
      description: 'The high end of the range the source gives, if any.',
      kind: 'number',
      cell: (f) => numberCell(f.high),
    },
    {
      name: 'period_from',
      description: `Start of the span the amount covers; empty for a running total or a level. ${documented('figures.period.from')}`,
      kind: 'date',
      cell: (f) => f.period?.from ?? '',
    },
    {
      name: 'period_to',
      description: `End of that span. ${documented('figures.period.to')}`,
      kind: 'date',
      cell: (f) => f.period?.to ?? '',
    },
    {
      name: 'status',
      description: documented('figures.status'),
      kind: 'string',
      required: true,
      choices: STATUSES,
      cell: (f) => f.status,
    },
    {
      name: 'claimant_id',
      description: documented('figures.claimant'),
      kind: 'string',
      required: true,
      cell: (f) => f.claimant,
    },
    {
      name: 'claimant_detail',
      description: documented('figures.claimantDetail'),
      kind: 'string',
      cell: (f) => f.claimantDetail ?? '',
    },
    {
      name: 'claimant_name',
      description: 'Who makes the claim, as the page names it: the side, then the organisation or person.',
      kind: 'string',
      required: true,
      cell: (f, index) => claimantName(index, f),
    },
    {
      name: 'actor_ids',
      description: ACTOR_IDS,
      kind: 'string',
      cell: (f) => list(f.actors),
    },
    {
      name: 'actor_names',
      description: ACTOR_NAMES,
      kind: 'string',
      cell: (f, index) => list(namesOf(index.actors, f.actors)),
    },
    {
      name: 'topic_ids',
      description: `Ids of the figure's topics: its metric's topic, then any of its own, separated by "${LIST_SEPARATOR}".`,
      kind: 'string',
      cell: (f, index) => list(figureTopics(f, index)),
    },
    {
      name: 'topic_names',
      description: TOPIC_NAMES,
      kind: 'string',
      cell: (f, index) => list(namesOf(index.topics, figureTopics(f, index))),
    },
    { name: 'note', description: documented('figures.note'), kind: 'string', cell: (f) => f.note ?? '' },
    sourceIdsColumn(),
  ],
});

export const EVENTS_TABLE = defineTable<FactEvent>({
  name: 'events',
  title: 'Events',
  description: "Dated happenings, as shown in the page's Timeline.",
  records: (data) => data.events,
  columns: [
    idColumn(),
    {
      name: 'date',
      description: documented('events.date'),
      kind: 'date',
      required: true,
      cell: (e) => e.date,
    },
    {
      name: 'title',
      description: "What happened, in the editors' words.",
      kind: 'string',
      required: true,
      cell: (e) => e.title,
    },
    {
      name: 'summary',
      description: "More detail, in the editors' words.",
      kind: 'string',
      cell: (e) => e.summary ?? '',
    },
    {
      name: 'status',
      description: `${documented('events.status')} Empty when the editors give none.`,
      kind: 'string',
      choices: STATUSES,
      cell: (e) => e.status ?? '',
    },
    { name: 'actor_ids', description: ACTOR_IDS, kind: 'string', cell: (e) => list(e.actors) },
    {
      name: 'actor_names',
      description: ACTOR_NAMES,
      kind: 'string',
      cell: (e, index) => list(namesOf(index.actors, e.actors)),
    },
    {
      name: 'topic_ids',
      description: `Ids of the event's topics, separated by "${LIST_SEPARATOR}".`,
      kind: 'string',
      cell: (e) => list(e.topics),
    },
    {
      name: 'topic_names',
      description: TOPIC_NAMES,
      kind: 'string',
      cell: (e, index) => list(namesOf(index.topics, e.topics)),
    },
    sourceIdsColumn(),
  ],
});

export const STATEMENTS_TABLE = defineTable<Statement>({
  name: 'statements',
  title: 'Statements',
  description:
    "Quotes by named speakers, verbatim in the language they were published in. An English translation, where there is one, is the editors' and is in its own column.",
  records: (data) => data.statements,
  columns: [
    idColumn(),
    {
      name: 'date',
      description: documented('statements.date'),
      kind: 'date',
      required: true,
      cell: (s) => s.date,
    },
    { name: 'speaker', description: 'Who said it.', kind: 'string', required: true, cell: (s) => s.speaker },
    {
      name: 'role',
      description: "The speaker's role at the time.",
      kind: 'string',
      cell: (s) => s.role ?? '',
    },
    {
      name: 'actor_id',
      description: documented('statements.actor'),
      kind: 'string',
      required: true,
      cell: (s) => s.actor,
    },
    {
      name: 'actor_name',
      description: "Name of the speaker's side.",
      kind: 'string',
      required: true,
      cell: (s, index) => nameOf(index.actors, s.actor),
    },
    {
      name: 'about_actor_ids',
      description: `${documented('statements.actors')} Separated by "${LIST_SEPARATOR}".`,
      kind: 'string',
      cell: (s) => list(s.actors ?? []),
    },
    {
      name: 'about_actor_names',
      description: ACTOR_NAMES,
      kind: 'string',
      cell: (s, index) => list(namesOf(index.actors, s.actors ?? [])),
    },
    {
      name: 'quote',
      description: documented('statements.quote'),
      kind: 'string',
      required: true,
      cell: (s) => s.quote,
    },
    {
      name: 'language',
      description: `The quote's language. ${documented('statements.language')}`,
      kind: 'string',
      cell: (s) => s.language ?? '',
    },
    {
      name: 'translation_by_editors',
      description: `${documented('statements.translation')} Not the speaker's words.`,
      kind: 'string',
      cell: (s) => s.translation ?? '',
    },
    {
      name: 'context',
      description: "When, where and to whom it was said, in the editors' words.",
      kind: 'string',
      cell: (s) => s.context ?? '',
    },
    {
      name: 'status',
      description: documented('statements.status'),
      kind: 'string',
      required: true,
      choices: STATUSES,
      cell: (s) => s.status,
    },
    {
      name: 'topic_ids',
      description: `Ids of the statement's topics, separated by "${LIST_SEPARATOR}".`,
      kind: 'string',
      cell: (s) => list(s.topics),
    },
    {
      name: 'topic_names',
      description: TOPIC_NAMES,
      kind: 'string',
      cell: (s, index) => list(namesOf(index.topics, s.topics)),
    },
    sourceIdsColumn(),
  ],
});

export const SOURCES_TABLE = defineTable<Source>({
  name: 'sources',
  title: 'Sources',
  description: 'The published pages that figures, events and statements cite.',
  records: (data) => data.sources,
  columns: [
    idColumn(),
    {
      name: 'outlet',
      description: 'The original publisher, e.g. "AFP", "Yonhap".',
      kind: 'string',
      required: true,
      cell: (s) => s.outlet,
    },
    {
      name: 'title',
      description: 'The headline exactly as published; empty when it is not known (never guessed).',
      kind: 'string',
      cell: (s) => s.title ?? '',
    },
    {
      name: 'url',
      description: documented('sources.url'),
      kind: 'string',
      required: true,
      url: true,
      cell: (s) => s.url,
    },
    {
      name: 'published',
      description: `When the page was published; empty when not known. ${documented('sources.published')}`,
      kind: 'date',
      cell: (s) => s.published ?? '',
    },
    {
      name: 'archive_url',
      description: documented('sources.archiveUrl'),
      kind: 'string',
      url: true,
      cell: (s) => s.archiveUrl ?? '',
    },
    { name: 'via', description: documented('sources.via'), kind: 'string', cell: (s) => s.via ?? '' },
    {
      name: 'language',
      description: `The page's language. ${documented('sources.language')}`,
      kind: 'string',
      cell: (s) => s.language ?? '',
    },
  ],
});

export const PUBLISHED_TABLES: readonly PublishedTable[] = [
  FIGURES_TABLE,
  EVENTS_TABLE,
  STATEMENTS_TABLE,
  SOURCES_TABLE,
];
