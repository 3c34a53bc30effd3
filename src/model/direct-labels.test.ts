import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelEnd } from './direct-labels.ts';

const PLOT = { left: 60, right: 460 };

describe('placeLabels', () => {
  it('writes a name right of its mark, or left of it near the plot’s right edge', () => {
    expect(
      placeLabels(
        [
          { key: 'a', text: 'NIS', x: 100, y: 100 },
          { key: 'b', text: 'Defence Intelligence', x: 450, y: 200 },
        ],
        PLOT,
      ),
    ).toEqual([
      { key: 'a', text: 'NIS', x: 110, y: 116, anchor: 'start' },
      { key: 'b', text: 'Defence Intelligence', x: 440, y: 216, anchor: 'end' },
    ]);
  });

  it('leaves out a name that would run into another (seen: two claimants at the same value)', () => {
    const placed = placeLabels(
      [
        { key: 'russia', text: 'Security Council Secretar…', x: 120, y: 150 },
        { key: 'nis', text: 'National Intelligence Ser…', x: 450, y: 150 },
      ],
      PLOT,
    );
    expect(placed.map((label) => label.key)).toEqual(['russia']);
  });

  it('never overlaps two names, covers another claimant’s mark, or leaves the plot', () => {
    const end = fc.record({
      text: fc.string({ minLength: 1, maxLength: 26 }),
      x: fc.integer({ min: PLOT.left, max: PLOT.right }),
      y: fc.integer({ min: 20, max: 260 }),
    });
    fc.assert(
      fc.property(fc.array(end, { minLength: 1, maxLength: 3 }), (list) => {
        const ends: LabelEnd[] = list.map((e, at) => ({ ...e, key: `k${at}` }));
        const placed = placeLabels(ends, PLOT);
        const boxes = placed.map(labelBox);
        for (const [at, box] of boxes.entries()) {
          expect(box.left).toBeGreaterThanOrEqual(PLOT.left);
          expect(box.right).toBeLessThanOrEqual(PLOT.right);
          for (const other of boxes.slice(at + 1))
            expect(
              box.left < other.right &&
                other.left < box.right &&
                box.top < other.bottom &&
                other.top < box.bottom,
            ).toBe(false);
          for (const mark of ends.filter((e) => e.key !== placed[at]!.key)) {
            const inside = mark.x > box.left && mark.x < box.right && mark.y > box.top && mark.y < box.bottom;
            expect(inside).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
