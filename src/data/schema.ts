import * as v from 'valibot';
import { isCalendarDate } from '../model/dates.ts';

/**
 * The dataset contract, format version 1 (see data/README.md).
 * Objects are strict so that a misspelt field ("claimant_detail") is reported rather
 * than silently dropped. Rules that need the whole dataset (unique ids, references)
 * live in validate.ts.
 */

export const STATUSES = ['confirmed', 'reported', 'estimated', 'projected', 'claimed', 'disputed'] as const;

const text = v.pipe(v.string(), v.regex(/\S/, 'must not be blank'));
const optionalText = v.optional(text);

export const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens'),
);

export const datasetDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isCalendarDate, 'is not a real calendar date'),
  v.description('YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives.'),
);

const webUrl = v.pipe(
  v.string(),
  v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*$/, 'must be an http: or https: URL'),
  v.check((value) => URL.canParse(value), 'is not a valid URL'),
);

const amount = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
);

const references = (what: string) => v.pipe(v.array(slug), v.minLength(1, `must list at least one ${what}`));

const sourceRefs = references('source');
const status = v.pipe(
  v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
  v.description(
    'confirmed: acknowledged on the record by the party concerned; reported: officials or intelligence, on the record; ' +
      'estimated: a calculated estimate; projected: about the future; claimed: unverified, anonymous or single-sourced; ' +
      'disputed: contradicted or denied.',
  ),
);

export const metaSchema = v.strictObject({
  title: text,
  subtitle: optionalText,
  description: optionalText,
  updated: datasetDate,
  version: optionalText,
});

export const actorSchema = v.strictObject({ id: slug, name: text, short: optionalText });
export const topicSchema = v.strictObject({ id: slug, name: text });

export const sourceSchema = v.strictObject({
  id: slug,
  outlet: text,
  title: optionalText,
  url: webUrl,
  published: v.optional(datasetDate),
});

export const metricSchema = v.strictObject({
  id: slug,
  name: text,
  unit: text,
  topic: slug,
  headline: v.optional(
    v.pipe(v.boolean(), v.description('Shown under Key figures; when no metric has it, all are.')),
  ),
});

// low <= value <= high is checked in validate.ts, so that it is reported even when the
// same figure has other problems.
export const figureSchema = v.strictObject({
  id: slug,
  metric: slug,
  date: datasetDate,
  value: amount,
  low: v.optional(amount),
  high: v.optional(amount),
  status,
  claimant: v.pipe(slug, v.description('Id of the actor whose side makes the claim.')),
  claimantDetail: v.optional(
    v.pipe(
      text,
      v.description('The organisation or person that makes the claim, spelled the same every time.'),
    ),
  ),
  actors: v.array(slug),
  sources: sourceRefs,
  note: v.optional(v.pipe(text, v.description('Qualifiers and how the claim reached the source.'))),
  topics: v.optional(v.pipe(v.array(slug), v.description("Topics beyond the metric's own."))),
});

export const eventSchema = v.strictObject({
  id: slug,
  date: datasetDate,
  title: text,
  summary: optionalText,
  actors: v.array(slug),
  topics: v.array(slug),
  sources: sourceRefs,
});

export const statementSchema = v.strictObject({
  id: slug,
  date: datasetDate,
  speaker: text,
  role: optionalText,
  actor: v.pipe(slug, v.description("Id of the speaker's side.")),
  actors: v.optional(v.pipe(v.array(slug), v.description('Ids of the other actors the statement is about.'))),
  quote: v.pipe(text, v.description('Verbatim, as published.')),
  context: optionalText,
  status,
  topics: v.array(slug),
  sources: sourceRefs,
});

export const factsheetSchema = v.strictObject({
  /** Lets editors point their editor at factsheet.schema.json. */
  $schema: v.optional(v.string()),
  meta: metaSchema,
  actors: v.array(actorSchema),
  topics: v.array(topicSchema),
  sources: v.array(sourceSchema),
  metrics: v.array(metricSchema),
  figures: v.array(figureSchema),
  events: v.array(eventSchema),
  statements: v.array(statementSchema),
});

export type Factsheet = v.InferOutput<typeof factsheetSchema>;
export type Meta = Factsheet['meta'];
export type Actor = Factsheet['actors'][number];
export type Topic = Factsheet['topics'][number];
export type Source = Factsheet['sources'][number];
export type Metric = Factsheet['metrics'][number];
export type Figure = Factsheet['figures'][number];
export type FactEvent = Factsheet['events'][number];
export type Statement = Factsheet['statements'][number];
export type Status = (typeof STATUSES)[number];
