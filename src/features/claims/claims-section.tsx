import { useCallback, useMemo, type ReactNode } from 'react';
import type { Metric } from '../../data/schema.ts';
import {
  abbreviateChain,
  claimantCount,
  metricsWithFigures,
  highOf,
  lowOf,
  type RevisionChain,
} from '../../model/claims.ts';
import { compareMetric } from '../../model/claims-compared.ts';
import { claimantName, type DatasetIndex } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { figureNumber, givenRange } from '../../model/figure-text.ts';
import { formatCount, withUnit } from '../../model/format.ts';
import type { FigureItem } from '../../model/dataset-index.ts';
import { FigureList } from './figure-list.tsx';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { Highlight } from '../../ui/highlight.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { Section } from '../../ui/section.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { DRAW_ALL_UP_TO_ITEMS, useNearViewport } from '../../ui/use-near-viewport.ts';

/** Space kept for a metric's claims before they are first drawn. */
const ESTIMATED_HEIGHT = 600;

/** A claim's value with its qualifier, and the range it gave: "about 3,000 (range 2,500–3,500)". */
function claimText(figure: FigureItem): string {
  const range = givenRange(figure.record);
  return range ? `${figureNumber(figure.record)} (range ${range})` : figureNumber(figure.record);
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
      {record.value !== undefined && (
        <circle
          className={`dot-range__dot dot-range__dot--${record.status}`}
          cx={scale(record.value)}
          cy="8"
          r="5"
        />
      )}
    </svg>
  );
}

function RevisionSteps({ chain, unit }: { chain: RevisionChain; unit: string }) {
  const { head, omitted, tail } = abbreviateChain(chain.figures);
  const step = (figure: FigureItem, first: boolean) => (
    <span key={figure.id} className="revisions__step">
      {!first && <span aria-label=", then"> → </span>}
      {figureNumber(figure.record)}
      {first ? ` ${unit}` : ''} ({formatDate(figure.date)})
    </span>
  );
  return (
    <>
      {head.map((figure, at) => step(figure, at === 0))}
      {omitted > 0 && (
        <span className="revisions__step revisions__omitted">
          <span aria-label=", then"> → </span>… {formatCount(omitted, 'more claim')} (see all figures) …
        </span>
      )}
      {tail.map((figure) => step(figure, false))}
    </>
  );
}

function MetricClaims({
  metric,
  figures,
  index,
}: {
  metric: Metric;
  figures: FigureItem[];
  index: DatasetIndex;
}) {
  const titleId = `claims-${metric.id}-title`;
  const holds = useCallback((id: string) => figures.some((f) => f.id === id), [figures]);
  const { ref, near, height } = useNearViewport<HTMLDivElement>({
    draw: index.items.length <= DRAW_ALL_UP_TO_ITEMS ? 'always' : 'while-near',
    holds,
  });
  // Compared only when drawn: on a large dataset most metrics are off screen.
  const comparison = useMemo(() => (near ? compareMetric(metric, figures) : null), [near, metric, figures]);
  const claimants = useMemo(() => claimantCount(figures), [figures]);
  return (
    <article id={`claims-${metric.id}`} className="claims-metric" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="claims-metric__title">
        <Highlight text={metric.name} /> <span className="claims-metric__unit">({metric.unit})</span>
      </h3>
      <p className="claims-metric__summary">
        {claimants === 1 ? 'One claimant.' : `${claimants} claimants, lowest latest claim first.`}
      </p>
      <div ref={ref} style={comparison ? undefined : { minHeight: height ?? ESTIMATED_HEIGHT }}>
        {comparison && (
          <>
            <ol className="claims-list">
              {comparison.claims.map((claim) => (
                <li key={claim.id} className="claim-row">
                  <span className="claim-row__who">
                    <Highlight text={claimantName(index, claim.record)} />
                  </span>
                  <span className="claim-row__value">{withUnit(claimText(claim), metric.unit)}</span>
                  <span className="claim-row__meta">
                    <ItemDate date={claim.date} /> <StatusBadge status={claim.record.status} />
                  </span>
                  <DotRange figure={claim} max={comparison.scaleMax} />
                  <span className="claim-row__source">
                    <SourceRefs ids={claim.record.sources} index={index} />
                  </span>
                </li>
              ))}
            </ol>
            {comparison.revisions.length > 0 && (
              <>
                <h4 className="claims-metric__subtitle">How claims changed</h4>
                <ul className="revisions">
                  {comparison.revisions.map((chain) => (
                    <li key={chain.claimant}>
                      <span className="revisions__who">
                        {claimantName(index, (chain.figures[0] as FigureItem).record)}:
                      </span>{' '}
                      <RevisionSteps chain={chain} unit={metric.unit} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <FigureList figures={comparison.figures} unit={metric.unit} index={index} />
          </>
        )}
      </div>
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
  const byMetric = useMemo(() => metricsWithFigures(index.data.metrics, figures), [index, figures]);
  return (
    <Section
      id="claims"
      title="Claims compared"
      intro="For each measure, the latest claim of every claimant side by side, with its range and status, then how each claimant revised its number over time."
    >
      {byMetric.length === 0 ? (
        <EmptyNote what="figures" action={emptyAction} />
      ) : (
        byMetric.map(({ metric, figures: ofMetric }) => (
          <MetricClaims key={metric.id} metric={metric} figures={ofMetric} index={index} />
        ))
      )}
    </Section>
  );
}
