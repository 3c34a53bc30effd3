import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import satori, { type Font, type FontWeight, type SatoriNode } from 'satori';
import type { Status } from '../data/schema.ts';
import { claimantName, type DatasetIndex } from '../model/dataset-index.ts';
import { MONTH_NAMES, parseDate } from '../model/dates.ts';
import { figureNumber, measureText } from '../model/figure-text.ts';
import { formatRange } from '../model/format.ts';
import { keyFiguresOf, type KeyFigure } from '../model/headline.ts';
import { STATUS_LABEL } from '../model/status.ts';

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
 */

export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

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

/** The light theme's tokens in src/styles.css (:root); a test keeps them the same. */
export const SOCIAL_IMAGE_COLORS = {
  surface: '#ffffff',
  text: '#16202c',
  'text-muted': '#4a5666',
  border: '#d5dbe3',
  accent: '#1f4f8a',
} as const;
const COLOR = SOCIAL_IMAGE_COLORS;

/** --status-* of the light theme. */
export const SOCIAL_IMAGE_STATUS_COLORS: Record<Status, string> = {
  confirmed: '#1f2d3d',
  reported: '#2c4258',
  estimated: '#2c4258',
  projected: '#55606e',
  claimed: '#55606e',
  disputed: '#55606e',
};

const PAD_X = 64;
const PAD_TOP = 48;
const PAD_BOTTOM = 36;
const BAR = 10;
const COLUMN_GAP = 48;
const CELL_WIDTH = (SOCIAL_IMAGE_WIDTH - 2 * PAD_X - COLUMN_GAP) / 2;
const MAX_FIGURES = 4;

/** Title sizes tried, largest first; the line height is 1.12 of each, in whole pixels. */
const TITLE_SIZES = [64, 60, 56, 52, 48, 44, 40, 38, 36, 34, 32, 30, 28] as const;
/**
 * The key figures' numbers share one size: the largest up to NUMBER_MAX at which every number
 * and its unit fit on their line. Below NUMBER_MIN they stay at it and end with "…".
 */
const NUMBER_MAX = 52;
const NUMBER_MIN = 28;
/** The unit beside a number, in muted type, is this much of the number's size. */
const UNIT_RATIO = 0.56;
/** Beside four key figures the title is not set smaller than this: they would outshout it. */
const TITLE_FLOOR_BESIDE_FOUR = 40;
const SUBTITLE_SIZE = 26;
const SUBTITLE_LINE = 36;
const SUBTITLE_GAP = 24;

const lineHeightOf = (size: number): number => Math.round(size * 1.12);

// ---------------------------------------------------------------------------------------
// Elements

type Element = ReactElement<{ style: CSSProperties; children?: ReactNode }>;

const el = (
  type: 'div' | 'span',
  style: CSSProperties,
  children?: ReactNode,
  key: string | null = null,
): Element => ({ type, key, props: { style: { boxSizing: 'border-box', ...style }, children } });

/** One line of text that ends with "…" rather than run out of its box. */
const oneLine = (text: string, style: CSSProperties, key: string | null = null): Element =>
  el(
    'div',
    {
      display: 'block',
      minWidth: 0,
      maxWidth: '100%',
      overflow: 'hidden',
      whiteSpace: 'nowrap',
      textOverflow: 'ellipsis',
      ...style,
    },
    text,
    key,
  );

/** Anywhere a word may be broken when it is longer than the line: a URL, a run of letters. */
const WRAP: CSSProperties = { overflowWrap: 'anywhere', wordBreak: 'break-word' };

// ---------------------------------------------------------------------------------------
// What the card says

interface FigureText {
  /** "about 2,000", or a range when no figure may lead. */
  number: string;
  unit: string;
  metric: string;
  /** What the number counts and when ("in total so far, as of 2 Sep 2025"), as the card on the page says. */
  measure: string | null;
  /** Who claims the lead figure; for a card with no lead, what the range is. */
  by: string;
  status: Status | null;
}

interface CardText {
  title: string;
  updated: string;
  subtitle: string | null;
  figures: FigureText[];
  footer: string;
  licence: string | null;
}

