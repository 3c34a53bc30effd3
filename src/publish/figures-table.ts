import type { Figure } from '../data/schema.ts';
import { MEASURES, QUALIFIERS, STATUSES } from '../data/vocabulary.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { claimantNameOf } from '../model/item-fields.ts';
import {
  ACTOR_IDS,
  defineTable,
  documented,
  idColumn,
  idsAndNamesColumns,
  LIST_SEPARATOR,
  numberCell,
  sourceIdsColumn,
} from './published-table.ts';

/** figures.csv: one row per figure, as claimed. */

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
      cell: (f, index) => claimantNameOf(index.actors, f),
    },
    ...idsAndNamesColumns<Figure>({ prefix: 'actor', of: 'actors', ids: ACTOR_IDS, list: (f) => f.actors }),
    ...idsAndNamesColumns<Figure>({
      prefix: 'topic',
      of: 'topics',
      ids: `Ids of the figure's topics: its metric's topic, then any of its own, separated by "${LIST_SEPARATOR}".`,
      list: figureTopics,
    }),
    { name: 'note', description: documented('figures.note'), kind: 'string', cell: (f) => f.note ?? '' },
    sourceIdsColumn(),
  ],
});
