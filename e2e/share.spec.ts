import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { chartGroups, comparedMetrics } from '../src/model/chart-groups.ts';
import { chartSourceLine } from '../src/model/citation.ts';
import { buildIndex, type EventItem } from '../src/model/dataset-index.ts';
import { claimantNameOf } from '../src/model/item-fields.ts';
import { formatDate } from '../src/model/dates.ts';
import { CSV_COLUMNS } from '../src/model/export.ts';
import { figureNumber, figureValue } from '../src/model/figure-text.ts';
import { NO_FILTERS, selectItems } from '../src/model/filter.ts';
import { formatRange } from '../src/model/format.ts';
import { keyFiguresOf, type KeyFigure } from '../src/model/headline.ts';
import { chartCaption } from '../src/model/series.ts';
import { STATUS_LABEL } from '../src/model/status.ts';
import { dataset, drawChart, openClaims, serveDataset, sheetReady } from './fixtures.ts';

/*
 * Share, cite, embed and publish: a chart's downloads, Embed and Cite; key figures' Cite and
 * Embed; embed.html alone and in a host page; what the built page carries for link previews
 * and for readers without JavaScript; the published files; hydration; and the same build
 * served from a sub-folder. Expected texts come from the dataset through src/model.
 */

const index = buildIndex(dataset);
const { meta } = dataset;
const shown = selectItems(index, NO_FILTERS).figures;
const charts = chartGroups(index, shown).flatMap((group) => group.charts);
const compared = comparedMetrics(index.data.metrics, shown);
const keyCards = keyFiguresOf(index);
const events = index.items.filter((item): item is EventItem => item.kind === 'event');
const counts = new Map<string, number>();
for (const f of dataset.figures) counts.set(f.metric, (counts.get(f.metric) ?? 0) + 1);
const oneFigure = dataset.metrics.find((metric) => counts.get(metric.id) === 1)!;

/** "16 March 2026": how a citation writes the day it was accessed. */
const LONG_DATE = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const today = () => new Intl.DateTimeFormat('en-GB', LONG_DATE).format(new Date());
const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** What a key figure's card shows as its number: the lead figure's, or the range of the claims. */
const keyNumber = ({ lead, range }: KeyFigure) =>
  lead ? figureNumber(lead.record) : formatRange(range!.low, range!.high);

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const chartCard = (page: Page, id: string) => region(page, 'Charts').locator(`figure[id="chart-${id}"]`);
/** The sheet's address, as citations and embeds give it (the dataset sets no meta.url). */
const sheetOf = (page: Page) => new URL('./', page.url()).href;

async function openSheet(page: Page, path = '/') {
  await page.goto(path);
  await sheetReady(page);
  await expect(region(page, 'Charts').getByRole('figure')).toHaveCount(charts.length);
}

/** Console errors and uncaught exceptions (React logs hydration mismatches as errors). */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Opens the dialog behind a button: a modal named by its heading. */
async function openDialog(page: Page, button: Locator, heading: string) {
  await button.click();
  const dialog = page.getByRole('dialog', { name: heading, exact: true });
  await expect(dialog.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  return dialog;
}

/** A PNG's size, from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A downloaded SVG as a reader's editor sees it: its size, its words and its colours. */
const readSvg = (page: Page, text: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const context = document.createElement('canvas').getContext('2d')!;
    /** 0 (black) to 1 (white), from any CSS colour. */
    const lightness = (colour: string | null) => {
      context.fillStyle = '#000';
      context.fillStyle = colour ?? '#000';
      const hex = context.fillStyle.slice(1);
      return [0, 2, 4].reduce((sum, at) => sum + parseInt(hex.slice(at, at + 2), 16), 0) / 765;
    };
    return {
      parsed: doc.querySelector('parsererror') === null && root.localName === 'svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      words: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' '),
      drawing: root.querySelectorAll(':scope > svg *').length,
      background: lightness(root.querySelector(':scope > rect')?.getAttribute('fill') ?? null),
      lightTexts: [...root.querySelectorAll('text')]
        .filter((t) => lightness(t.getAttribute('fill')) > 0.5)
        .map((t) => t.textContent),
    };
  }, text);

