import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { comparedMetrics } from '../src/model/chart-groups.ts';
import { buildIndex } from '../src/model/dataset-index.ts';
import { NO_FILTERS, selectItems } from '../src/model/filter.ts';
import {
  claimRows,
  dataset,
  DATA_URL,
  drawChart,
  openClaims,
  scrollThrough,
  serveDataset,
} from './fixtures.ts';

const index = buildIndex(dataset);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
  );
  expect(summary).toEqual([]);
}

async function openSheet(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await scrollThrough(page);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
}

test.describe('axe reports no WCAG 2.2 AA violations', () => {
  // axe walks the whole page, charts included: it takes a while on these machines.
  test.describe.configure({ timeout: 90_000 });
  test('default view', async ({ page }) => {
    await openSheet(page);
    await expectNoViolations(page);
  });

  test('filtered view', async ({ page }) => {
    await openSheet(page, '/?actor=ukraine&topic=casualties');
    await expectNoViolations(page);
  });

  test('empty result', async ({ page }) => {
    await page.goto('/?q=nothing-matches-this');
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('match the current filters');
    await expectNoViolations(page);
  });

  test('invalid dataset', async ({ page }) => {
    const broken = structuredClone(dataset);
    broken.figures[0]!.sources = ['missing'];
    await serveDataset(page, broken);
    await page.goto('/');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);
  });

  test('failed fetch', async ({ page }) => {
    await page.route(DATA_URL, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('while the dataset loads: the prerendered sheet', async ({ page }) => {
    await page.route(DATA_URL, () => new Promise(() => undefined));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });

  test('dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSheet(page);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expectNoViolations(page);
  });

  test('dark theme chosen with the Theme control', async ({ page }) => {
    await openSheet(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
    await expectNoViolations(page);
  });

  test('375 px wide, the filters open', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openSheet(page);
    await page.getByRole('button', { name: /^All filters/ }).click();
    await expect(page.getByRole('dialog', { name: 'All filters' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('every chart shown as a table', async ({ page }) => {
    await openSheet(page);
    const toggles = page.getByRole('button', { name: 'Show as table' });
    const count = await toggles.count();
    for (let i = 0; i < count; i++) await toggles.nth(i).click();
    await expect(page.getByRole('region', { name: 'Charts' }).getByRole('table')).toHaveCount(count);
    await expectNoViolations(page);
  });

  test('a chart tooltip open, and all figures of a metric open', async ({ page }) => {
    await openSheet(page);
    // Claims compared shows one line per metric: open the first metric's claims, then its figures.
    const metric = comparedMetrics(index.data.metrics, selectItems(index, NO_FILTERS).figures)[0]!.metric;
    const claims = await openClaims(page, metric);
    await expect(claimRows(claims).first()).toBeVisible();
    const all = claims.locator('.all-figures');
    await all.locator('summary').click();
    await expect(all).toHaveAttribute('open', '');
    await expect(all.locator('.figure-list__item').first()).toBeVisible();
    const card = page.getByRole('region', { name: 'Charts' }).getByRole('figure').first();
    // Charts are drawn as they come near the screen.
    await drawChart(card);
    await card.locator('[data-mark][tabindex="0"]').focus();
    await expect(card.getByTestId('chart-tooltip')).toBeVisible();
    await expectNoViolations(page);
    // axe took a while: the tooltip is still the one it checked.
    await expect(card.getByTestId('chart-tooltip')).toBeVisible();
  });
});
