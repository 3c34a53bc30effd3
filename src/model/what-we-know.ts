import { numbersInText, statedNumbers } from '../data/numbers-in-text.ts';
import type { SummarySentence } from '../data/schema.ts';
import type { DatasetIndex, Item } from './dataset-index.ts';

/** A piece of a summary sentence: plain text, or a number linked to the record it comes from. */
export type SummaryPiece = { text: string; ref?: undefined } | { text: string; ref: string };

export interface SummaryLine {
  pieces: SummaryPiece[];
  /** Refs that no number links to (an event, a statement): linked after the sentence. */
  otherRefs: string[];
}

const numbersOf = (item: Item | undefined): number[] =>
  item?.kind === 'figure' ? statedNumbers(item.record) : [];

/**
 * Splits a sentence of `meta.summary` so that each number links to the first of its refs
 * whose value, low or high it is (the validator has made sure there is one).
 */
export function summaryLine(sentence: SummarySentence, index: Pick<DatasetIndex, 'itemById'>): SummaryLine {
  const pieces: SummaryPiece[] = [];
  const linked = new Set<string>();
  let at = 0;
  for (const number of numbersInText(sentence.text)) {
    const ref = sentence.refs.find((id) => numbersOf(index.itemById.get(id)).includes(number.value));
    if (!ref) continue;
    if (number.start > at) pieces.push({ text: sentence.text.slice(at, number.start) });
    pieces.push({ text: number.text, ref });
    linked.add(ref);
    at = number.end;
  }
  if (at < sentence.text.length) pieces.push({ text: sentence.text.slice(at) });
  return { pieces, otherRefs: sentence.refs.filter((id) => !linked.has(id) && index.itemById.has(id)) };
}
