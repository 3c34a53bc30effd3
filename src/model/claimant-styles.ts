import type { FigureItem } from './dataset-index.ts';

/** How a claimant's marks look: the colour of its actor (country), the shape of its body within it. */
export interface SeriesStyle {
  /** Index into the palette: one per claimant actor. */
  colour: number;
  /** Index into the marker shapes: one per body of that actor (NIS, JCS, DIA …). */
  shape: number;
}

/**
 * Every claimant of the dataset in a fixed order, so each keeps its look in every chart:
 * actors by how many figures they claim, then each actor's bodies the same way.
 */
export function claimantStyles(figures: readonly FigureItem[]): Map<string, SeriesStyle> {
  const perActor = new Map<string, number>();
  const perClaimant = new Map<string, { actor: string; count: number }>();
  for (const { claimant, record } of figures) {
    perActor.set(record.claimant, (perActor.get(record.claimant) ?? 0) + 1);
    const entry = perClaimant.get(claimant);
    if (entry) entry.count++;
    else perClaimant.set(claimant, { actor: record.claimant, count: 1 });
  }
  const byCount = <T>(list: [string, T][], count: (value: T) => number) =>
    list.sort((a, b) => count(b[1]) - count(a[1]) || a[0].localeCompare(b[0]));
  const actorRank = new Map(byCount([...perActor], (n) => n).map(([actor], at) => [actor, at]));
  const nextShape = new Map<string, number>();
  const styles = new Map<string, SeriesStyle>();
  for (const [key, { actor }] of byCount([...perClaimant], (entry) => entry.count)) {
    const shape = nextShape.get(actor) ?? 0;
    nextShape.set(actor, shape + 1);
    styles.set(key, { colour: actorRank.get(actor) ?? 0, shape });
  }
  return styles;
}

/** Orders styles as a key lists them: by colour, then shape. */
export const compareStyles = (a: SeriesStyle, b: SeriesStyle): number =>
  a.colour - b.colour || a.shape - b.shape;
