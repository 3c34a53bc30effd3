import { useState } from 'react';
import { claimantName, type DatasetIndex } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { ROWS_AT_ONCE } from '../../model/draw-policy.ts';
import { figureNumber, givenRange, periodText } from '../../model/figure-text.ts';
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
          {rows.map(({ record }) => (
            <tr key={record.id}>
              <td className="one-line">
                <ItemDate date={record.date} />
              </td>
              {periods && <td className="one-line">{record.period ? periodText(record.period) : '—'}</td>}
              <td className="data-table__who">{claimantName(index, record)}</td>
              <td className="num">{figureNumber(record)}</td>
              <td className="num">{givenRange(record) ?? '—'}</td>
              <td className="one-line">{STATUS_LABEL[record.status]}</td>
              <td className="data-table__source">
                <SourceRefs ids={record.sources} index={index} labelled={false} />
              </td>
              <td className="data-table__cite">
                <CiteButton
                  index={index}
                  subject={{ kind: 'item', id: record.id }}
                  what={`figure: ${figureNumber(record)} ${metric.unit}, ${claimantName(index, record)}, ${formatDate(record.date)}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.length > shown && (
        <button type="button" className="button button--quiet" onClick={() => setShown((n) => n + ROWS_AT_ONCE)}>
          Show {Math.min(ROWS_AT_ONCE, figures.length - shown)} more of {figures.length - shown} remaining rows
        </button>
      )}
    </div>
  );
}
