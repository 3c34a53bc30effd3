import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { validateFactsheet } from '../src/data/validate.ts';
import { chartGroups, comparedMetrics, otherNumbers } from '../src/model/chart-groups.ts';
import { buildIndex } from '../src/model/dataset-index.ts';
import { NO_FILTERS, selectItems, type Filters } from '../src/model/filter.ts';
import { parseFilters } from '../src/model/url-state.ts';
import { dataset, openFilters, showAllSources } from './fixtures.ts';

const index = buildIndex(dataset);
const select = (filters: Partial<Filters>) => selectItems(index, { ...NO_FILTERS, ...filters });
const summary = (s: ReturnType<typeof select>) =>
  new RegExp(
    `${s.items.length === s.total ? 'Showing all' : `Showing ${s.items.length} of`} ${s.total} items: ${s.figures.length} figures?, ${s.events.length} events?, ${s.statements.length} statements?`,
  );

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function expectSections(page: Page, s: ReturnType<typeof select>) {
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(summary(s));
  await expect(region(page, 'Timeline').getByRole('listitem')).toHaveCount(s.events.length);
  await expect(region(page, 'Statements').getByRole('article')).toHaveCount(s.statements.length);
  await showAllSources(page);
  await expect(region(page, 'Sources').getByRole('listitem')).toHaveCount(s.sources.length);
  // A chart for each metric with two or more figures, under its topic; a line under Other
  // numbers for each metric only one claimant gives numbers for; a block in Claims compared
  // for each metric two or more claimants give numbers for.
  const groups = chartGroups(index, s.figures);
  const charted = groups.flatMap((group) => group.charts.map((chart) => chart.metric.id));
  const charts = region(page, 'Charts');
  await expect(charts.getByRole('heading', { level: 3 })).toHaveText(groups.map((group) => group.name));
  await expect(charts.getByRole('figure')).toHaveCount(charted.length);
  for (const id of charted) await expect(charts.locator(`figure[id="chart-${id}"]`)).toHaveCount(1);
  const others = otherNumbers(index, s.figures).map((entry) => entry.metric.id);
  await expect(region(page, 'Other numbers').locator('.other-number')).toHaveCount(others.length);
  for (const id of others) await expect(page.locator(`li[id="other-${id}"]`)).toHaveCount(1);
  const compared = comparedMetrics(index.data.metrics, s.figures).map((entry) => entry.metric.id);
  await expect(region(page, 'Claims compared').locator('.claims-metric')).toHaveCount(compared.length);
  for (const id of compared) await expect(page.locator(`article[id="claims-${id}"]`)).toHaveCount(1);
}

test('an Involving choice filters every section and writes the URL', async ({ page }) => {
  await page.goto('/');
  const expected = select({ actors: ['ukraine'] });
  const panel = await openFilters(page);
  const toggle = panel.getByRole('group', { name: 'Involving' }).getByRole('checkbox', { name: /^Ukraine / });
  await expect(toggle).toHaveAccessibleName(`Ukraine (${expected.items.length})`);
  await toggle.check();
  await expect(page).toHaveURL(/\?actor=ukraine$/);
  // Counts of the other facets follow the choice.
  const troops = expected.topicCounts.get('troops');
  await expect(panel.getByRole('checkbox', { name: /^Troops / })).toHaveAccessibleName(`Troops (${troops})`);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expectSections(page, expected);
});

test('a Claimed by choice filters claims and statements by who makes them, and keeps the events', async ({
  page,
}) => {
  await page.goto('/');
  const expected = select({ by: ['south-korea'] });
  expect(expected.events).toHaveLength(dataset.events.length);
  const panel = await openFilters(page);
  await panel
    .getByRole('group', { name: 'Claimed by' })
    .getByRole('checkbox', { name: /^South Korea / })
    .check();
  await expect(page).toHaveURL(/\?by=south-korea$/);
  await panel.getByRole('button', { name: /^Show \d+ items$/ }).click();
  await expect(panel).toBeHidden();
  await expectSections(page, expected);
});

test('a deep link with several facets shows exactly what the model selects', async ({ page }) => {
  const query = '?actor=north-korea,ukraine&topic=troops,casualties&from=2024-10&to=2025-06&q=kursk';
  await page.goto(`/${query}`);
  const expected = selectItems(index, parseFilters(query));
  expect(expected.items.length).toBeGreaterThan(0);
  expect(expected.items.length).toBeLessThan(expected.total);
  await expectSections(page, expected);
  await expect(page.getByRole('searchbox', { name: 'Search the sheet' })).toHaveValue('kursk');
  const panel = await openFilters(page);
  const involving = panel.getByRole('group', { name: 'Involving' });
  await expect(involving.getByRole('checkbox', { name: /^North Korea / })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: /^Casualties / })).toBeChecked();
  const from = panel.getByRole('group', { name: 'From' });
  await expect(from.getByRole('combobox', { name: 'Year' })).toHaveValue('2024');
  await expect(from.getByRole('combobox', { name: 'Month' })).toHaveValue('10');
  await page.keyboard.press('Escape');
  for (const item of expected.events) await expect(page.locator(`[id="${item.id}"]`)).toBeVisible();
});

