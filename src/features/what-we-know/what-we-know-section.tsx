import { useMemo, useState } from 'react';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { itemKindAndDate, itemLabel } from '../../model/item-label.ts';
import { summaryLine } from '../../model/what-we-know.ts';

/** "What we know": the editors' summary, each number linked to the record behind it. */
export function WhatWeKnowSection({ index }: { index: DatasetIndex }) {
  const summary = index.data.meta.summary;
  const lines = useMemo(
    () => (summary ?? []).map((sentence) => summaryLine(sentence, index)),
    [summary, index],
  );
  // On a phone the first point shows with the key figures below it; the rest unfold on request.
  const [folded, setFolded] = useState(true);
  const link = (id: string, text: string, key: string) => {
    const item = index.itemById.get(id);
    return (
      <a key={key} href={`#${encodeURIComponent(id)}`} title={item ? itemLabel(item, index) : undefined}>
        {text}
      </a>
    );
  };
  return (
    <>
      <ul className="what-we-know" id="what-we-know-list" data-folded={folded && lines.length > 1}>
        {lines.map((line, at) => (
          <li key={at}>
            {line.pieces.map((piece, k) => (piece.ref ? link(piece.ref, piece.text, `n${k}`) : piece.text))}
            {line.otherRefs.length > 0 && (
              <span className="what-we-know__records">
                {' '}
                (
                {line.otherRefs.map((id, k) => {
                  const item = index.itemById.get(id);
                  return (
                    <span key={id}>
                      {k > 0 && ' · '}
                      <a
                        href={`#${encodeURIComponent(id)}`}
                        title={item ? itemLabel(item, index) : undefined}
                      >
                        {item ? itemKindAndDate(item) : 'record'}
                      </a>
                    </span>
                  );
                })}
                )
              </span>
            )}
          </li>
        ))}
      </ul>
      {lines.length > 1 && (
        <button
          type="button"
          className="link-button what-we-know__unfold"
          aria-expanded={!folded}
          aria-controls="what-we-know-list"
          onClick={() => setFolded((value) => !value)}
        >
          {folded ? `Show the other ${lines.length - 1} points` : 'Show the first point only'}
        </button>
      )}
      <p className="section__note">
        In the editors’ words; every number links to the figure it comes from, with its source.
      </p>
    </>
  );
}
