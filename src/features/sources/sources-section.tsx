import { useState } from 'react';
import type { Source } from '../../data/schema.ts';
import { formatCount, formatWhole } from '../../model/format.ts';
import { firstOfGroups, groupByOutlet, hostOf } from '../../model/source-groups.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { sourceAnchor } from '../../model/anchors.ts';
import type { Location } from '../../model/permalink.ts';
import { SectionIntro } from '../../ui/section.tsx';
import { SectionList } from '../../ui/section-list.tsx';
import type { SectionProps } from '../../ui/section-props.ts';
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

/** The first sources of each outlet, or all of them: on request, to print, or for a link to a later one. */
function GroupedSources({ sources, target }: { sources: readonly Source[]; target: Location | null }) {
  const [chosen, showAll] = useState(false);
  const printing = usePrinting();
  const groups = groupByOutlet(sources);
  const first = firstOfGroups(groups, SOURCES_SHOWN_FIRST);
  const linkedLater =
    target !== null && !first.some((group) => group.sources.some((s) => sourceAnchor(s.id) === target.id));
  const all = chosen || printing || linkedLater;
  const shown = all ? groups : first;
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
        <button type="button" className="button button--quiet sources__all" onClick={() => showAll(true)}>
          Show all {formatWhole(sources.length)} sources
        </button>
      )}
    </>
  );
}

export function SourcesSection({ index, selection, clear, target }: SectionProps) {
  const { sources } = selection;
  return (
    <>
      <SectionIntro>
        Every source cited by what is shown above, by outlet
        {sources.length > 0 ? `: ${formatCount(sources.length, 'source')}` : ''}.
      </SectionIntro>
      <SectionList
        items={sources}
        entriesInDataset={index.data.sources.length}
        datasetItems={index.items.length}
        what="sources"
        emptyAction={clear}
        count={`${formatCount(sources.length, 'source')} cited, by outlet`}
        target={target}
        getId={(source) => sourceAnchor(source.id)}
        renderItem={(source) => <SourceEntry source={source} as="div" />}
        estimateSize={80}
        minColumnWidth={448}
        gap={12}
        label="Sources"
        full={() => <GroupedSources sources={sources} target={target} />}
      />
    </>
  );
}
