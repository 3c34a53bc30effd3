import {
  lazy,
  memo,
  startTransition,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
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
import { describeFilters } from '../model/filter-description.ts';
import { isFiltered, NO_FILTERS, selectItems, type Selection } from '../model/filter.ts';
import { resultSummary } from '../model/summary.ts';
import { searchWords } from '../model/highlight.ts';
import { SearchWordsProvider } from '../ui/highlight.tsx';
import { SectionBoundary } from '../ui/section-boundary.tsx';
import { SectionPlaceholder } from '../ui/section-placeholder.tsx';
import { useAfterHydration, useBrowserValue } from '../ui/prerendered.ts';
import { DRAW_ALL_UP_TO_ITEMS } from '../ui/use-near-viewport.ts';
import { SELECTION_DOWNLOADS } from './page-sections.ts';
import { usePermalinkTarget } from './use-permalink-target.ts';
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

/**
 * One section of the page: its own error boundary, and its placeholder (heading and
 * reserved space) while its code loads or, on the first render of a large sheet, until it
 * is its turn (`shown`).
 */
function PageSection({
  id,
  title,
  shown = true,
  children,
}: {
  id: string;
  title: string;
  shown?: boolean;
  children: ReactNode;
}) {
  const placeholder = <SectionPlaceholder id={id} title={title} />;
  return (
    <SectionBoundary id={id} title={title}>
      {shown ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </SectionBoundary>
  );
}

/**
 * Everything that follows the filters. Memoised: a click re-renders the controls at once,
 * and these only when the (deferred) selection has changed, not twice per click.
 */
const SelectionSections = memo(function SelectionSections({
  index,
  selection,
  clear,
  restShown,
}: {
  index: DatasetIndex;
  selection: Selection;
  clear: ReactNode;
  /** False for the first render of a large sheet: the sections are reserved, then drawn. */
  restShown: boolean;
}) {
  // The charts draw with recharts, which measures the screen: they are not prerendered.
  const hydrated = useAfterHydration();
  return (
    <>
      <PageSection id="charts" title="Charts" shown={restShown && hydrated}>
        <ChartsSection
          figures={selection.figures}
          events={selection.events}
          index={index}
          emptyAction={clear}
        />
      </PageSection>
      <PageSection id="other-numbers" title="Other numbers" shown={restShown}>
        <OtherNumbersSection figures={selection.figures} index={index} emptyAction={clear} />
      </PageSection>
      <PageSection id="claims" title="Claims compared" shown={restShown && hydrated}>
        <ClaimsSection figures={selection.figures} index={index} emptyAction={clear} />
      </PageSection>
      <PageSection id="timeline" title="Timeline" shown={restShown}>
        <TimelineSection events={selection.events} index={index} emptyAction={clear} />
      </PageSection>
      <PageSection id="statements" title="Statements" shown={restShown}>
        <StatementsSection statements={selection.statements} index={index} emptyAction={clear} />
      </PageSection>
      <PageSection id="whats-new" title="What's new" shown={restShown}>
        <WhatsNewSection index={index} />
      </PageSection>
      <PageSection id="method" title="Method" shown={restShown}>
        <MethodSection index={index} />
      </PageSection>
      <PageSection id="sources" title="Sources" shown={restShown}>
        <SourcesSection sources={selection.sources} total={index.data.sources.length} emptyAction={clear} />
      </PageSection>
    </>
  );
});

/**
 * A large sheet shows its filters and key figures first and the other sections just after,
 * so that the reader sees numbers about 0.1 s sooner at 100,000 items. Small sheets render
 * whole at once: nothing to gain, and no placeholder to flash.
 */
function useRestShown(index: DatasetIndex): boolean {
  const [shown, setShown] = useState(() => index.items.length <= DRAW_ALL_UP_TO_ITEMS);
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

export function Explorer({ index }: { index: DatasetIndex }) {
  const footer = useFooterSlot();
  const [filters, setFilters] = useUrlFilters(index);
  // The controls answer at once; the sections follow as soon as React has time.
  const shownFilters = useDeferredValue(filters);
  const selection = useMemo(() => selectItems(index, shownFilters), [index, shownFilters]);
  const restShown = useRestShown(index);
  const words = useMemo(() => searchWords(shownFilters.q), [shownFilters.q]);
  usePermalinkTarget(restShown);

  const clear = useMemo(
    () => (
      <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
        Clear filters
      </button>
    ),
    [setFilters],
  );

  return (
    <>
      <p className="print-only">
        {describeFilters(shownFilters, index)} {resultSummary(selection)}.
      </p>
      <SectionBoundary id="filters" title="Filters">
        <FiltersSection index={index} filters={filters} selection={selection} onChange={setFilters} />
      </SectionBoundary>
      <SearchWordsProvider words={words}>
        <SelectionSections index={index} selection={selection} clear={clear} restShown={restShown} />
      </SearchWordsProvider>
      {footer &&
        createPortal(
          <DownloadData items={selection.items} index={index} filtered={isFiltered(shownFilters)} />,
          footer,
        )}
    </>
  );
}
