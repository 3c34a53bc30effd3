import { describe, expect, it } from 'vitest';
import committed from '../../data/factsheet.schema.json';
import { buildJsonSchema } from './json-schema.ts';

describe('data/factsheet.schema.json', () => {
  it('is up to date with src/data/schema.ts (run `npm run data:schema` when this fails)', () => {
    expect(committed).toEqual(buildJsonSchema());
  });
});
