import type { Factsheet } from '../data/schema.ts';
import type { DatasetIndex, Item } from './dataset-index.ts';
import { claimantNameOf } from './item-fields.ts';
import { toCsv } from './csv.ts';
import { nameOf, namesOf } from './names.ts';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'date',
  'title',
  'qualifier',
  'value',
  'low',
  'high',
  'unit',
  'period_from',
  'period_to',
  'status',
  'claimant',
  'actors',
  'topics',
  'source',
  'source_url',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const join = (values: readonly string[]) => values.join('; ');
const num = (value: number | undefined) => (value === undefined ? '' : String(value));

/** One row per item shown: what a reader sees on it, flattened. */
function csvRows(items: readonly Item[], index: DatasetIndex): Row[] {
  return items.map((item) => {
    const sources = item.sources.map((id) => index.sources.get(id)).filter((s) => s !== undefined);
    const common = {
      kind: item.kind,
      id: item.id,
      date: item.date,
      actors: join(namesOf(index.actors, item.actors)),
      topics: join(namesOf(index.topics, item.topics)),
      source: join(sources.map((s) => s.outlet)),
      source_url: join(sources.map((s) => s.url)),
      qualifier: '',
      value: '',
      low: '',
      high: '',
      unit: '',
      period_from: '',
      period_to: '',
    };
    switch (item.kind) {
      case 'figure': {
        const f = item.record;
        const metric = index.metrics.get(f.metric);
        return {
          ...common,
          title: metric?.name ?? f.metric,
          qualifier: f.qualifier ?? 'exact',
          value: num(f.value),
          low: num(f.low),
          high: num(f.high),
          unit: metric?.unit ?? '',
          period_from: f.period?.from ?? '',
          period_to: f.period?.to ?? '',
          status: f.status,
          claimant: claimantNameOf(index.actors, f),
        };
      }
      case 'event':
        return {
          ...common,
          title: item.record.title,
          status: item.record.status ?? '',
          claimant: '',
        };
      case 'statement': {
        const s = item.record;
        const side = nameOf(index.actors, s.actor);
        return {
          ...common,
          title: s.translation ? `${s.quote} [translated by the editors: ${s.translation}]` : s.quote,
          status: s.status,
          claimant: `${s.speaker} (${side})`,
        };
      }
    }
  });
}

/**
 * A valid dataset in the same format holding just the given items and everything they
 * reference (actors, topics, metrics, sources), in the original order.
 */
export function selectionDataset(items: readonly Item[], index: DatasetIndex): Factsheet {
  const actors = new Set<string>();
  const topics = new Set<string>();
  const metrics = new Set<string>();
  const sources = new Set<string>();
  const figures: Factsheet['figures'] = [];
  const events: Factsheet['events'] = [];
  const statements: Factsheet['statements'] = [];
  const add = (set: Set<string>, ids: readonly string[] | undefined) => ids?.forEach((id) => set.add(id));

  for (const item of items) {
    add(sources, item.sources);
    if (item.kind === 'figure') {
      const f = item.record;
      figures.push(f);
      metrics.add(f.metric);
      actors.add(f.claimant);
      add(actors, f.actors);
      add(topics, f.topics);
    } else if (item.kind === 'event') {
      events.push(item.record);
      add(actors, item.record.actors);
      add(topics, item.record.topics);
    } else {
      const s = item.record;
      statements.push(s);
      actors.add(s.actor);
      add(actors, s.actors);
      add(topics, s.topics);
    }
  }
  for (const id of metrics) {
    const metric = index.metrics.get(id);
    if (metric) topics.add(metric.topic);
    if (metric?.reference) actors.add(metric.reference.claimant);
  }
  const { data } = index;
  const kept = new Set(items.map((item) => item.id));
  return {
    meta: selectionMeta(data.meta, kept),
    actors: data.actors.filter((a) => actors.has(a.id)),
    topics: data.topics.filter((t) => topics.has(t.id)),
    sources: data.sources.filter((s) => sources.has(s.id)),
    metrics: data.metrics.filter((m) => metrics.has(m.id)).map((m) => selectionMetric(m, figures)),
    figures,
    events,
    statements,
  };
}

type Metric = Factsheet['metrics'][number];

/** A metric as a selection can state it: without a lead or a reference whose figures it left out. */
function selectionMetric(metric: Metric, figures: Factsheet['figures']): Metric {
  const copy = { ...metric };
  const ofMetric = figures.filter((f) => f.metric === metric.id);
  if (copy.lead !== undefined && !ofMetric.some((f) => f.id === copy.lead)) delete copy.lead;
  const reference = copy.reference;
  const referenced = (f: Factsheet['figures'][number]) =>
    f.claimant === reference?.claimant &&
    (reference.claimantDetail === undefined || f.claimantDetail === reference.claimantDetail);
  if (reference && !ofMetric.some(referenced)) delete copy.reference;
  return copy;
}

/**
 * The meta of a selection: summary sentences whose records are all in it (a summary must
 * never cite what the file leaves out), and change lists cut to the items kept.
 */
function selectionMeta(meta: Factsheet['meta'], kept: ReadonlySet<string>): Factsheet['meta'] {
  const { summary, changes, ...rest } = meta;
  const sentences = summary?.filter((sentence) => sentence.refs.every((id) => kept.has(id)));
  return {
    ...rest,
    ...(sentences && sentences.length > 0 ? { summary: sentences } : {}),
    ...(changes
      ? {
          changes: changes.map((change) => ({
            ...change,
            ...(change.added ? { added: change.added.filter((id) => kept.has(id)) } : {}),
            ...(change.revised ? { revised: change.revised.filter((id) => kept.has(id)) } : {}),
          })),
        }
      : {}),
  };
}

/** RFC 4180 CSV of the items, one row each, with the columns above. */
export function csvText(items: readonly Item[], index: DatasetIndex): string {
  const rows = csvRows(items, index).map((row) => CSV_COLUMNS.map((column) => row[column]));
  return toCsv(CSV_COLUMNS, rows);
}

/** A file name from a title: "north-korea-s-military-support-for-russia". */
export const fileSlug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'factsheet';
