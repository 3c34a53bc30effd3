import type { FactEvent } from '../data/schema.ts';
import { STATUSES } from '../data/vocabulary.ts';
import { namesOf } from '../model/names.ts';
import {
  ACTOR_IDS,
  ACTOR_NAMES,
  defineTable,
  documented,
  idColumn,
  list,
  LIST_SEPARATOR,
  sourceIdsColumn,
  TOPIC_NAMES,
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
