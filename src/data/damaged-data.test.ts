import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  applyAll,
  asJson,
  BASES,
  mutate,
  mutationArbitrary,
  plausibleMutations,
  RUNS,
} from '../testing/dataset-damage.ts';
import { makeFactsheet } from '../testing/data-generators.ts';
import { validateFactsheet } from './validate.ts';

// Some properties take seconds on the real dataset, more on a busy machine than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

/**
 * Property tests: random damage to valid datasets (see testing/dataset-damage.ts). The
 * validator must never throw and must say where and what. What it accepts, the model must
 * handle: model/damaged-data.test.ts. That it agrees with the generated JSON Schema:
 * json-schema-agreement.test.ts.
 */

describe.each(BASES)('random damage to %s', (_name, base) => {
  it('starts from a valid dataset', () => {
    expect(validateFactsheet(base).ok).toBe(true);
  });

  it('the validator never throws and says where and what', () => {
    fc.assert(
      fc.property(fc.oneof(mutationArbitrary(base), plausibleMutations), (mutations) => {
        const data = asJson(applyAll(base, mutations));
        const result = validateFactsheet(data);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(typeof problem.where === 'string' && problem.where.trim() !== '').toBe(true);
          expect(typeof problem.what === 'string' && problem.what.trim() !== '').toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the validator never throws on values JSON cannot hold either', () => {
    fc.assert(
      fc.property(fc.nat(), fc.anything({ maxDepth: 2, withNullPrototype: true }), (at, value) => {
        const data = mutate(structuredClone(base), { kind: 'replace', at, value });
        expect(() => validateFactsheet(data)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});

it('a list with holes (not JSON, but validateFactsheet takes any value) is rejected, not passed on', () => {
  const data = structuredClone(makeFactsheet());
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  const events: unknown[] = [, ...data.events];
  const result = validateFactsheet({ ...data, events });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems.map((p) => p.where)).toContain('events[0]');
});
