import type { Meta } from '../../data/schema.ts';
import { ItemDate } from '../../ui/item-date.tsx';

export function SiteHeader({ meta }: { meta: Meta }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <h1 className="site-header__title">{meta.title}</h1>
        {meta.subtitle && <p className="site-header__subtitle">{meta.subtitle}</p>}
        <p className="site-header__meta">
          <span>
            Updated <ItemDate date={meta.updated} />
          </span>
          {meta.version && <span>Version {meta.version}</span>}
        </p>
      </div>
    </header>
  );
}
