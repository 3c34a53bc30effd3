import type { ReactNode } from 'react';
import { staleSince } from '../../model/currency.ts';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { ItemDate } from '../../ui/item-date.tsx';
import { useToday } from '../../ui/prerendered.ts';

/** The newest item's date, when it is old enough (by the reader's clock) to say so. */
function useStaleSince(index: DatasetIndex): string | null {
  return staleSince(index.newest, useToday());
}

export function SiteHeader({
  index,
  tools,
  children,
}: {
  index: DatasetIndex;
  tools?: ReactNode;
  children?: ReactNode;
}) {
  const { meta } = index.data;
  const stale = useStaleSince(index);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <h1 id="page-title" className="site-header__title" tabIndex={-1}>
            {meta.title}
          </h1>
          {tools && <div className="site-header__tools">{tools}</div>}
        </div>
        {meta.subtitle && <p className="site-header__subtitle">{meta.subtitle}</p>}
        <p className="site-header__meta">
          <span>
            Data as of <ItemDate date={meta.updated} />
          </span>
          {meta.version && <span>Version {meta.version}</span>}
          {stale && (
            <span className="site-header__stale" role="note">
              Nothing has been added to this sheet since {stale}: newer reports may change these numbers.
            </span>
          )}
        </p>
        {children}
      </div>
    </header>
  );
}
