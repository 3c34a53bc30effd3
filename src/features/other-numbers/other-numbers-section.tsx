import { useMemo, useState } from 'react';
import { otherNumbers } from '../../model/chart-groups.ts';
import type { DatasetIndex, FigureItem } from '../../model/dataset-index.ts';
import { figureNumber, figureValue, measureText } from '../../model/figure-text.ts';
import { ChangeBadge } from '../../ui/change-badge.tsx';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { useReveal } from '../../ui/reveal.ts';
import { formatCount } from '../../model/format.ts';
import { Highlight } from '../../ui/highlight.tsx';
import { SectionIntro } from '../../ui/section.tsx';
import type { SectionProps } from '../../ui/section-props.ts';
import type { Location } from '../../model/permalink.ts';
import { CiteButton } from '../../ui/cite-button.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import './other-numbers.css';

/**
 * Measures that only one claimant gives a number for: one line each (a single figure is
 * no chart, and one claimant is nothing to compare), with its earlier figures, if any.
 */
/** Earlier figures listed before "Show all": a claimant may have hundreds. */
const EARLIER_SHOWN = 5;

/**
 * A claimant's earlier figures, newest first, each with its permalink; past EARLIER_SHOWN
 * behind a button, unless a link points at one of them.
 */
function EarlierFigures({
  earlier,
  index,
  target,
}: {
  earlier: readonly FigureItem[];
  index: DatasetIndex;
  /** The figure a link points at, if it is one of these. */
  target: Location | null;
}) {
  const [chosen, setAll] = useState(false);
  const all = chosen || (target?.row ?? 0) >= EARLIER_SHOWN;
  const shown = all ? earlier : earlier.slice(0, EARLIER_SHOWN);
  useReveal(target?.id ?? null);
  return (
    <>
      {shown.map((figure, at) => (
        <span key={figure.id} id={figure.id} tabIndex={-1}>
          {at > 0 && '; '}
          {figureNumber(figure.record)} ({figure.shownDate}) <ChangeBadge id={figure.id} index={index} />
        </span>
      ))}
      {shown.length < earlier.length && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            and {formatCount(earlier.length - shown.length, 'more', 'more')}
          </button>
        </>
      )}
    </>
  );
}

export function OtherNumbersSection({ index, selection, clear, target }: SectionProps) {
  const { figures } = selection;
  // A link to a measure's line or its latest figure; earlier figures reveal themselves once shown.
  useReveal(target?.block != null && target.row === null ? target.id : null);
  const list = useMemo(() => otherNumbers(index, figures), [index, figures]);
  return (
    <>
      <SectionIntro>
        Measures that only one claimant gives a number for: its latest figure, what it counts, its status and
        source, and its earlier figures.
      </SectionIntro>
      {list.length === 0 ? (
        <EmptyNote what="single-claimant measures" action={clear} />
      ) : (
        <ul className="other-numbers">
          {list.map(({ metric, latest, earlier, charted }) => (
            <li key={metric.id} id={`other-${metric.id}`} className="other-number">
              <span className="other-number__metric">
                <Highlight text={metric.name} />
              </span>
              {/* Each figure keeps its permalink (#id) here, as figures in Claims compared do. */}
              <span id={latest.id} tabIndex={-1} className="other-number__value">
                {figureValue(latest.record, metric.unit)}
              </span>
              <span className="other-number__measure">{measureText(metric, latest.record)}</span>
              <span className="other-number__who">
                <Highlight text={latest.claimantName} />
              </span>
              <span className="other-number__badges">
                <span className="other-number__status">
                  <StatusBadge status={latest.record.status} />
                </span>{' '}
                <ChangeBadge id={latest.id} index={index} />
              </span>
              <span className="other-number__source">
                <SourceRefs ids={latest.record.sources} index={index} />{' '}
                <CiteButton
                  index={index}
                  subject={{ kind: 'item', id: latest.id }}
                  what={`figure: ${metric.name}, ${figureValue(latest.record, metric.unit)}, ${latest.claimantName}`}
                />
              </span>
              {earlier.length > 0 && (
                <p className="other-number__earlier">
                  Earlier:{' '}
                  <EarlierFigures
                    earlier={earlier}
                    index={index}
                    target={target?.block === metric.id && target.row !== null ? target : null}
                  />
                  {charted && (
                    <>
                      {' · '}
                      <a href={`#chart-${metric.id}`}>See its chart</a>
                    </>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