test('reload keeps the view and Back/Forward step through changes', async ({ page }) => {
  // Five views checked section by section, with two page loads: a long scenario.
  test.slow();
  await page.goto('/');
  let panel = await openFilters(page);
  await panel
    .getByRole('group', { name: 'Involving' })
    .getByRole('checkbox', { name: /^Russia / })
    .check();
  await panel.getByRole('checkbox', { name: /^Diplomacy / }).check();
  await expect(page).toHaveURL(/\?actor=russia&topic=diplomacy$/);
  await page.keyboard.press('Escape');
  const both = select({ actors: ['russia'], topics: ['diplomacy'] });
  await expectSections(page, both);

  await page.reload();
  await expectSections(page, both);
  await expect(page.getByRole('button', { name: 'Remove filter Topic: Diplomacy' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?actor=russia$/);
  await expectSections(page, select({ actors: ['russia'] }));
  panel = await openFilters(page);
  await expect(panel.getByRole('checkbox', { name: /^Diplomacy / })).not.toBeChecked();
  await page.keyboard.press('Escape');
  await page.goBack();
  await expectSections(page, select({}));
  await page.goForward();
  await expectSections(page, select({ actors: ['russia'] }));
});

test('typing a search filters as you type and adds one history entry', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the sheet' });
  await box.pressSequentially('cannon fodder', { delay: 20 });
  await expect(page).toHaveURL(/\?q=cannon%20fodder$/);
  await expectSections(page, select({ q: 'cannon fodder' }));
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(box).toHaveValue('');
});

test('a date range keeps items that overlap it', async ({ page }) => {
  await page.goto('/?from=2025-01&to=2025-03');
  await expectSections(page, select({ from: '2025-01', to: '2025-03' }));
});

for (const garbage of [
  '?actor=nobody,%%%&topic=%E0%A4%A&from=2025-02-30&to=yesterday&q=%',
  '?actor[]=x&actor=&topic=,,,&from=99999&foo=bar',
  `?q=${'x'.repeat(5000)}`,
  '?actor=north-korea&actor=ukraine&from=2025-13',
]) {
  test(`garbage in the URL is ignored: ${garbage.slice(0, 40)}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/${garbage}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title);
    await expect(region(page, 'Timeline')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('every section says when nothing matches, with a way back', async ({ page }) => {
  await page.goto('/?q=zzzz-no-such-thing');
  for (const name of ['Charts', 'Other numbers', 'Claims compared', 'Timeline', 'Statements', 'Sources']) {
    await expect(region(page, name)).toContainText('match the current filters');
  }
  // Key figures are for the whole dataset and stay.
  await expect(region(page, 'Key figures').getByRole('article').first()).toBeVisible();
  await region(page, 'Timeline').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectSections(page, select({}));
});

test('the CSV of a filtered view has one row per item shown and parses back', async ({ page }) => {
  await page.goto('/?actor=united-states');
  const expected = select({ actors: ['united-states'] });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-selection\.csv$/);
  const text = readFileSync(await file.path(), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([
    'kind',
    'id',
    'date',
    'title',
    'qualifier',
    'value',
    'low',
    'high',
    'unit',
    'period_from',
    'period_to',
    'status',
    'claimant',
    'actors',
    'topics',
    'source',
    'source_url',
  ]);
  expect(parsed.data).toHaveLength(expected.items.length);
  expect(parsed.data.map((row) => row.id).sort()).toEqual(expected.items.map((item) => item.id).sort());
  const statement = expected.statements[0]!;
  expect(parsed.data.find((row) => row.id === statement.id)?.title).toBe(statement.record.quote);
});

test('the JSON export is a dataset that passes the data check', async ({ page }) => {
  await page.goto('/?topic=supplies');
  const expected = select({ topics: ['supplies'] });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const file = await download;
  const json = JSON.parse(readFileSync(await file.path(), 'utf8')) as unknown;
  const result = validateFactsheet(json);
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (!result.ok) return;
  expect(result.data.figures.length + result.data.events.length + result.data.statements.length).toBe(
    expected.items.length,
  );
});

test('a permalink scrolls to its item and highlights it, filters included', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?actor=nato');
  const statement = dataset.statements.find((s) => s.actor === 'nato')!;
  const card = page.locator(`article[id="${statement.id}"]`);
  await card.getByRole('button', { name: /^Copy link/ }).click();
  await expect(card.getByRole('status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`\\?actor=nato#${statement.id}$`));

  const other = await context.newPage();
  await other.goto(link);
  const target = other.locator(`article[id="${statement.id}"]`);
  await expect(target).toHaveClass(/is-highlighted/);
  await expect(target).toBeInViewport();
});

test('a permalink to a figure opens its list and scrolls to it', async ({ page }) => {
  const figure = dataset.figures.find((f) => f.metric === 'killed')!;
  await page.goto(`/#${figure.id}`);
  const target = page.locator(`li[id="${figure.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/is-highlighted/);
});
