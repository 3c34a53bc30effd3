import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Factsheet } from '../src/data/schema.ts';
import { claimRows, dataset, drawChart, openClaims, serveDataset } from './fixtures.ts';

const madeUp = JSON.parse(readFileSync('e2e/fixtures/made-up-conflict.json', 'utf8')) as Factsheet;

const claimantOf = (data: Factsheet, f: Factsheet['figures'][number]) => {
  const actor = data.actors.find((a) => a.id === f.claimant)!.name;
  return f.claimantDetail ? `${actor}: ${f.claimantDetail}` : actor;
};

const figuresOf = (data: Factsheet, metric: string) => data.figures.filter((f) => f.metric === metric);

async function open(page: Page, data: Factsheet | null) {
  if (data) await serveDataset(page, data);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    data ? data.meta.title : dataset.meta.title,
  );
}

for (const [name, data] of [
  ['the default dataset', dataset],
  ['a made-up dataset with other actors and metrics', madeUp],
] as const) {
  test.describe(`numbers of ${name}`, () => {
    const served = data === dataset ? null : data;
    const metricsWithFigures = data.metrics.filter((m) => figuresOf(data, m.id).length > 0);
    // A chart needs two or more figures; a comparison, two or more claimants.
    const charted = metricsWithFigures.filter((m) => figuresOf(data, m.id).length > 1);
    const single = metricsWithFigures.filter((m) => figuresOf(data, m.id).length === 1);
    const claimantsOf = (metric: string) => new Set(figuresOf(data, metric).map((f) => claimantOf(data, f)));
    const compared = metricsWithFigures.filter((m) => claimantsOf(m.id).size > 1);
    const oneClaimant = metricsWithFigures.filter((m) => claimantsOf(m.id).size === 1);
    const headline = metricsWithFigures.filter((m) => m.headline);
    const headlineShown = headline.length > 0 ? headline : metricsWithFigures;

    test('a key figure card per headline metric, with claimant, status and source', async ({ page }) => {
      await open(page, served);
      const section = page.getByRole('region', { name: 'Key figures' });
      const cards = section.getByRole('article');
      await expect(cards).toHaveCount(headlineShown.length);
      for (const metric of headlineShown) {
        const card = section.getByRole('article', { name: metric.name, exact: true });
        await expect(card).toBeVisible();
        await expect(card).toContainText(metric.unit);
        // The lead's status, in words, beside its date.
        await expect(
          card
            .locator('.meta-line')
            .first()
            .getByText(/^(Confirmed|Reported|Estimate|Forecast|Claim|Disputed)$/),
        ).toHaveCount(1);
        await expect(card).toContainText('Claimed by');
        await expect(card.getByRole('link', { name: /Source|, \d{4}|\w/ }).first()).toBeVisible();
        await expect(card.getByRole('link', { name: /claim/ })).toHaveAttribute(
          'href',
          `#claims-${metric.id}`,
        );
      }
    });

    test('a chart per metric with two or more figures, captioned with the metric and unit; single-claimant metrics under Other numbers', async ({
      page,
    }) => {
      expect(charted.length).toBeGreaterThan(0);
      expect(single.length, 'the dataset has a metric with one figure').toBeGreaterThan(0);
      await open(page, served);
      const section = page.getByRole('region', { name: 'Charts' });
      await expect(section.getByRole('figure')).toHaveCount(charted.length);
      for (const metric of charted) {
        const figure = section.locator(`figure[id="chart-${metric.id}"]`);
        const caption = figure.locator('figcaption');
        await expect(caption).toContainText(`${metric.name} (${metric.unit})`);
        const n = figuresOf(data, metric.id).length;
        const claimants = claimantsOf(metric.id).size;
        await expect(caption).toContainText(
          `${n} figures from ${claimants} claimant${claimants === 1 ? '' : 's'}`,
        );
      }
      const others = page.getByRole('region', { name: 'Other numbers' });
      await expect(others.locator('.other-number')).toHaveCount(oneClaimant.length);
      for (const metric of oneClaimant) {
        const entry = others.locator(`li[id="other-${metric.id}"]`);
        await expect(entry).toContainText(metric.name);
        await expect(entry).toContainText([...claimantsOf(metric.id)][0]!);
      }
      for (const metric of single) await expect(page.locator(`[id="chart-${metric.id}"]`)).toHaveCount(0);
    });

    test('each chart draws a mark per figure and shows a tooltip on focus', async ({ page }) => {
      await open(page, served);
      const metric = charted[0]!;
      const figure = page.locator(`figure[id="chart-${metric.id}"]`);
      await drawChart(figure);
      const points = figure.locator('.chart-point');
      await expect(points).toHaveCount(figuresOf(data, metric.id).length);
      await figure.locator('[data-mark][tabindex="0"]').focus();
      await expect(figure.locator('.chart-tooltip')).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(figure.locator('.chart-tooltip')).toBeVisible();
    });

    test("'Show as table' swaps a chart for a table with a row per figure", async ({ page }) => {
      await open(page, served);
      for (const metric of charted) {
        const figure = page.locator(`figure[id="chart-${metric.id}"]`);
        const toggle = figure.getByRole('button', { name: 'Show as table' });
        await expect(toggle).toHaveAttribute('aria-pressed', 'false');
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-pressed', 'true');
        const table = figure.getByRole('table');
        await expect(table.locator('caption')).toContainText(metric.name);
        // A Period column only where a figure of the metric is a total over a period.
        const periods = figuresOf(data, metric.id).some((f) => f.period);
        await expect(table.getByRole('columnheader')).toHaveText([
          'Date',
          ...(periods ? ['Period'] : []),
          'Claimant',
          'Value',
          'Range',
          'Status',
          'Source',
          'Cite',
        ]);
        await expect(table.locator('tbody tr')).toHaveCount(figuresOf(data, metric.id).length);
        await expect(figure.locator('.recharts-surface')).toHaveCount(0);
      }
    });

    test('claims compared lists every claimant of every metric with two or more claimants', async ({
      page,
    }) => {
      await open(page, served);
      const section = page.getByRole('region', { name: 'Claims compared' });
      await expect(section.locator('.claims-metric')).toHaveCount(compared.length);
      for (const metric of oneClaimant)
        await expect(page.locator(`[id="claims-${metric.id}"]`)).toHaveCount(0);
      for (const metric of compared) {
        const block = await openClaims(page, metric);
        const claimants = claimantsOf(metric.id);
        const rows = claimRows(block);
        await expect(rows).toHaveCount(claimants.size);
        for (const claimant of claimants) {
          await expect(rows.filter({ hasText: claimant })).toHaveCount(1);
        }
      }
    });
  });
}

