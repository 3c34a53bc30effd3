import type { Selection } from './filter.ts';
import { formatCount, formatWhole } from './format.ts';

/** The result line in two parts: "Showing 14 of 123 items" and "5 figures, 3 events, 6 statements". */
export function resultParts(selection: Selection): { shown: string; kinds: string } {
  const shown = selection.items.length;
  const kinds = [
    formatCount(selection.figures.length, 'figure'),
    formatCount(selection.events.length, 'event'),
    formatCount(selection.statements.length, 'statement'),
  ].join(', ');
  return {
    shown:
      shown === selection.total
        ? `Showing all ${formatCount(selection.total, 'item')}`
        : `Showing ${formatWhole(shown)} of ${formatCount(selection.total, 'item')}`,
    kinds,
  };
}

/** "Showing 14 of 123 items: 5 figures, 3 events, 6 statements". */
export function resultSummary(selection: Selection): string {
  const { shown, kinds } = resultParts(selection);
  return `${shown}: ${kinds}`;
}
