import type { Actor, Figure } from '../data/schema.ts';
import { nameOf } from './names.ts';
import { parseDate } from './dates.ts';

/*
 * What the dataset index derives once per figure (dataset-index.ts), so that every part
 * of the sheet reads the same answer instead of deciding it again.
 */

/**
 * A claimant is the pair (actor, detail): "South Korea: National Intelligence Service".
 * Claims compared, revision chains and chart series are all per claimant.
 */
export const claimantKey = (figure: Pick<Figure, 'claimant' | 'claimantDetail'>): string =>
  figure.claimantDetail ? `${figure.claimant}|${figure.claimantDetail}` : figure.claimant;

/** "South Korea: National Intelligence Service". */
export function claimantNameOf(actors: ReadonlyMap<string, Actor>, figure: Figure): string {
  const actor = nameOf(actors, figure.claimant);
  return figure.claimantDetail ? `${actor}: ${figure.claimantDetail}` : actor;
}

// A figure without a value has both low and high (validate.ts), so neither end is ever missing.
/** The lowest number a figure allows: its low end, or its value. */
export const lowOf = (figure: Figure): number => figure.low ?? figure.value ?? 0;
/** The highest number a figure allows: its high end, or its value. */
export const highOf = (figure: Figure): number => figure.high ?? figure.value ?? 0;

/** The range its source gave around a point estimate, or null (a figure that is only a range has its number). */
export function givenRangeOf(figure: Figure): { low: number; high: number } | null {
  if (figure.value === undefined || (figure.low === undefined && figure.high === undefined)) return null;
  return { low: figure.low ?? figure.value, high: figure.high ?? figure.value };
}

/** The days a stated period covers, from the start of its first date to the end of its last. */
export function periodSpanOf(period: Figure['period']): [number, number] | null {
  if (!period) return null;
  const from = parseDate(period.from);
  const to = parseDate(period.to);
  return from && to ? [from.start, to.end] : null;
}
