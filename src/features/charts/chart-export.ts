import { shapePath, shapeOf, SERIES_COLOURS } from '../../ui/marker-shape.tsx';
import { chartPicture, type ChartPicture } from '../../model/chart-picture.ts';
import { sheetUrl } from '../../model/citation.ts';
import { saveFile } from '../../ui/save-file.ts';

/*
 * A chart as a file a journalist can publish: the drawing as the reader sees it (light
 * theme), with its title, caption, key, source line and licence burned in. Pure SVG, so
 * that it opens in any editor; the PNG is that SVG drawn at twice the pixels. Loaded only
 * when a reader asks for a download.
 */

/** What the picture is of: the chart, and what the sheet knows about it. */
export type PictureOf = Omit<Parameters<typeof chartPicture>[0], 'pageUrl'>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
const MIN_WIDTH = 600;
// The light theme's --text and --text-muted (src/styles.css).
const INK = '#16202c';
const MUTED = '#4a5666';

/** Styles a drawing depends on (all SVG presentation attributes): the file has no style sheet. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

/**
 * Runs `read` with the page in its light theme. Styles are recomputed synchronously and
 * restored before the browser paints again, so the reader sees no flash.
 */
function inLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  const before = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    return read();
  } finally {
    if (before === undefined) delete root.dataset.theme;
    else root.dataset.theme = before;
  }
}

/** A copy of the chart's SVG with every style it needs written on its elements. */
function standaloneDrawing(drawing: SVGSVGElement): SVGSVGElement {
  const copy = drawing.cloneNode(true) as SVGSVGElement;
  const originals = [drawing, ...drawing.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, at) => {
    const element = copies[at];
    if (!element) return;
    const computed = getComputedStyle(original);
    for (const attribute of [...element.attributes]) {
      if (/^(class|style|tabindex|role|focusable|data-.*|aria-.*)$/.test(attribute.name)) {
        element.removeAttribute(attribute.name);
      }
    }
    // Presentation attributes, not a style attribute: the page's CSP forbids inline styles,
    // and editors such as Illustrator read attributes best.
    for (const name of STYLE_PROPERTIES) element.setAttribute(name, computed.getPropertyValue(name));
  });
  return copy;
}

/** Measures text in the page's font, to wrap the title, caption and source line. */
function measurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7;
  context.font = font;
  return (text) => context.measureText(text).width;
}

export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The whole picture: title, caption, drawing, events, key, marks, source and licence. */
export function chartDocument(drawing: SVGSVGElement, info: ChartPicture): SVGSVGElement {
  return inLightTheme(() => {
    const chart = standaloneDrawing(drawing);
    const chartWidth = drawing.width.baseVal.value || drawing.getBoundingClientRect().width;
    const chartHeight = drawing.height.baseVal.value || drawing.getBoundingClientRect().height;
    // At least 600 wide: 1,200 pixels in the PNG, what newsrooms' image slots expect.
    const width = Math.max(chartWidth + 2 * PAD, MIN_WIDTH);
    const inner = width - 2 * PAD;
    const family = getComputedStyle(document.body).fontFamily;
    const palette = getComputedStyle(document.documentElement);
    const colourOf = (colour: number) =>
      palette.getPropertyValue(`--series-${(colour % SERIES_COLOURS) + 1}`).trim() || INK;

    const svg = element('svg', { xmlns: SVG_NS, 'font-family': family }) as SVGSVGElement;
    const body: SVGElement[] = [];
    let y = PAD;
    const paragraph = (text: string, size: number, colour: string, weight = 400, gap = 4) => {
      const measure = measurer(`${weight} ${size}px ${family}`);
      const lineHeight = Math.round(size * 1.35);
      for (const line of wrapText(text, inner, measure)) {
        y += lineHeight;
        body.push(
          element(
            'text',
            { x: PAD, y: y - Math.round(size * 0.3), 'font-size': size, 'font-weight': weight, fill: colour },
            line,
          ),
        );
      }
      y += gap;
    };

    paragraph(info.title, 20, INK, 700, 6);
    for (const text of info.caption) paragraph(text, 14, MUTED);
    y += 6;
    chart.setAttribute('x', String(PAD + (inner - chartWidth) / 2));
    chart.setAttribute('y', String(y));
    chart.setAttribute('width', String(chartWidth));
    chart.setAttribute('height', String(chartHeight));
    body.push(chart);
    y += chartHeight + 8;
    for (const text of info.events) paragraph(text, 13, INK, 400, 2);

    // The key: one swatch and name per claimant, flowing in rows.
    if (info.key.length > 0) {
      y += 6;
      const size = 13;
      const measure = measurer(`400 ${size}px ${family}`);
      let x = PAD;
      let row = y + 16;
      for (const entry of info.key) {
        const entryWidth = 18 + measure(entry.name) + 18;
        if (x > PAD && x + entryWidth > PAD + inner) {
          x = PAD;
          row += 22;
        }
        body.push(
          element('path', {
            d: shapePath(shapeOf(entry.shape), 5),
            transform: `translate(${x + 6},${row - 4})`,
            fill: colourOf(entry.colour),
            stroke: colourOf(entry.colour),
          }),
          element('text', { x: x + 16, y: row, 'font-size': size, fill: INK }, entry.name),
        );
        x += entryWidth;
      }
      y = row + 10;
    }
    if (info.marks.length > 0) paragraph(`Marks: ${info.marks.join('; ')}.`, 12, MUTED);
    y += 6;
    body.push(element('line', { x1: PAD, x2: PAD + inner, y1: y, y2: y, stroke: '#d0d5dc' }));
    y += 4;
    paragraph(info.sourceLine, 12, INK, 400, 2);
    if (info.licence) paragraph(`Licence: ${info.licence}`, 12, MUTED, 400, 2);
    const height = Math.ceil(y + PAD - 4);

    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.append(element('rect', { width, height, fill: '#ffffff' }), ...body);
    return svg;
  });
}

const serialise = (svg: SVGSVGElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;

/**
 * The SVG drawn onto a canvas at twice its size. A data: URL (the CSP allows it for images)
 * of a self-contained SVG keeps the canvas untainted: no network, nothing cross-origin.
 */
async function pngOf(svg: SVGSVGElement): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialise(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}

export async function downloadChartImage(
  drawing: SVGSVGElement,
  of: PictureOf,
  format: 'png' | 'svg',
): Promise<void> {
  const info = chartPicture({ ...of, pageUrl: sheetUrl(of.index, window.location) });
  const svg = chartDocument(drawing, info);
  if (format === 'svg') {
    saveFile(new Blob([serialise(svg)], { type: 'image/svg+xml' }), `${info.fileName}.svg`);
    return;
  }
  saveFile(await pngOf(svg), `${info.fileName}.png`);
}
