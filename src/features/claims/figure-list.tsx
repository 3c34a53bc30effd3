import { useState } from 'react';
import type { DatasetIndex, FigureItem } from '../../model/dataset-index.ts';
import { listKind } from '../../model/draw-policy.ts';
import { figureValue, rangeText } from '../../model/figure-text.ts';
import type { Location } from '../../model/permalink.ts';
import { Highlight } from '../../ui/highlight.tsx';
import { ItemLinks } from '../../ui/item-links.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { LongList } from '../../ui/long-list.tsx';
import { useReveal } from '../../ui/reveal.ts';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

function FigureEntry({
  figure,
  unit,
  index,
  as: Element = 'li',
}: {
  figure: FigureItem;
  unit: string;
  index: DatasetIndex;
  as?: 'li' | 'div';
}) {
  const { record } = figure;
  const range = rangeText(figure);
  return (
    <Element id={record.id} className="figure-list__item" tabIndex={-1}>
      <div className="item-head">
        <p className="figure-list__head">
          <span className="figure-list__value">
            {figureValue(record, unit)}
            {range && ` (range ${range})`}
          </span>{' '}
          <span className="figure-list__who">
            <Highlight text={figure.claimantName} />
          </span>
        </p>
        <ItemLinks
          id={record.id}
          what={`figure: ${figureValue(record, unit)}, ${figure.claimantName}, ${figure.shownDate}`}
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
    </Element>
  );
}

/**
 * Every figure of a metric, oldest first, each with its own anchor (#id) and "Copy link".
 * Closed by default; open when a link points at one of its figures (`target`).
 */
export function FigureList({
  figures,
  unit,
  index,
  target,
}: {
  figures: readonly FigureItem[];
  unit: string;
  index: DatasetIndex;
  target: Location | null;
}) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? target !== null;
  const virtual = listKind(figures.length) === 'virtual';
  useReveal(open && !virtual ? (target?.id ?? null) : null);

  return (
    <details className="all-figures" open={open} onToggle={(event) => setChosen(event.currentTarget.open)}>
      <summary>
        {figures.length === 1 ? 'The one figure, in full' : `All ${figures.length} figures, oldest first`}
      </summary>
      {open &&
        (virtual ? (
          <LongList
            items={figures}
            getId={(figure) => figure.id}
            renderItem={(figure) => <FigureEntry figure={figure} unit={unit} index={index} as="div" />}
            estimateSize={120}
            className="figure-list"
            label="All figures"
            datasetItems={index.items.length}
            target={target?.row != null ? { id: target.id, row: target.row } : null}
          />
        ) : (
          <ol className="figure-list">
            {figures.map((figure) => (
              <FigureEntry key={figure.id} figure={figure} unit={unit} index={index} />
            ))}
          </ol>
        ))}
    </details>
  );
}
