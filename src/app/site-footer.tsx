import type { ReactNode } from 'react';
import type { Meta } from '../data/schema.ts';

export function SiteFooter({ meta, children }: { meta: Meta; children?: ReactNode }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <section aria-labelledby="method-title">
          <h2 id="method-title" className="site-footer__title">
            Method
          </h2>
          {meta.description && <p>{meta.description}</p>}
          <p>
            Every number, event and quote names who claims it, how sure the claim is and where it was
            published. Conflicting figures are kept side by side rather than reconciled. Quotes are verbatim;
            summaries are our own words. Dates are shown at the precision the source gave. Key figures leave
            out projections and disputed figures when a measure has others; Claims compared shows them all.
          </p>
        </section>
        {children}
      </div>
    </footer>
  );
}
