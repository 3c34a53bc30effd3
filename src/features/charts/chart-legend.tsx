import type { Status } from '../../data/schema.ts';
import type { ChartModel } from '../../model/series.ts';
import { colourClass, MarkerSwatch, shapeOf } from '../../ui/marker-shape.tsx';

const MARK_MEANINGS: { key: string; statuses: Status[]; shown: Status; text: string }[] = [
  {
    key: 'firm',
    statuses: ['confirmed', 'reported', 'estimated'],
    shown: 'reported',
    text: 'filled: confirmed, reported or estimate',
  },
  { key: 'projected', statuses: ['projected'], shown: 'projected', text: 'hollow: forecast' },
  { key: 'claimed', statuses: ['claimed'], shown: 'claimed', text: 'dashed ring: claim' },
  { key: 'disputed', statuses: ['disputed'], shown: 'disputed', text: 'struck through: disputed' },
];

/** Says in words what every colour, shape and mark of the chart means. */
export function ChartLegend({ chart }: { chart: ChartModel }) {
  const present = new Set(chart.series.flatMap((s) => s.points.map((p) => p.status)));
  const hasRanges = chart.series.some((s) => s.points.some((p) => p.low !== p.high));
  return (
    <div className="chart-legend">
      <ul className="chart-legend__series" aria-label="Claimants">
        {chart.series.map((series) => (
          <li key={series.key} className={colourClass(series.style)}>
            <MarkerSwatch shape={shapeOf(series.style)} status="reported" />
            {series.name}
          </li>
        ))}
      </ul>
      <ul className="chart-legend__marks" aria-label="Marks">
        {MARK_MEANINGS.filter((m) => m.statuses.some((s) => present.has(s))).map((m) => (
          <li key={m.key}>
            <MarkerSwatch shape="circle" status={m.shown} className="swatch--neutral" />
            {m.text}
          </li>
        ))}
        {hasRanges && (
          <li>
            <svg
              className="swatch swatch--neutral"
              viewBox="-11 -11 22 22"
              width="22"
              height="22"
              aria-hidden="true"
            >
              <path d="M-4,-8H4M0,-8V8M-4,8H4" className="legend-range" />
            </svg>
            vertical bar: low–high range
          </li>
        )}
        {chart.annotations.length > 0 && (
          <li>
            <svg
              className="swatch swatch--neutral"
              viewBox="-11 -11 22 22"
              width="22"
              height="22"
              aria-hidden="true"
            >
              <path d="M0,-10V10" className="legend-event" />
              <path d="M-4,-10H4L0,-5Z" className="legend-event-marker" />
            </svg>
            dashed line: an event
            <span className="screen-only"> (hover or focus the triangle for its title)</span>
          </li>
        )}
      </ul>
    </div>
  );
}
