import type { CiteSubject } from '../model/citation.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { DialogButton } from './dialog-button.tsx';

/** "Cite": a citation of one figure, event, statement or chart, to copy as text or BibTeX. */
export function CiteButton({
  index,
  subject,
  what,
  className,
}: {
  index: DatasetIndex;
  subject: CiteSubject;
  what: string;
  className?: string;
}) {
  return (
    <DialogButton
      className={className}
      label="Cite"
      name={`Cite ${what}`}
      load={() => import('./cite-content.ts').then((module) => module.citeContent(index, subject))}
    />
  );
}
