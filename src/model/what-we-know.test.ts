import { describe, expect, it } from 'vitest';
import { makeFactsheet, makeFactsheetV2 } from '../testing/data-generators.ts';
import { changeMarks, changesNewestFirst } from './changes.ts';
import { staleSince } from './currency.ts';
import { buildIndex } from './dataset-index.ts';
import { parseDate } from './dates.ts';
import { summaryLine } from './what-we-know.ts';

describe('summaryLine', () => {
  const index = buildIndex(makeFactsheetV2());

  it('links each number to the record that gives it', () => {
    const line = summaryLine(
      { text: 'About 3,000 sent; between 2,500 and 3,500 said another.', refs: ['e-1', 'f-2'] },
      index,
    );
    expect(line.pieces).toEqual([
      { text: 'About ' },
      { text: '3,000', ref: 'f-2' },
      { text: ' sent; between ' },
      { text: '2,500', ref: 'f-2' },
      { text: ' and ' },
      { text: '3,500', ref: 'f-2' },
      { text: ' said another.' },
    ]);
    expect(line.otherRefs).toEqual(['e-1']);
  });

  it('keeps a sentence without numbers whole', () => {
    expect(summaryLine({ text: 'A border crossing came first.', refs: ['e-1'] }, index)).toEqual({
      pieces: [{ text: 'A border crossing came first.' }],
      otherRefs: ['e-1'],
    });
  });
});

describe('changes', () => {
  it('lists the change log newest first and marks the newest version’s items', () => {
    const { meta } = makeFactsheetV2();
    expect(changesNewestFirst(meta).map((c) => c.version)).toEqual(['2025.06.2', '1']);
    expect([...changeMarks(meta)]).toEqual([
      ['f-2', 'revised'],
      ['f-4', 'new'],
    ]);
    expect(changeMarks(makeFactsheet().meta).size).toBe(0);
  });
});

describe('staleSince', () => {
  const newest = { date: '2026-03-16', span: parseDate('2026-03-16')! };
  it('is null while the newest item is at most 90 days old', () => {
    expect(staleSince(newest, newest.span.end + 90)).toBeNull();
  });
  it('gives the newest date once it is older than 90 days', () => {
    expect(staleSince(newest, newest.span.end + 91)).toBe('16 Mar 2026');
  });
  it('is null for an empty dataset', () => expect(staleSince(null, 0)).toBeNull());
});
