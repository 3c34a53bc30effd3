import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse.ts';
import type { Factsheet } from '../data/schema.ts';
import { buildIndex } from '../model/dataset-index.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './head-tags.ts';
import { socialImage, socialImageSvg } from './social-image.ts';
import { SOCIAL_IMAGE_COLORS, SOCIAL_IMAGE_STATUS_COLORS } from './social-image-style.ts';

const parsed = parseDataset(readFileSync(new URL('../../data/factsheet.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('data/factsheet.json is not valid');
const real = parsed.data;

const withMeta = (meta: Partial<Factsheet['meta']>, data: Factsheet = real): Factsheet => ({
  ...data,
  meta: { ...data.meta, ...meta },
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Text {
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  fontSize: number;
  content: string;
  /** What satori clips the text to: its box and those of its overflow: hidden ancestors. */
  clip: Box | null;
}

const unescape = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attribute = (attributes: string, name: string): number => {
  const match = new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attributes);
  if (!match) throw new Error(`no ${name} in ${attributes}`);
  return Number(match[1]);
};

const reference = (attributes: string): string | null =>
  /\bclip-path="url\(#([^)]+)\)"/.exec(attributes)?.[1] ?? null;

/** The rectangles an SVG clips to, each intersected with the ones it is clipped by in turn. */
function clipsOf(svg: string): Map<string, Box> {
  const own = new Map<string, { box: Box; parent: string | null }>();
  for (const [, id = '', attributes = '', rect = ''] of svg.matchAll(
    /<clipPath id="([^"]+)"([^>]*)><rect ([^>]*)\/><\/clipPath>/g,
  )) {
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => attribute(rect, name)) as [
      number,
      number,
      number,
      number,
    ];
    own.set(id, {
      box: { left: x, top: y, right: x + width, bottom: y + height },
      parent: reference(attributes),
    });
  }
  const clips = new Map<string, Box>();
  for (const [id, { box }] of own) {
    let clip = box;
    for (let parent = own.get(id)?.parent; parent; parent = own.get(parent)?.parent) {
      const outer = own.get(parent)?.box;
      if (!outer) break;
      clip = {
        left: Math.max(clip.left, outer.left),
        top: Math.max(clip.top, outer.top),
        right: Math.min(clip.right, outer.right),
        bottom: Math.min(clip.bottom, outer.bottom),
      };
    }
    clips.set(id, clip);
  }
  return clips;
}

/** The `<text>` elements of an SVG made with `embedFont: false`, in document order. */
function textsOf(svg: string): Text[] {
  const clips = clipsOf(svg);
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes = '', content = '']) => {
    const clip = reference(attributes);
    return {
      x: attribute(attributes, 'x'),
      y: attribute(attributes, 'y'),
      width: attribute(attributes, 'width'),
      fontSize: attribute(attributes, 'font-size'),
      content: unescape(content),
      clip: clip === null ? null : (clips.get(clip) ?? null),
    };
  });
}

/** All the text, one run after the other ("North Korea's military…"): words and spaces are separate elements. */
const wordsOf = (svg: string): string =>
  textsOf(svg)
    .map((text) => text.content)
    .join('')
    .replace(/\s+/g, ' ');

/**
 * Nothing is cut off: every text lies inside the canvas and inside what it is clipped to (a
 * box with overflow: hidden would hide it), and what the reader sees stays off the margins:
 * the outer 48 pixels at either side and the last 24 rows are plain background.
 */
