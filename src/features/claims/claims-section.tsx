import { useMemo, type ReactNode } from 'react';
import { lowOf, highOf } from '../../model/claims.ts';
import { compareClaims, type MetricComparison } from '../../model/claims-compared.ts';
import { claimantName, type DatasetIndex } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { formatNumber, formatRange, withUnit } from '../../model/format.ts';
import type { FigureItem } from '../../model/dataset-index.ts';
import { FigureList } from './figure-list.tsx';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { Section } from '../../ui/section.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

/** A claim's value, or its range when it has one: "11,000 (11,000–15,000)". */
function claimText(figure: FigureItem): string {
  const { record } = figure;
  const value = formatNumber(record.value);
  const low = lowOf(record);
  const high = highOf(record);
  return low === high ? value : `${value} (range ${formatRange(low, high)})`;
}

/** A dot at the value and a bar from low to high, on a scale shared by the metric's rows. */
function DotRange({ figure, max }: { figure: FigureItem; max: number }) {
  const scale = (v: number) => (max > 0 ? 4 + (v / max) * 192 : 4);
  const { record } = figure;
  return (
    <svg
      className="dot-range"
      viewBox="0 0 200 16"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <line className="dot-range__axis" x1="4" x2="196" y1="8" y2="8" />
      <line className="dot-range__bar" x1={scale(lowOf(record))} x2={scale(highOf(record))} y1="8" y2="8" />
      <circle
        className={`dot-range__dot dot-range__dot--${record.status}`}
        cx={scale(record.value)}
        cy="8"
        r="5"
      />
    </svg>
  );
}

function MetricClaims({ comparison, index }: { comparison: MetricComparison; index: DatasetIndex }) {
  const { metric, claims, revisions, scaleMax } = comparison;
  const titleId = `claims-${metric.id}-title`;
  return (
    <article id={`claims-${metric.id}`} className="claims-metric" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="claims-metric__title">
        {metric.name} <span className="claims-metric__unit">({metric.unit})</span>
      </h3>
      <p className="claims-metric__summary">
        {claims.length === 1 ? 'One claimant.' : `${claims.length} claimants, lowest latest claim first.`}
      </p>
      <ol className="claims-list">
        {claims.map((claim) => (
          <li key={claim.id} className="claim-row">
            <span className="claim-row__who">{claimantName(index, claim.record)}</span>
            <span className="claim-row__value">{withUnit(claimText(claim), metric.unit)}</span>
            <span className="claim-row__meta">
              <ItemDate date={claim.date} /> <StatusBadge status={claim.record.status} />
            </span>
            <DotRange figure={claim} max={scaleMax} />
            <span className="claim-row__source">
              <SourceRefs ids={claim.record.sources} index={index} />
            </span>
          </li>
        ))}
      </ol>
      {revisions.length > 0 && (
        <>
          <h4 className="claims-metric__subtitle">How claims changed</h4>
          <ul className="revisions">
            {revisions.map((chain) => (
              <li key={chain.claimant}>
                <span className="revisions__who">
                  {claimantName(index, (chain.figures[0] as FigureItem).record)}:
                </span>{' '}
                {chain.figures.map((figure, at) => (
                  <span key={figure.id} className="revisions__step">
                    {at > 0 && <span aria-label=", then"> → </span>}
                    {formatNumber(figure.record.value)}
                    {at === 0 ? ` ${metric.unit}` : ''} ({formatDate(figure.date)})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <FigureList figures={comparison.figures} unit={metric.unit} index={index} />
    </article>
  );
}

export function ClaimsSection({
  figures,
  index,
  emptyAction,
}: {
  figures: readonly FigureItem[];
  index: DatasetIndex;
  emptyAction?: ReactNode;
}) {
  const comparisons = useMemo(() => compareClaims(index.data.metrics, figures), [index, figures]);
  return (
    <Section
      id="claims"
      title="Claims compared"
      intro="For each measure, the latest claim of every claimant side by side, with its range and status, then how each claimant revised its number over time."
    >
      {comparisons.length === 0 ? (
        <EmptyNote what="figures" action={emptyAction} />
      ) : (
        comparisons.map((comparison) => (
          <MetricClaims key={comparison.metric.id} comparison={comparison} index={index} />
        ))
      )}
    </Section>
  );
}
