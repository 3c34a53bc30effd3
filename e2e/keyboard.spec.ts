import { expect, test, type Page } from '@playwright/test';
import { drawChart } from './fixtures.ts';

// Hundreds of key presses: tracing each one would make this test crawl.
test.use({ trace: 'off' });

interface Focused {
  tag: string;
  name: string;
  ring: string;
  inMain: boolean;
  inFooter: boolean;
  mark: boolean;
}

/** Records every element that receives focus, with how its focus is shown, as it happens. */
async function recordFocus(page: Page) {
  await page.evaluate(() => {
    const log: Focused[] = [];
    (window as unknown as { focusLog: Focused[] }).focusLog = log;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      // Chart marks show focus in SVG: a stroke round the point's or the event marker's hit area.
      const hit = el.querySelector('.chart-point__hit, .chart-event__hit');
      const svgRing = hit ? `${getComputedStyle(hit).stroke} ${getComputedStyle(hit).fill}` : '';
      log.push({
        tag: el.tagName.toLowerCase(),
        name: (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 60),
        ring: el.hasAttribute('data-mark') ? svgRing : `${style.outlineStyle} ${style.outlineWidth}`,
        inMain: Boolean(el.closest('main')),
        inFooter: Boolean(el.closest('footer')),
        mark: el.hasAttribute('data-mark'),
      });
    });
  });
}

const focusLog = (page: Page) => page.evaluate(() => (window as unknown as { focusLog: Focused[] }).focusLog);

test('the whole page works by keyboard: skip link, filters, charts, tables, links, downloads, no traps', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await recordFocus(page);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The skip link is not a permalink: nothing is highlighted and focus is not taken back later.
  expect(page.url()).not.toContain('#main');

  // The first stop inside main is the first number of the summary, which links to its record.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'What we know' }).getByRole('link').first()).toBeFocused();
  // On past the key figures to "All filters": Enter opens the panel, Tab reaches the first
  // choice, Space toggles it, Escape closes the panel and focus is back on its button.
  const open = page.getByRole('button', { name: /^All filters/ });
  for (let i = 0; i < 80 && !(await open.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const checkbox = page.getByRole('dialog', { name: 'All filters' }).getByRole('checkbox').first();
  for (let i = 0; i < 10 && !(await checkbox.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?by=/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('Escape');
  await expect(open).toBeFocused();

  // Walk forward to "Show as table" and operate it with Enter.
  const table = page.getByRole('button', { name: 'Show as table' }).first();
  for (let i = 0; i < 80 && !(await table.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(table).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(table).toHaveAttribute('aria-pressed', 'true');

  // Then on through the whole page and round again: nothing holds focus. (Pressing Tab
  // without a round trip per press keeps this fast; focusin has recorded each stop.)
  for (let i = 0; i < 1000; i++) await page.keyboard.press('Tab');

  const seen = await focusLog(page);
  const names = seen.map((f) => f.name);
  expect(
    seen.some((f) => f.mark),
    'a chart mark is reachable',
  ).toBe(true);
  expect(names).toContain('Show as table');
  expect(names.some((n) => n.startsWith('Copy link to'))).toBe(true);
  expect(names).toContain('Download CSV');
  expect(names.indexOf('Download JSON'), 'the downloads are reached').toBeGreaterThan(0);
  const last = names.indexOf('How this sheet is made');
  expect(last, 'the last control is reached').toBeGreaterThan(names.indexOf('Download JSON'));
  expect(names[last + 1], 'after it, focus goes round to the top').toBe('Skip to content');
  for (const f of seen) {
    if (f.tag === 'main') continue;
    if (f.mark) expect(f.ring, `mark "${f.name}" shows focus`).toContain('rgb(194, 65, 12)');
    else expect(f.ring, `${f.tag} "${f.name}" shows a focus ring`).not.toMatch(/^none/);
  }
});

test('arrow keys move between the marks of a chart, Escape closes the tooltip', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Charts' }).getByRole('figure').first();
  const chart = await drawChart(card);
  await expect(chart).toHaveAccessibleName(/ chart: \d+ marks\. Use the arrow keys/);
  const marks = chart.locator('[data-mark]');
  const count = await marks.count();
  expect(count).toBeGreaterThan(2);
  const start = chart.locator('[data-mark][tabindex="0"]');
  await expect(start).toHaveAttribute('data-mark', '0');
  await start.focus();
  const tooltip = card.getByTestId('chart-tooltip');
  await expect(tooltip).toBeVisible();
  const firstText = await tooltip.textContent();
  await page.keyboard.press('ArrowRight');
  const second = chart.locator('[data-mark="1"]');
  await expect(second).toBeFocused();
  await expect(tooltip).not.toHaveText(firstText ?? '');
  await page.keyboard.press('End');
  await expect(chart.locator(`[data-mark="${count - 1}"]`)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(chart.locator('[data-mark="0"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  // Only one mark per chart is in the Tab order: the one last focused.
  await expect(chart.locator('[data-mark][tabindex="0"]')).toHaveCount(1);
  await expect(chart.locator('[data-mark="0"]')).toHaveAttribute('tabindex', '0');
});
