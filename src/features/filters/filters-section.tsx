import { useEffect, useRef, useState, type ChangeEvent, type MouseEvent } from 'react';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { filterChips } from '../../model/filter-chips.ts';
import { isFiltered, NO_FILTERS, type Filters, type Selection } from '../../model/filter.ts';
import { resultParts } from '../../model/summary.ts';
import { FilterPanel } from './filter-panel.tsx';
import './filters.css';

type Mode = 'push' | 'replace';

/** The search box: the URL follows as the reader types, one history entry per burst of typing. */
function SearchField({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters, mode?: Mode) => void;
}) {
  const [query, setQuery] = useState(filters.q);
  const [syncedQuery, setSyncedQuery] = useState(filters.q);
  const lastTyped = useRef(-Infinity);
  // Back/Forward, a chip or "Clear filters" change the query from outside: show it.
  if (filters.q !== syncedQuery) {
    setSyncedQuery(filters.q);
    setQuery(filters.q);
  }
  const onQuery = (event: ChangeEvent<HTMLInputElement>) => {
    const q = event.target.value;
    setQuery(q);
    setSyncedQuery(q);
    const now = event.timeStamp;
    const mode: Mode = now - lastTyped.current < 1500 ? 'replace' : 'push';
    lastTyped.current = now;
    onChange({ ...filters, q }, mode);
  };
  return (
    <label className="filter-bar__search">
      <span className="visually-hidden">Search the sheet</span>
      <input
        type="search"
        value={query}
        onChange={onQuery}
        placeholder="Search quotes, events, claimants…"
        maxLength={200}
        autoComplete="off"
      />
    </label>
  );
}

/**
 * The filter bar: it stays at the top of the screen while the reader scrolls, with the search,
 * the active filters as chips, the result line and "All filters", which opens the facets and
 * the date range in a panel (a side panel on a desktop, a sheet from the bottom on a phone).
 */
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
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
  }, [open]);

  const close = () => dialog.current?.close();
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };

  const chips = filterChips(filters, index);
  const result = resultParts(selection);
  const active = chips.length;

  return (
    <>
      <div className="filter-bar__row">
        <button
          type="button"
          className="button filter-bar__open"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(true)}
        >
          All filters{active > 0 && <span className="filter-bar__badge"> ({active})</span>}
        </button>
        <SearchField filters={filters} onChange={onChange} />
        <p className="result-line" role="status" aria-live="polite" aria-atomic="true">
          {result.shown}
          {/* On a phone the bar keeps to the count; the panel gives the breakdown. */}
          <span className="result-line__kinds">: {result.kinds}</span>
        </p>
      </div>
      {active > 0 && (
        <div className="filter-bar__chips">
          <ul className="chips" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="chip"
                  aria-label={`Remove filter ${chip.label}`}
                  onClick={() => onChange(chip.without)}
                >
                  {chip.label}
                  <span className="chip__x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        </div>
      )}
      <dialog
        ref={dialog}
        className="filter-panel"
        aria-labelledby="filter-panel-title"
        onClose={() => setOpen(false)}
        onClick={onDialogClick}
      >
        <div className="filter-panel__inner">
          <div className="filter-panel__head">
            <h2 id="filter-panel-title" className="filter-panel__title">
              All filters
            </h2>
            {isFiltered(filters) && (
              <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
                Clear filters
              </button>
            )}
            <button type="button" className="filter-panel__close" aria-label="Close filters" onClick={close}>
              ×
            </button>
          </div>
          {open && (
            <FilterPanel
              index={index}
              filters={filters}
              selection={selection}
              onChange={onChange}
              onDone={close}
            />
          )}
        </div>
      </dialog>
    </>
  );
}
