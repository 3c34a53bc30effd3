import type { DatasetIndex } from '../model/dataset-index.ts';
import { formatDate } from '../model/dates.ts';
import { sourceAnchor } from '../model/anchors.ts';
import { ExternalLink } from './external-link.tsx';

/**
 * "Source: Yonhap, 13 Nov 2024 ↗": the outlet links to its entry under Sources, the
 * arrow to the page itself.
 */
export function SourceRefs({
  ids,
  index,
  labelled = true,
}: {
  ids: readonly string[];
  index: DatasetIndex;
  /** False in a table's Source column, whose heading already says it. */
  labelled?: boolean;
}) {
  return (
    <p className="source-refs">
      {labelled && (
        <>
          <span className="source-refs__label">{ids.length === 1 ? 'Source' : 'Sources'}:</span>{' '}
        </>
      )}
      {ids.map((id, at) => {
        const source = index.sources.get(id);
        if (!source) return null;
        const name = source.published ? `${source.outlet}, ${formatDate(source.published)}` : source.outlet;
        return (
          <span key={id} className="source-refs__item">
            {at > 0 && '; '}
            <a href={`#${sourceAnchor(id)}`}>{name}</a>{' '}
            <ExternalLink
              href={source.url}
              label={`Open ${source.outlet}${source.title ? `: ${source.title}` : ''} (new tab)`}
            >
              <span aria-hidden="true">↗</span>
            </ExternalLink>
          </span>
        );
      })}
    </p>
  );
}
