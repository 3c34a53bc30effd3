import { useMemo } from 'react';
import { ChartsSection } from '../features/charts/charts-section.tsx';
import { ClaimsSection } from '../features/claims/claims-section.tsx';
import { KeyFiguresSection } from '../features/key-figures/key-figures-section.tsx';
import { SiteHeader } from '../features/header/site-header.tsx';
import { SourcesSection } from '../features/sources/sources-section.tsx';
import { StatementsSection } from '../features/statements/statements-section.tsx';
import { TimelineSection } from '../features/timeline/timeline-section.tsx';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { NO_FILTERS, selectItems } from '../model/filter.ts';
import { Section } from '../ui/section.tsx';
import { SiteFooter } from './site-footer.tsx';

export function FactsheetPage({ index }: { index: DatasetIndex }) {
  const selection = useMemo(() => selectItems(index, NO_FILTERS), [index]);
  return (
    <>
      <SiteHeader meta={index.data.meta} />
      <main id="main" className="page">
        <Section id="filters" title="Filters">
          <p className="placeholder">Filters by actor, topic, date and text will appear here.</p>
        </Section>
        <KeyFiguresSection figures={selection.figures} index={index} />
        <ChartsSection figures={selection.figures} events={selection.events} index={index} />
        <ClaimsSection figures={selection.figures} index={index} />
        <TimelineSection events={selection.events} index={index} />
        <StatementsSection statements={selection.statements} index={index} />
        <SourcesSection sources={selection.sources} />
      </main>
      <SiteFooter meta={index.data.meta} />
    </>
  );
}
