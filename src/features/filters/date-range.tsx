import { dateChoice, dateOfChoice, isInverted } from '../../model/date-choice.ts';
import { MONTH_NAMES } from '../../model/dates.ts';

function DateEdge({
  legend,
  value,
  years,
  onChange,
}: {
  legend: string;
  value: string | null;
  years: readonly string[];
  onChange: (date: string | null) => void;
}) {
  const { year, month } = dateChoice(value);
  return (
    <fieldset className="date-edge">
      <legend className="date-edge__legend">{legend}</legend>
      <label className="field">
        <span className="field__label">Year</span>
        <select value={year} onChange={(event) => onChange(dateOfChoice(event.target.value, month))}>
          <option value="">Any year</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Month</span>
        <select
          value={month}
          disabled={year === ''}
          onChange={(event) => onChange(dateOfChoice(year, event.target.value))}
        >
          <option value="">Whole year</option>
          {MONTH_NAMES.map((name, at) => (
            <option key={name} value={String(at + 1).padStart(2, '0')}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/** From and To, each a year and a month: the same control in every browser, and by keyboard. */
export function DateRange({
  from,
  to,
  years,
  onChange,
}: {
  from: string | null;
  to: string | null;
  years: readonly string[];
  onChange: (edge: 'from' | 'to', date: string | null) => void;
}) {
  const inverted = isInverted(from, to);
  return (
    <fieldset className="filters__group filters__dates">
      <legend className="filters__legend">Dates</legend>
      <p className="filters__hint">An item is kept when its date falls in the range, even in part.</p>
      <div className="filters__date-edges">
        <DateEdge legend="From" value={from} years={years} onChange={(date) => onChange('from', date)} />
        <DateEdge legend="To" value={to} years={years} onChange={(date) => onChange('to', date)} />
      </div>
      {inverted && (
        <p className="filters__warning" role="alert">
          “From” is after “To”: nothing can match. Change one of them.
        </p>
      )}
    </fieldset>
  );
}
