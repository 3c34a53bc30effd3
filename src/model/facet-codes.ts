import type { Steps } from '../data/slices.ts';
import type { DatasetIndex, Item } from './dataset-index.ts';

/**
 * The items' claimants, actors, topics and sources as small integers in flat arrays (one
 * run per item, from starts[at] to starts[at + 1]), and their date spans as numbers: a
 * filter change then walks typed arrays instead of strings and maps.
 */
export interface FacetCodes {
  actorIds: readonly string[];
  topicIds: readonly string[];
  /** 1 for a figure or statement, 0 for an event (which "Claimed by" lets through). */
  claims: Uint8Array;
  /** Codes in actorIds. */
  by: Runs;
  /** Codes in actorIds. */
  actors: Runs;
  topics: Runs;
  /** Positions in index.sortedSources. */
  sources: Runs;
  start: Float64Array;
  end: Float64Array;
}

export interface Runs {
  starts: Uint32Array;
  codes: Uint32Array;
}

/** Items coded between two chances to yield (see data/slices.ts). */
const STEP = 5_000;

/** Each item's values as codes, item after item. */
function* runsOf(
  items: readonly Item[],
  valuesOf: (item: Item) => readonly string[],
  codeOf: ReadonlyMap<string, number>,
): Steps<Runs> {
  const n = items.length;
  const starts = new Uint32Array(n + 1);
  for (let at = 0; at < n; at++) starts[at + 1] = valuesOf(items[at] as Item).length;
  for (let at = 0; at < n; at++) starts[at + 1] = (starts[at + 1] as number) + (starts[at] as number);
  const codes = new Uint32Array(starts[n] as number);
  for (let at = 0; at < n; at++) {
    if (at % STEP === STEP - 1) yield;
    let k = starts[at] as number;
    // Valid datasets only refer to known ids; the fallback keeps a bad one from matching anything.
    for (const id of valuesOf(items[at] as Item)) codes[k++] = codeOf.get(id) ?? 0xffffffff;
  }
  return { starts, codes };
}

/** What the codes are made from: the index's items and the lists they refer to. */
type IndexedParts = Pick<DatasetIndex, 'items' | 'actors' | 'topics' | 'sortedSources'>;

/**
 * Codes the index for filtering, as steps: part of building the index (indexSteps), which
 * the loader runs in slices, so that neither the first render nor the first click pays for
 * them in one block (about 200 ms at 100,000 items).
 */
export function* facetCodeSteps(index: IndexedParts): Steps<FacetCodes> {
  const actorIds = [...index.actors.keys()];
  const topicIds = [...index.topics.keys()];
  const numbered = (ids: readonly string[]) => new Map(ids.map((id, at) => [id, at]));
  const { items } = index;
  const actorCodes = numbered(actorIds);
  const by = yield* runsOf(items, (item) => item.by, actorCodes);
  const actors = yield* runsOf(items, (item) => item.actors, actorCodes);
  const topics = yield* runsOf(items, (item) => item.topics, numbered(topicIds));
  const sources = yield* runsOf(
    items,
    (item) => item.sources,
    numbered(index.sortedSources.map((source) => source.id)),
  );
  return {
    actorIds,
    topicIds,
    claims: Uint8Array.from(items, (item) => (item.kind === 'event' ? 0 : 1)),
    by,
    actors,
    topics,
    sources,
    start: Float64Array.from(items, (item) => item.span.start),
    end: Float64Array.from(items, (item) => item.span.end),
  };
}
