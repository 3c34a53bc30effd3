import { Suspense, useEffect, type ReactNode } from 'react';
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
/** Tells the page once the content beside it has been drawn (after its code has arrived). */
function Drawn({ id, onDrawn }: { id: string; onDrawn: (id: string) => void }) {
  useEffect(() => onDrawn(id), [id, onDrawn]);
  return null;
}

export function PageSectionFrame({
  section,
  drawn = true,
  target = null,
  onDrawn,
  children,
}: {
  section: PageSection;
  drawn?: boolean;
  target?: Location | null;
  /** Called once its content is on the page. */
  onDrawn?: (id: string) => void;
  children: ReactNode;
}) {
  const { id, title, className } = section;
  useReveal(target?.id.startsWith('sec-') ? target.id : null);
  return (
    <Section id={id} title={title} className={className}>
      <SectionBoundary title={title}>
        {drawn ? (
          <Suspense fallback={<SectionSkeleton />}>
            {children}
            {onDrawn && <Drawn id={id} onDrawn={onDrawn} />}
          </Suspense>
        ) : (
          <SectionSkeleton />
        )}
      </SectionBoundary>
    </Section>
  );
}