test('claims compared shows a revision chain in date order', async ({ page }) => {
  await open(page, madeUp);
  await openClaims(
    page,
    madeUp.metrics.find((m) => m.id === 'grain-tonnes')!,
  );
  const chain = page.locator('[id="claims-grain-tonnes"] .revisions li', {
    hasText: 'Ostland: Ports Authority',
  });
  await expect(chain).toHaveText(
    'Ostland: Ports Authority: 1.2 million tonnes (Jan 2031) → 4 million (Sep 2031)',
  );
});

test('a key figure leads with a firm figure, not a later claim or a projection, and says what it set aside', async ({
  page,
}) => {
  await open(page, madeUp);
  const card = page
    .getByRole('region', { name: 'Key figures' })
    .getByRole('article', { name: 'Grain shipped' });
  // Westmark's 3.1 million (a claim, June) and Ostland's 4 million (a projection) are later.
  await expect(card.locator('.key-card__number')).toHaveText('2.5 million');
  await expect(card.locator('.key-card__claimant')).toHaveText('Claimed by Harbour Monitoring Group');
  await expect(card.locator('.key-card__measure')).toContainText('range given 2–3 million');
  // Beside it, each other side's latest claim, with who makes it and how sure it is.
  const beside = card.locator('.key-card__beside li');
  await expect(beside).toHaveCount(2);
  await expect(beside.nth(0)).toContainText('1.2 million tonnes Ostland: Ports Authority Reported');
  await expect(beside.nth(1)).toContainText('3.1 million tonnes Westmark: Trade Ministry Claim');
  await expect(card.getByRole('link', { name: '1 forecast: compare all claims' })).toHaveAttribute(
    'href',
    '#claims-grain-tonnes',
  );
});

test('markup in a quote is shown as text', async ({ page }) => {
  await open(page, madeUp);
  await expect(page.locator('article[id="q-1"] blockquote')).toHaveText(
    'Every ship is <em>counted</em> & logged.',
  );
  await expect(page.locator('article[id="q-1"] em')).toHaveCount(0);
});
