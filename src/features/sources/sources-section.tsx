import type { ReactNode } from 'react';
import type { Source } from '../../data/schema.ts';
import { formatCount } from '../../model/format.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { ExternalLink } from '../../ui/external-link.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { FULL_LIST_LIMIT, LongList } from '../../ui/long-list.tsx';
import { Section } from '../../ui/section.tsx';
import { sourceAnchor } from '../../ui/source-refs.tsx';

function SourceEntry({ source, as: Element = 'li' }: { source: Source; as?: 'li' | 'div' }) {
  return (
    <Element id={sourceAnchor(source.id)} className="sources__item" tabIndex={-1}>
      <span className="sources__outlet">{source.outlet}</span>
      {source.title && <span className="sources__title">{source.title}</span>}
      <span className="sources__date">
        {source.published ? <ItemDate date={source.published} /> : 'Undated'}
      </span>
      <ExternalLink href={source.url}>
        <span className="sources__url">{source.url}</span>
      </ExternalLink>
      {source.archiveUrl ? (
        <span className="sources__copy">
          <ExternalLink
            href={source.archiveUrl}
            label={`Archived copy${source.via ? ` on ${source.via}` : ''} (new tab)`}
          >
            Archived copy
          </ExternalLink>
          {source.via && <> on {source.via}</>}
        </span>
      ) : (
        source.via && <span className="sources__copy">Read via {source.via}</span>
      )}
    </Element>
  );
}

export function SourcesSection({
  sources,
  total,
  emptyAction,
}: {
  sources: readonly Source[];
  /** How many sources the dataset has. */
  total: number;
  emptyAction?: ReactNode;
}) {
  return (
    <Section id="sources" title="Sources" intro="Every source cited by what is shown above.">
      {sources.length === 0 ? (
        <EmptyNote what="sources" action={emptyAction} />
      ) : total > FULL_LIST_LIMIT ? (
        <>
          <p className="list-count">
            {formatCount(sources.length, 'source')} cited, by outlet; more appear as you scroll.
          </p>
          <LongList
            items={sources}
            getId={(source) => sourceAnchor(source.id)}
            renderItem={(source) => <SourceEntry source={source} as="div" />}
            estimateSize={96}
            minColumnWidth={448}
            gap={12}
            label="Sources"
          />
        </>
      ) : (
        <ol className="sources">
          {sources.map((source) => (
            <SourceEntry key={source.id} source={source} />
          ))}
        </ol>
      )}
    </Section>
  );
}
