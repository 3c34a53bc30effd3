import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import type { Factsheet } from '../src/data/schema.ts';
import { validateFactsheet } from '../src/data/validate.ts';
import { citedSources, dataset, openAllClaims, scrollThrough, serveDataset } from './fixtures.ts';

/**
 * A valid dataset whose every text a reader sees is an injection attempt. Dataset strings
 * must only ever be text: never markup, never script, never a link target other than http(s).
 */

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '"><svg onload=window.__pwned=1>';
const JS_TEXT = 'javascript:window.__pwned=1';
const TEMPLATE = "{{constructor.constructor('window.__pwned=1')()}}";
const RTL = 'Report \u202Efdp.exe\u202C \u2067isolated\u2069 \u200F';
const ENTITIES = '&lt;b&gt;not bold&lt;/b&gt; &amp; <b>not bold</b>';
const FORMULA = '=HYPERLINK("https://evil.example","click")';
const LONG = 'Supercalifragilisticexpialidocious'.repeat(8);
const PAYLOADS = [SCRIPT, IMG, SVG, JS_TEXT, TEMPLATE, RTL, ENTITIES, FORMULA, LONG];

/** Replaces each text a reader sees, cycling through the payloads (prefixed so that each stays distinct). */
function hostileDataset(): Factsheet {
  const data = structuredClone(dataset);
  let n = 0;
  const next = (original: string) => `${original.slice(0, 12)} ${PAYLOADS[n++ % PAYLOADS.length]!}`;
  const meta = data.meta;
  meta.title = SVG;
  meta.subtitle = TEMPLATE;
  meta.description = `${SCRIPT} ${LONG}`;
  meta.version = IMG;
  for (const actor of data.actors) {
    actor.name = next(actor.name);
    if (actor.short) actor.short = next(actor.short);
  }
  for (const topic of data.topics) topic.name = next(topic.name);
  for (const source of data.sources) {
    source.outlet = next(source.outlet);
    if (source.title) source.title = next(source.title);
  }
  for (const metric of data.metrics) {
    metric.name = next(metric.name);
    metric.unit = next(metric.unit);
    if (metric.definition) metric.definition = next(metric.definition);
    // The claimant details it names are rewritten below, one payload each: keep the side only.
    if (metric.reference) delete metric.reference.claimantDetail;
  }
  // Format version 2's texts: the licence and credit, the change log, archived copies'
  // sites and the editors' translations.
  meta.license = IMG;
  meta.credit = SCRIPT;
  for (const change of meta.changes ?? []) change.summary = next(change.summary);
  for (const source of data.sources) if (source.via) source.via = next(source.via);
  for (const figure of data.figures) {
    if (figure.claimantDetail) figure.claimantDetail = next(figure.claimantDetail);
    figure.note = next(figure.note ?? 'Note');
  }
  for (const event of data.events) {
    event.title = next(event.title);
    event.summary = next(event.summary ?? 'Summary');
  }
  for (const statement of data.statements) {
    statement.speaker = next(statement.speaker);
    statement.role = next(statement.role ?? 'Role');
    statement.quote = next(statement.quote);
    statement.context = next(statement.context ?? 'Context');
    if (statement.translation) statement.translation = next(statement.translation);
  }
  // Known places for the checks below.
  data.statements[0]!.quote = SCRIPT;
  data.statements[1]!.quote = LONG;
  data.events[0]!.title = IMG;
  data.events[1]!.title = FORMULA;
  // Markup inside a URL is still an http URL, so it is valid; it must stay an attribute value.
  const cited = [...citedSources(data)];
  const source = data.sources.find((s) => s.id === cited[0])!;
  source.url = `https://example.org/a?q="><script>window.__pwned=1</script>`;
  return data;
}

const hostile = hostileDataset();

