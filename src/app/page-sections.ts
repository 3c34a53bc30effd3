import { changesNewestFirst } from '../model/changes.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { keyFiguresOf } from '../model/headline.ts';

export interface PageSectionInfo {
  /** The section's element is `sec-<id>`. */
  id: string;
  title: string;
}

/**
 * The page's sections in order (DESIGN.md, "The page"), leaving out those this dataset has
 * nothing for: a format-1 sheet has no summary, and a sheet without changes no What's new.
 */
export function pageSections(index: DatasetIndex): PageSectionInfo[] {
  const { meta } = index.data;
  const has: Record<string, boolean> = {
    'what-we-know': (meta.summary ?? []).length > 0,
    'key-figures': keyFiguresOf(index).length > 0,
    'whats-new': changesNewestFirst(meta).length > 0,
  };
  return SECTIONS.filter((section) => has[section.id] ?? true);
}

const SECTIONS: readonly PageSectionInfo[] = [
  { id: 'what-we-know', title: 'What we know' },
  { id: 'key-figures', title: 'Key figures' },
  { id: 'filters', title: 'Filters' },
  { id: 'charts', title: 'Charts' },
  { id: 'other-numbers', title: 'Other numbers' },
  { id: 'claims', title: 'Claims compared' },
  { id: 'timeline', title: 'Timeline' },
  { id: 'statements', title: 'Statements' },
  { id: 'whats-new', title: "What's new" },
  { id: 'method', title: 'Method' },
  { id: 'sources', title: 'Sources' },
];

/** The footer's place for the downloads of the current selection (the explorer fills it). */
export const SELECTION_DOWNLOADS = 'selection-downloads';
