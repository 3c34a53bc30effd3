import type { Change, Meta } from '../data/schema.ts';
import { changesNewestFirst } from '../model/changes.ts';
import { PUBLISHED_PATHS } from './paths.ts';
import { siteAddress } from './site-address.ts';
import { oneLine, titleSlug, withoutForbiddenCharacters } from './text.ts';
import { timestampOf } from './timestamp.ts';

/**
 * feed.xml: the change log (`meta.changes`) as an Atom 1.0 feed (RFC 4287), so that readers
 * can follow corrections and additions without visiting the page. Every dataset string is
 * untrusted: it is cleared of characters XML cannot carry and escaped, never pasted.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal carriage return would be read back as a line feed.
  '\r': '&#xD;',
};

/** Text as XML character data or an attribute value. */
const escapeXml = (text: string): string =>
  withoutForbiddenCharacters(text).replace(/[&<>"'\r]/g, (char) => XML_ESCAPES[char] ?? char);

/**
 * Text as HTML inside the entry's content, which is then escaped again as XML. The same
 * escapes, but "&apos;" is XML's: HTML before HTML5 knows only the number.
 */
const escapeHtml = (text: string): string => escapeXml(text).replace(/&apos;/g, '&#39;');

/** The page itself: relative to feed.xml, which sits beside it, that is "./". */
const pageLink = (pageUrl: string | undefined): string =>
  pageUrl === undefined ? './' : siteAddress('', pageUrl);

/** A place on the page ("…#us-pentagon-10000"). */
const pageAddress = (fragment: string, pageUrl: string | undefined): string => {
  const hash = `#${encodeURIComponent(withoutForbiddenCharacters(fragment))}`;
  return pageUrl === undefined ? `./${hash}` : siteAddress(hash, pageUrl);
};

/**
 * A UUID (version 8, RFC 9562: made by the application) from a hash of the name. Without the
 * sheet's address there is no authority to build a `tag:` URI on, and Atom ids must be
 * absolute and never change; this one is the same on every build of the same title.
 */
function nameBasedUrn(name: string): string {
  // cyrb128: four 32-bit lanes, enough to keep different sheets and versions apart.
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (const char of name) {
    const k = char.codePointAt(0) ?? 0;
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  const hex = [h1, h2 ^ h1, h3 ^ h1, h4 ^ h1]
    .map((lane) => (lane >>> 0).toString(16).padStart(8, '0'))
    .join('');
  // Version 8 in the 13th digit, variant 10 in the top bits of the 17th.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Versions that appear more than once: their entries need the date too, to keep ids apart. */
function repeatedVersions(changes: readonly Change[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { version } of changes) (seen.has(version) ? repeated : seen).add(version);
  return repeated;
}

function entryId(change: Change, repeated: boolean, meta: Meta, pageUrl: string | undefined): string {
  const key = repeated ? `version-${change.version}-${change.date}` : `version-${change.version}`;
  return pageUrl === undefined ? nameBasedUrn(`${titleSlug(meta.title)}#${key}`) : pageAddress(key, pageUrl);
}

function idList(heading: string, ids: readonly string[], pageUrl: string | undefined): string {
  if (ids.length === 0) return '';
  const items = ids.map(
    (id) => `<li><a href="${escapeHtml(pageAddress(id, pageUrl))}">${escapeHtml(id)}</a></li>`,
  );
  return `<p>${heading}:</p><ul>${items.join('')}</ul>`;
}

/** The entry's body as HTML: the summary, then links to what was added and revised. */
function entryHtml(change: Change, pageUrl: string | undefined): string {
  const removed = change.removed?.length ?? 0;
  return [
    `<p>${escapeHtml(change.summary)}</p>`,
    idList('Added', change.added ?? [], pageUrl),
    idList('Revised', change.revised ?? [], pageUrl),
    removed > 0 ? `<p>Removed: ${removed} ${removed === 1 ? 'item' : 'items'}.</p>` : '',
  ].join('');
}

function entryXml(change: Change, id: string, pageUrl: string | undefined): string {
  return [
    '  <entry>',
    `    <title>Version ${escapeXml(oneLine(change.version))}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(pageAddress('sec-whats-new', pageUrl))}"/>`,
    `    <id>${escapeXml(id)}</id>`,
    `    <updated>${timestampOf(change.date)}</updated>`,
    `    <summary>${escapeXml(change.summary)}</summary>`,
    `    <content type="html">${escapeXml(entryHtml(change, pageUrl))}</content>`,
    '  </entry>',
  ].join('\n');
}

/** The later of two RFC 3339 timestamps in the same form, which compare as text. */
const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * The feed. `pageUrl` is the page's absolute address (meta.url): with it, links and ids are
 * absolute; without it, links are relative to feed.xml and ids are name-based URNs.
 */
export function atomFeed(meta: Meta, options: { pageUrl?: string }): string {
  const { pageUrl } = options;
  const changes = changesNewestFirst(meta);
  const repeated = repeatedVersions(changes);
  const newest = changes[0];
  const updated = newest
    ? later(timestampOf(newest.date), timestampOf(meta.updated))
    : timestampOf(meta.updated);
  const feedId = pageUrl === undefined ? nameBasedUrn(titleSlug(meta.title)) : pageLink(pageUrl);
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(oneLine(meta.title))}</title>`,
    ...(meta.subtitle === undefined ? [] : [`  <subtitle>${escapeXml(oneLine(meta.subtitle))}</subtitle>`]),
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageLink(pageUrl))}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(siteAddress(PUBLISHED_PATHS.feed, pageUrl))}"/>`,
    `  <id>${escapeXml(feedId)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(oneLine(meta.credit ?? meta.title))}</name></author>`,
    ...(meta.license === undefined ? [] : [`  <rights>${escapeXml(oneLine(meta.license))}</rights>`]),
  ];
  const entries = changes.map((change) =>
    entryXml(change, entryId(change, repeated.has(change.version), meta, pageUrl), pageUrl),
  );
  return [...head, ...entries, '</feed>', ''].join('\n');
}
