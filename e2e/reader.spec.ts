import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataset, scrollThrough, SECTIONS, sheetReady } from './fixtures.ts';

/*
 * The page as a reader meets it: the first screen, the way around it, the filters and what
 * they do to every section, print and accessibility. Expected values are computed here from
 * the dataset, not taken from the app's own model.
 */

// ---------------------------------------------------------------------------------------
// Expected values, from the dataset
// ---------------------------------------------------------------------------------------

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TODAY = new Date('2026-12-01T12:00:00Z');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

const fmt = (n: number): string => n.toLocaleString('en-GB');
const counted = (n: number, one: string): string => `${fmt(n)} ${n === 1 ? one : `${one}s`}`;

type Kind = 'figure' | 'event' | 'statement';

/** One figure, event or statement, with what the filters look at. */
interface Entry {
  kind: Kind;
  id: string;
  date: string;
  /** "Claimed by": a figure's claimant, a statement's speaker side; none for an event. */
  by: readonly string[];
  /** "Involving": the item's actors, and a statement's speaker side. */
  involving: ReadonlySet<string>;
  /** A figure's metric topic and its own; an event's or statement's topics. */
  topics: ReadonlySet<string>;
}

const metricTopic = new Map(dataset.metrics.map((metric) => [metric.id, metric.topic]));

const entries: readonly Entry[] = [
  ...dataset.figures.map((f): Entry => ({
    kind: 'figure',
    id: f.id,
    date: f.date,
    by: [f.claimant],
    involving: new Set(f.actors),
    topics: new Set([metricTopic.get(f.metric)!, ...(f.topics ?? [])]),
  })),
  ...dataset.events.map((e): Entry => ({
    kind: 'event',
    id: e.id,
    date: e.date,
    by: [],
    involving: new Set(e.actors),
    topics: new Set(e.topics),
  })),
  ...dataset.statements.map((s): Entry => ({
    kind: 'statement',
    id: s.id,
    date: s.date,
    by: [s.actor],
    involving: new Set([...(s.actors ?? []), s.actor]),
    topics: new Set(s.topics),
  })),
];
const claims = entries.filter((entry) => entry.kind !== 'event');

/** First and last day of a dataset date (YYYY, YYYY-MM or YYYY-MM-DD), comparable as text. */
const startOf = (date: string): string =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
const endOf = (date: string): string =>
  date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
const overlaps = (date: string, from: string | null, to: string | null): boolean =>
  (from === null || endOf(date) >= startOf(from)) && (to === null || startOf(date) <= endOf(to));

/** The result line for the items kept, as the page words it. */
function resultLine(kept: readonly Entry[]): string {
  const total = entries.length;
  const of =
    kept.length === total
      ? `Showing all ${counted(total, 'item')}`
      : `Showing ${fmt(kept.length)} of ${counted(total, 'item')}`;
  const n = (kind: Kind) => kept.filter((entry) => entry.kind === kind).length;
  return `${of}: ${counted(n('figure'), 'figure')}, ${counted(n('event'), 'event')}, ${counted(n('statement'), 'statement')}`;
}

/**
 * A facet's checkbox names with no filters: "South Korea (47)", or "North Korea (all 191)"
 * when the choice matches every item the facet applies to. Choices that narrow the selection
 * come first; those that match every item (or none) follow, each part in the dataset's order.
 */
function facetNames(
  options: readonly { id: string; name: string }[],
  applies: readonly Entry[],
  matches: (entry: Entry, id: string) => boolean,
): string[] {
  const total = applies.length;
  const withCounts = options.map(({ id, name }) => ({
    name,
    count: applies.filter((entry) => matches(entry, id)).length,
  }));
  const narrows = (count: number) => count > 0 && count < total;
  return [...withCounts.filter((o) => narrows(o.count)), ...withCounts.filter((o) => !narrows(o.count))].map(
    ({ name, count }) => `${name} (${count === total ? `all ${fmt(total)}` : fmt(count)})`,
  );
}

