import { STATUSES } from './vocabulary.ts';

/**
 * What each field of the format means, written into data/factsheet.schema.json so that
 * editors' tools show it. Kept out of schema.ts: the app validates with the schema and
 * never shows these texts. A key is a field's path through objects and lists ("figures.value"
 * is the value of every figure); `*.date`-like keys are spelled out one by one.
 */
const DATE = 'YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives.';
const LANGUAGE = 'The language, as a BCP 47 code: "en", "ko", "ru", "uk".';
const STATUS =
  'One rule for every claimant. confirmed: acknowledged by the side the fact is about, or shown by primary evidence; ' +
  'estimated: an assessment by a named body not fighting in the war; reported: an on-record count or fact from a named source; ' +
  'claimed: a party to the war about its adversary, or anonymous, single-sourced or unattributed; ' +
  'projected: a forecast; disputed: contradicted on the record or retracted. ' +
  `One of ${STATUSES.join(', ')}.`;

export const FIELD_DOCS: Readonly<Record<string, string>> = {
  'meta.updated': DATE,
  'meta.summary': '"What we know": the answer in a few sentences.',
  'meta.summary.text':
    "One or more sentences in the editors' words. Every number in it must be the value, low or high of one of its refs.",
  'meta.summary.refs': 'Ids of the figures, events or statements the text rests on.',
  'meta.license': 'The licence of the compilation, e.g. "CC BY 4.0".',
  'meta.credit': 'Who compiled the sheet, as it should be credited.',
  'meta.contact': 'Where readers report an error: a web page or a mailto: address.',
  'meta.url':
    'The address where the sheet is published (ending in /). Link previews need it for their image; citations, the feed and the Data Package use it.',
  'meta.changes': 'What each version added, revised and removed.',
  'meta.changes.date': DATE,
  'meta.changes.summary': 'What changed, in one line.',
  'meta.changes.added': 'Ids of items added in this version.',
  'meta.changes.revised': 'Ids of items corrected in this version.',
  'meta.changes.removed': 'Ids of items removed in this version (they need not exist).',
  'sources.url': "The original publisher's page.",
  'sources.published': DATE,
  'sources.archiveUrl':
    'The copy that was actually read, when it is not `url`: an archive, mirror or syndication.',
  'sources.via': 'The site the copy was read on, e.g. "MENAFN (Yonhap)".',
  'sources.language': LANGUAGE,
  'metrics.headline': 'Shown under Key figures; when no metric has it, all are.',
  'metrics.definition': 'What one count is and what it covers.',
  'metrics.measure':
    'cumulative: a running total; level: how many at a time; period: an amount within a stated span; per-event: one deployment, strike or unit; forecast.',
  'metrics.reference': 'The claimant whose latest figure leads the key-figure card.',
  'metrics.lead': 'A figure of this metric chosen by the editors to lead its card.',
  'figures.date': DATE,
  'figures.value':
    'The number as claimed. Leave out only for a range with no point estimate (then give low and high).',
  'figures.qualifier':
    'How the source words the number ("about 2,000"); printed with it everywhere. Default: exact.',
  'figures.period': 'The span an amount covers ("in 2024"); leave out for a running total or a level.',
  'figures.period.from': DATE,
  'figures.period.to': DATE,
  'figures.status': STATUS,
  'figures.claimant': 'Id of the actor whose side makes the claim.',
  'figures.claimantDetail': 'The organisation or person that makes the claim, spelled the same every time.',
  'figures.note': 'Qualifiers and how the claim reached the source.',
  'figures.topics': "Topics beyond the metric's own.",
  'events.date': DATE,
  'events.status': STATUS,
  'events.marked':
    "true: label this event on its topic's charts (at most three per chart; unmarked events are labelled only where a chart shows a large change).",
  'statements.date': DATE,
  'statements.actor': "Id of the speaker's side.",
  'statements.actors': 'Ids of the other actors the statement is about.',
  'statements.quote': 'Verbatim, in the language it was published in.',
  'statements.language': LANGUAGE,
  'statements.translation': "The editors' English translation, when the quote is not in English.",
  'statements.status': STATUS,
};
