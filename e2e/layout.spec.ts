import { expect, test } from '@playwright/test';
import { dataset, scrollThrough, SECTIONS } from './fixtures.ts';

for (const width of [320, 375]) {
  test(`no sideways scrolling at ${width} px, and filters fold into a disclosure`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/?actor=ukraine');
    await scrollThrough(page);
    const toggle = page.getByRole('button', { name: /filter controls/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toContainText('(1 active)');
    await expect(page.getByRole('checkbox').first()).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('checkbox', { name: /^Ukraine / })).toBeChecked();
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

test('wide screens show the filter controls without a disclosure', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /filter controls/ })).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
});

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
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).not.toBe(darkBackground);
  expect(await seriesColour()).not.toBe(darkSeries);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).not.toBe(darkBackground);
});

test('print: controls hidden, filters stated at the top, charts as tables, link targets spelled out', async ({
  page,
}) => {
  await page.goto('/?topic=supplies');
  await scrollThrough(page);
  await page.emulateMedia({ media: 'print' });
  const note = page.locator('.print-only');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Filters: Topics: Arms and supplies.');
  await expect(note).toContainText(/Showing \d+ of \d+ items/);
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(charts.getByRole('table')).toHaveCount(await charts.getByRole('figure').count());
  const after = await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('.source-refs a[href^="http"]');
    return link ? getComputedStyle(link, '::after').content : null;
  });
  expect(after).toContain('http');
  // Every section is there, in order.
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(headings).toEqual(SECTIONS);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(50_000);
});

test('reduced motion: nothing animates', async ({ page }) => {
  // Scrolling the whole sheet to draw every chart takes a while on a loaded two-core machine.
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await scrollThrough(page);
  await page.getByRole('checkbox', { name: new RegExp(`^${dataset.actors[0]!.name} `) }).check();
  const running = await page.evaluate(() => document.getAnimations().length);
  expect(running).toBe(0);
});
