/** The display names of the given ids, in the given order; unknown ids are skipped. */
export function namesOf(lookup: ReadonlyMap<string, { name: string }>, ids: readonly string[]): string[] {
  const names: string[] = [];
  for (const id of ids) {
    const entry = lookup.get(id);
    if (entry) names.push(entry.name);
  }
  return names;
}
