import { readFileSync } from 'node:fs';
import { expect, type Page, type Route } from '@playwright/test';
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
 * Waits for the sheet to be shown, then scrolls through it so that the blocks drawn only near
 * the screen (charts, long lists) are drawn too, and back to the top. The loading skeleton
 * has the same heading, so the wait is for the result line, which only the loaded sheet has.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Showing / })).toBeVisible();
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
