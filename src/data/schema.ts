import * as v from 'valibot';
import { isCalendarDate } from '../model/dates.ts';

/**
 * The dataset contract, format version 2 (see data/README.md). Everything version 2 added
 * is optional, so every version-1 file is still valid.
 * Objects are strict so that a misspelt field ("claimant_detail") is reported rather
 * than silently dropped. Rules that need the whole dataset (unique ids, references)
 * live in validate.ts.
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
  v.description('The language, as a BCP 47 code: "en", "ko", "ru", "uk".'),
);

const amount = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
);

const references = (what: string) => v.pipe(v.array(slug), v.minLength(1, `must list at least one ${what}`));
const idList = v.array(slug);

const sourceRefs = references('source');
const status = v.pipe(
  v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
  v.description(
    'One rule for every claimant. confirmed: acknowledged by the side the fact is about, or shown by primary evidence; ' +
      'estimated: an assessment by a named body not fighting in the war; reported: an on-record count or fact from a named source; ' +
      'claimed: a party to the war about its adversary, or anonymous, single-sourced or unattributed; ' +
      'projected: a forecast; disputed: contradicted on the record or retracted.',
  ),
);

const qualifier = v.pipe(
  v.picklist(QUALIFIERS, `must be one of ${QUALIFIERS.join(', ')}`),
  v.description(
    'How the source words the number ("about 2,000"); printed with it everywhere. Default: exact.',
  ),
);

const summarySentence = v.strictObject({
  text: v.pipe(
    text,
    v.description(
      "One or more sentences in the editors' words. Every number in it must be the value, low or high of one of its refs.",
    ),
  ),
  refs: v.pipe(
    references('reference'),
    v.description('Ids of the figures, events or statements the text rests on.'),
  ),
});

const change = v.strictObject({
  version: text,
  date: datasetDate,
  summary: v.pipe(text, v.description('What changed, in one line.')),
  added: v.optional(v.pipe(idList, v.description('Ids of items added in this version.'))),
  revised: v.optional(v.pipe(idList, v.description('Ids of items corrected in this version.'))),
  removed: v.optional(
    v.pipe(idList, v.description('Ids of items removed in this version (they need not exist).')),
  ),
});

export const metaSchema = v.strictObject({
  title: text,
  subtitle: optionalText,
  description: optionalText,
  updated: datasetDate,
  version: optionalText,
  summary: v.optional(
    v.pipe(v.array(summarySentence), v.description('"What we know": the answer in a few sentences.')),
  ),
  license: v.optional(v.pipe(text, v.description('The licence of the compilation, e.g. "CC BY 4.0".'))),
  credit: v.optional(v.pipe(text, v.description('Who compiled the sheet, as it should be credited.'))),
  contact: v.optional(
    v.pipe(contactUrl, v.description('Where readers report an error: a web page or a mailto: address.')),
  ),
  url: v.optional(v.pipe(webUrl, v.description('The address where the sheet is published.'))),
  changes: v.optional(
    v.pipe(v.array(change), v.description('What each version added, revised and removed.')),
  ),
});

export const actorSchema = v.strictObject({ id: slug, name: text, short: optionalText });
export const topicSchema = v.strictObject({ id: slug, name: text });

export const sourceSchema = v.strictObject({
  id: slug,
  outlet: text,
  title: optionalText,
  url: v.pipe(webUrl, v.description("The original publisher's page.")),
  published: v.optional(datasetDate),
  archiveUrl: v.optional(
    v.pipe(
      webUrl,
      v.description(
        'The copy that was actually read, when it is not `url`: an archive, mirror or syndication.',
      ),
    ),
  ),
  via: v.optional(v.pipe(text, v.description('The site the copy was read on, e.g. "MENAFN (Yonhap)".'))),
  language: v.optional(language),
});

export const metricSchema = v.strictObject({
  id: slug,
  name: text,
  unit: text,
  topic: slug,
  headline: v.optional(
    v.pipe(v.boolean(), v.description('Shown under Key figures; when no metric has it, all are.')),
  ),
  definition: v.optional(v.pipe(text, v.description('What one count is and what it covers.'))),
  measure: v.optional(
    v.pipe(
      v.picklist(MEASURES, `must be one of ${MEASURES.join(', ')}`),
      v.description(
        'cumulative: a running total; level: how many at a time; period: an amount within a stated span; per-event: one deployment, strike or unit; forecast.',
      ),
    ),
  ),
  reference: v.optional(
    v.pipe(
      v.strictObject({ claimant: slug, claimantDetail: optionalText }),
      v.description('The claimant whose latest figure leads the key-figure card.'),
    ),
  ),
  lead: v.optional(
    v.pipe(slug, v.description('A figure of this metric chosen by the editors to lead its card.')),
  ),
});

// low <= value <= high is checked in validate.ts, so that it is reported even when the
// same figure has other problems.
export const figureSchema = v.strictObject({
  id: slug,
  metric: slug,
  date: datasetDate,
  value: v.optional(
    v.pipe(
      amount,
      v.description(
        'The number as claimed. Leave out only for a range with no point estimate (then give low and high).',
      ),
    ),
  ),
  low: v.optional(amount),
  high: v.optional(amount),
  qualifier: v.optional(qualifier),
  period: v.optional(
    v.pipe(
      v.strictObject({ from: datasetDate, to: datasetDate }),
      v.description('The span an amount covers ("in 2024"); leave out for a running total or a level.'),
    ),
  ),
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
  status: v.optional(status),
  sources: sourceRefs,
});

export const statementSchema = v.strictObject({
  id: slug,
  date: datasetDate,
  speaker: text,
  role: optionalText,
  actor: v.pipe(slug, v.description("Id of the speaker's side.")),
  actors: v.optional(v.pipe(v.array(slug), v.description('Ids of the other actors the statement is about.'))),
  quote: v.pipe(text, v.description('Verbatim, in the language it was published in.')),
  language: v.optional(language),
  translation: v.optional(
    v.pipe(text, v.description("The editors' English translation, when the quote is not in English.")),
  ),
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
export type Qualifier = (typeof QUALIFIERS)[number];
export type Measure = (typeof MEASURES)[number];
export type SummarySentence = NonNullable<Meta['summary']>[number];
export type Change = NonNullable<Meta['changes']>[number];