const claimedBy = (entry: Entry, id: string) => entry.by.includes(id);
const involving = (entry: Entry, id: string) => entry.involving.has(id);
/** "Claimed by" never hides events: they are nobody's claim. */
const keptByClaimant = (id: string) =>
  entries.filter((entry) => entry.kind === 'event' || claimedBy(entry, id));

/** Statement status labels: the words on statements' badges. */
const STATEMENT_BADGE: Record<string, string> = {
  confirmed: 'Official text',
  reported: 'On the record',
  estimated: 'Estimate',
  projected: 'Forecast',
  claimed: 'Unverified attribution',
  disputed: 'Disputed',
};
const onTheRecord = (status: string) => status === 'confirmed' || status === 'reported';

/** Sources cited by any item, in the order of the Sources section: outlet, date, id. */
const citedSources = (() => {
  const cited = new Set(
    [...dataset.figures, ...dataset.events, ...dataset.statements].flatMap((i) => i.sources),
  );
  return dataset.sources
    .filter((source) => cited.has(source.id))
    .sort(
      (a, b) =>
        a.outlet.localeCompare(b.outlet, 'en') ||
        (a.published ?? '').localeCompare(b.published ?? '') ||
        a.id.localeCompare(b.id),
    );
})();
const SOURCES_FIRST = 20;
const uniqueOutlets = (sources: readonly { outlet: string }[]) => [...new Set(sources.map((s) => s.outlet))];

// ---------------------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------------------

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
  );
  expect(summary).toEqual([]);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const nav = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
const filtersBar = (page: Page) => region(page, 'Filters');
/** The bar's result line (the open panel repeats it further down the same region). */
const barResult = (page: Page) =>
  filtersBar(page)
    .getByRole('status')
    .filter({ hasText: /^Showing / })
    .first();
const allFiltersButton = (page: Page) => filtersBar(page).getByRole('button', { name: /^All filters/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'All filters' });
const group = (scope: Locator, name: string) => scope.getByRole('group', { name, exact: true });

/** Opens the sheet at `path` with "today" frozen, and waits for the loaded sheet. */
async function openSheet(page: Page, path = '/') {
  await page.clock.setFixedTime(TODAY);
  await page.goto(path);
  await sheetReady(page);
}

async function openPanel(page: Page): Promise<Locator> {
  await allFiltersButton(page).click();
  await expect(panel(page)).toBeVisible();
  return panel(page);
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'the element has a box on screen').not.toBeNull();
  return found!;
}

/** Waits two frames, so that anything the page does on scroll (in a frame) has happened. */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The section's heading is focused, on screen and below the sticky bars; the URL has no #hash. */
async function expectLandedOn(page: Page, section: string) {
  const heading = region(page, section).getByRole('heading', { level: 2, name: section, exact: true });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Not under "On this page" or the filter bar, which stay at the top of the screen.
  const belowBars = async () => {
    const [top, navBox, barBox] = [await box(heading), await box(nav(page)), await box(filtersBar(page))];
    return { top: top.y, bars: Math.max(navBox.y + navBox.height, barBox.y + barBox.height) };
  };
  await expect.poll(async () => (await belowBars()).top).toBeGreaterThanOrEqual(0);
  await expect
    .poll(async () => {
      const { top, bars } = await belowBars();
      return top - bars;
    })
    .toBeGreaterThanOrEqual(-1);
  expect(new URL(page.url()).hash).toBe('');
}

// ---------------------------------------------------------------------------------------
// 1. First screen
// ---------------------------------------------------------------------------------------

