import type { Status } from '../data/schema.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { MONTH_NAMES, parseDate } from '../model/dates.ts';
import { figureNumber, measureText } from '../model/figure-text.ts';
import { formatRange } from '../model/format.ts';
import { keyFiguresOf, type KeyFigure } from '../model/headline.ts';

/** What the social image's card says, before it is laid out. */

const MAX_FIGURES = 4;

export interface FigureText {
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

export interface CardText {
  title: string;
  updated: string;
  subtitle: string | null;
  figures: FigureText[];
  footer: string;
  licence: string | null;
}

/** "16 March 2026", "March 2026" or "2026": the date at its own precision, months in full. */
function longDate(text: string): string {
  const span = parseDate(text);
  if (!span) return text;
  const [year = '', month = '', day = ''] = text.split('-');
  const monthName = MONTH_NAMES[Number(month) - 1] ?? '';
  if (span.precision === 'year') return year;
  if (span.precision === 'month') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

function figureText(card: KeyFigure): FigureText {
  const { metric, lead, range } = card;
  if (lead) {
    return {
      number: figureNumber(lead.record),
      unit: metric.unit,
      metric: metric.name,
      measure: measureText(metric, lead.record),
      by: `— ${lead.claimantName}`,
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

/** The title, when it was updated, the first four key figures, the credit and the licence. */
export function cardText(index: DatasetIndex): CardText {
  const { meta } = index.data;
  const figures = keyFiguresOf(index)
    .slice(0, MAX_FIGURES)
    .map((card) => figureText(card));
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
