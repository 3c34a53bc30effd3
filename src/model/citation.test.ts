import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFactsheet, statement } from '../testing/data-generators.ts';
import { chartSourceLine, citationOf, sheetUrl } from './citation.ts';
import { buildIndex, type FigureItem } from './dataset-index.ts';

const PAGE = 'https://example.org/sheet/';
const context = { pageUrl: PAGE, accessed: new Date('2026-12-01T10:00:00Z') };
const index = buildIndex(
  makeFactsheet({
    meta: { title: 'Test sheet', updated: '2025-06-30', version: '1.2', credit: 'The editors' },
  }),
);

/** Braces that TeX reads as grouping (not escaped by a backslash) must pair up. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('citationOf', () => {
  it('says what is claimed, by whom, when, how sure, the original source and the sheet', () => {
    const cite = citationOf(index, { kind: 'item', id: 'f-2' }, context)!;
    expect(cite.text).toBe(
      'Troops sent: 3,000 soldiers, 15 Mar 2025. Claimed by Betastan; status: estimate. ' +
        'Original source: Wire, “Troops arrive”, 10 Jan 2025, https://example.org/a. ' +
        'In: The editors, Test sheet, version 1.2, https://example.org/sheet/#f-2, accessed 1 December 2026.',
    );
    expect(cite.permalink).toBe('https://example.org/sheet/#f-2');
    expect(cite.what).toBe('Betastan: Troops sent, 3,000 soldiers');
  });

  it('cites a chart by its anchor, with every claimant and source of its figures', () => {
    const cite = citationOf(index, { kind: 'chart', metric: 'troops' }, context)!;
    expect(cite.permalink).toBe(`${PAGE}#chart-troops`);
    expect(cite.text).toContain('Troops sent (soldiers): 2 figures, Jan 2025–15 Mar 2025');
    expect(cite.text).toContain('Alphaland: Ministry; Betastan');
    expect(cite.text).toContain('version 1.2');
  });

  it('marks an editors’ translation as such, and keeps the quote verbatim', () => {
    const translated = buildIndex(
      makeFactsheet({
        statements: [
          statement({ id: 's-t', quote: 'Nous verrons', language: 'fr', translation: 'We shall see' }),
        ],
      }),
    );
    const cite = citationOf(translated, { kind: 'item', id: 's-t' }, context)!;
    expect(cite.text).toContain("“Nous verrons” [translation by the fact sheet's editors: “We shall see”]");
    expect(cite.text).toContain('A. Speaker, Minister, Betastan, 1 Jan 2025');
  });

  it('cites an event with its date and summary', () => {
    const cite = citationOf(index, { kind: 'item', id: 'e-1' }, context)!;
    expect(cite.text.startsWith('Border crossing (1 Feb 2025). A summary.')).toBe(true);
    expect(cite.permalink).toBe(`${PAGE}#e-1`);
  });

  it('has nothing to cite for an id the sheet does not have', () => {
    expect(citationOf(index, { kind: 'item', id: 'nope' }, context)).toBeNull();
    expect(citationOf(index, { kind: 'chart', metric: 'nope' }, context)).toBeNull();
  });

  it('writes BibTeX whose fields stay well formed whatever the dataset says', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (title, quote) => {
        const hostile = buildIndex(
          makeFactsheet({
            meta: { title: title || 'x', updated: '2025-06-30', version: '}{%#' },
            statements: [statement({ id: 's-h', quote })],
          }),
        );
        const { bibtex } = citationOf(hostile, { kind: 'item', id: 's-h' }, context)!;
        expect(bracesBalance(bibtex)).toBe(true);
        // An unescaped % would comment out the rest of the line.
        expect(/(^|[^\\])%/.test(bibtex.replace(/\\\\/g, ''))).toBe(false);
      }),
    );
  });

  it('gives the access date and permalink in BibTeX too', () => {
    const { bibtex } = citationOf(index, { kind: 'item', id: 'f-1' }, context)!;
    expect(bibtex).toMatch(/^@misc\{factsheet-f-1,\n/);
    expect(bibtex).toContain('url          = {https://example.org/sheet/\\#f-1}');
    expect(bibtex).toContain('urldate      = {2026-12-01}');
    expect(bibtex).toContain('version      = {1.2}');
  });
});

describe('BibTeX fields', () => {
  it('escape every character TeX treats as a command', () => {
    const version = '50% & $5 #1 a_b ^ ~ {x} \\';
    const sheet = buildIndex(makeFactsheet({ meta: { ...index.data.meta, version } }));
    expect(citationOf(sheet, { kind: 'item', id: 'f-1' }, context)!.bibtex).toContain(
      'version      = {50\\% \\& \\$5 \\#1 a\\_b \\^{} \\~{} \\{x\\} \\textbackslash{}}',
    );
  });
});

describe('sheetUrl', () => {
  it('prefers the address the editors publish the sheet at', () => {
    const published = buildIndex(
      makeFactsheet({ meta: { ...index.data.meta, url: 'https://news.example/sheet' } }),
    );
    expect(sheetUrl(published, { href: 'http://localhost:4173/?q=x#f-1' })).toBe(
      'https://news.example/sheet',
    );
  });

  it('otherwise is where the reader is, without filters or target, and the sheet rather than an embed', () => {
    expect(sheetUrl(index, { href: 'https://host.example/a/b/?actor=x#f-1' })).toBe(
      'https://host.example/a/b/',
    );
    expect(sheetUrl(index, { href: 'https://host.example/a/embed.html?chart=troops' })).toBe(
      'https://host.example/a/',
    );
    expect(sheetUrl(index, { href: 'https://host.example/a/index.html' })).toBe('https://host.example/a/');
  });
});

describe('chartSourceLine', () => {
  it('names each claimant once, the compiler, the address and the version', () => {
    const figures = index.items.filter(
      (i): i is FigureItem => i.kind === 'figure' && i.record.metric === 'troops',
    );
    expect(chartSourceLine(index, figures, PAGE)).toBe(
      'Source: Alphaland: Ministry; Betastan; compiled by The editors, https://example.org/sheet/, version 1.2',
    );
  });
});
