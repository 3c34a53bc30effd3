import type { ReactNode } from 'react';

/** A page section: a region landmark named by its visible heading. */
export function Section({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `section ${className}` : 'section'}
      id={`sec-${id}`}
      aria-labelledby={`sec-${id}-title`}
    >
      <h2 id={`sec-${id}-title`} className="section__title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What a section shows and how to read it, under its heading. */
export const SectionIntro = ({ children }: { children: ReactNode }) => (
  <p className="section__intro">{children}</p>
);

/** Reserved space, while a section's code loads or its turn to be drawn comes. */
export const SectionSkeleton = () => <div className="skeleton__block" aria-busy="true" />;
