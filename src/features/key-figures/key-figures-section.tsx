import { useState } from 'react';
import type { DatasetIndex, FigureItem } from '../../model/dataset-index.ts';
import { figureNumber, figureValue, measureText, periodText, rangeText } from '../../model/figure-text.ts';
import { formatCount, formatRange } from '../../model/format.ts';
import { BESIDE_WITHIN_MONTHS, keyFiguresOf, type KeyFigure } from '../../model/headline.ts';
import { ChangeBadge } from '../../ui/change-badge.tsx';
import { CiteButton } from '../../ui/cite-button.tsx';
import { EmbedButton } from '../../ui/embed-button.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { SectionIntro } from '../../ui/section.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

const LEAD_REASON: Record<NonNullable<KeyFigure['leadReason']>, string> = {
  editors: 'Chosen by the editors as the best estimate.',
  reference: 'The latest figure of the reference source for this measure.',
  latest: 'The latest confirmed, reported or estimated figure.',
};

function Lead({ figure, card, index }: { figure: FigureItem; card: KeyFigure; index: DatasetIndex }) {
  const { metric } = card;
  const record = figure.record;
  const range = rangeText(figure);
  return (
    <>
      <p className="key-card__value">
        <span className="key-card__number">{figureNumber(record)}</span>{' '}
        <span className="key-card__unit">{metric.unit}</span>
      </p>
      <p className="key-card__measure">
        {measureText(metric, record)}
        {range && <span className="key-card__own-range"> · range given {range}</span>}
      </p>
      <p className="key-card__claimant">
        <span className="key-card__label">Claimed by</span> {figure.claimantName}
      </p>
      <p className="meta-line">
        <StatusBadge status={record.status} />
        <ItemDate date={record.date} />
        <ChangeBadge id={record.id} index={index} />
      </p>
    </>
  );
}

/** Where the lead figure comes from and why it leads. */
function LeadDetails({ figure, card, index }: { figure: FigureItem; card: KeyFigure; index: DatasetIndex }) {
  const record = figure.record;
  return (
    <>
      {record.note && <p className="key-card__note">{record.note}</p>}
      <SourceRefs ids={record.sources} index={index} />
      {card.leadReason && <p className="key-card__why">{LEAD_REASON[card.leadReason]}</p>}
    </>
  );
}

function NoLead({ card }: { card: KeyFigure }) {
  const { range, metric } = card;
  return (
    <>
      <p className="key-card__value key-card__value--range">
        <span className="key-card__number">{range ? formatRange(range.low, range.high) : '—'}</span>{' '}
        <span className="key-card__unit">{metric.unit}</span>
      </p>
      <p className="key-card__measure">
        No single number: no confirmed, reported or estimated figure yet. The range of the claims below.
      </p>
    </>
  );
}

function Beside({ card }: { card: KeyFigure }) {
  if (card.beside.length === 0) return null;
  const titleId = `key-${card.metric.id}-beside`;
  return (
    <div className="key-card__beside">
      <p id={titleId} className="key-card__beside-title">
        {card.lead ? `Other claims within ${BESIDE_WITHIN_MONTHS} months` : 'Latest claim of each side'}
      </p>
      <ul aria-labelledby={titleId}>
        {card.beside.map((figure) => (
          <li key={figure.id}>
            <span className="key-card__beside-value">{figureValue(figure.record, card.metric.unit)}</span>
            {figure.record.period && (
              <span className="key-card__beside-period"> in {periodText(figure.record.period)}</span>
            )}{' '}
            <span className="key-card__beside-who">{figure.claimantName}</span>{' '}
            <span className="meta-line meta-line--inline">
              <StatusBadge status={figure.record.status} />
              <ItemDate date={figure.date} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function moreText(card: KeyFigure): string {
  const parts = [
    card.earlier > 0 ? formatCount(card.earlier, 'earlier claim') : null,
    card.projections > 0 ? formatCount(card.projections, 'forecast') : null,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(' and ')}: compare all claims` : 'Compare all claims';
}

/** A first height for an embedded card's frame, until the card reports its own. */
const KEY_CARD_HEIGHT = 420;

/** Cite the lead figure; embed the card elsewhere. */
function CardTools({ card, index }: { card: KeyFigure; index: DatasetIndex }) {
  const { metric, lead } = card;
  return (
    <p className="key-card__tools">
      {lead && (
        <CiteButton
          index={index}
          subject={{ kind: 'item', id: lead.id }}
          what={`the key figure ${metric.name}`}
        />
      )}
      <EmbedButton index={index} kind="figure" metricId={metric.id} height={() => KEY_CARD_HEIGHT} />
    </p>
  );
}

/**
 * One measure's card. `sheet` is the full sheet's address when the card is embedded
 * elsewhere: its links then lead there, and it has no tools.
 */
export function KeyFigureCard({
  card,
  index,
  sheet,
}: {
  card: KeyFigure;
  index: DatasetIndex;
  sheet?: string;
}) {
  const { metric, lead } = card;
  const titleId = `key-${metric.id}-title`;
  const detailsId = `key-${metric.id}-details`;
  // On a phone a card shows its number, claimant and status; the rest unfolds on request.
  const [folded, setFolded] = useState(true);
  const others = card.beside.length;
  return (
    <article className="card key-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="key-card__metric">
        {metric.name}
      </h3>
      {lead ? <Lead figure={lead} card={card} index={index} /> : <NoLead card={card} />}
      <button
        type="button"
        className="link-button key-card__unfold"
        aria-expanded={!folded}
        aria-controls={detailsId}
        onClick={() => setFolded((value) => !value)}
      >
        {folded ? `Source${others > 0 ? ` and ${formatCount(others, 'other claim')}` : ''}` : 'Fewer details'}
      </button>
      <div className="key-card__details" id={detailsId} data-folded={folded}>
        {lead && <LeadDetails figure={lead} card={card} index={index} />}
        <Beside card={card} />
        <p className="key-card__range">
          <a
            href={`${sheet ?? ''}#claims-${metric.id}`}
            {...(sheet === undefined ? {} : { target: '_blank', rel: 'noopener' })}
          >
            {moreText(card)}
          </a>
        </p>
        {sheet === undefined && <CardTools card={card} index={index} />}
      </div>
    </article>
  );
}

export function KeyFiguresSection({ index }: { index: DatasetIndex }) {
  // Of the whole dataset: key figures never follow the filters.
  const cards = keyFiguresOf(index);
  return (
    <>
      <SectionIntro>
        Each measure’s reference figure, who claims it and how sure it is (filters do not change these).{' '}
        <a href="#sec-method">What the labels mean</a>
      </SectionIntro>
      <div className="key-grid">
        {cards.map((card) => (
          <KeyFigureCard key={card.metric.id} card={card} index={index} />
        ))}
      </div>
    </>
  );
}
