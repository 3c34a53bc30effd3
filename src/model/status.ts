import type { Status } from '../data/schema.ts';

/**
 * How sure a claim is, in words a reader understands. Never shown by colour alone, and in a
 * neutral palette: a status says who stands behind a claim, it is not a verdict on it.
 * One rule for every claimant (DESIGN.md, "Status"); the Method section shows these words
 * with their meaning (status-glossary.ts), exactly as the badges show them.
 */
export const STATUS_LABEL: Record<Status, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  estimated: 'Estimate',
  projected: 'Forecast',
  claimed: 'Claim',
  disputed: 'Disputed',
};

/**
 * On a statement the status is about the attribution of the words, not their content: a
 * minister's claim carried by a named outlet is "On the record", never "Confirmed", which
 * would read as if the claim itself were true.
 */
export const STATEMENT_STATUS_LABEL: Record<Status, string> = {
  ...STATUS_LABEL,
  confirmed: 'Official text',
  reported: 'On the record',
  claimed: 'Unverified attribution',
};

/**
 * A statement is on the record when its words are published (an official text) or carried,
 * attributed, by a named outlet. Only the others carry a badge: on a list of quotes the
 * exception is what a reader must not miss.
 */
export const isOnTheRecord = (status: Status): boolean => status === 'confirmed' || status === 'reported';
