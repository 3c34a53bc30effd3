import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { yearsOf } from '../../model/date-choice.ts';
import { formatWhole } from '../../model/format.ts';
import { facetOptions, facetOrder } from '../../model/facet-options.ts';
import { NO_FILTERS, selectItems, type Filters, type Selection } from '../../model/filter.ts';
import { resultSummary } from '../../model/summary.ts';
import { DateRange } from './date-range.tsx';
import { FacetGroup, type Facet } from './facet-group.tsx';

/**
 * The order of each facet's choices, from the whole dataset: choices that narrow nothing
 * (an actor every item involves) go last, and the order stays put while the reader filters.
 */
function useFacetOrders(index: DatasetIndex) {
  return useMemo(() => {
    const all = selectItems(index, NO_FILTERS);
    return {
      by: facetOrder(index.data.actors, all.byCounts, all.facetTotals.by),
      actors: facetOrder(index.data.actors, all.actorCounts, all.facetTotals.actors),
      topics: facetOrder(index.data.topics, all.topicCounts, all.facetTotals.topics),
    };
  }, [index]);
}

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
  const orders = useFacetOrders(index);
  const years = useMemo(() => yearsOf(index.dateExtent), [index]);

  const toggle = (facet: Facet, id: string) => {
    const current = filters[facet];
    onChange({
      ...filters,
      [facet]: current.includes(id) ? current.filter((x) => x !== id) : [...current, id],
    });
  };
  // The choices' handler stays the same from render to render and calls the latest toggle.
  const latestToggle = useRef(toggle);
  useLayoutEffect(() => {
    latestToggle.current = toggle;
  });
  const onToggle = useCallback((facet: Facet, id: string) => latestToggle.current(facet, id), []);

  const { actors, topics } = index.data;
  const totals = selection.facetTotals;
  return (
    <>
      <div className="filter-panel__body">
        <FacetGroup
          legend="Claimed by"
          hint="Who makes the claim or the statement. Events are not claims: this does not filter them."
          facet="by"
          options={facetOptions(actors, selection.byCounts, totals.by, filters.by, orders.by)}
          onToggle={onToggle}
        />
        <FacetGroup
          legend="Involving"
          hint="Who an item is about: its actors, and a statement’s speaker."
          facet="actors"
          options={facetOptions(actors, selection.actorCounts, totals.actors, filters.actors, orders.actors)}
          onToggle={onToggle}
        />
        <FacetGroup
          legend="Topics"
          facet="topics"
          options={facetOptions(topics, selection.topicCounts, totals.topics, filters.topics, orders.topics)}
          onToggle={onToggle}
        />
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
