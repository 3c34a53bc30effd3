import { expect, test } from '@playwright/test';
import { synthDataset } from '../scripts/bench/synth.ts';
import { chartGroups, comparedMetrics } from '../src/model/chart-groups.ts';
import { buildIndex, type FigureItem } from '../src/model/dataset-index.ts';
import { selectItems, NO_FILTERS } from '../src/model/filter.ts';
import { claimRows, openClaims, openFilters, serveDataset } from './fixtures.ts';

// Above 500 items the sheet draws charts and Claims compared only near the screen, keeps
// long lists virtual and groups crowded event marks: the same sheet, drawn as needed.
const data = synthDataset(6_000);
const index = buildIndex(data);
const all = selectItems(index, NO_FILTERS);
const metricsWithFigures = data.metrics.filter((metric) =>
  all.figures.some((f) => f.record.metric === metric.id),
);
// Charts: metrics with two or more figures; Claims compared: metrics with two or more claimants.
const charted = chartGroups(index, all.figures).flatMap((group) => group.charts.map((chart) => chart.metric));
const compared = comparedMetrics(data.metrics, all.figures).map((entry) => entry.metric);

test.beforeEach(async ({ page }) => {
  await serveDataset(page, data);
});

test('a large dataset: every metric keeps its caption and heading, and far blocks are drawn when reached', async ({
  page,
}) => {
  await page.goto('/');
  const charts = page.getByRole('region', { name: 'Charts' });
  expect(charted.length).toBeGreaterThan(0);
  await expect(charts.locator('figure')).toHaveCount(charted.length);
  for (const metric of charted) {
    const caption = charts.locator(`figure[id="chart-${metric.id}"] figcaption`);
    await expect(caption).toContainText(metric.name);
    await expect(caption).toContainText(/\d+ figures from/);
  }
  const claims = page.getByRole('region', { name: 'Claims compared' });
  expect(compared.length).toBeGreaterThan(0);
  await expect(claims.getByRole('heading', { level: 3 })).toHaveCount(compared.length);

  // The last metric's claims are drawn once opened and scrolled to, with a row per claimant.
  const last = compared[compared.length - 1]!;
  const block = await openClaims(page, last);
  const claimants = new Set(all.figures.filter((f) => f.record.metric === last.id).map((f) => f.claimant));
  // Sections above may still be growing as their code arrives: scroll until it stays in view.
  await expect(async () => {
    await block.scrollIntoViewIfNeeded();
    await expect(claimRows(block)).toHaveCount(claimants.size, { timeout: 1_000 });
  }).toPass();
  // Long revision chains are shortened, with the number left out.
  const chainLength = (metricId: string) => {
    const counts = new Map<string, number>();
    for (const f of all.figures)
      if (f.record.metric === metricId) counts.set(f.claimant, (counts.get(f.claimant) ?? 0) + 1);
    return Math.max(0, ...counts.values());
  };
  const longest = [...compared].sort((a, b) => chainLength(b.id) - chainLength(a.id))[0]!;
  expect(chainLength(longest.id)).toBeGreaterThan(7);
  const longBlock = longest.id === last.id ? block : await openClaims(page, longest);
  await expect(async () => {
    await longBlock.scrollIntoViewIfNeeded();
    await expect(longBlock.locator('.revisions__omitted').first()).toContainText(
      /… \d+ more claims? \(see all figures\) …/,
      { timeout: 1_000 },
    );
  }).toPass();

  // A chart near the screen draws its marks; crowded events are grouped and the caption says so.
  const chart = page.locator(`[id="chart-${charted[charted.length - 1]!.id}"]`);
  await expect(async () => {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 1_000 });
  }).toPass();
});

