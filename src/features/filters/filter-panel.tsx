import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { yearsOf } from '../../model/date-choice.ts';
import { FACETS, facetChoices, toggleChoice, type Facet } from '../../model/facets.ts';
import type { Filters, Selection } from '../../model/filter.ts';
import { formatWhole } from '../../model/format.ts';
import { resultSummary } from '../../model/summary.ts';
import { DateRange } from './date-range.tsx';
import { FacetGroup } from './facet-group.tsx';

/** The facets and the date range: what "All filters" opens. Changes apply at once. */
export function FilterPanel({
  index,
  filters,
  selection,
  onChange,
  onDone,
}: {
  index: DatasetIndex;
  filters: Filters;
  selection: Selection;
  onChange: (next: Filters) => void;
  onDone: () => void;
}) {
  const years = useMemo(() => yearsOf(index.dateExtent), [index]);

  const toggle = (facet: Facet, id: string) => onChange(toggleChoice(filters, facet, id));
  // The choices' handler stays the same from render to render and calls the latest toggle.
  const latestToggle = useRef(toggle);
  useLayoutEffect(() => {
    latestToggle.current = toggle;
  });
  const onToggle = useCallback((facet: Facet, id: string) => latestToggle.current(facet, id), []);

  return (
    <>
      <div className="filter-panel__body">
        {FACETS.map((info) => (
          <FacetGroup
            key={info.facet}
            legend={info.legend}
            hint={info.hint}
            facet={info.facet}
            options={facetChoices(info, index, selection, filters)}
            onToggle={onToggle}
          />
        ))}
        <DateRange
          from={filters.from}
          to={filters.to}
          years={years}
          onChange={(edge, date) => onChange({ ...filters, [edge]: date })}
        />
      </div>
      <div className="filter-panel__foot">
        <p className="filter-panel__result" role="status" aria-live="polite" aria-atomic="true">
          {resultSummary(selection)}
        </p>
        <button type="button" className="button button--primary" onClick={onDone}>
          Show {formatWhole(selection.items.length)} items
        </button>
      </div>
    </>
  );
}
