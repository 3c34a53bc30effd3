import type { FactEvent } from '../data/schema.ts';
import { STATUSES } from '../data/vocabulary.ts';
import {
  ACTOR_IDS,
  defineTable,
  documented,
  idColumn,
  idsAndNamesColumns,
  LIST_SEPARATOR,
  sourceIdsColumn,
} from './published-table.ts';

/** events.csv: one row per event of the Timeline. */

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
    ...idsAndNamesColumns<FactEvent>({
      prefix: 'actor',
      of: 'actors',
      ids: ACTOR_IDS,
      list: (e) => e.actors,
    }),
    ...idsAndNamesColumns<FactEvent>({
      prefix: 'topic',
      of: 'topics',
      ids: `Ids of the event's topics, separated by "${LIST_SEPARATOR}".`,
      list: (e) => e.topics,
    }),
    sourceIdsColumn(),
  ],
});
