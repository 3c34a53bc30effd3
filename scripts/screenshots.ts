/**
 * npm run screenshots [-- path/query]: full-page screenshots of the built app (desktop,
 * 375 px mobile, dark, print as PDF) into screenshots/, for looking at what we built.
 * Needs `npm run build` first; starts its own preview server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4179;
const path = process.argv[2] ?? '/';
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => existsSync(p),
);

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const url = `http://127.0.0.1:${PORT}${path}`;
  const shots = [
    { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
    { name: 'mobile-375', viewport: { width: 375, height: 800 }, colorScheme: 'light' as const },
    { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      colorScheme: shot.colorScheme,
      reducedMotion: 'reduce',
    });
    await page.goto(url);
    // The prerendered page has the same heading: wait for the result line of the loaded sheet.
    await page
      .getByRole('status')
      .filter({ hasText: /^Showing / })
      .waitFor();
    // Lazy sections load as they come into view: scroll through the page once.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      window.scrollTo(0, 0);
    });
    // A full-page capture does not scroll, so blocks with content-visibility: auto outside
    // the viewport would come out blank, though a reader scrolling sees them drawn.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.claims-metric, .chart-group'))
        el.style.contentVisibility = 'visible';
    });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `screenshots/${shot.name}.png`, fullPage: true });
    // Full pages are too tall to look at in one go: also save them in parts.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const part = shot.viewport.height * 2;
    for (let top = 0, n = 1; top < height; top += part, n++) {
      await page.screenshot({
        path: `screenshots/${shot.name}-part${n}.png`,
        fullPage: true,
        clip: { x: 0, y: top, width: shot.viewport.width, height: Math.min(part, height - top) },
      });
    }
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(url);
  // The prerendered page has its heading at once: wait for the app, charts included.
  await page
    .getByRole('status')
    .filter({ hasText: /^Showing / })
    .waitFor();
  await page.locator('.chart-card').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: 'screenshots/print.pdf', format: 'A4', printBackground: true });
  await browser.close();
  console.log('Wrote screenshots/desktop.png, mobile-375.png, dark.png, print.pdf');
} finally {
  server.kill();
}
