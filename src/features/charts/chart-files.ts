import type { DatasetIndex, FigureItem } from '../../model/dataset-index.ts';
import { csvText } from '../../model/export.ts';
import { saveFile } from '../../ui/save-file.ts';

/** A chart's figures as CSV, with the columns of the sheet's own CSV download. Loaded on use. */
export function downloadChartCsv(
  figures: readonly FigureItem[],
  index: DatasetIndex,
  filename: string,
): void {
  saveFile(new Blob([csvText(figures, index)], { type: 'text/csv;charset=utf-8' }), filename);
}
