import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The design tokens in styles.css, checked for WCAG contrast in both themes: text 4.5:1,
 * chart marks and status badges (which are text too) as stated below. axe checks text it
 * can see; chart marks are SVG shapes, which it does not, so they are checked here.
 */
const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

function tokens(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

const light = tokens(css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = tokens(css.slice(css.indexOf(":root[data-theme='dark'] {"), css.indexOf('*,')));

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

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, t) => {
  it('has every token', () => {
    for (const name of [
      'bg',
      'surface',
      'text',
      'text-muted',
      'link',
      'focus',
      'series-1',
      'series-8',
      'status-claimed',
    ]) {
      expect(t.get(name), name).toMatch(/^#/);
    }
  });

  it.each(['text', 'text-muted', 'link'])('%s reads at 4.5:1 on surface and background', (name) => {
    expect(contrast(t.get(name)!, t.get('surface')!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t.get(name)!, t.get('bg')!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['confirmed', 'reported', 'estimated', 'projected', 'claimed', 'disputed'])(
    'the %s status badge reads at 4.5:1',
    (status) => expect(contrast(t.get(`status-${status}`)!, t.get('surface')!)).toBeGreaterThanOrEqual(4.5),
  );

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('chart series %i stands out at 3:1 from the chart background', (n) => {
    expect(contrast(t.get(`series-${n}`)!, t.get('surface')!)).toBeGreaterThanOrEqual(3);
  });

  it('shows the focus ring at 3:1', () => {
    expect(contrast(t.get('focus')!, t.get('surface')!)).toBeGreaterThanOrEqual(3);
    expect(contrast(t.get('focus')!, t.get('bg')!)).toBeGreaterThanOrEqual(3);
  });
});
