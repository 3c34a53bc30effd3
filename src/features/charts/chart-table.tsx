import { useState } from 'react';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { ROWS_AT_ONCE } from '../../model/draw-policy.ts';
import { figureNumber, periodText, rangeText } from '../../model/figure-text.ts';
import type { ChartModel } from '../../model/chart-model.ts';
import { STATUS_LABEL } from '../../model/status.ts';
import { ItemDate } from '../../ui/item-date.tsx';
import { CiteButton } from '../../ui/cite-button.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';

/** The chart's long text alternative: every figure it draws, one row each. */
export function ChartTable({ chart, index }: { chart: ChartModel; index: DatasetIndex }) {
  const [shown, setShown] = useState(ROWS_AT_ONCE);
  const { metric, figures } = chart;
  const rows = figures.slice(0, shown);
  const periods = figures.some((f) => f.record.period);
  return (
    <div className="table-scroll" role="region" aria-label={`${metric.name}: table`} tabIndex={0}>
      <table className="data-table">
        <caption>
          {metric.name} ({metric.unit}):{' '}
          {figures.length === 1 ? 'the one figure' : `all ${figures.length} figures`}, oldest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {periods && <th scope="col">Period</th>}
            <th scope="col">Claimant</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col" className="num">
              Range
            </th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            <th scope="col">
              <span className="visually-hidden">Cite</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((figure) => (
            <tr key={figure.id}>
              <td className="one-line">
                <ItemDate date={figure.date} />
              </td>
              {periods && (
                <td className="one-line">{figure.record.period ? periodText(figure.record.period) : '—'}</td>
              )}
              <td className="data-table__who">{figure.claimantName}</td>
              <td className="num">{figureNumber(figure.record)}</td>
              <td className="num">{rangeText(figure) ?? '—'}</td>
              <td className="one-line">{STATUS_LABEL[figure.record.status]}</td>
              <td className="data-table__source">
                <SourceRefs ids={figure.sources} index={index} labelled={false} />
              </td>
              <td className="data-table__cite">
                <CiteButton
                  index={index}
                  subject={{ kind: 'item', id: figure.id }}
                  what={`figure: ${figureNumber(figure.record)} ${metric.unit}, ${figure.claimantName}, ${figure.shownDate}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.length > shown && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setShown((n) => n + ROWS_AT_ONCE)}
        >
          Show {Math.min(ROWS_AT_ONCE, figures.length - shown)} more of {figures.length - shown} remaining
          rows
        </button>
      )}
    </div>
  );
}
