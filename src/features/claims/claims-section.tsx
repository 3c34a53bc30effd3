import './claims.css';
import { useMemo, useState } from 'react';
import type { Metric } from '../../data/schema.ts';
import { comparedMetrics } from '../../model/chart-groups.ts';
import { abbreviateChain, type RevisionChain } from '../../model/claims.ts';
import { claimsSummary, compareMetric } from '../../model/claims-compared.ts';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { figureNumber, rangeText } from '../../model/figure-text.ts';
import { formatCount, formatNumber, withUnit } from '../../model/format.ts';
import { keyFiguresOf } from '../../model/headline.ts';
import type { FigureItem } from '../../model/dataset-index.ts';
import { FigureList } from './figure-list.tsx';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { Highlight } from '../../ui/highlight.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { useReveal } from '../../ui/reveal.ts';
import { SectionIntro } from '../../ui/section.tsx';
import type { SectionProps } from '../../ui/section-props.ts';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useNearViewport } from '../../ui/use-near-viewport.ts';
import { drawWhen } from '../../model/draw-policy.ts';
import type { Location } from '../../model/permalink.ts';

/** Space kept for a metric's claims before they are first drawn. */
const ESTIMATED_HEIGHT = 600;

/** A claim's value with its qualifier, and the range it gave: "about 3,000 (range 2,500–3,500)". */
function claimText(figure: FigureItem): string {
  const range = rangeText(figure);
  return range ? `${figureNumber(figure.record)} (range ${range})` : figureNumber(figure.record);
}

const place = (value: number, max: number) => (max > 0 ? 2 + (value / max) * 96 : 2);

/** A dot at the value and a bar from low to high, on a scale shared by the metric's rows. */
function DotRange({ figure, max }: { figure: FigureItem; max: number }) {
  const { record } = figure;
  return (
    <svg
      className="dot-range"
      viewBox="0 0 100 16"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <line className="dot-range__axis" x1="2" x2="98" y1="8" y2="8" />
      <line
        className="dot-range__bar"
        x1={place(figure.low, max)}
        x2={place(figure.high, max)}
        y1="8"
        y2="8"
      />
      {record.value !== undefined && (
        <ellipse
          className={`dot-range__dot dot-range__dot--${record.status}`}
          cx={place(record.value, max)}
          cy="8"
          rx="2.6"
          ry="5"
        />
      )}
    </svg>
  );
}

/**
 * The dot strips' axis, once above the rows: its two ends and the lowest claim labelled,
 * and where the key figure (the number the sheet leads with) sits.
 */
function DotAxis({ low, max, keyValue }: { low: number; max: number; keyValue: number | null }) {
  const at = (value: number) => ({ left: `${place(value, max)}%` });
  // The lowest claim gets a label only where it cannot run into the ends' labels.
  const lowShown = max > 0 && low / max > 0.2 && low / max < 0.75;
  return (
    <div className="dot-axis" aria-hidden="true">
      <span className="dot-axis__label dot-axis__label--start">0</span>
      {lowShown && (
        <span className="dot-axis__label" style={at(low)}>
          {formatNumber(low)}
        </span>
      )}
      <span className="dot-axis__label dot-axis__label--end">{formatNumber(max)}</span>
      {keyValue !== null &&
        (place(keyValue, max) > 60 ? (
          <span className="dot-axis__key dot-axis__key--left" style={at(keyValue)}>
            key figure ▼
          </span>
        ) : (
          <span className="dot-axis__key" style={at(keyValue)}>
            ▼ key figure
          </span>
        ))}
    </div>
  );
}

