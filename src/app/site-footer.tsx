import type { ReactNode } from 'react';
import type { Meta } from '../data/schema.ts';
import { PUBLISHED_PATHS } from '../publish/paths.ts';

/**
 * The files the build publishes beside the page. Plain relative links: they work without
 * JavaScript (the footer is prerendered) and from whatever folder the site is served.
 */
const WHOLE_DATASET: readonly { href: string; text: string }[] = [
  { href: PUBLISHED_PATHS.dataset, text: 'Everything, as one file (JSON)' },
  { href: PUBLISHED_PATHS.figures, text: 'Figures (CSV)' },
  { href: PUBLISHED_PATHS.events, text: 'Events (CSV)' },
  { href: PUBLISHED_PATHS.statements, text: 'Statements (CSV)' },
  { href: PUBLISHED_PATHS.sources, text: 'Sources (CSV)' },
  { href: PUBLISHED_PATHS.dataPackage, text: 'Description of the CSV files (Frictionless Data Package)' },
  { href: PUBLISHED_PATHS.feed, text: 'Changes to the data (Atom feed)' },
];

export function SiteFooter({ meta, children }: { meta: Meta; children?: ReactNode }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {children}
        <section className="download" aria-labelledby="dataset-files-title">
          <h2 id="dataset-files-title" className="site-footer__title">
            The whole dataset
          </h2>
          <ul className="download__files">
            {WHOLE_DATASET.map((file) => (
              <li key={file.href}>
                <a href={file.href}>{file.text}</a>
              </li>
            ))}
          </ul>
        </section>
        <p className="site-footer__fine">
          {meta.title}
          {meta.version && `, version ${meta.version}`}.{meta.license && ` Licence: ${meta.license}.`}{' '}
          <a href="#sec-method">How this sheet is made</a>
        </p>
      </div>
    </footer>
  );
}
