import { expect, test, type Page } from '@playwright/test';
import { chartGroups, otherNumbers } from '../src/model/chart-groups.ts';
import { buildIndex } from '../src/model/dataset-index.ts';
import { NO_FILTERS, selectItems } from '../src/model/filter.ts';
import { keyFiguresOf } from '../src/model/headline.ts';
import { dataset, openFilters, scrollThrough, sheetReady } from './fixtures.ts';

const index = buildIndex(dataset);
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

for (const width of [320, 375]) {
  test(`no sideways scrolling at ${width} px, and the filters open as a sheet`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/?actor=ukraine');
    await scrollThrough(page);
    await expect(page.getByRole('checkbox').first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'All filters (1)' })).toBeVisible();
    const panel = await openFilters(page);
    await expect(
      panel.getByRole('group', { name: 'Involving' }).getByRole('checkbox', { name: /^Ukraine / }),
    ).toBeChecked();
    const box = await panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await page.keyboard.press('Escape');
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      widest: Math.max(
        ...[...document.querySelectorAll('.recharts-surface')].map(
          (svg) => svg.getBoundingClientRect().right,
        ),
      ),
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.widest).toBeLessThanOrEqual(widths.client);
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test(`the filter bar and "On this page" stay at hand while scrolling (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await sheetReady(page);
    await page.getByRole('region', { name: 'Statements' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 600));
    await expect(page.getByRole('button', { name: /^All filters/ })).toBeInViewport();
    await expect(page.getByRole('searchbox', { name: 'Search the sheet' })).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Back to top' })).toBeInViewport();
  });
}

test('dark theme follows the system, and the reader’s choice overrides it and persists', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const seriesColour = () =>
    page.evaluate(() => {
      const probe = document.createElement('span');
      probe.className = 'series-1';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const darkBackground = await background();
  const darkSeries = await seriesColour();
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');

  await theme.selectOption({ label: 'Light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).not.toBe(darkBackground);
  expect(await seriesColour()).not.toBe(darkSeries);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  expect(await background()).not.toBe(darkBackground);

  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'System' });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background()).toBe(darkBackground);
});

test('print: controls hidden, filters stated at the top, charts drawn, the answer first', async ({
  page,
}) => {
  await page.goto('/?topic=supplies');
  await scrollThrough(page);
  // A key the reader folded on screen is open on paper.
  const firstKey = page.locator('.chart-key').first();
  await firstKey.locator('summary').click();
  await expect(firstKey).not.toHaveAttribute('open');
  await page.emulateMedia({ media: 'print' });
  const note = page.locator('.print-only');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Filters: Topics: Arms and supplies.');
  await expect(note).toContainText(/Showing \d+ of \d+ items/);
  for (const control of [
    page.getByRole('button', { name: /^All filters/ }),
    page.getByRole('combobox', { name: 'Theme' }),
    page.getByRole('button', { name: 'Download CSV' }),
    page.getByRole('navigation', { name: 'On this page' }),
  ]) {
    await expect(control).toBeHidden();
  }
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(charts.getByRole('table')).toHaveCount(0);
  await expect(charts.locator('svg.recharts-surface')).toHaveCount(await charts.getByRole('figure').count());
  // Paper keeps what a reader needs to read a mark: every group of charts has its key, which
  // says what the mark styles mean (a hollow mark is a forecast), and every key figure keeps its note.
  const shown = selectItems(index, { ...NO_FILTERS, topics: ['supplies'] }).figures;
  const groups = chartGroups(index, shown);
  expect(groups.length).toBeGreaterThan(0);
  await expect(charts.locator('.chart-group')).toHaveCount(groups.length);
  for (const [at, group] of groups.entries()) {
    const section = charts.locator('.chart-group').nth(at);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(group.name);
    await expect(section.getByRole('figure')).toHaveCount(group.charts.length);
    await expect(section.locator('.chart-key')).toHaveCount(1);
    await expect(section.locator('.chart-key')).toHaveAttribute('open');
    await expect(section.getByRole('list', { name: 'Marks' })).toBeVisible();
  }
  const notes = keyFiguresOf(index).flatMap((card) => card.lead?.record.note ?? []);
  expect(notes.length).toBeGreaterThan(0);
  const keyFigures = page.getByRole('region', { name: 'Key figures' });
  for (const note of notes) await expect(keyFigures.getByText(note, { exact: true })).toBeVisible();
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  // Other numbers stays: a metric with one figure has no chart, and this is where paper shows it.
  expect(headings).toEqual([
    'What we know',
    'Key figures',
    'Charts',
    'Other numbers',
    'Timeline',
    'Statements',
    'Sources',
  ]);
  await expect(region(page, 'Other numbers').locator('.other-number')).toHaveCount(
    otherNumbers(index, shown).length,
  );
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(50_000);
});

test('reduced motion: nothing animates', async ({ page }) => {
  // Scrolling the whole sheet to draw every chart takes a while on a loaded two-core machine.
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await scrollThrough(page);
  const panel = await openFilters(page);
  await panel
    .getByRole('checkbox', { name: new RegExp(`^${dataset.actors[0]!.name} `) })
    .first()
    .check();
  // A skeleton that flashes while a section's code arrives has a 0.01 ms animation: wait it out.
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
});
