import { describe, expect, it } from 'vitest';
import { makeFactsheetV2 } from '../testing/data-generators.ts';
import { buildIndex } from './dataset-index.ts';
import { itemKindAndDate, itemLabel } from './item-label.ts';

describe('itemLabel', () => {
  const index = buildIndex(makeFactsheetV2());
  const item = (id: string) => index.itemById.get(id)!;

  it('names a figure by its metric and its number with the qualifier', () => {
    expect(itemLabel(item('f-2'), index)).toBe('Troops sent: about 3,000 soldiers (15 Mar 2025)');
    expect(itemLabel(item('f-4'), index)).toBe('Troops sent: 4,000–6,000 soldiers (May 2025)');
  });

  it('names an event by its title and a statement by its speaker', () => {
    expect(itemLabel(item('e-1'), index)).toBe('Border crossing (1 Feb 2025)');
    expect(itemLabel(item('s-2'), index)).toBe('A. Speaker, quote of 2 May 2025');
  });

  it('gives the shortest name: kind and date', () => {
    expect(itemKindAndDate(item('s-1'))).toBe('quote, Apr 2025');
    expect(itemKindAndDate(item('e-1'))).toBe('event, 1 Feb 2025');
  });
});
