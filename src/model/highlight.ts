import { normaliseText } from './dataset-index.ts';

/** A part of a text, as UTF-16 indices: from `start` up to, not including, `end`. */
export interface TextRange {
  start: number;
  end: number;
}

/** The words the text search looks for: an item matches when its text includes every one. */
export const searchWords = (q: string): string[] => normaliseText(q).split(/\s+/).filter(Boolean);

/**
 * The text as normaliseText gives it, with, for each of its UTF-16 units, where the code
 * point it came from starts and ends in the original. A code point may give no unit (a
 * combining accent), one ("É" gives "e") or several ("ﬁ" gives "fi", a Hangul syllable its
 * letters). One that gives none is counted with the code point before it, so that a
 * highlight takes "é" written as "e" and an accent whole rather than leaving its accent out.
 */
function normalisedWithOrigins(text: string): { normal: string; starts: number[]; ends: number[] } {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastFirstUnit = 0;
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    // Decomposed one code point at a time so that every unit knows its origin. Lower-casing
    // waits for the whole text: it depends on context (a Greek final sigma), never on marks,
    // and keeps the length of decomposed text, so the origins stay in step.
    const plain = char < '\u0080' ? char : char.normalize('NFKD').replace(/\p{M}/gu, '');
    if (plain === '') {
      ends.fill(end, lastFirstUnit);
    } else {
      parts.push(plain);
      lastFirstUnit = starts.length;
      for (let unit = 0; unit < plain.length; unit++) {
        starts.push(at);
        ends.push(end);
      }
    }
    at = end;
  }
  return { normal: parts.join('').toLowerCase(), starts, ends };
}

/**
 * The parts of `text` that match any of the words as the text search does (ignoring case
 * and accents), as indices into `text` itself, sorted and merged where they overlap or
 * touch. Ranges hold whole code points, so a highlight never splits an emoji.
 */
export function highlightRanges(text: string, words: readonly string[]): TextRange[] {
  if (words.length === 0 || text === '') return [];
  const { normal, starts, ends } = normalisedWithOrigins(text);
  const found: TextRange[] = [];
  for (const word of words) {
    if (word === '') continue;
    // Step by one unit, not by the word: overlapping matches ("aa" in "aaa") all count.
    for (let at = normal.indexOf(word); at !== -1; at = normal.indexOf(word, at + 1)) {
      found.push({ start: starts[at] as number, end: ends[at + word.length - 1] as number });
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}
