import type { Status } from '../data/schema.ts';

/**
 * What each status label means, for the Method section's glossary (kept apart from the
 * labels so that the first view does not carry the long text).
 */
export const STATUS_MEANING: Record<Status, string> = {
  confirmed:
    'Acknowledged by the side the fact is about (about its own forces, losses or deliveries), or shown by primary evidence such as official documents.',
  estimated:
    'An assessment by a named government body, intelligence service or monitoring body that is not fighting in the war, or by a named independent research group.',
  reported:
    'An on-record count or fact from a named source that is not a party speaking about its adversary, or a news organisation’s own reporting with named sources.',
  claimed:
    'Said by a party to the war about its adversary, or by anonymous officials, a single unverified source or an unattributed line. Not checked by anyone else.',
  projected: 'A forecast of a future number, not a count.',
  disputed:
    'Contradicted on the record by the side concerned or by a more authoritative source, or retracted.',
};

export const STATEMENT_STATUS_MEANING: Record<Status, string> = {
  ...STATUS_MEANING,
  confirmed: 'Quoted from the speaker’s own official text. What is said may still be a claim.',
  reported:
    'Said on the record by the named speaker, as carried by a named outlet. What is said may still be a claim.',
  claimed: 'Attributed to an anonymous or unverified speaker; the words themselves are not confirmed.',
};

/** The statuses in the order the glossary lists them: firmest first. */
export const STATUS_ORDER: readonly Status[] = [
  'confirmed',
  'estimated',
  'reported',
  'claimed',
  'projected',
  'disputed',
];

/** Statement statuses with a label of their own, for the glossary. */
export const STATEMENT_STATUS_ORDER: readonly Status[] = ['confirmed', 'reported', 'claimed'];
