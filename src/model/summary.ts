import type { Selection } from './filter.ts';
import { formatCount } from './format.ts';

/** "Showing 14 of 123 items: 5 figures, 3 events, 6 statements". */
export function resultSummary(selection: Selection): string {
  const shown = selection.items.length;
  const parts = [
    formatCount(selection.figures.length, 'figure'),
    formatCount(selection.events.length, 'event'),
    formatCount(selection.statements.length, 'statement'),
  ];
  const of =
    shown === selection.total
      ? `Showing all ${formatCount(selection.total, 'item')}`
      : `Showing ${shown.toLocaleString('en-GB')} of ${formatCount(selection.total, 'item')}`;
  return `${of}: ${parts.join(', ')}`;
}