test.describe('the first screen answers the question', () => {
  test('desktop: a short header, all of What we know and four key-figure numbers in 800 px', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await openSheet(page);
    const header = await box(page.getByRole('banner'));
    expect(header.height).toBeLessThan(DESKTOP.height / 3);

    const points = region(page, 'What we know').getByRole('listitem');
    await expect(points).toHaveCount(dataset.meta.summary!.length);
    for (const point of await points.all()) {
      await expect(point).toBeVisible();
      const { y, height } = await box(point);
      expect(y + height).toBeLessThanOrEqual(DESKTOP.height);
    }

    const cards = region(page, 'Key figures').getByRole('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    for (let at = 0; at < 4; at++) {
      const card = cards.nth(at);
      const title = card.getByRole('heading', { level: 3 });
      await expect(card).toHaveAccessibleName((await title.textContent()) ?? '');
      const value = card.locator('p').first();
      await expect(value).toHaveText(/\d/);
      const { y, height } = await box(value);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y + height).toBeLessThanOrEqual(DESKTOP.height);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('phone: the first point and the first number in 812 px, the other points unfold', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openSheet(page);
    const points = region(page, 'What we know').getByRole('listitem');
    const first = await box(points.first());
    expect(first.y + first.height).toBeLessThanOrEqual(PHONE.height);
    const value = await box(region(page, 'Key figures').getByRole('article').first().locator('p').first());
    expect(value.y + value.height).toBeLessThanOrEqual(PHONE.height);

    const others = dataset.meta.summary!.length - 1;
    await expect(points.nth(1)).toBeHidden();
    const unfold = region(page, 'What we know').getByRole('button', {
      name: `Show the other ${others} points`,
    });
    await expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await unfold.click();
    await expect(
      region(page, 'What we know').getByRole('button', { name: 'Show the first point only' }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(points).toHaveCount(others + 1);
    for (const point of await points.all()) await expect(point).toBeVisible();
  });
});

// ---------------------------------------------------------------------------------------
// 2. Navigation
// ---------------------------------------------------------------------------------------

test.describe('"On this page" takes the reader to every section', () => {
  test('one link per section, named as the sections, in order', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openSheet(page);
    const links = nav(page).getByRole('link');
    await expect(links).toHaveCount(SECTIONS.length);
    for (const [at, name] of SECTIONS.entries()) await expect(links.nth(at)).toHaveAccessibleName(name);
  });

  // On a fresh page the sections above are still placeholders when the jump happens: the
  // heading must stay where the jump put it while they are drawn.
  test('"Timeline" scrolls to its heading, below the sticky bars, and focuses it, with no #hash', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await openSheet(page);
    await nav(page).getByRole('link', { name: 'Timeline', exact: true }).click();
    await expectLandedOn(page, 'Timeline');
  });

  test('once the sections are drawn, "Timeline" lands below the sticky bars, focused, with no #hash', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await openSheet(page);
    await scrollThrough(page);
    await nav(page).getByRole('link', { name: 'Timeline', exact: true }).click();
    await expectLandedOn(page, 'Timeline');
  });

  test('"Back to top" appears after the first screen and goes back to the title', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openSheet(page);
    const back = nav(page).getByRole('button', { name: 'Back to top' });
    await expect(back).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, window.innerHeight / 2));
    await nextFrames(page);
    await expect(back).toHaveCount(0);

    await page.evaluate(() => window.scrollTo(0, window.innerHeight * 2));
    await expect(back).toBeVisible();
    await back.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(back).toHaveCount(0);
  });

  test('phone: the links fold behind one button, which Escape closes', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openSheet(page);
    const toggle = nav(page).getByRole('button', { name: 'On this page' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav(page).getByRole('link')).toHaveCount(0);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav(page).getByRole('link')).toHaveText(SECTIONS);
    for (const link of await nav(page).getByRole('link').all()) await expect(link).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav(page).getByRole('link')).toHaveCount(0);
    await expect(toggle).toBeFocused();
  });
});

// ---------------------------------------------------------------------------------------
// 3. Filters
// ---------------------------------------------------------------------------------------

