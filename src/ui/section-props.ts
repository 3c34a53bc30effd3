import type { ReactNode } from 'react';
import type { DatasetIndex } from '../model/dataset-index.ts';
import type { Selection } from '../model/filter.ts';
import type { Location } from '../model/permalink.ts';

/** What every section after the filters is drawn from (the page's registry: app/page-sections.ts). */
export interface SectionProps {
  index: DatasetIndex;
  /** What the filters select. */
  selection: Selection;
  /** "Clear filters", for a section the filters leave empty. */
  clear: ReactNode;
  /** Where in this section the element a link points at is, if it is here. */
  target: Location | null;
}
