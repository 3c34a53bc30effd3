import { expect, test } from '@playwright/test';
import { scrollThrough } from './fixtures.ts';

test('the built page loads without console errors or CSP violations', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await scrollThrough(page);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(problems).toEqual([]);
});
