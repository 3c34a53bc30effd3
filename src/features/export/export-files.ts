import type { DatasetIndex, Item } from '../../model/dataset-index.ts';
import { csvText, selectionDataset } from '../../model/export.ts';
import { saveFile } from '../../ui/save-file.ts';

// Loaded only when a reader downloads.

const save = (text: string, type: string, filename: string) => saveFile(new Blob([text], { type }), filename);

/** RFC 4180 CSV, one row per item shown. */
export function downloadCsv(items: readonly Item[], index: DatasetIndex, filename: string): void {
  save(csvText(items, index), 'text/csv;charset=utf-8', filename);
}

/** A dataset in the same format holding just the selection; it passes `npm run data:check`. */
export function downloadJson(items: readonly Item[], index: DatasetIndex, filename: string): void {
  save(`${JSON.stringify(selectionDataset(items, index), null, 2)}\n`, 'application/json', filename);
}