test.describe('a chart card: Download, Embed, Cite', () => {
  test('in the dark theme, the PNG and SVG are the light chart with its credits; the CSV its figures', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSheet(page);
    const { metric, figures } = charts[0]!;
    const card = chartCard(page, metric.id);
    await drawChart(card);
    await expect(card.locator('svg.recharts-surface')).toBeVisible();
    const toggle = card.getByRole('button', { name: 'Download', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const svgFile = await download(page, card.getByRole('button', { name: 'Download SVG' }));
    expect(svgFile.name).toBe(`${metric.id}-${meta.version}.svg`);
    const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.parsed).toBe(true);
    expect(svg.drawing, 'the chart is drawn inside').toBeGreaterThan(10);
    const words = clean(svg.words);
    const sheet = sheetOf(page);
    expect(words).toContain(`compiled by ${meta.credit}, ${sheet}, version ${meta.version}`);
    for (const expected of [
      `${metric.name} (${metric.unit})`,
      chartCaption(metric, figures, events).caption,
      ...new Set(figures.map((figure) => figure.claimantName)),
      chartSourceLine(index, figures, sheet),
      `Licence: ${meta.license}`,
    ])
      expect(words, 'the picture says it').toContain(clean(expected));
    // The light theme, though the reader's page is (and stays) dark: dark text on white.
    expect(svg.background).toBe(1);
    expect(svg.lightTexts, 'light text on the white picture').toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(255, 255, 255)',
    );

    const png = await download(page, card.getByRole('button', { name: 'Download PNG' }));
    expect(png.name).toBe(`${metric.id}-${meta.version}.png`);
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size, 'the SVG at 2× pixels').toEqual({ width: svg.width * 2, height: svg.height * 2 });

    const csv = await download(page, card.getByRole('button', { name: 'Download CSV' }));
    expect(csv.name).toBe(`${metric.id}-${meta.version}.csv`);
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows.data.map((row) => `${row.kind} ${row.id}`).sort()).toEqual(
      figures.map((f) => `figure ${f.id}`).sort(),
    );
    await expect(card.getByRole('alert')).toHaveCount(0);
  });

  test('every chart has its tools; Cite: texts to copy, a permalink; Escape gives focus back', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSheet(page);
    for (const { metric } of charts) {
      const tools = ['Download', `Embed the chart ${metric.name}`, `Cite the chart ${metric.name}`];
      for (const name of ['Show as table', ...tools])
        await expect(chartCard(page, metric.id).getByRole('button', { name, exact: true }), name).toHaveCount(
          1,
        );
    }
    const { metric, figures } = charts.at(-1)!;
    const button = chartCard(page, metric.id).getByRole('button', { name: `Cite the chart ${metric.name}` });
    const dialog = await openDialog(page, button, `Cite: ${metric.name} (${metric.unit})`);
    const permalink = `${sheetOf(page)}#chart-${metric.id}`;
    const plain = dialog.getByRole('textbox', { name: 'Plain text' });
    await expect(plain).not.toBeEditable();
    const text = clean(await plain.inputValue());
    for (const part of [
      `${metric.name} (${metric.unit}): ${figures.length} figures, ${formatDate(figures[0]!.date)}`,
      `claimed by ${figures[0]!.claimantName}`,
      `Original sources: ${index.sources.get(figures[0]!.sources[0]!)!.outlet}`,
      `In: ${meta.credit}, ${meta.title}, version ${meta.version}, ${permalink}, accessed ${today()}.`,
    ])
      expect(text).toContain(clean(part));
    const bibtex = dialog.getByRole('textbox', { name: 'BibTeX' });
    await expect(bibtex).not.toBeEditable();
    await expect(bibtex).toHaveValue(new RegExp(`^@misc\\{factsheet-chart-${metric.id},\n`));
    await expect(dialog.getByRole('link', { name: 'Permalink' })).toHaveAttribute('href', permalink);

    await dialog.getByRole('button', { name: 'Copy plain text' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await plain.inputValue());
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});

