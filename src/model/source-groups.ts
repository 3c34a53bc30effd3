import type { Source } from '../data/schema.ts';

export interface OutletGroup {
  outlet: string;
  sources: Source[];
}

/** Sources (sorted by outlet) under their outlet, keeping their order. */
export function groupByOutlet(sources: readonly Source[]): OutletGroup[] {
  const groups: OutletGroup[] = [];
  for (const source of sources) {
    const last = groups.at(-1);
    if (last?.outlet === source.outlet) last.sources.push(source);
    else groups.push({ outlet: source.outlet, sources: [source] });
  }
  return groups;
}

/** The first `limit` sources, still grouped: the part of the list shown before "Show all". */
export function firstOfGroups(groups: readonly OutletGroup[], limit: number): OutletGroup[] {
  const shown: OutletGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push(group.sources.length <= left ? group : { ...group, sources: group.sources.slice(0, left) });
    left -= group.sources.length;
  }
  return shown;
}

/** Where a link goes, for a reader deciding whether to follow it: "www.reuters.com". */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
