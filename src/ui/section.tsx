import type { ReactNode } from 'react';

/** A page section: a region landmark named by its visible heading. */
export function Section({
  id,
  title,
  intro,
  className,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
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
      {intro && <p className="section__intro">{intro}</p>}
      {children}
    </section>
  );
}