/** "16 March 2026", "March 2026" or "2026": the date at its own precision, months in full. */
export function longDate(text: string): string {
  const span = parseDate(text);
  if (!span) return text;
  const [year = '', month = '', day = ''] = text.split('-');
  const monthName = MONTH_NAMES[Number(month) - 1] ?? '';
  if (span.precision === 'year') return year;
  if (span.precision === 'month') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

function figureText(card: KeyFigure, index: DatasetIndex): FigureText {
  const { metric, lead, range } = card;
  if (lead) {
    return {
      number: figureNumber(lead.record),
      unit: metric.unit,
      metric: metric.name,
      measure: measureText(metric, lead.record),
      by: `— ${claimantName(index, lead.record)}`,
      status: lead.record.status,
    };
  }
  return {
    number: range ? formatRange(range.low, range.high) : '—',
    unit: metric.unit,
    metric: metric.name,
    measure: null,
    by: 'No single number: the range of the claims',
    status: null,
  };
}

function cardText(index: DatasetIndex): CardText {
  const { meta } = index.data;
  const figures = keyFiguresOf(index)
    .slice(0, MAX_FIGURES)
    .map((card) => figureText(card, index));
  const updated = [`Updated ${longDate(meta.updated)}`, meta.version && `Version ${meta.version}`]
    .filter(Boolean)
    .join('  ·  ');
  let site: string | null = null;
  if (meta.url && URL.canParse(meta.url)) {
    const url = new URL(meta.url);
    site = `${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`;
  }
  return {
    title: meta.title,
    updated,
    subtitle: meta.subtitle ?? null,
    figures,
    footer: [meta.credit, site].filter(Boolean).join('  ·  '),
    licence: meta.license ? `Licence: ${meta.license}` : null,
  };
}

// ---------------------------------------------------------------------------------------
// Layout

interface Sizes {
  title: number;
  /** Lines the title is cut to when it does not fit at the smallest size; null: no limit. */
  titleLines: number | null;
  /** Lines the subtitle is cut to; null: no limit. */
  subtitleLines: number | null;
  number: number;
  /** Measuring: numbers on one line at their natural width, nothing shrunk or cut. */
  measure: boolean;
}

/** The status as the page's badge draws it: a word, with a shape for each status. */
function badge(status: Status): Element {
  const color = SOCIAL_IMAGE_STATUS_COLORS[status];
  const mark: Record<Status, CSSProperties> = {
    confirmed: { backgroundColor: color, borderRadius: '50%' },
    reported: { backgroundColor: color, borderRadius: 1 },
    estimated: { backgroundColor: color, transform: 'rotate(45deg) scale(0.85)' },
    projected: { border: `2px dashed ${color}`, borderRadius: '50%' },
    claimed: { backgroundColor: color, clipPath: 'polygon(50% 0, 100% 100%, 0 100%)' },
    disputed: {
      backgroundColor: color,
      clipPath:
        'polygon(20% 0, 50% 30%, 80% 0, 100% 20%, 70% 50%, 100% 80%, 80% 100%, 50% 70%, 20% 100%, 0 80%, 30% 50%, 0 20%)',
    },
  };
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      flexShrink: 0,
      gap: 7,
      marginLeft: 12,
      padding: '1px 9px',
      border: `1.5px solid ${color}`,
      borderRadius: 5,
      color,
      fontSize: 15,
      fontWeight: 600,
      lineHeight: 1.5,
    },
    [el('div', { width: 10, height: 10, ...mark[status] }), STATUS_LABEL[status]],
  );
}

function figureCell(figure: FigureText, i: number, sizes: Sizes): Element {
  const unitSize = Math.round(sizes.number * UNIT_RATIO);
  const fit: CSSProperties = sizes.measure
    ? { flexShrink: 0, whiteSpace: 'nowrap' }
    : { flexShrink: 1, minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' };
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CELL_WIDTH,
      paddingTop: 16,
      borderTop: `1px solid ${COLOR.border}`,
    },
    [
      el(
        'div',
        { display: 'flex', alignItems: 'baseline', width: CELL_WIDTH, overflow: 'hidden' },
        [
          el(
            'div',
            {
              ...fit,
              display: 'block',
              fontSize: sizes.number,
              fontWeight: 700,
              lineHeight: `${lineHeightOf(sizes.number)}px`,
              color: COLOR.text,
              fontVariantNumeric: 'tabular-nums',
              letterSpacing: '-0.01em',
            },
            figure.number,
            `number-${i}`,
          ),
          el(
            'div',
            {
              ...fit,
              display: 'block',
              flexShrink: sizes.measure ? 0 : 4,
              marginLeft: Math.round(unitSize * 0.4),
              fontSize: unitSize,
              color: COLOR['text-muted'],
            },
            figure.unit,
            `unit-${i}`,
          ),
        ],
        `number-row-${i}`,
      ),
      oneLine(figure.metric, { marginTop: 6, fontSize: 21, fontWeight: 600, color: COLOR.text }),
      figure.measure
        ? oneLine(figure.measure, { marginTop: 2, fontSize: 16, color: COLOR['text-muted'] })
        : null,
      el(
        'div',
        { display: 'flex', alignItems: 'center', marginTop: 7, width: CELL_WIDTH, overflow: 'hidden' },
        [
          oneLine(figure.by, { flexShrink: 1, fontSize: 17, lineHeight: '26px', color: COLOR['text-muted'] }),
          figure.status ? badge(figure.status) : null,
        ],
      ),
    ],
    `figure-${i}`,
  );
}