test.describe('Cite and Embed beyond the charts, and the permalink back', () => {
  test('every key figure has Embed, and Cite for its lead: what, who, when, how sure; its permalink', async ({
    page,
  }) => {
    await openSheet(page);
    const section = region(page, 'Key figures');
    for (const { metric, lead } of keyCards) {
      const card = section.getByRole('article', { name: metric.name, exact: true });
      await expect(card.getByRole('button', { name: `Embed the key figure ${metric.name}` })).toHaveCount(1);
      await expect(card.getByRole('button', { name: `Cite the key figure ${metric.name}` })).toHaveCount(
        lead ? 1 : 0,
      );
    }
    const { metric, lead } = keyCards.find((card) => card.lead)!;
    const { record } = lead!;
    const who = claimantNameOf(index.actors, record);
    const value = figureValue(record, metric.unit);
    const cite = section.getByRole('button', { name: `Cite the key figure ${metric.name}` });
    const dialog = await openDialog(page, cite, `Cite: ${who}: ${metric.name}, ${value}`);
    const text = clean(await dialog.getByRole('textbox', { name: 'Plain text' }).inputValue());
    const permalink = `${sheetOf(page)}#${record.id}`;
    for (const part of [
      `${metric.name}: ${value}, ${formatDate(record.date)}.`,
      `Claimed by ${who}; status: ${STATUS_LABEL[record.status].toLowerCase()}.`,
      `Original source${record.sources.length === 1 ? '' : 's'}: ${index.sources.get(record.sources[0]!)!.outlet}`,
      `In: ${meta.credit}, ${meta.title}, version ${meta.version}, ${permalink}, accessed ${today()}.`,
    ])
      expect(text).toContain(clean(part));
    await expect(dialog.getByRole('link', { name: 'Permalink' })).toHaveAttribute('href', permalink);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(cite).toBeFocused();

    // Opened afresh, as by a reader who was sent the link.
    const reader = await page.context().newPage();
    await reader.goto(permalink);
    const target = reader.locator(`[id="${record.id}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
    await expect(target).toContainText(value);
  });

  test('every event, statement and compared figure has Cite; an event cited, its permalink shows it', async ({
    page,
  }) => {
    await openSheet(page);
    const timeline = region(page, 'Timeline');
    await expect(timeline.getByRole('button', { name: /^Cite event of / })).toHaveCount(events.length);
    const statements = region(page, 'Statements').getByRole('button', { name: /^Cite statement by / });
    await expect(statements).toHaveCount(dataset.statements.length);
    const { metric, figures } = compared[0]!;
    const claims = await openClaims(page, metric);
    await claims.getByText(`All ${figures.length} figures, oldest first`).click();
    await expect(claims.getByRole('button', { name: /^Cite figure: / })).toHaveCount(figures.length);

    const event = dataset.events.find((e) => e.summary && e.status)!;
    const cite = timeline.getByRole('button', {
      name: `Cite event of ${formatDate(event.date)}: ${event.title}`,
      exact: true,
    });
    const dialog = await openDialog(page, cite, `Cite: ${event.title}`);
    const text = clean(await dialog.getByRole('textbox', { name: 'Plain text' }).inputValue());
    const permalink = `${sheetOf(page)}#${event.id}`;
    for (const part of [
      `${event.title} (${formatDate(event.date)}). ${event.summary}`,
      `Status: ${STATUS_LABEL[event.status!].toLowerCase()}.`,
      `Original source${event.sources.length === 1 ? '' : 's'}: ${index.sources.get(event.sources[0]!)!.outlet}`,
      `In: ${meta.credit}, ${meta.title}, version ${meta.version}, ${permalink}, accessed ${today()}.`,
    ])
      expect(text).toContain(clean(part));
    await expect(dialog.getByRole('link', { name: 'Permalink' })).toHaveAttribute('href', permalink);
    await page.keyboard.press('Escape');
    await expect(cite).toBeFocused();

    const reader = await page.context().newPage();
    await reader.goto(permalink);
    const target = reader.locator(`[id="${event.id}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
    await expect(target.getByRole('heading', { name: event.title })).toBeVisible();
  });
});

test.describe('embed.html', () => {
  test('every chart alone: drawn, captioned, with key and credits, without tools', async ({ page }) => {
    test.setTimeout(60_000);
    const errors = consoleErrors(page);
    for (const { metric, figures } of charts) {
      await page.goto(`/embed.html?chart=${metric.id}`);
      const card = page.locator('figure.chart-card');
      const caption = card.locator('figcaption');
      await expect(caption, metric.id).toContainText(`${metric.name} (${metric.unit})`);
      await expect(caption, metric.id).toContainText(chartCaption(metric, figures, events).caption);
      await expect(card.locator('svg.recharts-surface'), metric.id).toBeVisible();
      await expect(page.locator('details.chart-key')).toHaveCount(1);
      const sheet = sheetOf(page);
      const credit = page.locator('footer');
      await expect(credit).toContainText(`${chartSourceLine(index, figures, sheet)}.`);
      await expect(credit).toContainText(`Licence: ${meta.license}.`);
      const back = credit.getByRole('link', { name: `See it on the full fact sheet: ${meta.title}` });
      await expect(back).toHaveAttribute('href', `${sheet}#chart-${metric.id}`);
      await expect(page.getByRole('button', { name: /^(Download|Embed|Cite)/ })).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });

  test('every key figure alone: its number, claimant and credits, without tools', async ({ page }) => {
    for (const card of keyCards) {
      const { metric, lead } = card;
      await page.goto(`/embed.html?figure=${metric.id}`);
      const article = page.getByRole('article', { name: metric.name, exact: true });
      await expect(article, metric.id).toContainText(keyNumber(card));
      if (lead) await expect(article).toContainText(lead.claimantName);
      const back = page.locator('footer').getByRole('link', { name: /^See it on the full fact sheet/ });
      await expect(back).toHaveAttribute('href', `${sheetOf(page)}#${lead?.id ?? `claims-${metric.id}`}`);
      await expect(page.getByRole('button', { name: /^(Embed|Cite)/ })).toHaveCount(0);
    }
  });

  test('an unknown id, a one-figure measure, no id, a broken dataset: an alert', async ({ page }) => {
    const cases = [
      ['?chart=no-such-id', 'No such chart', 'This fact sheet has no chart called “no-such-id”.'],
      [`?chart=${oneFigure.id}`, 'No such chart', `“${oneFigure.name}” has a single figure`],
      ['?figure=no-such-id', 'No such key figure', 'This fact sheet has no key figure called “no-such-id”.'],
      ['', 'Nothing to show', 'Add ?chart= or ?figure= and a measure’s id'],
    ] as const;
    for (const [query, heading, says] of cases) {
      await page.goto(`/embed.html${query}`);
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: heading }), query).toBeVisible();
      await expect(alert, query).toContainText(says);
      if (query)
        await expect(alert.getByRole('link', { name: meta.title })).toHaveAttribute('href', sheetOf(page));
    }
    const [first, ...rest] = dataset.figures;
    await serveDataset(page, { ...dataset, figures: [{ ...first!, sources: ['no-such-source'] }, ...rest] });
    await page.goto(`/embed.html?chart=${charts[0]!.metric.id}`);
    await expect(
      page.getByRole('alert').getByRole('heading', { name: 'The dataset has problems' }),
    ).toBeVisible();
    await expect(page.locator('figure')).toHaveCount(0);
  });
});

