import type { DatasetIndex } from '../model/dataset-index.ts';
import { CiteButton } from './cite-button.tsx';
import { CopyLink } from './copy-link.tsx';

/** An item's ways out of the sheet: a link to it, and a citation of it. */
export function ItemLinks({ id, what, index }: { id: string; what: string; index: DatasetIndex }) {
  return (
    <span className="item-links">
      <CopyLink id={id} what={what} />
      <CiteButton index={index} subject={{ kind: 'item', id }} what={what} />
    </span>
  );
}
