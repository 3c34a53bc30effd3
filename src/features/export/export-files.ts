import Papa from 'papaparse';
import type { DatasetIndex, Item } from '../../model/dataset-index.ts';
import { CSV_COLUMNS, csvRows, selectionDataset } from '../../model/export.ts';

// Loaded only when a reader downloads, so that PapaParse is not part of the first view.

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

/**
 * RFC 4180 CSV (PapaParse quotes commas, quotes and line breaks), one row per item shown.
 * Cells that a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
 */
export function downloadCsv(items: readonly Item[], index: DatasetIndex, filename: string): void {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: csvRows(items, index).map((row) => CSV_COLUMNS.map((c) => row[c])) },
    { newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  save(`${csv}\r\n`, 'text/csv;charset=utf-8', filename);
}

/** A dataset in the same format holding just the selection; it passes `npm run data:check`. */
export function downloadJson(items: readonly Item[], index: DatasetIndex, filename: string): void {
  save(`${JSON.stringify(selectionDataset(items, index), null, 2)}\n`, 'application/json', filename);
}
