import { changesNewestFirst } from '../model/changes.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { keyFiguresOf } from '../model/headline.ts';
import type { SectionId } from '../model/permalink.ts';

/**
 * Every section of the page, in order (DESIGN.md, "The page"): the one place that declares
 * a section's id, title and loading policy. The page draws from it (factsheet-page.tsx,
 * explorer.tsx, each mapping an id to its component), and so does the navigation.
 */
export interface PageSection {
  /** Its element is `sec-<id>`, its heading `sec-<id>-title`. */
  id: SectionId;
  title: string;
  /**
   * 'first-view': drawn with the dataset, in the first view's code. 'explorer': drawn with
   * the filters, whose code loads just after the first view (while the dataset downloads).
   */
  part: 'first-view' | 'explorer';
  /**
   * 'with-page': drawn (and prerendered) with its part. 'after-hydration': code of its own,
   * drawn once the app has taken the page over (recharts measures the screen).
   */
  draw: 'with-page' | 'after-hydration';
  className?: string;
  /** Whether the dataset has anything for it: a format-1 sheet has no summary. Default: yes. */
  shownFor?: (index: DatasetIndex) => boolean;
}

export const PAGE_SECTIONS = [
  {
    id: 'what-we-know',
    title: 'What we know',
    part: 'first-view',
    draw: 'with-page',
    shownFor: (index) => (index.data.meta.summary ?? []).length > 0,
  },
  {
    id: 'key-figures',
    title: 'Key figures',
    part: 'first-view',
    draw: 'with-page',
    shownFor: (index) => keyFiguresOf(index).length > 0,
  },
  { id: 'filters', title: 'Filters', part: 'explorer', draw: 'with-page', className: 'filter-bar' },
  { id: 'charts', title: 'Charts', part: 'explorer', draw: 'after-hydration' },
  { id: 'other-numbers', title: 'Other numbers', part: 'explorer', draw: 'with-page' },
  { id: 'claims', title: 'Claims compared', part: 'explorer', draw: 'after-hydration' },
  { id: 'timeline', title: 'Timeline', part: 'explorer', draw: 'with-page' },
  { id: 'statements', title: 'Statements', part: 'explorer', draw: 'with-page' },
  {
    id: 'whats-new',
    title: "What's new",
    part: 'explorer',
    draw: 'with-page',
    shownFor: (index) => changesNewestFirst(index.data.meta).length > 0,
  },
  { id: 'method', title: 'Method', part: 'explorer', draw: 'with-page' },
  { id: 'sources', title: 'Sources', part: 'explorer', draw: 'with-page' },
] as const satisfies readonly PageSection[];

export type FirstViewSectionId = Extract<(typeof PAGE_SECTIONS)[number], { part: 'first-view' }>['id'];
export type ExplorerSectionId = Exclude<
  Extract<(typeof PAGE_SECTIONS)[number], { part: 'explorer' }>['id'],
  'filters'
>;

/** The sections this dataset has something for, in order. */
export const pageSections = (index: DatasetIndex): PageSection[] =>
  PAGE_SECTIONS.filter((section: PageSection) => section.shownFor?.(index) ?? true);

/** The footer's place for the downloads of the current selection (the explorer fills it). */
export const SELECTION_DOWNLOADS = 'selection-downloads';
