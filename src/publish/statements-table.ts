import type { Statement } from '../data/schema.ts';
import { STATUSES } from '../data/vocabulary.ts';
import { nameOf } from '../model/names.ts';
import {
  defineTable,
  documented,
  idColumn,
  idsAndNamesColumns,
  LIST_SEPARATOR,
  sourceIdsColumn,
} from './published-table.ts';

/** statements.csv: one row per quote. */

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
    ...idsAndNamesColumns<Statement>({
      prefix: 'about_actor',
      of: 'actors',
      ids: `${documented('statements.actors')} Separated by "${LIST_SEPARATOR}".`,
      list: (s) => s.actors ?? [],
    }),
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
    ...idsAndNamesColumns<Statement>({
      prefix: 'topic',
      of: 'topics',
      ids: `Ids of the statement's topics, separated by "${LIST_SEPARATOR}".`,
      list: (s) => s.topics,
    }),
    sourceIdsColumn(),
  ],
});