function figureGrid(figures: readonly FigureText[], sizes: Sizes): Element {
  return el(
    'div',
    { display: 'flex', flexWrap: 'wrap', flexShrink: 0, columnGap: COLUMN_GAP, rowGap: 30, marginTop: 28 },
    figures.map((figure, i) => figureCell(figure, i, sizes)),
    'figures',
  );
}

function card(text: CardText, sizes: Sizes): Element {
  const titleLine = lineHeightOf(sizes.title);
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: SOCIAL_IMAGE_WIDTH,
      height: SOCIAL_IMAGE_HEIGHT,
      paddingTop: BAR + PAD_TOP,
      paddingLeft: PAD_X,
      paddingRight: PAD_X,
      paddingBottom: PAD_BOTTOM,
      backgroundColor: COLOR.surface,
      color: COLOR.text,
      fontFamily: FAMILY,
      fontSize: 18,
    },
    [
      el('div', {
        position: 'absolute',
        top: 0,
        left: 0,
        width: SOCIAL_IMAGE_WIDTH,
        height: BAR,
        backgroundColor: COLOR.accent,
      }),
      // The header takes the room the figures leave; the title is measured against it.
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          flexShrink: 1,
          minHeight: 0,
          overflow: 'hidden',
        },
        [
          el(
            'div',
            {
              display: 'block',
              flexShrink: 0,
              fontSize: sizes.title,
              fontWeight: 700,
              lineHeight: `${titleLine}px`,
              letterSpacing: sizes.title >= 44 ? '-0.02em' : '-0.01em',
              color: COLOR.text,
              ...WRAP,
              ...(sizes.titleLines === null
                ? { textWrap: 'balance' }
                : {
                    lineClamp: sizes.titleLines,
                    maxHeight: sizes.titleLines * titleLine,
                    overflow: 'hidden',
                  }),
            },
            text.title,
            'title',
          ),
          oneLine(
            text.updated,
            { flexShrink: 0, marginTop: 16, fontSize: 20, lineHeight: '28px', color: COLOR['text-muted'] },
            'updated',
          ),
          text.figures.length === 0 && text.subtitle
            ? el(
                'div',
                {
                  display: 'block',
                  flexShrink: 0,
                  marginTop: SUBTITLE_GAP,
                  fontSize: SUBTITLE_SIZE,
                  lineHeight: `${SUBTITLE_LINE}px`,
                  color: COLOR['text-muted'],
                  ...WRAP,
                  ...(sizes.subtitleLines === null
                    ? {}
                    : {
                        lineClamp: sizes.subtitleLines,
                        maxHeight: sizes.subtitleLines * SUBTITLE_LINE,
                        overflow: 'hidden',
                      }),
                },
                text.subtitle,
                'subtitle',
              )
            : null,
        ],
        'header',
      ),
      text.figures.length > 0 ? figureGrid(text.figures, sizes) : null,
      el(
        'div',
        {
          display: 'flex',
          flexShrink: 0,
          justifyContent: 'space-between',
          columnGap: 32,
          marginTop: 26,
          paddingTop: 14,
          borderTop: `1px solid ${COLOR.border}`,
          fontSize: 16,
          lineHeight: '22px',
          color: COLOR['text-muted'],
        },
        [
          text.footer
            ? oneLine(text.footer, { flexShrink: 1, fontWeight: 600, color: COLOR.text })
            : el('div', {}),
          text.licence ? oneLine(text.licence, { flexShrink: 1 }) : null,
        ],
        'footer',
      ),
    ],
  );
}

// ---------------------------------------------------------------------------------------
// Fonts

const WEIGHTS: readonly FontWeight[] = [400, 600, 700];
/**
 * Inter's subsets as fontsource splits them, each its own family: satori takes a glyph from
 * the first listed family that has it (one name for all would keep only the first file).
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const FAMILY = SUBSETS.map((subset) => `'Inter ${subset}'`).join(', ');

function defaultFontDir(): string {
  const pkg = createRequire(import.meta.url).resolve('@fontsource/inter/package.json');
  return join(dirname(pkg), 'files');
}

const fontCache = new Map<string, Promise<Font[]>>();

function loadFonts(fontDir = defaultFontDir()): Promise<Font[]> {
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

// ---------------------------------------------------------------------------------------
// Rendering

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
async function layout(full: CardText, fonts: Font[]): Promise<{ text: CardText; sizes: Sizes }> {
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
