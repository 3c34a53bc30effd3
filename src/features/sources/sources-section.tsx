import { useEffect, useState, type ReactNode } from 'react';
import type { Source } from '../../data/schema.ts';
import { formatCount, formatWhole } from '../../model/format.ts';
import { firstOfGroups, groupByOutlet, hostOf } from '../../model/source-groups.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { ExternalLink } from '../../ui/external-link.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { FULL_LIST_LIMIT, LongList } from '../../ui/long-list.tsx';
import { Section } from '../../ui/section.tsx';
import { sourceAnchor } from '../../ui/source-refs.tsx';
import { usePrinting } from '../../ui/use-printing.ts';

/** Sources listed before "Show all": enough to see what kind of sources these are. */
export const SOURCES_SHOWN_FIRST = 20;

function SourceEntry({ source, as: Element = 'li' }: { source: Source; as?: 'li' | 'div' }) {
  const host = hostOf(source.url);
  return (
    <Element id={sourceAnchor(source.id)} className="sources__item" tabIndex={-1}>
      {Element === 'div' && <span className="sources__outlet">{source.outlet}</span>}
      {/* Untitled reports are named by where they are: "www.lbcgroup.tv". */}
      <ExternalLink href={source.url}>
        <span className="sources__title">{source.title ?? host ?? source.url}</span>
      </ExternalLink>
      <span className="sources__meta">
        {source.published ? <ItemDate date={source.published} /> : 'Undated'}
        {host && source.title && <span className="sources__host">{host}</span>}
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
      </span>
    </Element>
  );
}

/** The list shows its first sources; a permalink to a later one (or printing) shows them all. */
function useShowAll(sources: readonly Source[]): [boolean, () => void] {
  const [all, setAll] = useState(false);
  const printing = usePrinting();
  useEffect(() => {
    const hidden = new Set(sources.slice(SOURCES_SHOWN_FIRST).map((source) => sourceAnchor(source.id)));
    const onReveal = (event: Event) => {
      if (hidden.has((event as CustomEvent<string>).detail)) setAll(true);
    };
    window.addEventListener('factsheet:reveal', onReveal);
    return () => window.removeEventListener('factsheet:reveal', onReveal);
  }, [sources]);
  return [all || printing, () => setAll(true)];
}

function GroupedSources({ sources }: { sources: readonly Source[] }) {
  const [all, showAll] = useShowAll(sources);
  const groups = groupByOutlet(sources);
  const shown = all ? groups : firstOfGroups(groups, SOURCES_SHOWN_FIRST);
  return (
    <>
      <div className="sources">
        {shown.map(({ outlet, sources: ofOutlet }) => (
          <div key={outlet} className="sources__outlet-group">
            <h3 className="sources__outlet">{outlet}</h3>
            <ul className="sources__list">
              {ofOutlet.map((source) => (
                <SourceEntry key={source.id} source={source} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      {!all && sources.length > SOURCES_SHOWN_FIRST && (
        <button type="button" className="button button--quiet sources__all" onClick={showAll}>
          Show all {formatWhole(sources.length)} sources
        </button>
      )}
    </>
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
  let body: ReactNode;
  if (sources.length === 0) body = <EmptyNote what="sources" action={emptyAction} />;
  else if (total > FULL_LIST_LIMIT) {
    body = (
      <>
        <p className="list-count">
          {formatCount(sources.length, 'source')} cited, by outlet; more appear as you scroll.
        </p>
        <LongList
          items={sources}
          getId={(source) => sourceAnchor(source.id)}
          renderItem={(source) => <SourceEntry source={source} as="div" />}
          estimateSize={80}
          minColumnWidth={448}
          gap={12}
          label="Sources"
        />
      </>
    );
  } else body = <GroupedSources sources={sources} />;
  return (
    <Section
      id="sources"
      title="Sources"
      intro={`Every source cited by what is shown above, by outlet${sources.length > 0 ? `: ${formatCount(sources.length, 'source')}` : ''}.`}
    >
      {body}
    </Section>
  );
}
