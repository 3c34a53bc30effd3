import type { Source } from '../data/schema.ts';
import { defineTable, documented, idColumn } from './published-table.ts';

/** sources.csv: one row per cited page. */

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