function expectInside(svgText: string, svgPaths: string) {
  const canvas: Box = { left: 0, top: 0, right: SOCIAL_IMAGE_WIDTH, bottom: SOCIAL_IMAGE_HEIGHT };
  const texts = textsOf(svgText);
  const cut = texts.filter((text) =>
    [canvas, text.clip ?? canvas].some(
      (box) =>
        // From the cap height to the descenders (Inter: 0.73 and 0.24 of the size).
        text.y - 0.7 * text.fontSize < box.top - 0.5 ||
        text.y + 0.2 * text.fontSize > box.bottom + 0.5 ||
        text.x < box.left - 0.5 ||
        // A line cut with "…" keeps the width of the whole text in its attribute; the pixels below check it.
        (!text.content.endsWith('…') && text.x + text.width > box.right + 0.5),
    ),
  );
  expect(cut.map((text) => `"${text.content}" at ${text.x},${text.y}`)).toEqual([]);
  // Most texts sit in a box that clips (every one-line text does), so the check above has teeth.
  expect(texts.filter((text) => text.clip !== null).length).toBeGreaterThan(texts.length / 2);
  const image = new Resvg(svgPaths).render();
  expect([image.width, image.height]).toEqual([SOCIAL_IMAGE_WIDTH, SOCIAL_IMAGE_HEIGHT]);
  const { pixels } = image;
  const inked: string[] = [];
  for (let y = 12; y < SOCIAL_IMAGE_HEIGHT; y++) {
    for (let x = 0; x < SOCIAL_IMAGE_WIDTH; x++) {
      const margin = x < 48 || x >= SOCIAL_IMAGE_WIDTH - 48 || y >= SOCIAL_IMAGE_HEIGHT - 24;
      const at = (y * SOCIAL_IMAGE_WIDTH + x) * 4;
      if (margin && (pixels[at] !== 255 || pixels[at + 1] !== 255 || pixels[at + 2] !== 255)) {
        inked.push(`${x},${y}`);
      }
    }
  }
  expect(inked.slice(0, 5)).toEqual([]);
}

const bothSvgs = async (data: Factsheet) => {
  const index = buildIndex(data);
  return Promise.all([socialImageSvg(index, { embedFont: false }), socialImageSvg(index)]);
};

const TITLE_300 =
  'North Korea’s troops, shells and missiles for Russia’s war against Ukraine: what each government, ' +
  'intelligence service and monitoring team claims, how the numbers were counted, and how far apart the ' +
  'figures of the claimants stand on every measure of the deployment so far in 2026 and in earlier years';

