import { memo, useCallback, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { isFiltered, NO_FILTERS, type Filters, type Selection } from '../../model/filter.ts';
import { resultSummary } from '../../model/summary.ts';
import { Section } from '../../ui/section.tsx';

type Mode = 'push' | 'replace';
type Facet = 'actors' | 'topics';

const monthOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 7);
/** What a month input shows for a filter date of any precision. */
const asMonth = (date: string | null, edge: 'start' | 'end'): string =>
  date === null ? '' : date.length === 4 ? `${date}-${edge === 'start' ? '01' : '12'}` : date.slice(0, 7);

/**
 * One checkbox. Memoised, and given a handler that never changes, so that a click re-renders
 * only the options whose count or state changed: React rewrites every re-rendered input's
 * attributes, which makes the browser lay out all the filters again (at 10k items, 100+ of them).
 */
const FacetOption = memo(function FacetOption({
  facet,
  id,
  name,
  count,
  checked,
  onToggle,
}: {
  facet: Facet;
  id: string;
  name: string;
  count: number;
  checked: boolean;
  onToggle: (facet: Facet, id: string) => void;
}) {
  return (
    <li>
      <label className={`check${count === 0 && !checked ? ' check--empty' : ''}`}>
        <input type="checkbox" checked={checked} onChange={() => onToggle(facet, id)} />
        <span className="check__name">{name}</span>{' '}
        <span className="check__count">({count.toLocaleString('en-GB')})</span>
      </label>
    </li>
  );
});

function FacetGroup({
  legend,
  facet,
  options,
  chosen,
  counts,
  onToggle,
}: {
  legend: string;
  facet: Facet;
  options: readonly { id: string; name: string }[];
  chosen: readonly string[];
  counts: ReadonlyMap<string, number>;
  onToggle: (facet: Facet, id: string) => void;
}) {
  return (
    <fieldset className="filters__group">
      <legend className="filters__legend">{legend}</legend>
      <ul className="filters__options">
        {options.map((option) => (
          <FacetOption
            key={option.id}
            facet={facet}
            id={option.id}
            name={option.name}
            count={counts.get(option.id) ?? 0}
            checked={chosen.includes(option.id)}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}

export function FiltersSection({
  index,
  filters,
  selection,
  onChange,
}: {
  index: DatasetIndex;
  filters: Filters;
  selection: Selection;
  onChange: (next: Filters, mode?: Mode) => void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(filters.q);
  const [syncedQuery, setSyncedQuery] = useState(filters.q);
  const lastTyped = useRef(-Infinity);
  // Back/Forward or "Clear filters" change the query from outside: show it.
  if (filters.q !== syncedQuery) {
    setSyncedQuery(filters.q);
    setQuery(filters.q);
  }

  const toggle = (facet: Facet, id: string) => {
    const current = filters[facet];
    onChange({
      ...filters,
      [facet]: current.includes(id) ? current.filter((x) => x !== id) : [...current, id],
    });
  };
  // The options' handler stays the same from render to render and calls the latest toggle.
  const latestToggle = useRef(toggle);
  useLayoutEffect(() => {
    latestToggle.current = toggle;
  });
  const onToggle = useCallback((facet: Facet, id: string) => latestToggle.current(facet, id), []);

  const onQuery = (event: ChangeEvent<HTMLInputElement>) => {
    const q = event.target.value;
    setQuery(q);
    setSyncedQuery(q);
    // One history entry per burst of typing, not one per keystroke.
    const now = event.timeStamp;
    const mode: Mode = now - lastTyped.current < 1500 ? 'replace' : 'push';
    lastTyped.current = now;
    onChange({ ...filters, q }, mode);
  };

  const onDate = (edge: 'from' | 'to') => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    onChange({ ...filters, [edge]: /^\d{4}-\d{2}$/.test(value) ? value : null });
  };

  const extent = index.dateExtent;
  const min = extent ? monthOf(extent.start) : undefined;
  const max = extent ? monthOf(extent.end) : undefined;
  const filtered = isFiltered(filters);

  const active =
    filters.actors.length +
    filters.topics.length +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0) +
    (filters.q.trim() ? 1 : 0);

  return (
    <Section id="filters" title="Filters">
      {/* On narrow screens the controls fold away behind this button; wider screens always show them. */}
      <button
        type="button"
        className="button button--quiet filters__toggle"
        aria-expanded={open}
        aria-controls="filter-controls"
        onClick={() => setOpen((value) => !value)}
      >
        {open ? 'Hide filter controls' : 'Show filter controls'}
        {active > 0 && ` (${active} active)`}
      </button>
      <div className="filters" id="filter-controls" data-open={open}>
        <FacetGroup
          legend="Actors"
          facet="actors"
          options={index.data.actors}
          chosen={filters.actors}
          counts={selection.actorCounts}
          onToggle={onToggle}
        />
        <FacetGroup
          legend="Topics"
          facet="topics"
          options={index.data.topics}
          chosen={filters.topics}
          counts={selection.topicCounts}
          onToggle={onToggle}
        />
        <fieldset className="filters__group filters__dates">
          <legend className="filters__legend">Dates</legend>
          <label className="field">
            <span className="field__label">From</span>
            <input
              type="month"
              value={asMonth(filters.from, 'start')}
              min={min}
              max={max}
              onChange={onDate('from')}
            />
          </label>
          <label className="field">
            <span className="field__label">To</span>
            <input
              type="month"
              value={asMonth(filters.to, 'end')}
              min={min}
              max={max}
              onChange={onDate('to')}
            />
          </label>
        </fieldset>
        <div className="filters__group filters__search">
          <label className="field">
            <span className="field__label">Search</span>
            <input
              type="search"
              value={query}
              onChange={onQuery}
              placeholder="Quote, speaker, event, claimant…"
              maxLength={200}
              autoComplete="off"
            />
          </label>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange(NO_FILTERS)}
            disabled={!filtered}
          >
            Clear filters
          </button>
        </div>
      </div>
      <p className="result-line" role="status" aria-live="polite" aria-atomic="true">
        {resultSummary(selection)}
      </p>
      {filtered && selection.items.length === 0 && (
        <p className="empty-note">
          Nothing matches all of these filters. Try fewer, or{' '}
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            clear them all
          </button>
          .
        </p>
      )}
    </Section>
  );
}
