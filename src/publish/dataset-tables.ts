import { EVENTS_TABLE } from './events-table.ts';
import { FIGURES_TABLE } from './figures-table.ts';
import type { PublishedTable } from './published-table.ts';
import { SOURCES_TABLE } from './sources-table.ts';
import { STATEMENTS_TABLE } from './statements-table.ts';

/**
 * The published CSV tables: one row per figure, event, statement and source, with ids so
 * that tables can be joined, and names so that a row reads on its own in a spreadsheet.
 * Each column says what it holds once, in its table's module; the CSV and the Data
 * Package's table schema are both made from that, so the two cannot disagree.
 */

export const PUBLISHED_TABLES: readonly PublishedTable[] = [
  FIGURES_TABLE,
  EVENTS_TABLE,
  STATEMENTS_TABLE,
  SOURCES_TABLE,
];
