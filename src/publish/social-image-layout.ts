import satori, { type Font, type SatoriNode } from 'satori';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './head-tags.ts';
import { card, type Sizes } from './social-image-card.ts';
import {
  CELL_WIDTH,
  lineHeightOf,
  NUMBER_MAX,
  NUMBER_MIN,
  SUBTITLE_LINE,
  TITLE_FLOOR_BESIDE_FOUR,
  TITLE_SIZES,
  type Element,
} from './social-image-style.ts';
import type { CardText } from './social-image-text.ts';

/**
 * The sizes the card is drawn at, found with satori's own layout, not guessed from character
 * counts: the largest that fit, down to a floor; beyond that, what of the text is cut.
 */

async function nodesOf(element: Element, fonts: Font[]): Promise<Map<string, SatoriNode>> {
  const nodes = new Map<string, SatoriNode>();
  await satori(element, {
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
    fonts,
    onNodeDetected: (node) => {
      if (typeof node.key === 'string') nodes.set(node.key, node);
    },
  });
  return nodes;
}

/** The one size of the key figures' numbers: the largest at which every number and unit fit. */
async function numberSize(text: CardText, fonts: Font[]): Promise<number> {
  if (text.figures.length === 0) return NUMBER_MAX;
  const nodes = await nodesOf(
    card(text, {
      title: TITLE_SIZES[0],
      titleLines: null,
      subtitleLines: null,
      number: NUMBER_MAX,
      measure: true,
    }),
    fonts,
  );
  let size = NUMBER_MAX;
  text.figures.forEach((_, i) => {
    const number = nodes.get(`number-${i}`);
    const unit = nodes.get(`unit-${i}`);
    if (!number || !unit) return;
    // Widths scale with the size; a pixel to spare for rounding.
    const needed = unit.left + unit.width - number.left + 1;
    size = Math.min(size, Math.floor((NUMBER_MAX * CELL_WIDTH) / needed));
  });
  return Math.max(NUMBER_MIN, size);
}

interface Measured {
  /** The title and the line under it fit in the header. */
  fits: boolean;
  /** The height the title may take: the header less the line under it. */
  titleRoom: number;
  /** The height left under the line "Updated …", for the subtitle. */
  subtitleRoom: number;
  /** The subtitle's height at its natural number of lines. */
  subtitleHeight: number;
}

async function measure(text: CardText, sizes: Sizes, fonts: Font[]): Promise<Measured> {
  const nodes = await nodesOf(card(text, sizes), fonts);
  const header = nodes.get('header');
  const title = nodes.get('title');
  const updated = nodes.get('updated');
  if (!header || !title || !updated) throw new Error('The social image lost its header in layout');
  const bottom = header.top + header.height;
  const updatedBottom = updated.top + updated.height;
  const subtitle = nodes.get('subtitle');
  return {
    fits: updatedBottom <= bottom,
    titleRoom: bottom - title.top - (updatedBottom - (title.top + title.height)),
    subtitleRoom: subtitle ? bottom - subtitle.top : 0,
    subtitleHeight: subtitle?.height ?? 0,
  };
}

/** The largest title size, not below `floor`, at which the title fits; null when none does. */
async function titleSize(text: CardText, base: Sizes, floor: number, fonts: Font[]): Promise<number | null> {
  const sizes = TITLE_SIZES.filter((size) => size >= floor);
  const fits = async (i: number) => (await measure(text, { ...base, title: sizes[i] ?? floor }, fonts)).fits;
  if (sizes.length === 0 || !(await fits(sizes.length - 1))) return null;
  if (await fits(0)) return sizes[0] ?? null;
  // Bisection (a smaller size never needs more height): sizes[lo] does not fit, sizes[hi] does.
  let lo = 0;
  let hi = sizes.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (await fits(mid)) hi = mid;
    else lo = mid;
  }
  return sizes[hi] ?? null;
}

/**
 * The sizes, and what of the text is shown. A title that does not fit beside four key
 * figures at a size that still reads as the title gets the room of the second row; one that
 * does not fit at the smallest size beside two, the room of all of them; only then is it cut.
 */
export async function layout(full: CardText, fonts: Font[]): Promise<{ text: CardText; sizes: Sizes }> {
  const number = await numberSize(full, fonts);
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 28;
  const base: Sizes = { title: smallest, titleLines: null, subtitleLines: null, number, measure: false };
  const n = full.figures.length;
  const tries = new Map<number, number>([
    [n, n > 2 ? TITLE_FLOOR_BESIDE_FOUR : smallest],
    [Math.min(n, 2), smallest],
    [0, smallest],
  ]);
  let chosen: { text: CardText; sizes: Sizes } | null = null;
  for (const [count, floor] of tries) {
    const text = { ...full, figures: full.figures.slice(0, count) };
    const size = await titleSize(text, base, floor, fonts);
    if (size !== null) {
      chosen = { text, sizes: { ...base, title: size } };
      break;
    }
  }
  if (!chosen) {
    const text = { ...full, figures: [] };
    const { titleRoom } = await measure(text, base, fonts);
    chosen = {
      text,
      sizes: { ...base, titleLines: Math.max(1, Math.floor(titleRoom / lineHeightOf(smallest))) },
    };
  }
  // The subtitle (shown only when there are no key figures) takes the lines left, if any.
  if (chosen.text.figures.length === 0 && chosen.text.subtitle) {
    const { subtitleRoom, subtitleHeight } = await measure(chosen.text, chosen.sizes, fonts);
    if (subtitleHeight > subtitleRoom) {
      const lines = Math.floor(subtitleRoom / SUBTITLE_LINE);
      if (lines >= 1) chosen.sizes.subtitleLines = lines;
      else chosen.text = { ...chosen.text, subtitle: null };
    }
  }
  return chosen;
}
