import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type MouseEvent,
} from 'react';
import { SiteHeader } from '../features/header/site-header.tsx';
import { KeyFiguresSection } from '../features/key-figures/key-figures-section.tsx';
import { WhatWeKnowSection } from '../features/what-we-know/what-we-know-section.tsx';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { Section } from '../ui/section.tsx';
import { SectionBoundary } from '../ui/section-boundary.tsx';
import { SiteFooter } from './site-footer.tsx';
import { goToSection, PageNav } from './page-nav.tsx';
import { PageSectionFrame } from './page-section.tsx';
import {
  pageSections,
  SELECTION_DOWNLOADS,
  type FirstViewSectionId,
  type PageSection,
} from './page-sections.ts';
import { ThemeControl } from './theme-control.tsx';

// The filters and every section after them: requested as soon as this module runs, so that
// it downloads while the dataset does.
const explorer = import('./explorer.tsx');
// A failed download shows in the explorer's place (see SectionBoundary), not as an unhandled error.
explorer.catch(() => undefined);
const Explorer = lazy(() => explorer.then((module) => ({ default: module.Explorer })));

const FIRST_VIEW: Record<FirstViewSectionId, ComponentType<{ index: DatasetIndex }>> = {
  'what-we-know': WhatWeKnowSection,
  'key-figures': KeyFiguresSection,
};

/**
 * Moves focus to the main content without writing #main into the address: the skip link is
 * not a permalink, and the permalink code must not treat it as one (it would highlight the
 * whole page and, arriving late, take focus back from where the reader has tabbed to).
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** What we know and Key figures: drawn with the dataset, and not again as the explorer draws. */
const FirstView = memo(function FirstView({
  sections,
  index,
}: {
  sections: readonly PageSection[];
  index: DatasetIndex;
}) {
  return sections.map((section) => {
    if (section.part !== 'first-view') return null;
    const Content = FIRST_VIEW[section.id as FirstViewSectionId];
    return (
      <PageSectionFrame key={section.id} section={section}>
        <Content index={index} />
      </PageSectionFrame>
    );
  });
});

/**
 * Which sections have drawn their content (a section whose code loads on its own draws
 * after the others), and a jump or link that waits for those above its target: what lies
 * above a target keeps its height from then on.
 */
function useDrawnSections(sections: readonly PageSection[]) {
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(
    () => new Set(['filters', ...sections.filter((s) => s.part === 'first-view').map((s) => s.id)]),
  );
  const onDrawn = useCallback(
    (id: string) => setDrawn((known) => (known.has(id) ? known : new Set(known).add(id))),
    [],
  );
  const drawnAbove = useCallback(
    (id: string) => {
      const at = sections.findIndex((section) => section.id === id);
      return sections.slice(0, Math.max(0, at)).every((section) => drawn.has(section.id));
    },
    [sections, drawn],
  );
  return { onDrawn, drawnAbove };
}

/**
 * "On this page" takes the reader to a section at once and, if sections above it were still
 * to draw, once more when they have.
 */
function useJump(drawnAbove: (id: string) => boolean): (id: string) => void {
  const [pending, setPending] = useState<{ id: string } | null>(null);
  const done = useRef<{ id: string } | null>(null);
  useEffect(() => {
    if (pending === null || done.current === pending || !drawnAbove(pending.id)) return;
    done.current = pending;
    goToSection(pending.id);
  }, [pending, drawnAbove]);
  return useCallback(
    (id: string) => {
      goToSection(id);
      if (!drawnAbove(id)) setPending({ id });
    },
    [drawnAbove],
  );
}

/**
 * The sheet: the first view (header, what we know, key figures) renders with the dataset;
 * the explorer follows as soon as its code is there, its sections reserved until then.
 */
export function FactsheetPage({ index }: { index: DatasetIndex }) {
  const sections = useMemo(() => pageSections(index), [index]);
  // For the benchmark: the sheet's first sections are on screen.
  useEffect(() => {
    performance.mark('factsheet:rendered');
  }, []);
  const explorerSections = useMemo(
    () => sections.filter((section) => section.part === 'explorer'),
    [sections],
  );
  const { onDrawn, drawnAbove } = useDrawnSections(sections);
  const jump = useJump(drawnAbove);
  const reserved = explorerSections.map((section) => (
    <PageSectionFrame key={section.id} section={section} drawn={false}>
      {null}
    </PageSectionFrame>
  ));

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <SiteHeader index={index} tools={<ThemeControl />} />
      <PageNav sections={sections} onJump={jump} />
      <main id="main" className="page" tabIndex={-1}>
        <FirstView sections={sections} index={index} />
        <SectionBoundary
          title="Filters"
          frame={(message) => (
            <Section id="filters" title="Filters">
              {message}
            </Section>
          )}
        >
          <Suspense fallback={reserved}>
            <Explorer index={index} sections={explorerSections} onDrawn={onDrawn} drawnAbove={drawnAbove} />
          </Suspense>
        </SectionBoundary>
      </main>
      <SiteFooter meta={index.data.meta}>
        <div id={SELECTION_DOWNLOADS} />
      </SiteFooter>
    </>
  );
}
