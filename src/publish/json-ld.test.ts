// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../data/schema.ts';
import { makeFactsheetV2 } from '../testing/data-generators.ts';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, datasetJsonLd, jsonLdScriptText } from './json-ld.ts';

const meta: Meta = {
  ...makeFactsheetV2().meta,
  description: 'Built from published sources, claim by claim.',
};
const files = [
  { path: 'data/figures.csv', mediaType: 'text/csv' },
  { path: 'data/factsheet.json', mediaType: 'application/json' },
];

describe('datasetJsonLd', () => {
  it('describes the sheet as a schema.org Dataset with absolute downloads when the address is known', () => {
    expect(datasetJsonLd(meta, files, { pageUrl: 'https://example.org/sheet/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Test sheet',
      description: 'A made-up conflict. Built from published sources, claim by claim.',
      url: 'https://example.org/sheet/',
      dateModified: '2025-06-30',
      version: '2025.06.2',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: 'Test editors' },
      isAccessibleForFree: true,
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: 'https://example.org/sheet/data/figures.csv',
        },
        {
          '@type': 'DataDownload',
          encodingFormat: 'application/json',
          contentUrl: 'https://example.org/sheet/data/factsheet.json',
        },
      ],
    });
  });

  it('keeps downloads relative and leaves out what the sheet does not say', () => {
    const bare = datasetJsonLd({ title: 'Bare', updated: '2025' }, files, {});
    expect(bare).not.toHaveProperty('url');
    expect(bare).not.toHaveProperty('license');
    expect(bare).not.toHaveProperty('creator');
    expect(bare).not.toHaveProperty('version');
    expect(bare.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'data/figures.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'data/factsheet.json' },
    ]);
  });

  it("gives a licence it does not know by the editors' words", () => {
    expect(datasetJsonLd({ ...meta, license: 'All rights\nreserved' }, files, {}).license).toBe(
      'All rights reserved',
    );
  });
});

describe("the Dataset's description", () => {
  /** The description of a sheet that says only this subtitle and method note. */
  const datasetDescription = (said: Pick<Meta, 'subtitle' | 'description'>): unknown =>
    datasetJsonLd({ title: 'T', updated: '2025', ...said }, files, {}).description;

  it('ends the subtitle as a sentence before the method note', () => {
    const long = 'A method note that is long enough on its own to pass the minimum length.';
    expect(datasetDescription({ subtitle: 'Who claims what', description: long })).toBe(
      `Who claims what. ${long}`,
    );
    expect(datasetDescription({ subtitle: 'Who claims what?', description: long })).toBe(
      `Who claims what? ${long}`,
    );
  });

  it('adds what every sheet is when the editors wrote too little for Google', () => {
    expect(datasetDescription({ subtitle: 'A made-up conflict' })).toBe(
      'A made-up conflict. Figures, events and statements, each with who claims it, how sure it is, and the published sources it rests on.',
    );
  });

  it('is always 50 to 5,000 characters on one line, as Google asks', () => {
    const text = fc.option(fc.string({ unit: 'binary', maxLength: 6000 }), { nil: undefined });
    fc.assert(
      fc.property(text, text, (subtitle, description) => {
        const out = datasetDescription({ subtitle, description }) as string;
        expect(out.length).toBeGreaterThanOrEqual(DESCRIPTION_MIN);
        expect(out.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
        expect(out).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('jsonLdScriptText', () => {
  /** The text put in a script element in a real HTML page, and what the parser gives back. */
  function embedded(text: string): HTMLScriptElement[] {
    const html = `<!doctype html><html><head><script type="application/ld+json">${text}</script></head><body></body></html>`;
    return [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script')];
  }

  it('cannot close its script element, whatever the title holds', () => {
    const hostile = { ...meta, title: '</script><script>alert(1)</script><!--' };
    const text = jsonLdScriptText(datasetJsonLd(hostile, files, {}));
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    const scripts = embedded(text);
    expect(scripts).toHaveLength(1);
    expect((JSON.parse(scripts[0]?.textContent ?? '') as { name: string }).name).toBe(
      '</script><script>alert(1)</script><!--',
    );
  });

  it('escapes line and paragraph separators, and means the same JSON', () => {
    const value = { a: 'x\u2028y\u2029z', b: ['<&>'] };
    const text = jsonLdScriptText(value);
    expect(text).not.toMatch(/[\u2028\u2029<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('stays one script that reads back to the same value, for any strings', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ maxLength: 10 }),
          fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('</script>', '<!--<script>', '</SCRIPT >')),
        ),
        (value) => {
          const scripts = embedded(jsonLdScriptText(value));
          expect(scripts).toHaveLength(1);
          expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(value);
        },
      ),
      { numRuns: 200 },
    );
  });
});
