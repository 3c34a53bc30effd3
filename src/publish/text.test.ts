import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine, shortenAtWord, titleSlug, withoutForbiddenCharacters } from './text.ts';

describe('withoutForbiddenCharacters', () => {
  it('drops controls, lone surrogates and non-characters, and keeps tabs, line breaks and astral characters', () => {
    expect(withoutForbiddenCharacters('a\u0000b\u001Fc\uD800d\uFFFEe\uFFFF')).toBe('abcde');
    expect(withoutForbiddenCharacters('tab\tline\nreturn\r 😀 한국어')).toBe('tab\tline\nreturn\r 😀 한국어');
  });

  it('leaves only characters XML 1.0 allows, for any string', () => {
    const allowed = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => allowed.test(withoutForbiddenCharacters(text))),
    );
  });
});

describe('oneLine', () => {
  it('turns every run of white space into one space and trims the ends', () => {
    expect(oneLine('  two\r\nlines\tand\u00A0more  ')).toBe('two lines and more');
  });

  it('never holds a line break', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !/[\r\n]/.test(oneLine(text))));
  });
});

describe('shortenAtWord', () => {
  it('leaves a short text alone', () => {
    expect(shortenAtWord('Short enough.', 13)).toBe('Short enough.');
  });

  it('cuts at the last space before the limit, without trailing punctuation, and ends with "…"', () => {
    expect(shortenAtWord('Troops, casualties, arms shipments and statements', 22)).toBe(
      'Troops, casualties…',
    );
  });

  it('cuts a text with no space where it must, never inside a surrogate pair', () => {
    expect(shortenAtWord('abcdefghij', 5)).toBe('abcd…');
    expect(shortenAtWord('😀😀😀', 4)).toBe('😀…');
  });

  it('is never longer than the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 2, max: 120 }),
        (text, max) => {
          const short = shortenAtWord(text, max);
          expect(short.length).toBeLessThanOrEqual(max);
          expect(short === text || short.endsWith('…')).toBe(true);
        },
      ),
    );
  });
});

describe('titleSlug', () => {
  it('makes a Data Package name from a title', () => {
    expect(titleSlug("North Korea's military support for Russia")).toBe(
      'north-koreas-military-support-for-russia',
    );
    expect(titleSlug('Ça va – “Übersicht” 2025')).toBe('ca-va-ubersicht-2025');
  });

  it('falls back to "factsheet" for a title without letters or digits it can keep', () => {
    expect(titleSlug('한국어')).toBe('factsheet');
    expect(titleSlug('!!!')).toBe('factsheet');
  });

  it('is always lower-case letters, digits and single inner hyphens, at most 80 long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (title) => {
        const slug = titleSlug(title);
        expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
