import type { DatasetIndex } from '../model/dataset-index.ts';

const TEXT = { new: 'New', revised: 'Revised' } as const;

/** "New" or "Revised" on an item that the newest version of the data added or corrected. */
export function ChangeBadge({ id, index }: { id: string; index: Pick<DatasetIndex, 'changeMarks'> }) {
  const mark = index.changeMarks.get(id);
  return mark ? <span className={`change-badge change-badge--${mark}`}>{TEXT[mark]}</span> : null;
}
