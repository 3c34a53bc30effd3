import { citationOf, sheetUrl, type CiteSubject } from '../model/citation.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import type { DialogContent } from './copy-dialog.tsx';

/** The Cite dialog's texts, for the sheet where the reader is, today. */
export function citeContent(index: DatasetIndex, subject: CiteSubject): DialogContent {
  const citation = citationOf(index, subject, {
    pageUrl: sheetUrl(index, window.location),
    accessed: new Date(),
  });
  if (!citation) throw new Error('Nothing to cite');
  return {
    title: `Cite: ${citation.what}`,
    intro:
      'What is claimed, by whom and when, its original source, and this sheet with its version and the date you read it.',
    blocks: [
      { label: 'Plain text', text: citation.text },
      { label: 'BibTeX', text: citation.bibtex, code: true },
    ],
    link: { href: citation.permalink, text: 'Permalink' },
  };
}
