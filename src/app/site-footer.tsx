import type { ReactNode } from 'react';
import type { Meta } from '../data/schema.ts';

export function SiteFooter({ meta, children }: { meta: Meta; children?: ReactNode }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {children}
        <p className="site-footer__fine">
          {meta.title}
          {meta.version && `, version ${meta.version}`}.{meta.license && ` Licence: ${meta.license}.`}{' '}
          <a href="#sec-method">How this sheet is made</a>
        </p>
      </div>
    </footer>
  );
}
