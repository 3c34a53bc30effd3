import type { Figure, Source } from '../data/schema.ts';
import type { DatasetIndex, FigureItem, Item } from './dataset-index.ts';
import { claimantNameOf } from './item-fields.ts';
import { formatDate } from './dates.ts';
import { figureValue, periodText } from './figure-text.ts';
import { formatCount } from './format.ts';
import { nameOf } from './names.ts';
import { STATEMENT_STATUS_LABEL, STATUS_LABEL } from './status.ts';

/** What a reader cites: one figure, event or statement, or one chart (a metric's figures). */
export type CiteSubject = { kind: 'item'; id: string } | { kind: 'chart'; metric: string };

export interface Citation {
  /** The claim in a few words: "South Korea: NIS: Soldiers sent, about 15,000 soldiers". */
  what: string;
  /** Where the cited thing is on the sheet. */
  permalink: string;
  text: string;
  bibtex: string;
}

export interface CiteContext {
  /** The sheet's address without query or hash (meta.url when the editors set one). */
  pageUrl: string;
  /** When the reader looked: citations say "accessed". */
  accessed: Date;
}

/** The sheet's address for links that must outlive this visit: meta.url, else where the reader is. */
export function sheetUrl(index: Pick<DatasetIndex, 'data'>, location: { href: string }): string {
  if (index.data.meta.url) return index.data.meta.url;
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  // The embed page sits next to the sheet: cite the sheet, not the embed.
  url.pathname = url.pathname.replace(/(?:index|embed)\.html$/, '');
  return url.href;
}

export const permalinkOf = (pageUrl: string, anchor: string): string =>
  `${pageUrl.replace(/#.*$/, '')}#${encodeURIComponent(anchor)}`;

/** "16 March 2026": a day written out, as citation styles ask for an access date. */
const longDate = (date: Date): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** "Yonhap, “Title”, 3 Dec 2025, https://…" and, for a copy, where it was read. */
export function sourceText(source: Source): string {
  const parts = [source.outlet];
  if (source.title) parts.push(`“${source.title}”`);
  if (source.published) parts.push(formatDate(source.published));
  parts.push(source.url);
  const text = parts.join(', ');
  return source.via ? `${text} (read via ${source.via})` : text;
}

const sourcesOf = (index: DatasetIndex, ids: readonly string[]): Source[] =>
  ids.map((id) => index.sources.get(id)).filter((source) => source !== undefined);

function originalSources(sources: readonly Source[]): string {
  if (sources.length === 0) return '';
  return `Original source${sources.length === 1 ? '' : 's'}: ${sources.map(sourceText).join('; ')}.`;
}

function figureClaim(index: DatasetIndex, figure: Figure): { what: string; claim: string } {
  const metric = index.metrics.get(figure.metric);
  const name = metric?.name ?? figure.metric;
  const value = figureValue(figure, metric?.unit ?? '');
  const when = figure.period
    ? `in ${periodText(figure.period)}, given ${formatDate(figure.date)}`
    : formatDate(figure.date);
  const who = claimantNameOf(index.actors, figure);
  return {
    what: `${who}: ${name}, ${value}`,
    claim: `${name}: ${value}, ${when}. Claimed by ${who}; status: ${STATUS_LABEL[figure.status].toLowerCase()}.`,
  };
}

function itemClaim(index: DatasetIndex, item: Item): { what: string; claim: string } {
  switch (item.kind) {
    case 'figure':
      return figureClaim(index, item.record);
    case 'event': {
      const event = item.record;
      const status = event.status ? ` Status: ${STATUS_LABEL[event.status].toLowerCase()}.` : '';
      const summary = event.summary ? ` ${event.summary}` : '';
      return {
        what: event.title,
        claim: `${event.title} (${formatDate(event.date)}).${summary}${status}`,
      };
    }
    case 'statement': {
      const s = item.record;
      const who = [s.speaker, s.role, nameOf(index.actors, s.actor)].filter(Boolean).join(', ');
      const translation = s.translation
        ? ` [translation by the fact sheet's editors: “${s.translation}”]`
        : '';
      return {
        what: `${s.speaker}, ${formatDate(s.date)}`,
        claim: `${who}, ${formatDate(s.date)}: “${s.quote}”${translation}. Status: ${STATEMENT_STATUS_LABEL[s.status].toLowerCase()}.`,
      };
    }
  }
}

