// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, Meta } from '../data/schema.ts';
import { makeFactsheetV2 } from '../testing/data-generators.ts';
import { atomFeed } from './feed.ts';
import { oneLine, withoutForbiddenCharacters } from './text.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const meta: Meta = makeFactsheetV2().meta;

/** The feed parsed as XML; fails the test when it is not well-formed. */
function parseFeed(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(ATOM);
  expect(doc.documentElement.localName).toBe('feed');
  return doc;
}

const children = (parent: Element | Document, name: string): Element[] => [
  ...parent.getElementsByTagNameNS(ATOM, name),
];

/** The text of the first `name` directly under `parent`, not inside an entry. */
const textOf = (parent: Element, name: string): string | null =>
  [...parent.children].find((child) => child.localName === name)?.textContent ?? null;

const linkHref = (parent: Element, rel: string): string | null =>
  [...parent.children]
    .find((child) => child.localName === 'link' && child.getAttribute('rel') === rel)
    ?.getAttribute('href') ?? null;

/** The links inside an entry's HTML content, as a feed reader would see them. */
function contentLinks(entry: Element): { href: string | null; text: string | null }[] {
  const html = textOf(entry, 'content') ?? '';
  const body = new DOMParser().parseFromString(html, 'text/html');
  return [...body.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent }));
}

