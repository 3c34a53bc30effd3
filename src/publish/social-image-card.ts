import type { CSSProperties } from 'react';
import type { Status } from '../data/schema.ts';
import { STATUS_LABEL } from '../model/status.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './head-tags.ts';
import { FAMILY } from './social-image-fonts.ts';
import {
  BAR,
  CELL_WIDTH,
  COLOR,
  COLUMN_GAP,
  el,
  lineHeightOf,
  oneLine,
  PAD_BOTTOM,
  PAD_TOP,
  PAD_X,
  SOCIAL_IMAGE_STATUS_COLORS,
  SUBTITLE_GAP,
  SUBTITLE_LINE,
  SUBTITLE_SIZE,
  UNIT_RATIO,
  WRAP,
  type Element,
} from './social-image-style.ts';
import type { CardText, FigureText } from './social-image-text.ts';

/** The social image's card, at given sizes: what satori lays out and draws. */

export interface Sizes {
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

export function card(text: CardText, sizes: Sizes): Element {
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