function chartClaim(
  index: DatasetIndex,
  metricId: string,
): { what: string; claim: string; sources: string[] } | null {
  const metric = index.metrics.get(metricId);
  if (!metric) return null;
  const figures = index.items.filter(
    (item): item is FigureItem => item.kind === 'figure' && item.record.metric === metricId,
  );
  const first = figures[0]?.date;
  const last = figures[figures.length - 1]?.date;
  if (first === undefined || last === undefined) return null;
  const claimants = [...new Set(figures.map((f) => f.claimantName))];
  const span = first === last ? formatDate(first) : `${formatDate(first)}–${formatDate(last)}`;
  return {
    what: `${metric.name} (${metric.unit})`,
    claim: `${metric.name} (${metric.unit}): ${formatCount(figures.length, 'figure')}, ${span}, claimed by ${claimants.join('; ')}.`,
    sources: [...new Set(figures.flatMap((f) => f.sources))],
  };
}

/** "<title>, version <v>, <permalink>, accessed <date>": the sheet as the place it was found. */
function sheetReference(index: DatasetIndex, permalink: string, accessed: Date): string {
  const { meta } = index.data;
  const by = meta.credit ? `${meta.credit}, ` : '';
  const version = meta.version ? `, version ${meta.version}` : '';
  return `In: ${by}${meta.title}${version}, ${permalink}, accessed ${longDate(accessed)}.`;
}

/**
 * A citation to copy, in plain text and BibTeX: what is claimed, by whom, when, the original
 * source, and the sheet with its version, a permalink and the access date. Null for an id
 * the sheet does not have.
 */
export function citationOf(index: DatasetIndex, subject: CiteSubject, context: CiteContext): Citation | null {
  let claim: { what: string; claim: string };
  let sourceIds: readonly string[];
  let anchor: string;
  if (subject.kind === 'chart') {
    const chart = chartClaim(index, subject.metric);
    if (!chart) return null;
    claim = chart;
    sourceIds = chart.sources;
    anchor = `chart-${subject.metric}`;
  } else {
    const item = index.itemById.get(subject.id);
    if (!item) return null;
    claim = itemClaim(index, item);
    sourceIds = item.sources;
    anchor = item.id;
  }
  const permalink = permalinkOf(context.pageUrl, anchor);
  const sources = originalSources(sourcesOf(index, sourceIds));
  const sheet = sheetReference(index, permalink, context.accessed);
  const text = [claim.claim, sources, sheet].filter(Boolean).join(' ');
  return {
    what: claim.what,
    permalink,
    text,
    bibtex: bibtexOf(index, anchor, claim, sources, permalink, context.accessed),
  };
}

/** Characters TeX reads as commands, written so that they print as themselves. */
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

/** A URL in a .bib field: only what would end the field or start a comment is escaped. */
const bibtexUrl = (url: string): string =>
  url.replace(/[{}\\]/g, encodeURIComponent).replace(/[%#]/g, '\\$&');

function bibtexOf(
  index: DatasetIndex,
  anchor: string,
  claim: { what: string; claim: string },
  sources: string,
  permalink: string,
  accessed: Date,
): string {
  const { meta } = index.data;
  const key = `factsheet-${anchor}`.replace(/[^A-Za-z0-9_:-]/g, '-').slice(0, 80);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(meta.credit ?? meta.title)}}`],
    ['title', `{${bibtexEscape(claim.what)}}`],
    ['howpublished', bibtexEscape(meta.title)],
    ['year', meta.updated.slice(0, 4)],
    ...(meta.version ? ([['version', bibtexEscape(meta.version)]] as [string, string][]) : []),
    ['url', bibtexUrl(permalink)],
    ['urldate', isoDay(accessed)],
    ['note', bibtexEscape([claim.claim, sources].filter(Boolean).join(' '))],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

/**
 * The line burned into a downloaded chart: "Source: <claimants>; compiled by <credit>,
 * <url>, version <v>".
 */
export function chartSourceLine(
  index: DatasetIndex,
  figures: readonly FigureItem[],
  pageUrl: string,
): string {
  const { meta } = index.data;
  const claimants = [...new Set(figures.map((f) => f.claimantName))];
  const compiled = [
    `compiled by ${meta.credit ?? meta.title}`,
    pageUrl,
    meta.version && `version ${meta.version}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `Source: ${claimants.join('; ')}; ${compiled}`;
}
