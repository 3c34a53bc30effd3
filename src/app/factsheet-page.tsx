import { lazy, Suspense, useEffect, useMemo, type ComponentType, type MouseEvent } from 'react';
import { SiteHeader } from '../features/header/site-header.tsx';
import { KeyFiguresSection } from '../features/key-figures/key-figures-section.tsx';
import { WhatWeKnowSection } from '../features/what-we-know/what-we-know-section.tsx';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { Section } from '../ui/section.tsx';
import { SectionBoundary } from '../ui/section-boundary.tsx';
import { SiteFooter } from './site-footer.tsx';
import { PageNav } from './page-nav.tsx';
import { PageSectionFrame } from './page-section.tsx';
import { pageSections, SELECTION_DOWNLOADS, type FirstViewSectionId } from './page-sections.ts';
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
  const explorerSections = sections.filter((section) => section.part === 'explorer');
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
      <PageNav sections={sections} />
      <main id="main" className="page" tabIndex={-1}>
        {sections.map((section) => {
          if (section.part !== 'first-view') return null;
          const Content = FIRST_VIEW[section.id as FirstViewSectionId];
          return (
            <PageSectionFrame key={section.id} section={section}>
              <Content index={index} />
            </PageSectionFrame>
          );
        })}
        <SectionBoundary
          title="Filters"
          frame={(message) => (
            <Section id="filters" title="Filters">
              {message}
            </Section>
          )}
        >
          <Suspense fallback={reserved}>
            <Explorer index={index} sections={explorerSections} />
          </Suspense>
        </SectionBoundary>
      </main>
      <SiteFooter meta={index.data.meta}>
        <div id={SELECTION_DOWNLOADS} />
      </SiteFooter>
    </>
  );
}
