import { Suspense, type ReactNode } from 'react';
import type { Location } from '../model/permalink.ts';
import { useReveal } from '../ui/reveal.ts';
import { Section, SectionSkeleton } from '../ui/section.tsx';
import { SectionBoundary } from '../ui/section-boundary.tsx';
import type { PageSection } from './page-sections.ts';

/**
 * One section of the page as its registry entry declares it: its heading, its own error
 * boundary, and reserved space while its code loads or until it is its turn (`drawn`).
 * A link to the section itself is revealed here; links into it, by the section's content,
 * which knows when they are drawn.
 */
export function PageSectionFrame({
  section,
  drawn = true,
  target = null,
  children,
}: {
  section: PageSection;
  drawn?: boolean;
  target?: Location | null;
  children: ReactNode;
}) {
  const { id, title, className } = section;
  useReveal(target?.id.startsWith('sec-') ? target.id : null);
  return (
    <Section id={id} title={title} className={className}>
      <SectionBoundary title={title}>
        {drawn ? <Suspense fallback={<SectionSkeleton />}>{children}</Suspense> : <SectionSkeleton />}
      </SectionBoundary>
    </Section>
  );
}
