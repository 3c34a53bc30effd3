import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font, FontWeight } from 'satori';

/** The fonts the social image is drawn with: Inter, from @fontsource/inter's .woff files. */

const WEIGHTS: readonly FontWeight[] = [400, 600, 700];
/**
 * Inter's subsets as fontsource splits them, each its own family: satori takes a glyph from
 * the first listed family that has it (one name for all would keep only the first file).
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
export const FAMILY = SUBSETS.map((subset) => `'Inter ${subset}'`).join(', ');

function defaultFontDir(): string {
  const pkg = createRequire(import.meta.url).resolve('@fontsource/inter/package.json');
  return join(dirname(pkg), 'files');
}

const fontCache = new Map<string, Promise<Font[]>>();

export function loadFonts(fontDir = defaultFontDir()): Promise<Font[]> {
  let fonts = fontCache.get(fontDir);
  if (!fonts) {
    fonts = Promise.all(
      SUBSETS.flatMap((subset) =>
        WEIGHTS.map(async (weight): Promise<Font> => {
          const data = await readFile(join(fontDir, `inter-${subset}-${weight}-normal.woff`));
          return { name: `Inter ${subset}`, data, weight, style: 'normal' };
        }),
      ),
    );
    fontCache.set(fontDir, fonts);
    // A failed read is not cached: the next call tries again.
    fonts.catch(() => fontCache.delete(fontDir));
  }
  return fonts;
}
