/** One choice of a facet as the filter bar shows it. */
export interface FacetOption {
  id: string;
  name: string;
  /** How many items choosing it alone would match under the other active filters. */
  count: number;
  chosen: boolean;
  /** It matches every item the other filters leave, so choosing it narrows nothing. */
  every: boolean;
  /** It matches none of them. */
  none: boolean;
}

type Named = Readonly<{ id: string; name: string }>;

const isUseful = (count: number, total: number): boolean => count > 0 && count < total;

/**
 * The ids with the choices that narrow the selection first, then those that match every
 * item or none, each group in the given order. Computed once on the unfiltered selection,
 * it keeps an actor that every item involves from heading the list, and it stays put while
 * the reader filters, so options do not jump under the pointer.
 */
export function facetOrder(
  options: readonly Named[],
  counts: ReadonlyMap<string, number>,
  total: number,
): string[] {
  const useful: string[] = [];
  const rest: string[] = [];
  for (const { id } of options) (isUseful(counts.get(id) ?? 0, total) ? useful : rest).push(id);
  return [...useful, ...rest];
}

/** The options with their counts and states, in `order` when given (options it leaves out go last). */
export function facetOptions(
  options: readonly Named[],
  counts: ReadonlyMap<string, number>,
  total: number,
  chosen: readonly string[],
  order?: readonly string[],
): FacetOption[] {
  const picked = new Set(chosen);
  const rank = new Map(order?.map((id, at) => [id, at]));
  const rankOf = (option: Named) => rank.get(option.id) ?? options.length;
  const ordered = order ? [...options].sort((a, b) => rankOf(a) - rankOf(b)) : options;
  return ordered.map(({ id, name }) => {
    const count = counts.get(id) ?? 0;
    return {
      id,
      name,
      count,
      chosen: picked.has(id),
      every: count === total && total > 0,
      none: count === 0,
    };
  });
}
