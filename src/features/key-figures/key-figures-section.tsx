import { useMemo, type ReactNode } from 'react';
import { keyFigures, type KeyFigure } from '../../model/claims.ts';
import { claimantName, type DatasetIndex, type FigureItem } from '../../model/dataset-index.ts';
import { formatCount, formatNumber, formatRange, withUnit } from '../../model/format.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { Section } from '../../ui/section.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

function rangeSentence({ range, metric }: KeyFigure): string {
  if (range.claimants === 1) return 'Only one claimant so far: see its claims';
  if (range.low === range.high) {
    return `All ${range.claimants} claimants' latest claims: ${withUnit(formatNumber(range.low), metric.unit)}`;
  }
  return `Latest claims run from ${formatNumber(range.low)} to ${withUnit(formatNumber(range.high), metric.unit)} across ${range.claimants} claimants`;
}

function setAsideSentence({ setAside }: KeyFigure): string | null {
  const parts = [
    setAside.projected > 0 ? formatCount(setAside.projected, 'projection') : null,
    setAside.disputed > 0 ? formatCount(setAside.disputed, 'disputed figure') : null,
  ].filter(Boolean);
  return parts.length > 0 ? `Not counted here: ${parts.join(' and ')}.` : null;
}

function KeyFigureCard({ card, index }: { card: KeyFigure; index: DatasetIndex }) {
  const { metric, latest } = card;
  const figure = latest.record;
  const titleId = `key-${metric.id}-title`;
  const hasRange = figure.low !== undefined || figure.high !== undefined;
  const setAside = setAsideSentence(card);
  return (
    <article className="card key-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="key-card__metric">
        {metric.name}
      </h3>
      <p className="key-card__value">
        <span className="key-card__number">{formatNumber(figure.value)}</span>{' '}
        <span className="key-card__unit">{metric.unit}</span>
      </p>
      {hasRange && (
        <p className="key-card__own-range">
          Range given: {formatRange(figure.low ?? figure.value, figure.high ?? figure.value)}
        </p>
      )}
      <p className="meta-line">
        <ItemDate date={figure.date} />
        <StatusBadge status={figure.status} />
      </p>
      <p className="key-card__claimant">
        <span className="key-card__label">Claimed by</span> {claimantName(index, figure)}
      </p>
      {figure.note && <p className="key-card__note">{figure.note}</p>}
      <SourceRefs ids={figure.sources} index={index} />
      <p className="key-card__range">
        <a href={`#claims-${metric.id}`}>{rangeSentence(card)}</a>
        {setAside && <span className="key-card__aside"> {setAside}</span>}
      </p>
    </article>
  );
}

export function KeyFiguresSection({
  figures,
  index,
  emptyAction,
}: {
  figures: readonly FigureItem[];
  index: DatasetIndex;
  emptyAction?: ReactNode;
}) {
  const cards = useMemo(() => keyFigures(index.data.metrics, figures), [index, figures]);
  return (
    <Section
      id="key-figures"
      title="Key figures"
      intro="The latest figure for each headline measure, who claims it and how sure it is. Below each: the spread of every claimant's latest claim."
    >
      {cards.length === 0 ? (
        <EmptyNote what="key figures" action={emptyAction} />
      ) : (
        <div className="key-grid">
          {cards.map((card) => (
            <KeyFigureCard key={card.metric.id} card={card} index={index} />
          ))}
        </div>
      )}
    </Section>
  );
}
