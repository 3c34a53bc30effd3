import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';
import { DATA_URL, dataset } from './fixtures.ts';

/**
 * Every way the download can fail shows its own message in an alert with a Retry button,
 * and Retry recovers without a reload once the server behaves. The app retries once by
 * itself (after 800 ms), so each route keeps failing until the test flips `failing`.
 */

type Failure = (route: Route, context: BrowserContext) => Promise<void>;

const FAILURES: { name: string; fail: Failure; message: string | RegExp }[] = [
  {
    name: 'HTTP 404',
    fail: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    // Its full address, wherever the sheet is hosted.
    message: /^The dataset was not found at http:\/\/127\.0\.0\.1:\d+\/data\/factsheet\.json \(HTTP 404\)\.$/,
  },
  {
    name: 'HTTP 500',
    fail: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }),
    message: /^The server answered HTTP 500( Internal Server Error)? instead of the dataset\.$/,
  },
  {
    name: 'HTTP 503',
    fail: (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    message: /^The server answered HTTP 503( Service Unavailable)? instead of the dataset\.$/,
  },
  {
    name: 'an HTML page with status 200',
    fail: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>',
      }),
    message:
      'The server sent a web page instead of the dataset. The data file may be missing from this deployment.',
  },
  {
    name: 'an HTML page sent as JSON',
    fail: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '\n<!doctype html><p>Sign in</p>',
      }),
    message:
      'The server sent a web page instead of the dataset. The data file may be missing from this deployment.',
  },
  {
    name: 'the wrong content type',
    fail: (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }),
    message: 'The server sent "image/png" instead of JSON.',
  },
  {
    name: 'a failed request',
    fail: (route) => route.abort('failed'),
    message: 'The dataset could not be downloaded: the network request failed.',
  },
  {
    name: 'a refused connection',
    fail: (route) => route.abort('connectionrefused'),
    message: 'The dataset could not be downloaded: the network request failed.',
  },
];

/** Routes the dataset through `fail` while `state.failing`; counts the requests. */
async function routeDataset(page: Page, fail: Failure) {
  const state = { failing: true, requests: 0 };
  const context = page.context();
  await page.route(DATA_URL, async (route) => {
    state.requests++;
    if (state.failing) await fail(route, context);
    else await route.fallback();
  });
  return state;
}

/** Clicks Retry and checks that the sheet appears in the same document. */
async function retryRecovers(page: Page): Promise<void> {
  let navigated = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigated = true;
  });
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(navigated).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
}

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const { name, fail, message } of FAILURES) {
  test(`${name}: the alert says so, and Retry recovers without a reload`, async ({ page }) => {
    const errors = pageErrors(page);
    const state = await routeDataset(page, fail);
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'The fact sheet could not be loaded' })).toBeVisible();
    await expect(alert.locator('p').first()).toHaveText(message);
    await expect(alert.getByRole('listitem')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    // The app tried twice (once by itself) before giving up.
    expect(state.requests).toBeGreaterThanOrEqual(2);

    state.failing = false;
    await retryRecovers(page);
    expect(errors).toEqual([]);
  });
}

/**
 * Serves the page, lets the app start loading the dataset, then drops the connection:
 * `context.setOffline(true)` (so navigator.onLine is false and the page hears "offline")
 * and the data request fails. Returns a function that brings the connection back.
 */
async function goOfflineWhileLoading(page: Page): Promise<() => Promise<void>> {
  const context = page.context();
  let release!: () => void;
  const appIsLoading = new Promise<void>((resolve) => (release = resolve));
  const state = { failing: true };
  await page.route(DATA_URL, async (route) => {
    if (!state.failing) return route.fallback();
    await appIsLoading;
    await context.setOffline(true);
    await route.abort('internetdisconnected');
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  // The app's loader has started (and its query client listens for online/offline events).
  await page.waitForFunction(() => performance.getEntriesByName('factsheet:load-start').length > 0);
  release();
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  return async () => {
    state.failing = false;
    await context.setOffline(false);
  };
}

/**
 * Back online, the sheet comes back in the same document: the paused request may resume by
 * itself, or the reader presses Retry; whichever happens first.
 */
async function sheetReturnsOnline(page: Page): Promise<void> {
  const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
  const title = page.getByRole('heading', { level: 1, name: dataset.meta.title });
  await expect(async () => {
    if (await retry.isVisible()) await retry.click({ timeout: 1_000 });
    await expect(title).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
}

test('offline while loading: nothing breaks, and the sheet loads once back online, without a reload', async ({
  page,
}) => {
  const errors = pageErrors(page);
  const backOnline = await goOfflineWhileLoading(page);
  // The reader is told why nothing loads, in place of the sheet, not left with "Loading".
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The fact sheet could not be loaded' })).toBeVisible();
  await expect(alert.locator('p').first()).toHaveText(
    'You appear to be offline, so the dataset could not be downloaded.',
  );
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);

  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await backOnline();
  await sheetReturnsOnline(page);
  expect(errors).toEqual([]);
});

// react-query pauses a failed request while the browser is offline (networkMode 'online');
// the app must say so, not show "Loading" for as long as the reader is offline.
test('offline while loading: the alert says the reader is offline, and Retry recovers once back online', async ({
  page,
}) => {
  const errors = pageErrors(page);
  const backOnline = await goOfflineWhileLoading(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('You appear to be offline, so the dataset could not be downloaded.');
  const retry = alert.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await backOnline();
  await sheetReturnsOnline(page);
  expect(errors).toEqual([]);
});

test('a server that never answers: after 15 s the alert says so, and Retry recovers', async ({ page }) => {
  const errors = pageErrors(page);
  await page.clock.install();
  const state = { failing: true };
  await page.route(DATA_URL, async (route) => {
    if (!state.failing) await route.fallback();
    // Otherwise hold the request forever.
  });
  await page.goto('/');

  // Meanwhile the reader has the sheet as published (prerendered), not a blank page.
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  const alert = page.getByRole('alert');
  // Both attempts (the second 800 ms after the first gives up) time out after 15 s each.
  await page.clock.runFor(14_000);
  await expect(alert).toHaveCount(0);
  // Time moves on in steps, each giving the page its turn, until the alert shows.
  await expect
    .poll(
      async () => {
        await page.clock.runFor(2_000);
        return alert.count();
      },
      { intervals: [100] },
    )
    .toBe(1);
  await expect(alert).toContainText(
    'The dataset did not arrive within 15 seconds. The server may be slow or unreachable.',
  );

  state.failing = false;
  await retryRecovers(page);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  expect(errors).toEqual([]);
});

test('a slow dataset: the sheet as published shows at once, and the app takes it over when the data arrives', async ({
  page,
}) => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(DATA_URL, async (route) => {
    requested();
    await gate;
    await route.fallback();
  });
  await page.goto('/');
  await asked;
  // Still loading, not failed: the prerendered facts, no alert, and not yet the explorer's downloads.
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Download data' })).toHaveCount(0);
  release();
  await expect(page.getByRole('region', { name: 'Download data' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
});

test('the checker code failing to download: the alert says so, not a blank page', async ({ page }) => {
  const errors = pageErrors(page);
  await page.route('**/assets/validate-*.js', (route) => route.abort('failed'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'The code that checks the dataset could not be downloaded.',
  );
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toHaveCount(0);
  expect(errors).toEqual([]);
});
