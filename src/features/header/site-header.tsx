import type { ReactNode } from 'react';
import type { Meta } from '../../data/schema.ts';
import { ItemDate } from '../../ui/item-date.tsx';

export function SiteHeader({
  meta,
  tools,
  children,
}: {
  meta: Meta;
  tools?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <h1 className="site-header__title">{meta.title}</h1>
          {tools && <div className="site-header__tools">{tools}</div>}
        </div>
        {meta.subtitle && <p className="site-header__subtitle">{meta.subtitle}</p>}
        <p className="site-header__meta">
          <span>
            Updated <ItemDate date={meta.updated} />
          </span>
          {meta.version && <span>Version {meta.version}</span>}
        </p>
        {children}
      </div>
    </header>
  );
}
