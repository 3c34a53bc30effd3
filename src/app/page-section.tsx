import { Suspense, useEffect, type ReactNode } from 'react';
import type { Location } from '../model/permalink.ts';
import { useReveal } from '../ui/reveal.ts';
import { Section, SectionSkeleton } from '../ui/section.tsx';
import { SectionBoundary } from '../ui/section-boundary.tsx';
import type { PageSection } from './page-sections.ts';

/**
 * Mounted after a section's content (after its code has arrived): tells the page the section
 * has drawn, and reveals a link to the section or to a heading in it, which are on the page
 * from then on.
 */
function Drawn({
  id,
  onDrawn,
  heading,
}: {
  id: string;
  onDrawn?: (id: string) => void;
  heading: string | null;
}) {
  useEffect(() => onDrawn?.(id), [id, onDrawn]);
  useReveal(heading);
  return null;
}

/**
 * One section of the page as its registry entry declares it: its heading, its own error
 * boundary, and reserved space while its code loads or until it is its turn (`drawn`).
 * Links to the section and its headings are revealed here; links to its blocks and rows, by
 * the content that opens or draws them.
 */
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
  // Neither in a block nor in a list's row: the section itself, or one of its headings.
  const heading = target !== null && target.block === null && target.row === null ? target.id : null;
  return (
    <Section id={id} title={title} className={className}>
      <SectionBoundary title={title}>
        {drawn ? (
          <Suspense fallback={<SectionSkeleton />}>
            {children}
            <Drawn id={id} onDrawn={onDrawn} heading={heading} />
          </Suspense>
        ) : (
          <SectionSkeleton />
        )}
      </SectionBoundary>
    </Section>
  );
}
