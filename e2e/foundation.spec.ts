import { expect, test } from '@playwright/test';
import { formatDate } from '../src/model/dates.ts';
import { citedSources, dataset, DATA_URL, serveDataset, SECTIONS, showAllSources } from './fixtures.ts';

test.describe('the fact sheet', () => {
  test('shows the header and every section as a landmark with its heading', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(`Data as of ${formatDate(dataset.meta.updated)}`);
    if (dataset.meta.version) await expect(page.getByRole('banner')).toContainText(dataset.meta.version);
    for (const name of SECTIONS) {
      const region = page.getByRole('region', { name, exact: true });
      await expect(region).toBeVisible();
      await expect(region.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });

  test('lists every event in the timeline, in date order, at its own precision', async ({ page }) => {
    await page.goto('/');
    const items = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect(items).toHaveCount(dataset.events.length);
    const sorted = [...dataset.events].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
    );
    const first = sorted[0]!;
    await expect(items.first()).toContainText(first.title);
    await expect(items.first()).toContainText(formatDate(first.date));
    await expect(items.last()).toContainText(sorted[sorted.length - 1]!.title);
    const monthOnly = dataset.events.find((event) => event.date.length === 7);
    if (monthOnly) {
      await expect(page.locator(`[id="${monthOnly.id}"] time`).first()).toHaveText(
        formatDate(monthOnly.date),
      );
    }
  });

  test('shows one quote card per statement, with speaker, status and source', async ({ page }) => {
    await page.goto('/');
    const cards = page.getByRole('region', { name: 'Statements' }).getByRole('article');
    await expect(cards).toHaveCount(dataset.statements.length);

    const statement = dataset.statements.find((s) => s.role && s.context)!;
    const card = page.locator(`article[id="${statement.id}"]`);
    await expect(card.getByRole('heading', { name: statement.speaker })).toBeVisible();
    await expect(card).toContainText(statement.quote);
    await expect(card).toContainText(statement.role!);
    const source = dataset.sources.find((s) => s.id === statement.sources[0])!;
    const sourceLink = card
      .getByRole('link', { name: new RegExp(`^${source.outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .first();
    await expect(sourceLink).toHaveAttribute('href', `#source-${source.id}`);
    await expect(card.locator(`a[href="${source.url}"]`)).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('shows status in words, never colour alone', async ({ page }) => {
    await page.goto('/');
    const disputed = dataset.statements.find((s) => s.status === 'disputed');
    test.skip(!disputed, 'the dataset has no disputed statement');
    await expect(page.locator(`article[id="${disputed!.id}"]`)).toContainText('Disputed');
  });

  test('lists every cited source with outlet, date and link', async ({ page }) => {
    await page.goto('/');
    const cited = citedSources(dataset);
    const list = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    await expect(list).toHaveCount(Math.min(20, cited.size));
    await showAllSources(page);
    await expect(list).toHaveCount(cited.size);
    const source = dataset.sources.find((s) => cited.has(s.id) && s.title && s.published)!;
    const entry = page.locator(`[id="source-${source.id}"]`);
    // Under its outlet's heading.
    await expect(entry.locator('xpath=ancestor::ul[1]/preceding-sibling::h3[1]')).toHaveText(source.outlet);
    await expect(entry).toContainText(source.title!);
    await expect(entry).toContainText(formatDate(source.published!));
    await expect(entry.getByRole('link')).toHaveAttribute('href', source.url);
  });
});

test.describe('when loading goes wrong', () => {
  test('a broken dataset shows the alert naming the problem', async ({ page }) => {
    const broken = structuredClone(dataset);
    broken.figures[0]!.sources = ['no-such-source'];
    broken.events[0]!.date = '2025-02-30';
    await serveDataset(page, broken);
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dataset has problems');
    await expect(alert).toContainText(
      `figures[0].sources[0] (id "${broken.figures[0]!.id}"): unknown source "no-such-source"`,
    );
    await expect(alert).toContainText('events[0].date');
    await expect(alert).toContainText('not a real calendar date');
    // Not half-loaded: no section of the sheet is shown.
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  });

  test('a failed fetch shows an alert, and Retry recovers without a reload', async ({ page }) => {
    let fail = true;
    await page.route(DATA_URL, (route) =>
      fail ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('HTTP 500');
    fail = false;
    let reloaded = false;
    page.on('framenavigated', () => (reloaded = true));
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(reloaded).toBe(false);
  });

  test('a slow dataset, with filters in the address: the skeleton (not the unfiltered published page), then the filtered sheet', async ({
    page,
  }) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(DATA_URL, async (route) => {
      await gate;
      await route.fallback();
    });
    await page.goto('/?q=Kursk');
    await expect(page.getByRole('status')).toHaveText('Loading the fact sheet…');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search the sheet' })).toHaveValue('Kursk');
  });
});
