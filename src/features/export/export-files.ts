import type { DatasetIndex, Item } from '../../model/dataset-index.ts';
import { toCsv } from '../../model/csv.ts';
import { CSV_COLUMNS, csvRows, selectionDataset } from '../../model/export.ts';

// Loaded only when a reader downloads.

function save(text: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** RFC 4180 CSV, one row per item shown. */
export function downloadCsv(items: readonly Item[], index: DatasetIndex, filename: string): void {
  const rows = csvRows(items, index).map((row) => CSV_COLUMNS.map((column) => row[column]));
  save(toCsv(CSV_COLUMNS, rows), 'text/csv;charset=utf-8', filename);
}

/** A dataset in the same format holding just the selection; it passes `npm run data:check`. */
export function downloadJson(items: readonly Item[], index: DatasetIndex, filename: string): void {
  save(`${JSON.stringify(selectionDataset(items, index), null, 2)}\n`, 'application/json', filename);
}
