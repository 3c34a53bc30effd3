import { SOURCE_ANCHOR } from './anchors.ts';
import { comparedMetrics, otherNumbers } from './chart-groups.ts';
import { compareRecency } from './claims.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { Selection } from './filter.ts';

/** The page's sections in order, by the id of their element (`sec-<id>`). */
export const SECTION_IDS = [
  'what-we-know',
  'key-figures',
  'filters',
  'charts',
  'other-numbers',
  'claims',
  'timeline',
  'statements',
  'whats-new',
  'method',
  'sources',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

const isSectionId = (id: string): id is SectionId => (SECTION_IDS as readonly string[]).includes(id);

/**
 * Where an element a link points at (#id) is drawn: its section, the block within it (a
 * metric's chart, claims or line) and its row in the list that holds it, so that the
 * owning section can open, draw or scroll its list to it before scrolling to it.
 */
export interface Location {
  id: string;
  section: SectionId;
  /** The metric whose chart, claims or line holds it. */
  block: string | null;
  /** Its position in the list that holds it (a metric's figures, an earlier-figures line, a section's list). */
  row: number | null;
}

const at = (section: SectionId, id: string, block: string | null = null, row: number | null = null) => ({
  id,
  section,
  block,
  row,
});

const rowOf = (list: readonly { id: string }[], id: string): number | null => {
  const found = list.findIndex((entry) => entry.id === id);
  return found < 0 ? null : found;
};

/** Anchors of headings and of a metric's block, by their prefix: [prefix, section, names a metric]. */
const PREFIXED: readonly [string, SectionId, boolean][] = [
  ['chart-group-', 'charts', false],
  ['chart-', 'charts', true],
  ['claims-', 'claims', true],
  ['other-', 'other-numbers', true],
  ['timeline-', 'timeline', false],
  ['statements-', 'statements', false],
  ['status-', 'method', false],
];

function locateFigure(id: string, index: DatasetIndex, selection: Selection): Location | null {
  const item = index.itemById.get(id);
  if (item?.kind !== 'figure') return null;
  const metric = item.record.metric;
  const compared = comparedMetrics(index.data.metrics, selection.figures).find((m) => m.metric.id === metric);
  if (compared) return at('claims', id, metric, rowOf([...compared.figures].sort(compareRecency), id));
  const other = otherNumbers(index, selection.figures).find((entry) => entry.metric.id === metric);
  if (!other) return null;
  return at('other-numbers', id, metric, other.latest.id === id ? null : rowOf(other.earlier, id));
}

/**
 * Which section, block and row hold the element with this id, in the current selection;
 * null when nothing on the page does (an unknown id, or an item the filters leave out).
 */
export function locate(id: string, index: DatasetIndex, selection: Selection): Location | null {
  if (id === '') return null;
  const section = /^sec-(.+?)(?:-title)?$/.exec(id)?.[1];
  if (section !== undefined) return isSectionId(section) ? at(section, id) : null;
  const item = index.itemById.get(id);
  if (item?.kind === 'figure') return locateFigure(id, index, selection);
  if (item?.kind === 'event') {
    const row = rowOf(selection.events, id);
    return row === null ? null : at('timeline', id, null, row);
  }
  if (item?.kind === 'statement') {
    const row = rowOf(selection.statements, id);
    return row === null ? null : at('statements', id, null, row);
  }
  if (id.startsWith(SOURCE_ANCHOR)) {
    const row = rowOf(selection.sources, id.slice(SOURCE_ANCHOR.length));
    return row === null ? null : at('sources', id, null, row);
  }
  for (const [prefix, owner, ofMetric] of PREFIXED) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    return at(owner, id, ofMetric && index.metrics.has(rest) ? rest : null);
  }
  return null;
}