test.describe('embed.html in a host page', () => {
  type HostWindow = Window & { heights: number[] };
  const LISTEN =
    '<script>window.heights=[];addEventListener("message",e=>{if(e.data&&e.data.type==="factsheet:embed-height")heights.push(e.data.height)})</script>';
  const host = (page: Page, body: string) =>
    page.route('**/host.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  const lastHeight = (page: Page) =>
    page.evaluate(() => (window as unknown as HostWindow).heights.at(-1) ?? 0);

  test('it posts its height, and again when a narrower frame makes it taller', async ({ page }) => {
    const { metric } = charts[0]!;
    // A frame at the default 150 px: the chart draws all the same (a CMS may strip the resizing script).
    const frameTag = `<iframe id=f src="embed.html?chart=${metric.id}" style="width:640px;border:0">`;
    await host(page, `${frameTag}</iframe>${LISTEN}`);
    await page.goto('/host.html');
    const frame = page.frameLocator('#f');
    await expect(frame.locator('svg.recharts-surface')).toBeVisible();
    const bodyHeight = () => frame.locator('body').evaluate((body) => body.getBoundingClientRect().height);
    const fits = async () => Math.abs((await lastHeight(page)) - (await bodyHeight())) <= 4;
    await expect.poll(() => lastHeight(page)).toBeGreaterThan(200);
    await expect.poll(fits).toBe(true);
    const wide = await lastHeight(page);
    await page.locator('#f').evaluate((iframe: HTMLElement) => (iframe.style.width = '360px'));
    await expect.poll(() => lastHeight(page)).toBeGreaterThan(wide);
    await expect.poll(fits).toBe(true);
  });

  test("the Embed dialog's code, pasted into a page, fits its frame to the chart", async ({ page }) => {
    const { metric } = charts[0]!;
    await openSheet(page);
    const embed = chartCard(page, metric.id).getByRole('button', { name: `Embed the chart ${metric.name}` });
    const dialog = await openDialog(page, embed, `Embed: ${metric.name}`);
    const box = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(box).not.toBeEditable();
    await expect(box).toHaveValue(/^<iframe [^>]*><\/iframe>\n<script>.+<\/script>$/);
    await expect(box).toHaveValue(new RegExp(` src="${sheetOf(page)}embed\\.html\\?chart=${metric.id}"`));
    await expect(dialog.getByRole('button', { name: 'Copy embed code' })).toBeVisible();
    const code = await box.inputValue();
    await page.keyboard.press('Escape');
    await expect(embed).toBeFocused();

    // A story's narrow column: the chart is taller there than on the sheet, where the code was made.
    await host(page, `<!doctype html><body style="margin:0;width:420px">${code}${LISTEN}</body>`);
    await page.goto('/host.html');
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('title', `${metric.name}: chart from ${meta.title}`);
    await expect(page.frameLocator('iframe').locator('svg.recharts-surface')).toBeVisible();
    await expect.poll(() => lastHeight(page)).toBeGreaterThan(200);
    const frameHeight = async () => Math.round((await iframe.boundingBox())!.height);
    await expect.poll(async () => (await frameHeight()) - (await lastHeight(page))).toBe(0);
    // All of it shows: nothing to scroll inside the frame.
    const html = page.frameLocator('iframe').locator('html');
    expect(await html.evaluate((root) => root.scrollHeight - root.clientHeight)).toBeLessThanOrEqual(1);
  });
});

test.describe('the built page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('its head has link-preview tags and a schema.org Dataset of files that resolve', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const tag = (attribute: string) => page.locator(`head meta[${attribute}]`);
    await expect(tag('property="og:title"')).toHaveAttribute('content', meta.title);
    await expect(tag('property="og:description"')).toHaveAttribute('content', clean(meta.subtitle ?? ''));
    await expect(tag('name="twitter:card"')).toHaveAttribute('content', 'summary_large_image');
    const image = new URL((await tag('property="og:image"').getAttribute('content'))!, page.url());
    expect(image.pathname).toBe('/social.png');
    expect((await request.get(image.href)).headers()['content-type']).toBe('image/png');

    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]!) as { distribution: { contentUrl: string }[] };
    const { version, updated: dateModified } = meta;
    expect(ld).toMatchObject({ '@type': 'Dataset', name: meta.title, version, dateModified });
    const files = ld.distribution.map((file) => file.contentUrl);
    expect(files).toEqual(
      expect.arrayContaining(['data/factsheet.json', 'data/figures.csv', 'data/events.csv']),
    );
    expect(files).toEqual(expect.arrayContaining(['data/statements.csv', 'data/sources.csv']));
    for (const file of files)
      expect((await request.get(new URL(file, page.url()).href)).status(), file).toBe(200);

    await page.goto('/embed.html');
    await expect(tag('property="og:title"')).toHaveAttribute('content', meta.title);
  });

  test('the sheet reads: what we know, key figures, timeline, statements, sources, files', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title);
    const known = clean(await region(page, 'What we know').textContent());
    for (const { text } of meta.summary ?? []) expect(known).toContain(clean(text));
    const keySection = region(page, 'Key figures');
    await expect(keySection.getByRole('article')).toHaveCount(keyCards.length);
    for (const card of keyCards) {
      const article = keySection.getByRole('article', { name: card.metric.name, exact: true });
      await expect(article).toContainText(keyNumber(card));
    }
    const titles = (await region(page, 'Timeline').getByRole('heading').allTextContents()).map(clean);
    for (const event of dataset.events) expect(titles).toContain(clean(event.title));
    await expect(region(page, 'Statements').getByRole('article')).toHaveCount(dataset.statements.length);
    await expect(region(page, 'Sources').getByRole('listitem').first()).toBeVisible();

    const links = region(page, 'The whole dataset').getByRole('link');
    await expect(links).toHaveCount(7);
    for (const href of await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href)))
      expect((await request.get(href)).status(), href).toBe(200);
  });
});

