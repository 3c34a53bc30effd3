import {
  lazy,
  memo,
  startTransition,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
} from 'react';
import { createPortal } from 'react-dom';
import { DownloadData } from '../features/export/download-data.tsx';
import { FiltersSection } from '../features/filters/filters-section.tsx';
import { MethodSection } from '../features/method/method-section.tsx';
import { OtherNumbersSection } from '../features/other-numbers/other-numbers-section.tsx';
import { WhatsNewSection } from '../features/whats-new/whats-new-section.tsx';
import { TimelineSection } from '../features/timeline/timeline-section.tsx';
import { StatementsSection } from '../features/statements/statements-section.tsx';
import { SourcesSection } from '../features/sources/sources-section.tsx';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { drawsWhole } from '../model/draw-policy.ts';
import { describeFilters } from '../model/filter-description.ts';
import { isFiltered, NO_FILTERS, selectItems } from '../model/filter.ts';
import type { Location } from '../model/permalink.ts';
import { resultSummary } from '../model/summary.ts';
import { searchWords } from '../model/highlight.ts';
import { SearchWordsProvider } from '../ui/highlight.tsx';
import { useAfterHydration, useBrowserValue } from '../ui/prerendered.ts';
import { useReveal } from '../ui/reveal.ts';
import type { SectionProps } from '../ui/section-props.ts';
import { PageSectionFrame } from './page-section.tsx';
import { SELECTION_DOWNLOADS, type ExplorerSectionId, type PageSection } from './page-sections.ts';
import { useLinkTarget } from './use-link-target.ts';
import { useUrlFilters } from './use-url-filters.ts';

/*
 * Everything a reader explores after the first screen: the filters, the sections that follow
 * them, and the footer's downloads of the selection. Loaded just after the first view (the
 * summary and key figures), so that the answer is on screen before the tools to explore it.
 */

// The two sections that draw with recharts (the largest code by far) load on their own.
const ChartsSection = lazy(() =>
  import('../features/charts/charts-section.tsx').then((module) => ({ default: module.ChartsSection })),
);
const ClaimsSection = lazy(() =>
  import('../features/claims/claims-section.tsx').then((module) => ({ default: module.ClaimsSection })),
);

const CONTENT: Record<ExplorerSectionId, ComponentType<SectionProps>> = {
  charts: ChartsSection,
  'other-numbers': OtherNumbersSection,
  claims: ClaimsSection,
  timeline: TimelineSection,
  statements: StatementsSection,
  'whats-new': WhatsNewSection,
  method: MethodSection,
  sources: SourcesSection,
};

/**
 * Everything that follows the filters. Memoised: a click re-renders the controls at once,
 * and these only when the (deferred) selection has changed, not twice per click.
 */
const SelectionSections = memo(function SelectionSections({
  sections,
  index,
  selection,
  clear,
  target,
  restShown,
  onDrawn,
}: Omit<SectionProps, 'target'> & {
  sections: readonly PageSection[];
  target: Location | null;
  onDrawn: (id: string) => void;
  /** False for the first render of a large sheet: the sections are reserved, then drawn. */
  restShown: boolean;
}) {
  // Sections drawn with recharts measure the screen: they are not prerendered.
  const hydrated = useAfterHydration();
  return sections.map((section) => {
    if (section.id === 'filters') return null;
    const Content = CONTENT[section.id as ExplorerSectionId];
    const own = target?.section === section.id ? target : null;
    const drawn = restShown && (section.draw === 'with-page' || hydrated);
    return (
      <PageSectionFrame key={section.id} section={section} drawn={drawn} target={own} onDrawn={onDrawn}>
        <Content index={index} selection={selection} clear={clear} target={own} />
      </PageSectionFrame>
    );
  });
});

/**
 * A large sheet shows its filters and key figures first and the other sections just after,
 * so that the reader sees numbers about 0.1 s sooner at 100,000 items (model/draw-policy.ts).
 */
function useRestShown(index: DatasetIndex): boolean {
  const [shown, setShown] = useState(() => drawsWhole(index.items.length));
  useEffect(() => {
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown;
}

/**
 * Where the footer's downloads go: found once the explorer is on the page. (Not a state of
 * the page passed down: an update from above would make React draw the prerendered
 * explorer anew instead of hydrating it.)
 */
const readFooterSlot = () => document.getElementById(SELECTION_DOWNLOADS);
const useFooterSlot = (): HTMLElement | null => useBrowserValue(readFooterSlot, null);

export function Explorer({
  index,
  sections,
  onDrawn,
  drawnAbove,
}: {
  index: DatasetIndex;
  sections: readonly PageSection[];
  /** Called by each section once its content is on the page. */
  onDrawn: (id: string) => void;
  /** Whether every section above this one has drawn. */
  drawnAbove: (id: string) => boolean;
}) {
  const footer = useFooterSlot();
  const [filters, setFilters] = useUrlFilters(index);
  // The controls answer at once; the sections follow as soon as React has time.
  const shownFilters = useDeferredValue(filters);
  const selection = useMemo(() => selectItems(index, shownFilters), [index, shownFilters]);
  const restShown = useRestShown(index);
  const words = useMemo(() => searchWords(shownFilters.q), [shownFilters.q]);
  // A link's target is handed to its section once every section above it has drawn: from
  // then on what lies above it keeps its height (or the browser's scroll anchoring makes up for it).
  const located = useLinkTarget(index, shownFilters, selection);
  const target = located !== null && drawnAbove(located.section) ? located : null;
  // Links into the first view: drawn before the explorer.
  const firstView = located !== null && !sections.some((section) => section.id === located.section);
  useReveal(firstView ? located.id : null);

  const clear = useMemo(
    () => (
      <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
        Clear filters
      </button>
    ),
    [setFilters],
  );
  const filterSection = sections.find((section) => section.id === 'filters');

  return (
    <>
      <p className="print-only">
        {describeFilters(shownFilters, index)} {resultSummary(selection)}.
      </p>
      {filterSection && (
        <PageSectionFrame section={filterSection}>
          <FiltersSection index={index} filters={filters} selection={selection} onChange={setFilters} />
        </PageSectionFrame>
      )}
      <SearchWordsProvider words={words}>
        <SelectionSections
          sections={sections}
          index={index}
          selection={selection}
          clear={clear}
          target={target}
          restShown={restShown}
          onDrawn={onDrawn}
        />
      </SearchWordsProvider>
      {footer &&
        createPortal(
          <DownloadData items={selection.items} index={index} filtered={isFiltered(shownFilters)} />,
          footer,
        )}
    </>
  );
}
