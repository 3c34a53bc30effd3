import type { Status } from '../data/schema.ts';

/** How sure a claim is, in words a reader understands. Never shown by colour alone. */
export const STATUS_LABEL: Record<Status, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  estimated: 'Estimate',
  projected: 'Projected',
  claimed: 'Unverified claim',
  disputed: 'Disputed',
};

export const STATUS_MEANING: Record<Status, string> = {
  confirmed: 'acknowledged on the record by the party concerned',
  reported: 'stated on the record by officials or intelligence services',
  estimated: 'a calculated estimate, often with a range',
  projected: 'about the future: a forecast or plan, not a count',
  claimed: 'unverified, anonymous or from a single source',
  disputed: 'contradicted or denied by others',
};

/**
 * On a statement the status is about the words, not their content: a minister's claim
 * said on the record is "On the record", never "Confirmed", which would read as if the
 * claim itself were true.
 */
export const STATEMENT_STATUS_LABEL: Record<Status, string> = {
  ...STATUS_LABEL,
  confirmed: 'On the record',
};

export const STATEMENT_STATUS_MEANING: Record<Status, string> = {
  ...STATUS_MEANING,
  confirmed: 'said on the record by the named speaker; what is said may still be a claim',
};
