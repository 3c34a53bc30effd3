import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import jsonSchema from '../../data/factsheet.schema.json';
import { applyAll, asJson, BASES, mutationArbitrary, RUNS } from '../testing/dataset-damage.ts';
import { makeFactsheet } from '../testing/data-generators.ts';
import { corpus } from './__fixtures__/corpus.ts';
import { validateFactsheet } from './validate.ts';

// Some properties take seconds on the real dataset, more on a busy machine than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

/*
 * The JSON Schema as an oracle for the shape rules. data/factsheet.schema.json is generated
 * from the same valibot schema and is what editors' tools check against, so the two must
 * agree on shape: whatever the schema rejects, the validator rejects (equivalently, whatever
 * the validator accepts, the schema accepts).
 *
 * The converse does not hold, by design: the validator also enforces rules a JSON Schema
 * cannot express: real calendar dates ("2025-02-30" matches the date pattern), ids unique
 * within their list, references that resolve, low <= value <= high (and a value or both ends),
 * a period's order, a metric's lead, the summary's numbers, and URLs that parse.
 * So when the schema accepts and the validator rejects, every problem must be one of those.
 */
describe('the validator and the generated JSON Schema agree on shape', () => {
  expect(jsonSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  // Ajv's default export checks draft-07, the draft the schema declares.
  const ajv = new Ajv({ allErrors: false, strict: true });
  const schemaAccepts = ajv.compile(jsonSchema);
  const BEYOND_JSON_SCHEMA =
    /is not a real calendar date|^duplicate id "|^unknown (?:actor|topic|source|metric) "|is above value|is below value|is not a valid URL|is above high|unless the figure gives both low and high|is after to|never leads|is not a figure of this metric|^unknown figure|is not the value, low or high|^no figure of this metric is claimed by/;

  it.each(BASES)('on the untouched %s', (_name, base) => {
    expect(schemaAccepts(base), ajv.errorsText(schemaAccepts.errors)).toBe(true);
  });

  it('on every fixture of the corpus that is JSON', () => {
    let checked = 0;
    for (const { file } of corpus) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
      } catch {
        continue;
      }
      checked++;
      const result = validateFactsheet(data);
      expect(result.ok, file).toBe(false);
      if (schemaAccepts(data) && !result.ok) {
        for (const problem of result.problems)
          expect(problem.what, `${file}: ${problem.where}`).toMatch(BEYOND_JSON_SCHEMA);
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it.each(BASES)('for random damage to %s', (_name, base) => {
    let schemaRejected = 0;
    let onlyValidatorRejected = 0;
    fc.assert(
      fc.property(mutationArbitrary(base), (mutations) => {
        const data = asJson(applyAll(base, mutations));
        const bySchema = schemaAccepts(data);
        const result = validateFactsheet(data);
        if (!bySchema) {
          schemaRejected++;
          expect(
            result.ok,
            `the schema rejects (${ajv.errorsText(schemaAccepts.errors)}) but the validator accepts`,
          ).toBe(false);
        } else if (!result.ok) {
          onlyValidatorRejected++;
          for (const problem of result.problems) {
            expect(problem.what, `${problem.where}: a shape rule the JSON Schema does not have`).toMatch(
              BEYOND_JSON_SCHEMA,
            );
          }
        }
      }),
      { numRuns: RUNS * 2 },
    );
    expect(schemaRejected).toBeGreaterThan(RUNS / 10);
    expect(onlyValidatorRejected).toBeGreaterThan(0);
  });

  it('a source URL with an upper-case scheme ("HTTPS://EXAMPLE.ORG/A") is judged alike by both', () => {
    const data = structuredClone(makeFactsheet());
    const sources = data.sources.map((source) => ({ ...source, url: 'HTTPS://EXAMPLE.ORG/A' }));
    const upper = { ...data, sources };
    expect(schemaAccepts(upper), ajv.errorsText(schemaAccepts.errors)).toBe(true);
    expect(validateFactsheet(upper).ok).toBe(true);
  });
});
