/**
 * The closed lists of values some fields take. Free of valibot: code outside src/data that
 * needs one of these lists at run time imports it from here (the schema module, which
 * brings valibot, is imported for its types only; see eslint.config.js).
 */

export const STATUSES = ['confirmed', 'reported', 'estimated', 'projected', 'claimed', 'disputed'] as const;
export const QUALIFIERS = [
  'exact',
  'about',
  'more-than',
  'at-least',
  'up-to',
  'fewer-than',
  'nearly',
] as const;
export const MEASURES = ['cumulative', 'level', 'period', 'per-event', 'forecast'] as const;

export type Status = (typeof STATUSES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Measure = (typeof MEASURES)[number];
