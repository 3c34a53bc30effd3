/**
 * Where a chart writes each claimant's name beside its latest mark. Pure geometry in
 * pixels, so that it can be tested: a name must never sit nearer another claimant's mark
 * or overlap another name, or a reader would take one claimant's number for another's.
 */

export interface LabelEnd {
  key: string;
  /** The claimant's name as it would be written. */
  text: string;
  /** Its latest mark, in pixels. */
  x: number;
  y: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Where the text is anchored, and on which side of the mark it runs. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Pixels per character of an 11-px label (a generous estimate, so that boxes err large). */
export const CHAR_WIDTH = 6.6;
const GAP = 10;
const BELOW = 16;
const HALF_HEIGHT = 7;
/** How far around another claimant's mark a label keeps clear. */
const MARK_CLEARANCE = 9;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box a placed label covers. */
export function labelBox(label: PlacedLabel): Box {
  const width = label.text.length * CHAR_WIDTH;
  const left = label.anchor === 'start' ? label.x : label.x - width;
  return { left, right: left + width, top: label.y - HALF_HEIGHT * 2 + 3, bottom: label.y + 3 };
}

/**
 * Each claimant's name just below-right of its latest mark, else below-left; left out when
 * either place would run past the plot, overlap a name already placed, or cover another
 * claimant's latest mark.
 */
export function placeLabels(ends: readonly LabelEnd[], plot: { left: number; right: number }): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const markBoxes = ends.map((end) => ({
    key: end.key,
    box: {
      left: end.x - MARK_CLEARANCE,
      right: end.x + MARK_CLEARANCE,
      top: end.y - MARK_CLEARANCE,
      bottom: end.y + MARK_CLEARANCE,
    },
  }));
  for (const end of [...ends].sort((a, b) => a.x - b.x || a.key.localeCompare(b.key))) {
    const candidates: PlacedLabel[] = [
      { key: end.key, text: end.text, x: end.x + GAP, y: end.y + BELOW, anchor: 'start' },
      { key: end.key, text: end.text, x: end.x - GAP, y: end.y + BELOW, anchor: 'end' },
    ];
    const fits = candidates.find((label) => {
      const box = labelBox(label);
      return (
        box.left >= plot.left &&
        box.right <= plot.right &&
        placed.every((other) => !overlaps(box, labelBox(other))) &&
        markBoxes.every((mark) => mark.key === end.key || !overlaps(box, mark.box))
      );
    });
    if (fits) placed.push(fits);
  }
  return placed;
}
