import type { ReactNode } from 'react';
import type { Source } from '../../data/schema.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { ExternalLink } from '../../ui/external-link.tsx';
import { Section } from '../../ui/section.tsx';
import { sourceAnchor } from '../../ui/source-refs.tsx';

export function SourcesSection({
  sources,
  emptyAction,
}: {
  sources: readonly Source[];
  emptyAction?: ReactNode;
}) {
  return (
    <Section id="sources" title="Sources" intro="Every source cited by what is shown above.">
      {sources.length === 0 ? (
        <EmptyNote what="sources" action={emptyAction} />
      ) : (
        <ol className="sources">
          {sources.map((source) => (
            <li key={source.id} id={sourceAnchor(source.id)} className="sources__item" tabIndex={-1}>
              <span className="sources__outlet">{source.outlet}</span>
              {source.title && <span className="sources__title">{source.title}</span>}
              <span className="sources__date">
                {source.published ? <ItemDate date={source.published} /> : 'Undated'}
              </span>
              <ExternalLink href={source.url}>
                <span className="sources__url">{source.url}</span>
              </ExternalLink>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
