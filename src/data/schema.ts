import * as v from 'valibot';
import { DATE_PATTERN, isCalendarDate } from './dates.ts';
import { MEASURES, QUALIFIERS, STATUSES } from './vocabulary.ts';

/**
 * The dataset contract, format version 2 (see data/README.md). Everything version 2 added
 * is optional, so every version-1 file is still valid. What each field means, for editors'
 * tools, is in schema-docs.ts, kept apart so that the app does not carry the texts.
 * Objects are strict so that a misspelt field ("claimant_detail") is reported rather
 * than silently dropped. Rules that need the whole dataset (unique ids, references)
 * live in validate-references.ts and validate-metrics-and-meta.ts.
 */

// The lists live in vocabulary.ts (no valibot); exported here too for the schema's users.
export { MEASURES, QUALIFIERS, STATUSES };
export type { Measure, Qualifier, Status } from './vocabulary.ts';

const text = v.pipe(v.string(), v.regex(/\S/, 'must not be blank'));
const optionalText = v.optional(text);

export const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens'),
);

export const datasetDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isCalendarDate, 'is not a real calendar date'),
);

const webUrl = v.pipe(
  v.string(),
  v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*$/, 'must be an http: or https: URL'),
  v.check((value) => URL.canParse(value), 'is not a valid URL'),
);

/** A link a reader may follow to write to the editors: a web page or an e-mail address. */
const contactUrl = v.pipe(
  v.string(),
  v.regex(
    /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)$/,
    'must be an http:, https: or mailto: address',
  ),
  v.check((value) => URL.canParse(value), 'is not a valid URL'),
);

const language = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en", "ko" or "ru"'),
);

const amount = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
);

const references = (what: string) => v.pipe(v.array(slug), v.minLength(1, `must list at least one ${what}`));
const idList = v.array(slug);

const sourceRefs = references('source');
const status = v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`);

const qualifier = v.picklist(QUALIFIERS, `must be one of ${QUALIFIERS.join(', ')}`);

const summarySentence = v.strictObject({
  text,
  refs: references('reference'),
});

const change = v.strictObject({
  version: text,
  date: datasetDate,
  summary: text,
  added: v.optional(idList),
  revised: v.optional(idList),
  removed: v.optional(idList),
});

export const metaSchema = v.strictObject({
  title: text,
  subtitle: optionalText,
  description: optionalText,
  updated: datasetDate,
  version: optionalText,
  summary: v.optional(v.array(summarySentence)),
  license: v.optional(text),
  credit: v.optional(text),
  contact: v.optional(contactUrl),
  url: v.optional(webUrl),
  changes: v.optional(v.array(change)),
});

export const actorSchema = v.strictObject({ id: slug, name: text, short: optionalText });
export const topicSchema = v.strictObject({ id: slug, name: text });

export const sourceSchema = v.strictObject({
  id: slug,
  outlet: text,
  title: optionalText,
  url: webUrl,
  published: v.optional(datasetDate),
  archiveUrl: v.optional(webUrl),
  via: v.optional(text),
  language: v.optional(language),
});

export const metricSchema = v.strictObject({
  id: slug,
  name: text,
  unit: text,
  topic: slug,
  headline: v.optional(v.boolean()),
  definition: v.optional(text),
  measure: v.optional(v.picklist(MEASURES, `must be one of ${MEASURES.join(', ')}`)),
  reference: v.optional(v.strictObject({ claimant: slug, claimantDetail: optionalText })),
  lead: v.optional(slug),
});

// low <= value <= high is checked in validate-references.ts, so that it is reported even when the
// same figure has other problems.
export const figureSchema = v.strictObject({
  id: slug,
  metric: slug,
  date: datasetDate,
  value: v.optional(amount),
  low: v.optional(amount),
  high: v.optional(amount),
  qualifier: v.optional(qualifier),
  period: v.optional(v.strictObject({ from: datasetDate, to: datasetDate })),
  status,
  claimant: slug,
  claimantDetail: v.optional(text),
  actors: v.array(slug),
  sources: sourceRefs,
  note: v.optional(text),
  topics: v.optional(v.array(slug)),
});

export const eventSchema = v.strictObject({
  id: slug,
  date: datasetDate,
  title: text,
  summary: optionalText,
  actors: v.array(slug),
  topics: v.array(slug),
  status: v.optional(status),
  marked: v.optional(v.boolean()),
  sources: sourceRefs,
});

export const statementSchema = v.strictObject({
  id: slug,
  date: datasetDate,
  speaker: text,
  role: optionalText,
  actor: slug,
  actors: v.optional(v.array(slug)),
  quote: text,
  language: v.optional(language),
  translation: v.optional(text),
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
export type SummarySentence = NonNullable<Meta['summary']>[number];
export type Change = NonNullable<Meta['changes']>[number];
