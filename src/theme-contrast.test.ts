import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The palette (src/styles/palette.css), checked for WCAG contrast in both themes: text 4.5:1,
 * chart marks, the focus ring and other marks that are not text 3:1. Each colour token is
 * written once, as light-dark(light, dark) or as one value for both themes; this reads both
 * values of every token, and every token must be in a check below (or be named as decorative).
 * axe checks text it can see, in the theme it runs in; chart marks are SVG shapes, which it
 * does not check, so they are checked here.
 */
const PALETTE = new URL('./styles/palette.css', import.meta.url);
const css = readFileSync(PALETTE, 'utf8');
const rootBlock = /^:root \{([^}]*)\}/m.exec(css)?.[1] ?? '';

type Token = { light: string; dark: string };
const HEX = '#[0-9a-f]{6}';
const palette = new Map<string, Token>(
  [
    ...rootBlock.matchAll(
      new RegExp(`--([\\w-]+):\\s*(?:light-dark\\(\\s*(${HEX})\\s*,\\s*(${HEX})\\s*\\)|(${HEX}))\\s*;`, 'gi'),
    ),
  ].map((m) => {
    const [, name, light, dark, both] = m;
    return [name!, { light: (light ?? both)!.toLowerCase(), dark: (dark ?? both)!.toLowerCase() }];
  }),
);
/** Every custom property the palette sets that is not a size or a shadow: all must be colours read above. */
const declared = [...rootBlock.matchAll(/--([\w-]+):\s*([^;]+);/g)]
  .filter(([, , value]) => !/^\s*\d/.test(value!))
  .map(([, name]) => name!);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const STATUSES = ['confirmed', 'reported', 'estimated', 'projected', 'claimed', 'disputed'];
const SERIES = Array.from({ length: 12 }, (_, i) => `series-${i + 1}`);

/** [foreground, background, minimum ratio]: what each token is read against. */
const CHECKS: [string, string, number][] = [
  // Text.
  ...['text', 'text-muted', 'link'].flatMap((name): [string, string, number][] => [
    [name, 'surface', 4.5],
    [name, 'bg', 4.5],
    [name, 'surface-muted', 4.5],
  ]),
  ['text', 'mark-bg', 4.5],
  ['accent-text', 'accent', 4.5],
  ['header-text', 'header-bg', 4.5],
  ['header-muted', 'header-bg', 4.5],
  // Status badges are text too.
  ...STATUSES.map((status): [string, string, number] => [`status-${status}`, 'surface', 4.5]),
  // Marks that are not text: chart series, the focus ring, accent bars and dots.
  ...SERIES.map((series): [string, string, number] => [series, 'surface', 3]),
  ['focus', 'surface', 3],
  ['focus', 'bg', 3],
  ['accent', 'surface', 3],
];
/** Lines between boxes that are told apart by their spacing and background as well. */
const DECORATIVE = ['border'];

describe('the palette', () => {
  it('writes each colour token once, with its light and dark value', () => {
    expect(palette.size).toBeGreaterThan(30);
    // A token written in another form (a name, rgb(), var()) would escape the checks below.
    expect(declared.filter((name) => !palette.has(name))).toEqual([]);
    expect(css.match(/^:root \{/gm)).toHaveLength(1);
  });

  it('checks every token', () => {
    const checked = new Set([...CHECKS.flatMap(([fg, bg]) => [fg, bg]), ...DECORATIVE]);
    expect([...palette.keys()].filter((name) => !checked.has(name))).toEqual([]);
    expect([...checked].filter((name) => !palette.has(name))).toEqual([]);
  });

  it('is the only place that sets them, apart from print (paper is white)', () => {
    const root = new URL('./', import.meta.url);
    const others = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css') && !/(^|\/)(palette|print)\.css$/.test(file))
      .filter((file) =>
        [...palette.keys()].some((name) => readFileSync(new URL(file, root), 'utf8').includes(`--${name}:`)),
      );
    expect(others).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const value = (name: string) => palette.get(name)![theme];

  it.each(CHECKS)('%s on %s reads at %s:1', (fg, bg, minimum) => {
    expect(contrast(value(fg), value(bg))).toBeGreaterThanOrEqual(minimum);
  });
});
