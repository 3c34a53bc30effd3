import { useMemo } from 'react';
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
        <Section id="key-figures" title="Key figures">
          <p className="placeholder">The latest figure for each headline metric, with the range across claimants.</p>
        </Section>
        <Section id="charts" title="Charts">
          <p className="placeholder">One chart per metric, with every claimant's figures over time.</p>
        </Section>
        <Section id="claims" title="Claims compared">
          <p className="placeholder">Each claimant's latest claim side by side, per metric.</p>
        </Section>
        <TimelineSection events={selection.events} index={index} />
        <StatementsSection statements={selection.statements} index={index} />
        <SourcesSection sources={selection.sources} />
      </main>
      <SiteFooter meta={index.data.meta} />
    </>
  );
}
