/*
 * How the sheet draws less on large datasets: every threshold and every choice, in one place.
 * Each mechanism here earns its keep in `npm run bench` (docs/architecture.md, "Large datasets").
 */

/**
 * Datasets up to this many items are drawn whole at once and the prerendered page is
 * hydrated: deferring costs more than it saves.
 */
export const SMALL_DATASET_ITEMS = 500;

/**
 * A list whose dataset has more entries than this is virtual (drawn a screenful at a time),
 * whatever the filters select, so that a filter click never swaps one kind of list for the
 * other (a whole list torn down and rebuilt: 180 ms at 1,000 items).
 */
export const FULL_LIST_ENTRIES = 200;

/** Rows of a chart's table drawn before "Show more", and entries printed of a virtual list. */
export const ROWS_AT_ONCE = 200;

export const drawsWhole = (itemCount: number): boolean => itemCount <= SMALL_DATASET_ITEMS;

export type ListKind = 'full' | 'virtual';

/** Full or virtual, from how many entries the dataset has for this list. */
export const listKind = (entriesInDataset: number): ListKind =>
  entriesInDataset > FULL_LIST_ENTRIES ? 'virtual' : 'full';

/**
 * When a costly block (a chart, a metric's claims, a virtual list) is drawn:
 * 'now': with its section; 'near': from when it first comes near the screen;
 * 'while-near': only while near the screen, so that a filter click redraws what the reader
 * can see, not every block of a large sheet.
 */
export type DrawWhen = 'now' | 'near' | 'while-near';

export type CostlyBlock = 'chart' | 'claims' | 'list';

export function drawWhen(block: CostlyBlock, itemCount: number): DrawWhen {
  if (!drawsWhole(itemCount)) return 'while-near';
  // recharts' code and drawing wait for the reader; claims and lists are cheap when small.
  return block === 'chart' ? 'near' : 'now';
}
