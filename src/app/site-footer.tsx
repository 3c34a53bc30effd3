import type { Meta } from '../data/schema.ts';

export function SiteFooter({ meta }: { meta: Meta }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <h2 className="site-footer__title">Method</h2>
        {meta.description && <p>{meta.description}</p>}
        <p>
          Every number, event and quote names who claims it, how sure the claim is and where it was published.
          Conflicting figures are kept side by side rather than reconciled. Quotes are verbatim; summaries are
          our own words. Dates are shown at the precision the source gave.
        </p>
      </div>
    </footer>
  );
}
