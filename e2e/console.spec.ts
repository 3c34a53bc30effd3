import { expect, test } from '@playwright/test';
import { drawChart, openAllClaims, scrollThrough } from './fixtures.ts';

test('the built page loads without console errors or CSP violations', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await scrollThrough(page);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  // What a reader opens draws more: every metric's claims, a chart's tooltip and its table.
  await openAllClaims(page);
  const card = page.getByRole('region', { name: 'Charts' }).getByRole('figure').first();
  await drawChart(card);
  await card.locator('[data-mark][tabindex="0"]').focus();
  await expect(card.getByTestId('chart-tooltip')).toBeVisible();
  await card.getByRole('button', { name: 'Show as table' }).click();
  await expect(card.getByRole('table')).toBeVisible();
  expect(problems).toEqual([]);
});
