import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './head-tags.ts';
import { card } from './social-image-card.ts';
import { loadFonts } from './social-image-fonts.ts';
import { layout } from './social-image-layout.ts';
import { cardText } from './social-image-text.ts';

/**
 * The sheet's social (Open Graph) image, 1200×630, made at build time: the title, when it
 * was updated, the first four key figures and the credit. satori lays the card out and
 * draws its text as paths (SVG); resvg turns the SVG into a PNG.
 *
 * The card is written as plain `{ type, props }` objects, not JSX: this module runs in Node
 * at build time, where scripts and build config are checked by tsconfig.node.json, which has
 * no JSX, and it needs nothing of React but its types.
 *
 * Nothing may overflow the card, whatever the dataset says. Text that is too long shrinks
 * (the title, the key figures' numbers) down to a floor; beyond that, a line ends with "…"
 * and a long title is cut after its last line that fits, never halfway through a line. The
 * sizes are found with satori's own layout, not guessed from character counts.
 *
 * What the card says is in social-image-text.ts, its elements in social-image-card.ts (with
 * colours and measures in social-image-style.ts), the fitting in social-image-layout.ts and
 * the fonts in social-image-fonts.ts.
 */

export interface SocialImageOptions {
  /** Where the Inter .woff files are; by default @fontsource/inter's files folder. */
  fontDir?: string;
  /**
   * Told the characters that no loaded font has (Korean, Chinese, Arabic…: Inter's latin,
   * latin-ext and cyrillic subsets are loaded), which the image shows as empty boxes. By
   * default a warning on the console, so that a build says so.
   */
  onMissingGlyphs?: (characters: string) => void;
}

/**
 * The social image as SVG. With `embedFont: false` the text stays text (`<text>` elements
 * with their positions and widths), which the tests read; by default it is drawn as paths,
 * so that the SVG needs no font to be shown.
 */
export async function socialImageSvg(
  index: DatasetIndex,
  options: SocialImageOptions & { embedFont?: boolean } = {},
): Promise<string> {
  const fonts = await loadFonts(options.fontDir);
  const { text, sizes } = await layout(cardText(index), fonts);
  const missing = new Set<string>();
  const svg = await satori(card(text, sizes), {
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
    fonts,
    embedFont: options.embedFont ?? true,
    // Called with the characters no font has; no font is fetched (the build is offline).
    loadAdditionalAsset: (_language, segment) => {
      for (const character of segment) missing.add(character);
      return Promise.resolve([]);
    },
  });
  if (missing.size > 0) {
    const characters = [...missing].join('');
    if (options.onMissingGlyphs) options.onMissingGlyphs(characters);
    else console.warn(`Social image: no font has these characters, shown as boxes: ${characters}`);
  }
  return svg;
}

/** The social image as PNG bytes, 1200×630. */
export async function socialImage(
  index: DatasetIndex,
  options: SocialImageOptions = {},
): Promise<Uint8Array> {
  const svg = await socialImageSvg(index, options);
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
