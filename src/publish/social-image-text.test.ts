import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/dataset-index.ts';
import { makeFactsheet } from '../testing/data-generators.ts';
import { cardText } from './social-image-text.ts';

describe('what the social image says', () => {
  it('writes the date at its precision with the month in full', () => {
    const updated = (date: string) => {
      const data = makeFactsheet();
      return cardText(buildIndex({ ...data, meta: { ...data.meta, updated: date, version: undefined } }))
        .updated;
    };
    expect(updated('2026-03-16')).toBe('Updated 16 March 2026');
    expect(updated('2026-03')).toBe('Updated March 2026');
    expect(updated('2026')).toBe('Updated 2026');
  });
});
