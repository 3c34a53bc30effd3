import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from './dataset-index.ts';
import { highlightRanges, searchWords, type TextRange } from './highlight.ts';

/** The highlighted parts, for reading the examples. */
const marked = (text: string, q: string): string[] =>
  highlightRanges(text, searchWords(q)).map(({ start, end }) => text.slice(start, end));

describe('searchWords', () => {
  it('splits the query into normalised words', () => {
    expect(searchWords('  Kim  JONG\tÜn ')).toEqual(['kim', 'jong', 'un']);
    expect(searchWords('   ')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('marks what the search matched, in the original text', () => {
    expect(marked('President Zelenskyy said', 'zelensky')).toEqual(['Zelensky']);
    expect(highlightRanges('President Zelenskyy said', ['zelensky'])).toEqual([{ start: 10, end: 18 }]);
    expect(marked('Near KURSK, in Kursk oblast', 'kursk')).toEqual(['KURSK', 'Kursk']);
    expect(highlightRanges('Kim Jong Un', ['kim', 'un'])).toEqual([
      { start: 0, end: 3 },
      { start: 9, end: 11 },
    ]);
  });

  it('ignores accents, and takes a combining accent with its letter', () => {
    expect(marked('Café Müller', 'cafe muller')).toEqual(['Café', 'Müller']);
    expect(marked('Cafe\u0301 noir', 'CAFÉ')).toEqual(['Cafe\u0301']);
    expect(marked('ﬁnal', 'fi')).toEqual(['ﬁ']);
  });

  it('finds words in Korean and Cyrillic text', () => {
    expect(marked('북한군이 쿠르스크에 파병됐다', '쿠르스크')).toEqual(['쿠르스크']);
    // A search for part of a Hangul syllable matches as the search does: by its letters.
    expect(marked('북한', '\u1107\u116e')).toEqual(['북']);
    expect(marked('Войска КНДР в Курской области', 'курск')).toEqual(['Курск']);
  });

  it('lower-cases a Greek sigma by its place in the word, as the search does', () => {
    expect(searchWords('ΟΔΟΣ')).toEqual(['οδος']);
    expect(marked('ΟΔΟΣ ΑΘΗΝΩΝ', 'ΟΔΟΣ')).toEqual(['ΟΔΟΣ']);
    expect(marked('ΟΔΟΣ ΑΘΗΝΩΝ', 'οσ')).toEqual([]);
  });

  it('never splits an emoji, and counts indices in UTF-16 units', () => {
    expect(highlightRanges('🇰🇵 troops 😀', ['troops'])).toEqual([{ start: 5, end: 11 }]);
    expect(marked('a😀b', '😀')).toEqual(['😀']);
  });

  it('merges matches that overlap or touch', () => {
    expect(highlightRanges('aaaa', ['aa'])).toEqual([{ start: 0, end: 4 }]);
    expect(highlightRanges('kimjong', ['kim', 'jong'])).toEqual([{ start: 0, end: 7 }]);
    expect(highlightRanges('kim jong', ['kim', 'jong'])).toHaveLength(2);
  });

  it('marks nothing without words or matches', () => {
    expect(highlightRanges('Kursk', [])).toEqual([]);
    expect(highlightRanges('', ['kursk'])).toEqual([]);
    expect(highlightRanges('Kursk', ['moscow'])).toEqual([]);
  });
});

// A Greek capital sigma lower-cases by its context (final "ς" or "σ"), which a slice cuts off.
const fold = (text: string) => normaliseText(text).replaceAll('ς', 'σ');

const pieces = [
  'Zelenskyy',
  'KURSK',
  'Kim Jong Un',
  'Café',
  'e\u0301',
  'ﬁ',
  'Å',
  'ß',
  'İ',
  'ΟΔΟΣ',
  'Σ',
  '북한군',
  '쿠르스크',
  'Курск',
  'Ёлка',
  '😀',
  '🇰🇵',
  '👩‍👩‍👧',
  ' ',
  '-',
  'a',
  'A',
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
/** A text and words to look for in it: mostly pieces of its own normalised text, so that they match. */
const caseArb = textArb.chain((text) => {
  const normal = normaliseText(text);
  const piece = fc
    .tuple(fc.nat({ max: normal.length }), fc.integer({ min: 1, max: 6 }))
    .map(([at, length]) => normal.slice(at, at + length));
  return fc.record({
    text: fc.constant(text),
    words: fc
      .array(fc.oneof(piece, fc.constantFrom('kursk', 'un', 'a', 'σ')), { maxLength: 4 })
      .map((qs) => searchWords(qs.join(' '))),
  });
});

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

describe('highlightRanges, for any text and words', () => {
  it('gives sorted, separate ranges inside the text, between code points', () => {
    fc.assert(
      fc.property(caseArb, ({ text, words }) => {
        const ranges = highlightRanges(text, words);
        let previousEnd = -1;
        for (const { start, end } of ranges) {
          expect(start).toBeGreaterThan(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))).toBe(false);
          expect(isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))).toBe(false);
          previousEnd = end;
        }
      }),
    );
  });

  it('marks only text that holds a word, and something whenever the search matches', () => {
    fc.assert(
      fc.property(caseArb, ({ text, words }) => {
        const ranges = highlightRanges(text, words);
        for (const { start, end } of ranges) {
          const part = fold(text.slice(start, end));
          expect(words.some((word) => part.includes(fold(word)))).toBe(true);
        }
        if (words.some((word) => normaliseText(text).includes(word))) expect(ranges).not.toEqual([]);
        else expect(ranges).toEqual([]);
      }),
    );
  });

  it('marks exactly the plain matches in ASCII text', () => {
    const naive = (text: string, words: readonly string[]): TextRange[] => {
      const hit = new Array<boolean>(text.length).fill(false);
      const lower = text.toLowerCase();
      for (const word of words)
        for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1))
          hit.fill(true, at, at + word.length);
      const ranges: TextRange[] = [];
      hit.forEach((on, at) => {
        const last = ranges.at(-1);
        if (on && last?.end === at) last.end = at + 1;
        else if (on) ranges.push({ start: at, end: at + 1 });
      });
      return ranges;
    };
    const ascii = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', ' ', '-'), maxLength: 40 });
    fc.assert(
      fc.property(ascii, fc.array(ascii, { maxLength: 3 }), (text, qs) => {
        const words = searchWords(qs.join(' '));
        expect(highlightRanges(text, words)).toEqual(naive(text, words));
      }),
    );
  });
});