test.describe('the published files', () => {
  test('feed.xml is an Atom feed with one entry per change', async ({ page, request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const entries = [...doc.getElementsByTagName('entry')];
      return {
        parsed: doc.querySelector('parsererror') === null,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        titles: entries.map((entry) => entry.getElementsByTagName('title')[0]?.textContent),
      };
    }, xml);
    expect(feed).toEqual({
      parsed: true,
      root: 'http://www.w3.org/2005/Atom feed',
      titles: (meta.changes ?? []).map((change) => `Version ${change.version}`),
    });
  });

  test('datapackage.json describes files that exist, with their header rows', async ({ request }) => {
    type Resource = { path: string; schema?: { fields: { name: string }[] } };
    const { resources } = (await (await request.get('/data/datapackage.json')).json()) as {
      resources: Resource[];
    };
    expect(resources.map((resource) => resource.path)).toEqual(
      expect.arrayContaining(['figures.csv', 'events.csv', 'statements.csv', 'sources.csv']),
    );
    for (const { path, schema } of resources) {
      const file = await request.get(`/data/${path}`);
      expect(file.status(), path).toBe(200);
      if (!path.endsWith('.csv')) continue;
      const header = Papa.parse<string[]>(await file.text(), { preview: 1 }).data[0];
      expect(header, path).toEqual(schema?.fields.map((field) => field.name));
    }
  });

  test('social.png is a 1200×630 PNG', async ({ request }) => {
    const response = await request.get('/social.png');
    expect(response.status()).toBe(200);
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
});

test('the prerendered page is hydrated, not redrawn: its nodes stay, no errors', async ({ page }) => {
  type Saved = Window & { savedH1?: Element | null; savedTimeline?: Element | null };
  const errors = consoleErrors(page);
  // Once the HTML is parsed, before the app's (deferred) scripts run: the prerendered nodes.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as Saved).savedH1 = document.querySelector('h1');
      (window as Saved).savedTimeline = document.getElementById('sec-timeline');
    });
  });
  await openSheet(page);
  // A drawn chart and a working button: the app has taken the page over.
  const card = chartCard(page, charts[0]!.metric.id);
  await drawChart(card);
  await card.getByRole('button', { name: 'Show as table' }).click();
  await expect(card.getByRole('table')).toBeVisible();
  await expect(region(page, 'Download data')).toBeVisible();
  const kept = await page.evaluate(() => {
    const { savedH1: h1, savedTimeline: timeline } = window as Saved;
    return {
      h1: h1?.textContent,
      sameH1: h1?.isConnected === true && h1 === document.querySelector('h1'),
      sameTimeline: timeline?.isConnected === true && timeline === document.getElementById('sec-timeline'),
    };
  });
  expect(kept).toEqual({ h1: meta.title, sameH1: true, sameTimeline: true });
  expect(errors).toEqual([]);
});