test('a large dataset: a permalink to a figure far down the page is drawn, scrolled to and highlighted', async ({
  page,
}) => {
  const byMetric = metricsWithFigures.map((m) => all.figures.filter((f) => f.record.metric === m.id));
  const figure = (byMetric[byMetric.length - 1] as FigureItem[])[0]!;
  await page.goto(`/#${figure.id}`);
  const target = page.locator(`[id="${figure.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/is-highlighted/);
});

test('a large dataset: a filter updates every section and the result line', async ({ page }) => {
  await page.goto('/');
  const actor = data.actors[0]!;
  const expected = selectItems(index, { ...NO_FILTERS, actors: [actor.id] });
  const panel = await openFilters(page);
  await panel
    .getByRole('group', { name: 'Involving' })
    .getByRole('checkbox', { name: new RegExp(`^${actor.name}`) })
    .check();
  await expect(page).toHaveURL(new RegExp(`actor=${actor.id}`));
  await expect(page.getByRole('region', { name: 'Filters' }).getByRole('status').first()).toContainText(
    `Showing ${expected.items.length.toLocaleString('en-GB')} of ${all.items.length.toLocaleString('en-GB')} items`,
  );
});

test('a large dataset: long lists are drawn as the reader reaches them, and a filter leaving few items keeps the list', async ({
  page,
}) => {
  await page.goto('/');
  const statements = page.getByRole('region', { name: 'Statements' });
  const list = statements.getByRole('list', { name: 'Statements' });
  // Scrolling to the section's heading brings the top of its list near the screen. Sections
  // above may still grow as their code arrives, taking the list's rows off the screen again:
  // scroll until its first row is drawn and says what it should.
  const drawTopOfList = (speaker: string, setSize: number) =>
    expect(async () => {
      await statements.getByRole('heading', { name: 'Statements' }).scrollIntoViewIfNeeded();
      const row = list.getByRole('listitem').first();
      await expect(row).toBeVisible({ timeout: 1_000 });
      await expect(row).toContainText(speaker, { timeout: 1_000 });
      await expect(row).toHaveAttribute('aria-setsize', String(setSize), { timeout: 1_000 });
    }).toPass();
  await expect(statements).toContainText(`${all.statements.length.toLocaleString('en-GB')} statements match`);
  await drawTopOfList(all.statements[0]!.record.speaker, all.statements.length);

  // One actor and one topic leave fewer statements than a list draws in full.
  const actor = data.actors[0]!;
  const topic = data.topics[0]!;
  const few = selectItems(index, { ...NO_FILTERS, actors: [actor.id], topics: [topic.id] });
  expect(few.statements.length).toBeGreaterThan(0);
  expect(few.statements.length).toBeLessThan(200);
  await page.goto(`/?actor=${actor.id}&topic=${topic.id}`);
  await expect(statements).toContainText(`${few.statements.length.toLocaleString('en-GB')} statement`);
  await drawTopOfList(few.statements[0]!.record.speaker, few.statements.length);
});

test('a large dataset: a permalink to a statement deep in a long list is drawn, scrolled to and highlighted', async ({
  page,
}) => {
  const statement = all.statements[all.statements.length - 1]!;
  await page.goto(`/#${statement.id}`);
  const target = page.locator(`[id="${statement.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/is-highlighted/);
  await expect(target).toContainText(statement.record.speaker);
});

test('a large dataset: links into Claims compared, a chart and long lists work on the first try when code arrives late', async ({
  page,
}) => {
  // The code of the charts, Claims compared, chart drawing and virtual lists arrives 1.5 s
  // after it is asked for: sections above a link's target grow after it was scrolled to.
  await page.route(
    /\/assets\/(charts-section|claims-section|metric-chart|virtual-list)-[\w-]+\.js$/,
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    },
  );
  const compared = comparedMetrics(data.metrics, all.figures);
  const lastCompared = compared[compared.length - 1]!;
  const targets = [
    { id: lastCompared.figures[0]!.id, text: lastCompared.metric.unit },
    { id: `chart-${charted[charted.length - 1]!.id}`, text: charted[charted.length - 1]!.name },
    {
      id: all.events[Math.floor(all.events.length / 2)]!.id,
      text: all.events[Math.floor(all.events.length / 2)]!.record.title,
    },
    {
      id: all.statements[all.statements.length - 1]!.id,
      text: all.statements[all.statements.length - 1]!.record.speaker,
    },
  ];
  for (const { id, text } of targets) {
    await page.goto(`/#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveClass(/is-highlighted/);
    await expect(target).toContainText(text);
    // Still in view once every section above has its code and has drawn.
    await expect(page.locator('.skeleton__block')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Charts' }).locator('.chart-card').first()).toBeAttached();
    await expect(target).toBeInViewport();
  }
});