function RevisionSteps({ chain, unit }: { chain: RevisionChain; unit: string }) {
  const { head, omitted, tail } = abbreviateChain(chain.figures);
  const step = (figure: FigureItem, first: boolean) => (
    <span key={figure.id} className="revisions__step">
      {!first && <span aria-label=", then"> → </span>}
      {figureNumber(figure.record)}
      {first ? ` ${unit}` : ''} ({figure.shownDate})
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
  target,
}: {
  metric: Metric;
  figures: FigureItem[];
  index: DatasetIndex;
  /** Where a link into this measure's claims points. */
  target: Location | null;
}) {
  const titleId = `claims-${metric.id}-title`;
  const detailId = `claims-${metric.id}-detail`;
  // One line per measure until the reader asks for the detail, or a link points into it.
  const [chosen, setOpen] = useState<boolean | null>(null);
  const open = chosen ?? target !== null;
  const {
    ref,
    drawn: near,
    height,
  } = useNearViewport<HTMLDivElement>(drawWhen('claims', index.items.length), target !== null);
  // Compared only when open and drawn: on a large dataset most metrics are off screen.
  const comparison = useMemo(
    () => (open && near ? compareMetric(metric, figures) : null),
    [open, near, metric, figures],
  );
  useReveal(target?.row === null ? target.id : null, comparison !== null);
  const summary = useMemo(() => claimsSummary(metric, figures), [figures, metric]);
  const keyFigure = useMemo(
    () => keyFiguresOf(index).find((card) => card.metric.id === metric.id)?.lead ?? null,
    [index, metric],
  );
  return (
    <article id={`claims-${metric.id}`} className="claims-metric" aria-labelledby={titleId} tabIndex={-1}>
      <div className="claims-metric__head">
        <h3 id={titleId} className="claims-metric__title">
          <Highlight text={metric.name} /> <span className="claims-metric__unit">({metric.unit})</span>
        </h3>
        <p className="claims-metric__summary">{summary}</p>
        <button
          type="button"
          className="button button--quiet button--small claims-metric__toggle"
          aria-expanded={open}
          aria-controls={detailId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide the claims' : 'Compare the claims'}
          <span className="visually-hidden"> of {metric.name}</span>
        </button>
      </div>
      <div
        id={detailId}
        ref={ref}
        hidden={!open}
        style={!open || comparison ? undefined : { minHeight: height ?? ESTIMATED_HEIGHT }}
      >
        {comparison && (
          <>
            <p className="claims-metric__order">Latest claim of each claimant, lowest first.</p>
            <div className="claim-row claim-row--axis">
              <DotAxis
                low={Math.min(...comparison.claims.map((c) => c.low))}
                max={comparison.scaleMax}
                keyValue={
                  keyFigure && comparison.claims.some((c) => c.id === keyFigure.id)
                    ? (keyFigure.record.value ?? keyFigure.high)
                    : null
                }
              />
            </div>
            <ol className="claims-list">
              {comparison.claims.map((claim) => {
                const earlier = comparison.earlier.has(claim.id);
                return (
                  <li key={claim.id} className={`claim-row${earlier ? ' claim-row--earlier' : ''}`}>
                    <span className="claim-row__who">
                      <Highlight text={claim.claimantName} />
                    </span>
                    <span className="claim-row__value">{withUnit(claimText(claim), metric.unit)}</span>
                    <span className="claim-row__meta">
                      <ItemDate date={claim.date} /> <StatusBadge status={claim.record.status} />
                      {earlier && <span className="claim-row__tag">earlier</span>}
                      {keyFigure?.id === claim.id && (
                        <span className="claim-row__tag claim-row__tag--key">key figure</span>
                      )}
                    </span>
                    <DotRange figure={claim} max={comparison.scaleMax} />
                    <span className="claim-row__source">
                      <SourceRefs ids={claim.record.sources} index={index} />
                    </span>
                  </li>
                );
              })}
            </ol>
            {comparison.earlier.size > 0 && (
              <p className="claims-metric__note">
                “Earlier”: more than 12 months older than the newest claim here.
              </p>
            )}
            {comparison.revisions.length > 0 && (
              <>
                <h4 className="claims-metric__subtitle">How claims changed</h4>
                <ul className="revisions">
                  {comparison.revisions.map((chain) => (
                    <li key={chain.claimant}>
                      <span className="revisions__who">{(chain.figures[0] as FigureItem).claimantName}:</span>{' '}
                      <RevisionSteps chain={chain} unit={metric.unit} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <FigureList
              figures={comparison.figures}
              unit={metric.unit}
              index={index}
              target={target?.row != null ? target : null}
            />
          </>
        )}
      </div>
    </article>
  );
}

export function ClaimsSection({ index, selection, clear, target }: SectionProps) {
  const byMetric = useMemo(
    () => comparedMetrics(index.data.metrics, selection.figures),
    [index, selection.figures],
  );
  return (
    <>
      <SectionIntro>
        Measures that two or more claimants give numbers for, one line each: open one for the latest claim of
        every claimant side by side, with its range and status, then how each claimant revised its number.
        Measures with one claimant are under Other numbers.
      </SectionIntro>
      {byMetric.length === 0 ? (
        <EmptyNote what="measures with two or more claimants" action={clear} />
      ) : (
        byMetric.map(({ metric, figures: ofMetric }) => (
          <MetricClaims
            key={metric.id}
            metric={metric}
            figures={ofMetric}
            index={index}
            target={target?.block === metric.id ? target : null}
          />
        ))
      )}
    </>
  );
}