test('the same build from a sub-folder: the sheet, a chart, the embed code, the embed', async ({ page }) => {
  const errors = consoleErrors(page);
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith('/some/folder/')) outside.push(url.href);
  });
  page.on('requestfailed', (request) => errors.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.route('**/some/folder/**', async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.replace('/some/folder', '');
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  await openSheet(page, '/some/folder/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title);
  await expect(region(page, 'Key figures').getByRole('article')).toHaveCount(keyCards.length);
  const { metric } = charts[0]!;
  const card = chartCard(page, metric.id);
  await drawChart(card);
  await expect(card.locator('svg.recharts-surface')).toBeVisible();
  const sheet = sheetOf(page);
  expect(new URL(sheet).pathname).toBe('/some/folder/');
  const embed = card.getByRole('button', { name: `Embed the chart ${metric.name}` });
  const dialog = await openDialog(page, embed, `Embed: ${metric.name}`);
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
    new RegExp(` src="${sheet}embed\\.html\\?chart=${metric.id}"`),
  );

  await page.goto(`/some/folder/embed.html?chart=${metric.id}`);
  await expect(page.locator('figure.chart-card svg.recharts-surface')).toBeVisible();
  const back = page.getByRole('link', { name: `See it on the full fact sheet: ${meta.title}` });
  await expect(back).toHaveAttribute('href', `${sheet}#chart-${metric.id}`);
  expect(outside, 'every request stays in the folder').toEqual([]);
  expect(errors).toEqual([]);
});