describe('the social image', () => {
  it('is a PNG of 1200×630', async () => {
    const png = await socialImage(buildIndex(real));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
    expect(view.getUint32(16)).toBe(1200);
    expect(view.getUint32(20)).toBe(630);
  });

  it('says the title, the date and version, four key figures as the page words them, and the credit', async () => {
    const [svgText, svgPaths] = await bothSvgs(real);
    const words = wordsOf(svgText);
    expect(words).toContain("North Korea's military support for Russia");
    expect(words).toContain('Updated 16 March 2026 · Version 2026.03.1');
    // The first four key figures: number with its qualifier, unit, metric, what it counts and
    // when (a lone "about 6,000" could be last week's or last year's), claimant and status.
    expect(words).toContain(
      '15,000soldiersNorth Korean troops sentin total so far, as of 30 Apr 2025— South Korea: National Intelligence ServiceEstimate',
    );
    expect(words).toContain(
      'about 6,000soldiersCasualties (killed and wounded)in total so far, as of Feb 2026',
    );
    expect(words).toContain('about 2,000soldiersKilledin total so far, as of 2 Sep 2025');
    expect(words).toContain(
      'about 28,000containersContainers of munitions shippedin total so far, as of 13 Jul 2025— South Korea: Defense Intelligence Agency',
    );
    expect(words).not.toContain('Artillery shells supplied');
    expect(words).toContain('The North Korea–Russia fact sheet editors');
    expect(words).toContain("Licence: CC BY 4.0 for the compilation; quotes remain their authors'");
    expect(words).not.toContain('…');
    expectInside(svgText, svgPaths);
  });

  it('wraps and shrinks a 300-character title and shows all of it, inside the canvas', async () => {
    expect(TITLE_300).toHaveLength(300);
    const [svgText, svgPaths] = await bothSvgs(withMeta({ title: TITLE_300 }));
    expect(wordsOf(svgText)).toContain(TITLE_300);
    expect(wordsOf(svgText)).toContain('Updated 16 March 2026');
    const sizes = new Set(
      textsOf(svgText)
        .filter((t) => TITLE_300.includes(t.content))
        .map((t) => t.fontSize),
    );
    expect(Math.max(...sizes)).toBeLessThan(56);
    expectInside(svgText, svgPaths);
  });

  it('breaks an 80-character word rather than let it run off the card', async () => {
    const word = 'Militärisch'.repeat(8).slice(0, 80);
    const [svgText, svgPaths] = await bothSvgs(withMeta({ title: word }));
    expect(wordsOf(svgText)).toContain(word);
    expectInside(svgText, svgPaths);
  });

  it('ends long key-figure texts and a long footer with "…", inside the card', async () => {
    const data: Factsheet = {
      ...withMeta({ credit: 'C'.repeat(200), license: 'L '.repeat(100) }),
      metrics: real.metrics.map((m) => ({
        ...m,
        name: `${m.name} and a far longer name`.repeat(3),
        unit: `${m.unit} of a very long kind`,
      })),
      actors: real.actors.map((a) => ({ ...a, name: `${a.name} and its many allied services` })),
    };
    const [svgText, svgPaths] = await bothSvgs(data);
    expectInside(svgText, svgPaths);
    // Four metric names, four claimants and the footer's two parts.
    expect(textsOf(svgText).filter((t) => t.content.endsWith('…')).length).toBeGreaterThanOrEqual(10);
    expect(wordsOf(svgText)).toContain('Estimate');
  });

  it('gives a huge title the key figures’ room, then cuts it after its last whole line', async () => {
    const [svgText, svgPaths] = await bothSvgs(
      withMeta({ title: `${'x'.repeat(80)} ${'word '.repeat(200)}` }),
    );
    expectInside(svgText, svgPaths);
    const texts = textsOf(svgText);
    const updated = texts.findIndex((text) => text.content === 'Updated');
    expect(texts[updated - 1]?.content).toMatch(/…$/);
    expect(wordsOf(svgText)).toContain('Updated 16 March 2026');
    expect(wordsOf(svgText)).toContain('The North Korea–Russia fact sheet editors');
  });

  it('renders a sheet without key figures', async () => {
    const data: Factsheet = { ...real, figures: [] };
    const png = await socialImage(buildIndex(data));
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(1200);
    const [svgText, svgPaths] = await bothSvgs(data);
    expect(wordsOf(svgText)).toContain("North Korea's military support for Russia");
    expect(wordsOf(svgText)).toContain('Troops, casualties, arms shipments');
    expect(wordsOf(svgText)).not.toContain('Estimate');
    expectInside(svgText, svgPaths);
  });

  it('cuts a long subtitle, shown when there are no key figures, after its last whole line', async () => {
    const data = withMeta({ subtitle: 'A subtitle that goes on. '.repeat(30) }, { ...real, figures: [] });
    const [svgText, svgPaths] = await bothSvgs(data);
    expectInside(svgText, svgPaths);
    expect(wordsOf(svgText)).toContain("North Korea's military support for Russia");
    expect(wordsOf(svgText)).toMatch(/A subtitle that goes on\. .*…The North Korea/);
  });

  it('has Inter’s latin-ext and cyrillic glyphs, and says which characters no font has', async () => {
    const missing: string[] = [];
    const onMissingGlyphs = (characters: string) => missing.push(characters);
    await socialImageSvg(buildIndex(withMeta({ title: 'Łódź, Kraków и Москва' })), { onMissingGlyphs });
    expect(missing).toEqual([]);
    await socialImageSvg(buildIndex(withMeta({ title: 'North Korea (북한)' })), { onMissingGlyphs });
    expect(missing).toEqual(['북한']);
  });

  it('uses the light theme of the page', () => {
    // Each token is light-dark(light, dark), or one value for both themes.
    const palette = readFileSync(new URL('../styles/palette.css', import.meta.url), 'utf8');
    const token = (name: string) =>
      new RegExp(`--${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-f]{6})`, 'i').exec(palette)?.[1]?.toLowerCase();
    for (const [name, color] of Object.entries(SOCIAL_IMAGE_COLORS)) expect(color, name).toBe(token(name));
    for (const [status, color] of Object.entries(SOCIAL_IMAGE_STATUS_COLORS)) {
      expect(color, status).toBe(token(`status-${status}`));
    }
  });
});
