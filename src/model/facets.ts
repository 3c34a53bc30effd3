import type { DatasetIndex } from './dataset-index.ts';
import { facetOptions, facetOrder, type FacetOption } from './facet-options.ts';
import { NO_FILTERS, selectItems, type Filters, type Selection } from './filter.ts';

export type Facet = 'by' | 'actors' | 'topics';

/** A facet as the filter bar names it, and where its choices and counts come from. */
export interface FacetInfo {
  facet: Facet;
  /** The group's name in the panel: "Claimed by". */
  legend: string;
  /** A chosen value's name on a chip: "Topic: Troops". */
  chip: string;
  hint?: string;
  choices: 'actors' | 'topics';
  counts: 'byCounts' | 'actorCounts' | 'topicCounts';
}

const INFO: Readonly<Record<Facet, FacetInfo>> = {
  by: {
    facet: 'by',
    legend: 'Claimed by',
    chip: 'Claimed by',
    hint: 'Who makes the claim or the statement. Events are not claims: this does not filter them.',
    choices: 'actors',
    counts: 'byCounts',
  },
  actors: {
    facet: 'actors',
    legend: 'Involving',
    chip: 'Involving',
    hint: 'Who an item is about: its actors, and a statement’s speaker.',
    choices: 'actors',
    counts: 'actorCounts',
  },
  topics: { facet: 'topics', legend: 'Topics', chip: 'Topic', choices: 'topics', counts: 'topicCounts' },
};

/** The facets, in the order of the panel and of the chips. */
export const FACETS: readonly FacetInfo[] = [INFO.by, INFO.actors, INFO.topics];

/** The filters with one choice of a facet added, or taken away when it was there. */
export function toggleChoice(filters: Filters, facet: Facet, id: string): Filters {
  const current = filters[facet];
  return { ...filters, [facet]: current.includes(id) ? current.filter((x) => x !== id) : [...current, id] };
}

type FacetOrders = Readonly<Record<Facet, readonly string[]>>;

const orders = new WeakMap<DatasetIndex, FacetOrders>();

/**
 * Each facet's choices in the order the panel lists them, from the whole dataset: choices
 * that narrow nothing (an actor every item involves) go last, and the order stays put while
 * the reader filters. Worked out once per dataset.
 */
function facetOrders(index: DatasetIndex): FacetOrders {
  let known = orders.get(index);
  if (!known) {
    const all = selectItems(index, NO_FILTERS);
    const orderOf = ({ facet, choices, counts }: FacetInfo) =>
      facetOrder(index.data[choices], all[counts], all.facetTotals[facet]);
    known = { by: orderOf(INFO.by), actors: orderOf(INFO.actors), topics: orderOf(INFO.topics) };
    orders.set(index, known);
  }
  return known;
}

/** One facet's choices as the panel shows them: counts, states, in the facet's order. */
export function facetChoices(
  info: FacetInfo,
  index: DatasetIndex,
  selection: Selection,
  filters: Filters,
): FacetOption[] {
  const { facet, choices, counts } = info;
  return facetOptions(
    index.data[choices],
    selection[counts],
    selection.facetTotals[facet],
    filters[facet],
    facetOrders(index)[facet],
  );
}
