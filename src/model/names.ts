/** The display names of the given ids, in the given order; unknown ids are skipped. */
export function namesOf(lookup: ReadonlyMap<string, { name: string }>, ids: readonly string[]): string[] {
  const names: string[] = [];
  for (const id of ids) {
    const entry = lookup.get(id);
    if (entry) names.push(entry.name);
  }
  return names;
}

/** The display name of an id, or the id itself when the lookup does not know it. */
export const nameOf = (lookup: ReadonlyMap<string, { name: string }>, id: string): string =>
  lookup.get(id)?.name ?? id;
