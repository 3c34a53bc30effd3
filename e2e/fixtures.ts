import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, type Route } from '@playwright/test';
import type { Factsheet } from '../src/data/schema.ts';

/** The default dataset, read the same way the app will get it. */
export const dataset = JSON.parse(readFileSync('data/factsheet.json', 'utf8')) as Factsheet;

export const DATA_URL = '**/data/factsheet.json';

/** The page's sections, in order, by their headings (DESIGN.md, "The page"). */
export const SECTIONS = [
  'What we know',
  'Key figures',
  'Filters',
  'Charts',
  'Other numbers',
  'Claims compared',
  'Timeline',
  'Statements',
  "What's new",
  'Method',
  'Sources',
];

/** Serves the given dataset (or text) in place of the real one. */
export async function serveDataset(page: Page, body: Factsheet | string, status = 200): Promise<void> {
  await page.route(DATA_URL, (route: Route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Source ids cited by any figure, event or statement of a dataset. */
export const citedSources = (data: Factsheet): Set<string> =>
  new Set([...data.figures, ...data.events, ...data.statements].flatMap((item) => item.sources));

/**
 * Waits until the app has taken the sheet over. The prerendered page has the heading and the
 * result line from the start, but not the footer's downloads of the selection, which only the
 * running app draws.
 */
export async function sheetReady(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Download data' })).toBeAttached();
}

/**
 * Waits for the app to run the sheet, then scrolls through it so that the blocks drawn only
 * near the screen (charts, long lists) are drawn too, and back to the top.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await sheetReady(page);
  // Every section drawn (the charts' and Claims compared's code loads on its own), so that
  // the blocks near each stop of the scroll are there to be drawn.
  await expect(page.locator('.skeleton__block')).toHaveCount(0);
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      // Two frames at each stop, however slow the machine: blocks near the screen are drawn
      // from an IntersectionObserver, which only sees positions that were rendered.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    window.scrollTo(0, 0);
  });
}

/** Opens "All filters" and returns the panel, for the facets and the date range. */
export async function openFilters(page: Page) {
  // The published page's button does nothing until the app has taken the sheet over.
  await sheetReady(page);
  await page.getByRole('button', { name: /^All filters/ }).click();
  const panel = page.getByRole('dialog', { name: 'All filters' });
  await expect(panel).toBeVisible();
  return panel;
}

/** The sources list shows its first 20: this unfolds the rest, when there are more. */
export async function showAllSources(page: Page): Promise<void> {
  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  // The section arrives with the explorer, after the first view.
  await expect(
    sources.getByRole('listitem').or(sources.getByText('match the current filters')).first(),
  ).toBeVisible();
  const more = sources.getByRole('button', { name: /^Show all \d+ sources$/ });
  if ((await more.count()) > 0) await more.click();
}

/**
 * Claims compared shows one line per metric: this opens a metric's "Compare the claims" and
 * returns its block, with the claim rows, "How claims changed" and all its figures inside.
 */
export async function openClaims(page: Page, metric: { id: string; name: string }): Promise<Locator> {
  const block = page.locator(`article[id="claims-${metric.id}"]`);
  const toggle = block.getByRole('button', { name: `Compare the claims of ${metric.name}`, exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(
    block.getByRole('button', { name: `Hide the claims of ${metric.name}`, exact: true }),
  ).toHaveAttribute('aria-expanded', 'true');
  return block;
}

/** A chart card's claim rows, without the row that holds the dot strips' axis. */
export const claimRows = (block: Locator): Locator => block.locator('.claim-row:not(.claim-row--axis)');

/**
 * Charts are drawn as they come near the screen (and sections above may still grow as their
 * code arrives): scrolls the card into view until its drawing is there.
 */
export async function drawChart(card: Locator): Promise<Locator> {
  const chart = card.locator('.metric-chart');
  await expect(async () => {
    await card.scrollIntoViewIfNeeded();
    await expect(chart).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return chart;
}

/** Opens "Compare the claims" of every metric in Claims compared, as the old page showed them. */
export async function openAllClaims(page: Page): Promise<void> {
  const section = page.getByRole('region', { name: 'Claims compared', exact: true });
  await expect(section.locator('.claims-metric').first()).toBeVisible();
  const closed = section.getByRole('button', { name: /^Compare the claims of / });
  const count = await closed.count();
  // Each button is renamed "Hide the claims of …" once open: the first closed one is the next.
  for (let at = 0; at < count; at++) await closed.first().click();
  await expect(closed).toHaveCount(0);
  await expect(section.getByRole('button', { name: /^Hide the claims of / })).toHaveCount(count);
}