describe('atomFeed', () => {
  it('is an Atom feed about the sheet, with relative links when the address is not known', () => {
    const feed = parseFeed(atomFeed(meta, {})).documentElement;
    expect(textOf(feed, 'title')).toBe('Test sheet');
    expect(textOf(feed, 'subtitle')).toBe('A made-up conflict');
    expect(textOf(feed, 'updated')).toBe('2025-06-30T00:00:00Z');
    expect(textOf(feed, 'rights')).toBe('CC BY 4.0');
    expect(children(feed, 'author')[0]?.textContent).toBe('Test editors');
    expect(linkHref(feed, 'alternate')).toBe('./');
    expect(linkHref(feed, 'self')).toBe('feed.xml');
    expect(textOf(feed, 'id')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('has one entry per version, newest first, with its date, summary and links to what changed', () => {
    const doc = parseFeed(atomFeed(meta, {}));
    const entries = children(doc, 'entry');
    expect(entries.map((entry) => textOf(entry, 'title'))).toEqual(['Version 2025.06.2', 'Version 1']);
    const [newest, first] = entries as [Element, Element];
    expect(textOf(newest, 'updated')).toBe('2025-06-30T00:00:00Z');
    expect(textOf(first, 'updated')).toBe('2025-05-01T00:00:00Z');
    expect(textOf(newest, 'summary')).toBe('Added a range.');
    expect(children(newest, 'content')[0]?.getAttribute('type')).toBe('html');
    expect(contentLinks(newest)).toEqual([
      { href: './#f-4', text: 'f-4' },
      { href: './#f-2', text: 'f-2' },
    ]);
    expect(contentLinks(first)).toEqual([]);
    expect(linkHref(newest, 'alternate')).toBe('./#sec-whats-new');
  });

  it('gives stable ids, different for each version and each sheet', () => {
    const ids = (xml: string) => children(parseFeed(xml), 'id').map((id) => id.textContent);
    const once = ids(atomFeed(meta, {}));
    expect(ids(atomFeed(meta, {}))).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    const other = ids(atomFeed({ ...meta, title: 'Another sheet' }, {}));
    for (const id of other) expect(once).not.toContain(id);
  });

  it('uses absolute links and page-based ids when the page address is known', () => {
    const doc = parseFeed(atomFeed(meta, { pageUrl: 'https://example.org/sheet/' }));
    const feed = doc.documentElement;
    expect(textOf(feed, 'id')).toBe('https://example.org/sheet/');
    expect(linkHref(feed, 'alternate')).toBe('https://example.org/sheet/');
    expect(linkHref(feed, 'self')).toBe('https://example.org/sheet/feed.xml');
    const newest = children(doc, 'entry')[0] as Element;
    expect(textOf(newest, 'id')).toBe('https://example.org/sheet/#version-2025.06.2');
    expect(linkHref(newest, 'alternate')).toBe('https://example.org/sheet/#sec-whats-new');
    expect(contentLinks(newest)[0]?.href).toBe('https://example.org/sheet/#f-4');
  });

  it('counts removed items, which have nothing left to link to', () => {
    const changes: Change[] = [
      { version: '2', date: '2025-06', summary: 'Pruned.', removed: ['old-1', 'old-2'] },
    ];
    const entry = children(parseFeed(atomFeed({ ...meta, changes }, {})), 'entry')[0] as Element;
    expect(textOf(entry, 'content')).toContain('Removed: 2 items.');
    expect(contentLinks(entry)).toEqual([]);
  });

  it('keeps ids apart when two entries share a version', () => {
    const changes: Change[] = [
      { version: '1', date: '2025-01-01', summary: 'First.' },
      { version: '1', date: '2025-02-01', summary: 'First, again.' },
    ];
    const pageUrl = 'https://example.org/sheet/';
    const entryIds = children(parseFeed(atomFeed({ ...meta, changes }, { pageUrl })), 'entry').map((entry) =>
      textOf(entry, 'id'),
    );
    expect(entryIds).toEqual([`${pageUrl}#version-1-2025-02-01`, `${pageUrl}#version-1-2025-01-01`]);
  });

  it('is a valid feed with no entries for a sheet without changes', () => {
    const doc = parseFeed(atomFeed({ ...meta, changes: undefined, updated: '2025-03' }, {}));
    expect(children(doc, 'entry')).toHaveLength(0);
    expect(textOf(doc.documentElement, 'updated')).toBe('2025-03-01T00:00:00Z');
  });

  it('says the feed was updated at the later of the data and its newest change', () => {
    const feed = parseFeed(atomFeed({ ...meta, updated: '2025-07-15' }, {})).documentElement;
    expect(textOf(feed, 'updated')).toBe('2025-07-15T00:00:00Z');
  });

  it('names the title as author when there is no credit, and leaves out what the sheet does not say', () => {
    const feed = parseFeed(atomFeed({ title: 'Bare', updated: '2025' }, {})).documentElement;
    expect(children(feed, 'author')[0]?.textContent).toBe('Bare');
    expect(textOf(feed, 'subtitle')).toBeNull();
    expect(textOf(feed, 'rights')).toBeNull();
  });

  it('stays well-formed, and says what the data says, whatever the strings hold', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        ']]>',
        '</feed>',
        '<entry>',
        '&amp;',
        '&#0;',
        '"\'<>&',
        '\u0000\u001B',
        '\uD800',
        '\uFFFE',
      ),
    );
    const change = fc.record({
      version: hostile,
      date: fc.constantFrom('2024', '2025-02', '2025-06-30'),
      summary: hostile,
      added: fc.array(hostile, { maxLength: 3 }),
      revised: fc.array(hostile, { maxLength: 3 }),
      removed: fc.array(hostile, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.record({ title: hostile, subtitle: hostile, credit: hostile, license: hostile }),
        fc.array(change, { maxLength: 4 }),
        fc.option(fc.constantFrom('https://example.org/sheet/', 'https://example.org/a&b/"x"/'), {
          nil: undefined,
        }),
        (strings, changes, pageUrl) => {
          const doc = parseFeed(
            atomFeed({ ...strings, updated: '2025-01', changes }, pageUrl ? { pageUrl } : {}),
          );
          expect(textOf(doc.documentElement, 'title')).toBe(oneLine(strings.title));
          const entries = children(doc, 'entry');
          expect(entries).toHaveLength(changes.length);
          for (const entry of entries) {
            const summary = textOf(entry, 'summary') ?? '';
            expect(changes.map((c) => withoutForbiddenCharacters(c.summary))).toContain(summary);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
