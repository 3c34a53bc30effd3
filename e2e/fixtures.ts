import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import type { Factsheet } from '../src/data/schema.ts';

/** The default dataset, read the same way the app will get it. */
export const dataset = JSON.parse(readFileSync('data/factsheet.json', 'utf8')) as Factsheet;

export const DATA_URL = '**/data/factsheet.json';

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
