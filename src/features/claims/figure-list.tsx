import { useEffect, useState } from 'react';
import { claimantName, type DatasetIndex, type FigureItem } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { figureValue, givenRange } from '../../model/figure-text.ts';
import { Highlight } from '../../ui/highlight.tsx';
import { ItemLinks } from '../../ui/item-links.tsx';
import { hashTarget } from '../../ui/hash-target.ts';
import { ItemDate } from '../../ui/item-date.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

const PAGE = 200;

/**
 * Every figure of a metric, oldest first, each with its own anchor (#id) and "Copy link".
 * Closed by default; opens by itself when a link points at one of its figures.
 */
export function FigureList({
  figures,
  unit,
  index,
}: {
  figures: readonly FigureItem[];
  unit: string;
  index: DatasetIndex;
}) {
  const position = (id: string) => figures.findIndex((f) => f.id === id);
  const [open, setOpen] = useState(() => position(hashTarget()) >= 0);
  const [shown, setShown] = useState(() => Math.max(PAGE, position(hashTarget()) + 1));

  useEffect(() => {
    const onHash = () => {
      const at = figures.findIndex((f) => f.id === hashTarget());
      if (at < 0) return;
      setOpen(true);
      setShown((n) => Math.max(n, at + 1));
    };
    // The hash may have changed between this list's render and now.
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [figures]);

  return (
    <details className="all-figures" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {figures.length === 1 ? 'The one figure, in full' : `All ${figures.length} figures, oldest first`}
      </summary>
      {open && (
        <>
          <ol className="figure-list">
            {figures.slice(0, shown).map(({ record }) => (
              <li key={record.id} id={record.id} className="figure-list__item" tabIndex={-1}>
                <div className="item-head">
                  <p className="figure-list__head">
                    <span className="figure-list__value">
                      {figureValue(record, unit)}
                      {givenRange(record) && ` (range ${givenRange(record)})`}
                    </span>{' '}
                    <span className="figure-list__who">
                      <Highlight text={claimantName(index, record)} />
                    </span>
                  </p>
                  <ItemLinks
                    id={record.id}
                    what={`figure: ${figureValue(record, unit)}, ${claimantName(index, record)}, ${formatDate(record.date)}`}
                    index={index}
                  />
                </div>
                <p className="meta-line">
                  <ItemDate date={record.date} />
                  <StatusBadge status={record.status} />
                </p>
                {record.note && (
                  <p className="figure-list__note">
                    <Highlight text={record.note} />
                  </p>
                )}
                <SourceRefs ids={record.sources} index={index} />
              </li>
            ))}
          </ol>
          {figures.length > shown && (
            <button type="button" className="button button--quiet" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, figures.length - shown)} more of {figures.length - shown} remaining figures
            </button>
          )}
        </>
      )}
    </details>
  );
}
