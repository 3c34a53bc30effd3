import type { CSSProperties, ReactElement, ReactNode } from 'react';
import type { Status } from '../data/schema.ts';
import { SOCIAL_IMAGE_WIDTH } from './head-tags.ts';

/**
 * The social image's colours and measures, and the element helpers its card is written
 * with: plain `{ type, props }` objects, not JSX (see social-image.ts).
 */

/** The light theme's tokens in src/styles.css (:root); a test keeps them the same. */
export const SOCIAL_IMAGE_COLORS = {
  surface: '#ffffff',
  text: '#16202c',
  'text-muted': '#4a5666',
  border: '#d5dbe3',
  accent: '#1f4f8a',
} as const;
export const COLOR = SOCIAL_IMAGE_COLORS;

/** --status-* of the light theme. */
export const SOCIAL_IMAGE_STATUS_COLORS: Record<Status, string> = {
  confirmed: '#1f2d3d',
  reported: '#2c4258',
  estimated: '#2c4258',
  projected: '#55606e',
  claimed: '#55606e',
  disputed: '#55606e',
};

export const PAD_X = 64;
export const PAD_TOP = 48;
export const PAD_BOTTOM = 36;
export const BAR = 10;
export const COLUMN_GAP = 48;
export const CELL_WIDTH = (SOCIAL_IMAGE_WIDTH - 2 * PAD_X - COLUMN_GAP) / 2;

/** Title sizes tried, largest first; the line height is 1.12 of each, in whole pixels. */
export const TITLE_SIZES = [64, 60, 56, 52, 48, 44, 40, 38, 36, 34, 32, 30, 28] as const;
/**
 * The key figures' numbers share one size: the largest up to NUMBER_MAX at which every number
 * and its unit fit on their line. Below NUMBER_MIN they stay at it and end with "…".
 */
export const NUMBER_MAX = 52;
export const NUMBER_MIN = 28;
/** The unit beside a number, in muted type, is this much of the number's size. */
export const UNIT_RATIO = 0.56;
/** Beside four key figures the title is not set smaller than this: they would outshout it. */
export const TITLE_FLOOR_BESIDE_FOUR = 40;
export const SUBTITLE_SIZE = 26;
export const SUBTITLE_LINE = 36;
export const SUBTITLE_GAP = 24;

export const lineHeightOf = (size: number): number => Math.round(size * 1.12);

export type Element = ReactElement<{ style: CSSProperties; children?: ReactNode }>;

export const el = (
  type: 'div' | 'span',
  style: CSSProperties,
  children?: ReactNode,
  key: string | null = null,
): Element => ({ type, key, props: { style: { boxSizing: 'border-box', ...style }, children } });

/** One line of text that ends with "…" rather than run out of its box. */
export const oneLine = (text: string, style: CSSProperties, key: string | null = null): Element =>
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
export const WRAP: CSSProperties = { overflowWrap: 'anywhere', wordBreak: 'break-word' };