test.describe('the filter bar and the "All filters" panel', () => {
  test('the bar holds "All filters", the search and the result line', async ({ page }) => {
    await openSheet(page);
    await expect(allFiltersButton(page)).toBeVisible();
    await expect(
      filtersBar(page).getByRole('searchbox', { name: 'Search the sheet', exact: true }),
    ).toBeVisible();
    await expect(barResult(page)).toHaveText(resultLine(entries));
  });

  test('every choice says how many items it matches, "all" ones last', async ({ page }) => {
    await openSheet(page);
    const dialog = await openPanel(page);
    for (const name of ['Claimed by', 'Involving', 'Topics', 'Dates'])
      await expect(group(dialog, name)).toBeVisible();

    const expected: [string, string[]][] = [
      ['Claimed by', facetNames(dataset.actors, claims, claimedBy)],
      ['Involving', facetNames(dataset.actors, entries, involving)],
      ['Topics', facetNames(dataset.topics, entries, (entry, id) => entry.topics.has(id))],
    ];
    for (const [legend, names] of expected) {
      const boxes = group(dialog, legend).getByRole('checkbox');
      await expect(boxes, legend).toHaveCount(names.length);
      for (const [at, name] of names.entries())
        await expect(boxes.nth(at), legend).toHaveAccessibleName(name);
    }
    // The default dataset has a choice of each kind: one that narrows, one that matches all.
    const involvingNames = expected[1]![1];
    expect(involvingNames.some((name) => name.includes('(all '))).toBe(true);
    expect(involvingNames.some((name) => !name.includes('(all '))).toBe(true);
  });

  test('"Claimed by: South Korea" keeps its claims and every event', async ({ page }) => {
    await openSheet(page);
    const dialog = await openPanel(page);
    await group(dialog, 'Claimed by')
      .getByRole('checkbox', { name: /^South Korea \(/ })
      .check();
    await expect(page).toHaveURL(/[?&]by=south-korea(&|$)/);
    const kept = keptByClaimant('south-korea');
    expect(kept.length).toBeLessThan(entries.length);
    await expect(dialog.getByRole('status')).toHaveText(resultLine(kept));

    await dialog.getByRole('button', { name: `Show ${fmt(kept.length)} items` }).click();
    await expect(panel(page)).toBeHidden();
    await expect(allFiltersButton(page)).toBeFocused();
    await expect(barResult(page)).toHaveText(resultLine(kept));
    await expect(region(page, 'Timeline').getByRole('listitem')).toHaveCount(dataset.events.length);
  });

  test('an old link ?actor=ukraine means "Involving: Ukraine"', async ({ page }) => {
    await openSheet(page, '/?actor=ukraine');
    await expect(barResult(page)).toHaveText(
      resultLine(entries.filter((entry) => involving(entry, 'ukraine'))),
    );
    const dialog = await openPanel(page);
    await expect(group(dialog, 'Involving').getByRole('checkbox', { name: /^Ukraine \(/ })).toBeChecked();
    await expect(group(dialog, 'Claimed by').getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  test('the panel closes with Escape, "Close filters" and "Show N items", focus back on its button', async ({
    page,
  }) => {
    await openSheet(page);
    const closers: [string, (dialog: Locator) => Promise<void>][] = [
      ['Escape', () => page.keyboard.press('Escape')],
      ['Close filters', (dialog) => dialog.getByRole('button', { name: 'Close filters' }).click()],
      [
        'Show N items',
        (dialog) => dialog.getByRole('button', { name: `Show ${fmt(entries.length)} items` }).click(),
      ],
    ];
    for (const [how, close] of closers) {
      const dialog = await openPanel(page);
      await close(dialog);
      await expect(panel(page), how).toBeHidden();
      await expect(allFiltersButton(page), how).toBeFocused();
      await expect(allFiltersButton(page)).toHaveAttribute('aria-expanded', 'false');
    }
  });
});

// ---------------------------------------------------------------------------------------
// 4. Date range
// ---------------------------------------------------------------------------------------

test.describe('the date range', () => {
  /** The dates of the events the Timeline shows. */
  const timelineDates = (page: Page) =>
    region(page, 'Timeline')
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? ''),
      );

  test('From and To are year and month selects that work by keyboard', async ({ page }) => {
    await openSheet(page);
    await expect(page.locator('input[type=month]')).toHaveCount(0);
    let dialog = await openPanel(page);
    const dates = group(dialog, 'Dates');
    for (const edge of ['From', 'To']) {
      await expect(group(dates, edge).getByRole('combobox', { name: 'Year', exact: true })).toBeVisible();
      await expect(group(dates, edge).getByRole('combobox', { name: 'Month', exact: true })).toBeVisible();
    }

    const year = group(dates, 'From').getByRole('combobox', { name: 'Year', exact: true });
    await year.focus();
    for (let step = 0; step < 10 && (await year.inputValue()) !== '2025'; step++)
      await page.keyboard.press('ArrowDown');
    await expect(year).toHaveValue('2025');
    await expect(page).toHaveURL(/[?&]from=2025(&|$)/);

    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    const from2025 = dataset.events.filter((event) => overlaps(event.date, '2025', null));
    expect(from2025.length).toBeLessThan(dataset.events.length);
    await expect(region(page, 'Timeline').getByRole('listitem')).toHaveCount(from2025.length);
    for (const date of await timelineDates(page))
      expect(Number(date.slice(0, 4)), date).toBeGreaterThanOrEqual(2025);

    dialog = await openPanel(page);
    await group(group(dialog, 'Dates'), 'From')
      .getByRole('combobox', { name: 'Month', exact: true })
      .selectOption({
        label: 'June',
      });
    await expect(page).toHaveURL(/[?&]from=2025-06(&|$)/);
    await page.keyboard.press('Escape');
    const fromJune = dataset.events.filter((event) => overlaps(event.date, '2025-06', null));
    await expect(region(page, 'Timeline').getByRole('listitem')).toHaveCount(fromJune.length);
    for (const date of await timelineDates(page))
      expect(endOf(date), date).toMatch(/^(2025-(0[6-9]|1)|202[6-9])/);
  });
});

// ---------------------------------------------------------------------------------------
// 5. Chips
// ---------------------------------------------------------------------------------------

test.describe('active filters as chips', () => {
  test('each chip removes its filter; "Clear filters" removes them all', async ({ page }) => {
    await openSheet(page, '/?by=south-korea&topic=troops&q=kursk');
    const chips = filtersBar(page).getByRole('list', { name: 'Active filters' }).getByRole('button');
    await expect(chips).toHaveCount(3);
    const names = ['Claimed by: South Korea', 'Topic: Troops', 'Search: “kursk”'].map(
      (n) => `Remove filter ${n}`,
    );
    for (const [at, name] of names.entries()) await expect(chips.nth(at)).toHaveAccessibleName(name);
    await expect(allFiltersButton(page)).toHaveAccessibleName('All filters (3)');

    await filtersBar(page).getByRole('button', { name: 'Remove filter Topic: Troops' }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has('topic'));
    expect(new URL(page.url()).searchParams.get('by')).toBe('south-korea');
    expect(new URL(page.url()).searchParams.get('q')).toBe('kursk');
    await expect(chips).toHaveCount(2);
    await expect(filtersBar(page).getByRole('button', { name: 'Remove filter Topic: Troops' })).toHaveCount(
      0,
    );

    await filtersBar(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL((url) => url.search === '');
    await expect(chips).toHaveCount(0);
    await expect(barResult(page)).toHaveText(resultLine(entries));
    await expect(filtersBar(page).getByRole('searchbox', { name: 'Search the sheet' })).toHaveValue('');
  });
});

// ---------------------------------------------------------------------------------------
// 6. Highlight
// ---------------------------------------------------------------------------------------

test.describe('search matches are highlighted', () => {
  test('typing "kursk" keeps the matching events and marks every match', async ({ page }) => {
    await openSheet(page);
    await filtersBar(page).getByRole('searchbox', { name: 'Search the sheet' }).pressSequentially('kursk');
    await expect(page).toHaveURL(/[?&]q=kursk(&|$)/);

    const has = (text: string | undefined) => (text ?? '').toLowerCase().includes('kursk');
    const events = dataset.events.filter((event) => has(event.title) || has(event.summary));
    expect(events.length).toBeGreaterThan(0);
    const timeline = region(page, 'Timeline');
    await expect(timeline.getByRole('listitem')).toHaveCount(events.length);
    const titles = await timeline.getByRole('heading', { level: 4 }).allTextContents();
    expect(titles.toSorted()).toEqual(events.map((event) => event.title).toSorted());

    for (const name of ['Timeline', 'Statements']) {
      const marks = region(page, name).locator('mark');
      expect(await marks.count(), name).toBeGreaterThan(0);
      for (const text of await marks.allTextContents()) expect(text, name).toMatch(/kursk/i);
    }

    const quoted = dataset.statements.filter((statement) => has(statement.quote));
    expect(quoted.length).toBeGreaterThan(0);
    for (const statement of quoted) {
      const quote = page.locator(`[id="${statement.id}"] blockquote`).first();
      await expect(quote.locator('mark').first()).toHaveText(/kursk/i);
    }
  });
});

// ---------------------------------------------------------------------------------------
// 7. Statements
// ---------------------------------------------------------------------------------------

test.describe('statements', () => {
  test('grouped under each side, in the dataset’s actor order, with counts', async ({ page }) => {
    await openSheet(page);
    const sides = dataset.actors
      .map((actor) => ({ actor, n: dataset.statements.filter((s) => s.actor === actor.id).length }))
      .filter(({ n }) => n > 0)
      .map(({ actor, n }) => `${actor.name} ${counted(n, 'statement')}`);
    await expect(region(page, 'Statements').getByRole('heading', { level: 3 })).toHaveText(sides);
    await expect(region(page, 'Statements').getByRole('article')).toHaveCount(dataset.statements.length);
  });

  test('a badge only on statements that are not on the record', async ({ page }) => {
    await openSheet(page);
    const section = region(page, 'Statements');
    for (const [status, label] of Object.entries(STATEMENT_BADGE)) {
      const expected = onTheRecord(status) ? 0 : dataset.statements.filter((s) => s.status === status).length;
      await expect(section.getByText(label, { exact: true }), label).toHaveCount(expected);
    }
    expect(dataset.statements.some((s) => !onTheRecord(s.status))).toBe(true);
  });

  test('quotes in another language are marked with it and translated by the editors', async ({ page }) => {
    await openSheet(page);
    const foreign = dataset.statements.filter(
      (s) => s.language !== undefined && !s.language.startsWith('en'),
    );
    expect(foreign.length).toBeGreaterThan(0);
    for (const statement of foreign) {
      const card = region(page, 'Statements').locator(`article[id="${statement.id}"]`);
      await expect(card.locator(`[lang="${statement.language!}"]`)).toContainText(statement.quote);
      if (statement.translation) {
        await expect(card).toContainText('Translated by the editors');
        await expect(card).toContainText(statement.translation);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------
// 8. Timeline
// ---------------------------------------------------------------------------------------

test.describe('timeline', () => {
  test('one heading per year; each event has its title and a "Copy link"', async ({ page }) => {
    await openSheet(page);
    const timeline = region(page, 'Timeline');
    const years = [...new Set(dataset.events.map((event) => event.date.slice(0, 4)))].sort();
    await expect(timeline.getByRole('heading', { level: 3 })).toHaveText(years);

    const events = timeline.getByRole('listitem');
    await expect(events).toHaveCount(dataset.events.length);
    for (const event of await events.all()) {
      await expect(event.getByRole('heading', { level: 4 })).toHaveCount(1);
      await expect(event.getByRole('button', { name: /^Copy link to event/ })).toHaveCount(1);
    }
    const titles = await timeline.getByRole('heading', { level: 4 }).allTextContents();
    expect(titles.toSorted()).toEqual(dataset.events.map((event) => event.title).toSorted());
  });
});

// ---------------------------------------------------------------------------------------
// 9. Sources
// ---------------------------------------------------------------------------------------

test.describe('sources', () => {
  test('by outlet, the first 20, then all of them on request', async ({ page }) => {
    await openSheet(page);
    const section = region(page, 'Sources');
    const all = citedSources.length;
    expect(all).toBeGreaterThan(SOURCES_FIRST);
    await expect(section.getByRole('listitem')).toHaveCount(SOURCES_FIRST);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(
      uniqueOutlets(citedSources.slice(0, SOURCES_FIRST)),
    );

    await section.getByRole('button', { name: `Show all ${fmt(all)} sources` }).click();
    await expect(section.getByRole('listitem')).toHaveCount(all);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(uniqueOutlets(citedSources));
    await expect(section.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
  });

  test('following an item’s source link reveals a source beyond the first 20', async ({ page }) => {
    await openSheet(page);
    const later = new Set(citedSources.slice(SOURCES_FIRST).map((source) => source.id));
    const event = dataset.events.find((e) => e.sources.some((id) => later.has(id)));
    expect(event, 'an event cites a source beyond the first 20').toBeDefined();
    const sourceId = event!.sources.find((id) => later.has(id))!;
    const target = page.locator(`[id="source-${sourceId}"]`);
    await expect(target).toHaveCount(0);

    await page.locator(`[id="${event!.id}"] a[href="#source-${sourceId}"]`).click();
    await expect(target).toBeVisible();
    await expect(target).toBeInViewport();
  });
});

// ---------------------------------------------------------------------------------------
// 10. Theme
// ---------------------------------------------------------------------------------------

test.describe('theme', () => {
  test('System, Light or Dark; Dark survives a reload; System follows the device again', async ({ page }) => {
    await openSheet(page);
    const theme = page.getByRole('combobox', { name: 'Theme', exact: true });
    await expect(theme.locator('option')).toHaveText(['System', 'Light', 'Dark']);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');

    await theme.selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await sheetReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(theme).toHaveValue('dark');

    await theme.selectOption({ label: 'System' });
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  });
});

// ---------------------------------------------------------------------------------------
// 11. Print
// ---------------------------------------------------------------------------------------

test.describe('print', () => {
  test.describe.configure({ timeout: 90_000 });

  test('fits 3 to 12 A4 pages, with the charts drawn', async ({ page }) => {
    await openSheet(page);
    await scrollThrough(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(12);

    const charts = region(page, 'Charts');
    expect(await charts.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    await expect(charts.locator('table')).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------------------
// 12. Axe
// ---------------------------------------------------------------------------------------

test.describe('axe reports no WCAG 2.2 AA violations', () => {
  // axe walks the whole page, charts included: it takes a while on these machines.
  test.describe.configure({ timeout: 90_000 });

  test('first screen', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openSheet(page);
    await expectNoViolations(page);
  });

  test('"All filters" open', async ({ page }) => {
    await openSheet(page);
    await openPanel(page);
    await expectNoViolations(page);
  });

  test('filtered, with highlights', async ({ page }) => {
    await openSheet(page, '/?q=kursk&by=ukraine');
    await scrollThrough(page);
    await expect(region(page, 'Timeline').locator('mark').first()).toBeVisible();
    await expectNoViolations(page);
  });

  test('phone, "On this page" open', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openSheet(page);
    await nav(page).getByRole('button', { name: 'On this page' }).click();
    await expect(nav(page).getByRole('link').first()).toBeVisible();
    await expectNoViolations(page);
  });

  test('dark theme chosen with the Theme select', async ({ page }) => {
    await openSheet(page);
    await scrollThrough(page);
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoViolations(page);
  });
});