/** Dialogs opened and uncaught errors, recorded from before the page loads. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('the hostile dataset is valid, so the page shows it', () => {
  expect(validateFactsheet(hostile).ok).toBe(true);
});

test('markup and script in the data are shown as text and never run', async ({ page }) => {
  // Scrolling the whole sheet and opening every metric's claims takes a while on a loaded two-core machine.
  test.setTimeout(60_000);
  const seen = watch(page);
  await serveDataset(page, hostile);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SVG);
  await scrollThrough(page);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  // The chart's table view renders figures' texts too.
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  await expect(page.getByRole('region', { name: 'Charts' }).getByRole('table').first()).toBeVisible();
  // So do Claims compared's rows, once opened.
  await openAllClaims(page);

  // Shown literally.
  await expect(page.locator(`article[id="${hostile.statements[0]!.id}"] blockquote`)).toHaveText(SCRIPT);
  await expect(page.locator(`[id="${hostile.events[0]!.id}"]`).first()).toContainText(IMG);
  await expect(page.getByRole('banner')).toContainText(TEMPLATE);
  await expect(page.getByRole('banner')).toContainText(IMG);
  await expect(page.getByRole('region', { name: 'Method' })).toContainText(SCRIPT);
  await expect(page.getByRole('contentinfo')).toContainText(IMG);
  await expect(page.getByText(ENTITIES).first()).toBeVisible();

  // Never run, never markup.
  expect(await pwned(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  await expect(page.locator('article img, article script')).toHaveCount(0);
  await expect(page.locator('img[src="x"], svg[onload], iframe, object, embed')).toHaveCount(0);
  const dom = await page.evaluate(() => ({
    // A data block (the JSON-LD) is not a script that runs.
    inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length,
    foreignScripts: [...document.scripts].filter((s) => s.src && new URL(s.src).origin !== location.origin)
      .length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName} ${a.name}`),
    ),
  }));
  expect(dom).toEqual({ inlineScripts: 0, foreignScripts: 0, handlers: [] });
  expect(seen.errors).toEqual([]);
});

test('a search for markup finds it as text and runs nothing', async ({ page }) => {
  const seen = watch(page);
  await serveDataset(page, hostile);
  await page.goto(`/?q=${encodeURIComponent('<script>')}`);
  await expect(page.locator(`article[id="${hostile.statements[0]!.id}"]`)).toContainText(SCRIPT);
  await page.getByRole('searchbox', { name: 'Search' }).fill(IMG);
  await expect(page.locator(`[id="${hostile.events[0]!.id}"]`).first()).toContainText(IMG);
  expect(await pwned(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
});

/** Loads the data at 375 px, scrolls through, and checks that nothing is wider than the screen. */
async function expectNoSidewaysScroll(page: Page, data: Factsheet): Promise<void> {
  // Scrolling the whole sheet and opening every metric's claims takes a while on a loaded two-core machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await serveDataset(page, data);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await scrollThrough(page);
  // Claims compared shows one line per metric: its rows are drawn once the reader opens them.
  await openAllClaims(page);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const tooWide = (element: Element | null) =>
      !!element && element.getBoundingClientRect().right > width + 1;
    // The outermost elements that stick out, to say where to look.
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => tooWide(element) && !tooWide(element.parentElement))
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide: [...new Set(wide)] };
  });
  expect(overflow.scrollWidth, `wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(375);
}

test('a very long word in quotes, speakers, contexts, notes and source titles wraps at 375 px', async ({
  page,
}) => {
  const data = structuredClone(dataset);
  Object.assign(data.meta, { subtitle: LONG, description: LONG });
  for (const s of data.statements)
    Object.assign(s, { quote: LONG, speaker: LONG, context: LONG, role: LONG });
  for (const f of data.figures) f.note = LONG;
  for (const s of data.sources) s.title = LONG;
  for (const a of data.actors) a.short = LONG;
  for (const m of data.metrics) m.name = LONG;
  await expectNoSidewaysScroll(page, data);
  await expect(page.locator(`article[id="${data.statements[0]!.id}"]`)).toContainText(LONG);
});

// A long word in a grid or flex item widens the page unless it may break anywhere: meta.title,
// meta.version, event titles and summaries, topic and actor names, claimantDetail, outlets and
// metric units all sit in such items (timeline rows, chart keys, Other numbers, Claims compared rows).
test('a very long word in any text a reader sees does not make the page scroll sideways at 375 px', async ({
  page,
}) => {
  await expectNoSidewaysScroll(page, hostile);
});

test('the CSV download defuses spreadsheet formulas from the data', async ({ page }) => {
  await serveDataset(page, hostile);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const rows = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
  const cells = rows.flat();
  expect(cells).toContain(`'${FORMULA}`);
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
});

test('a source whose URL is javascript: cannot pass validation', async ({ page }) => {
  const seen = watch(page);
  const data = structuredClone(dataset);
  const at = data.sources.findIndex((s) => citedSources(data).has(s.id));
  data.sources[at]!.url = 'javascript:alert(1)';
  await serveDataset(page, data);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `sources[${at}].url (id "${data.sources[at]!.id}"): "javascript:alert(1)" must be an http: or https: URL`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(seen.dialogs).toEqual([]);
});

for (const [name, data] of [
  ['the default dataset', null],
  ['the hostile dataset', hostile],
] as const) {
  test(`every link out of the sheet is http(s) and opens with noopener noreferrer (${name})`, async ({
    page,
  }) => {
    // Scrolling the whole page (every chart drawn on the way) took over 30 s once on a busy CI machine.
    test.setTimeout(60_000);
    if (data) await serveDataset(page, data);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scrollThrough(page);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        resolved: (a as HTMLAnchorElement).href,
        rel: a.getAttribute('rel') ?? '',
        target: a.getAttribute('target') ?? '',
      })),
    );
    const origin = new URL(page.url()).origin;
    const external = links.filter((link) => new URL(link.resolved).origin !== origin);
    expect(external.length).toBeGreaterThan(0);
    // The one link that is not a web page: "Tell the editors", to the dataset's own address.
    const isContact = (link: { href: string }) =>
      link.href === dataset.meta.contact && /^mailto:[^\s@]+@[^\s@]+$/.test(link.href);
    for (const link of external.filter((l) => !isContact(l))) {
      expect(new URL(link.resolved).protocol, link.href).toMatch(/^https?:$/);
      expect(link.rel.split(/\s+/), link.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    for (const link of links.filter((l) => !isContact(l))) {
      expect(new URL(link.resolved).protocol, link.href).toMatch(/^https?:$/);
      if (link.target === '_blank') expect(link.rel, link.href).toContain('noopener');
    }
  });
}

test('a query parameter cannot point the app at another dataset', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // Should the app ever ask, the answer must not reach the network.
  await page.route(
    (url) => url.hostname === 'evil.example',
    (route) => route.abort('blockedbyclient'),
  );
  const evil = encodeURIComponent('https://evil.example/x.json');
  await page.goto(`/?data=${evil}&url=${evil}&dataset=${evil}&src=${evil}&file=${evil}&source=${evil}`);
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await scrollThrough(page);

  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
  const data = requests.filter((url) => new URL(url).pathname.endsWith('.json'));
  expect(data.length).toBeGreaterThan(0);
  for (const url of data) expect(url).toBe(`${origin}/data/factsheet.json`);
  expect(requests.every((url) => new URL(url).origin === origin)).toBe(true);
});
