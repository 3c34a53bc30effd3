import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { highlightRanges } from '../model/highlight.ts';

/** The words of the current text search, for every section to mark where they match. */
export const SearchWordsContext = createContext<readonly string[]>([]);

export function SearchWordsProvider({ words, children }: { words: readonly string[]; children: ReactNode }) {
  return <SearchWordsContext value={words}>{children}</SearchWordsContext>;
}

/** The text with what the search matched in `<mark>`, so a reader sees why an item is shown. */
export function Highlight({ text }: { text: string }) {
  const words = useContext(SearchWordsContext);
  const ranges = useMemo(() => highlightRanges(text, words), [text, words]);
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
