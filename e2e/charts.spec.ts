import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartGroups, comparedMetrics, otherNumbers } from '../src/model/chart-groups.ts';
import { claimantCount } from '../src/model/claims.ts';
import { compareMetric } from '../src/model/claims-compared.ts';
import { buildIndex } from '../src/model/dataset-index.ts';
import { figureNumber, figureValue } from '../src/model/figure-text.ts';
import { NO_FILTERS, selectItems } from '../src/model/filter.ts';
import { keyFiguresOf } from '../src/model/headline.ts';
import { STATUS_LABEL } from '../src/model/status.ts';
import { claimRows, dataset, drawChart, openClaims, sheetReady } from './fixtures.ts';

/*
 * Charts by topic, Other numbers and Claims compared, as the "Done when" list has
 * them. Expected values come from the dataset through src/model; each loop runs over every
 * chart or metric of the default view inside one test, so that the suite stays quick.
 */

const index = buildIndex(dataset);
const { figures } = selectItems(index, NO_FILTERS);
const groups = chartGroups(index, figures);
const charted = groups.flatMap((group) => group.charts.map((chart) => chart.metric));
const others = otherNumbers(index, figures);
const compared = comparedMetrics(index.data.metrics, figures);
const figuresOf = (metric: string) => figures.filter((figure) => figure.record.metric === metric);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 800 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, metric: string) => page.locator(`figure[id="chart-${metric}"]`);
const tooltipOf = (chartCard: Locator) => chartCard.getByTestId('chart-tooltip');

async function openSheet(page: Page, path = '/') {
  await page.goto(path);
  await sheetReady(page);
  await expect(region(page, 'Charts').getByRole('figure')).toHaveCount(charted.length);
}

/** The lines a tooltip or touch panel shows, joined as a mark's accessible name joins them. */
const linesOf = (box: Locator) =>
  box.locator('p').evaluateAll((lines) => lines.map((line) => line.textContent).join(', '));

/** Where the tooltip is, and how wide each of its lines is and would be on one line. */
function measureTooltip(tooltip: Locator) {
  return tooltip.evaluate((box: HTMLElement) => {
    const rect = box.getBoundingClientRect();
    const lines = [...box.querySelectorAll('p')].map((p) => {
      // The line's max-content width: its text, in its own font, on one line.
      const probe = document.createElement('span');
      const style = getComputedStyle(p);
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:0;top:0';
      probe.style.font = style.font;
      probe.style.letterSpacing = style.letterSpacing;
      probe.textContent = p.textContent;
      document.body.append(probe);
      const maxContent = probe.getBoundingClientRect().width;
      probe.remove();
      return { text: p.textContent, scrollWidth: p.scrollWidth, maxContent };
    });
    return {
      left: rect.left,
      right: rect.right,
      top: rect.top,
      bottom: rect.bottom,
      width: rect.width,
      clientWidth: box.clientWidth,
      padding: parseFloat(getComputedStyle(box).paddingLeft) + parseFloat(getComputedStyle(box).paddingRight),
      border: box.offsetWidth - box.clientWidth,
      viewportWidth: document.documentElement.clientWidth,
      viewportHeight: window.innerHeight,
      lines,
    };
  });
}

interface TooltipProblems {
  /** Edges outside the viewport. */
  outside: string[];
  /** Lines wider than the box, or a box narrower than its widest line (up to the viewport). */
  narrow: string[];
}

/** What is wrong with the tooltip's place and width, if anything. */
async function tooltipProblems(tooltip: Locator, where: string, found: TooltipProblems): Promise<void> {
  await expect(tooltip, where).toBeVisible();
  // It is placed in a layout effect, hidden until then.
  await expect(tooltip, where).not.toHaveCSS('visibility', 'hidden');
  const m = await measureTooltip(tooltip);
  const px = (n: number) => Math.round(n * 10) / 10;
  if (m.left < 0) found.outside.push(`${where}: left edge ${px(m.left)} < 0`);
  if (m.right > m.viewportWidth)
    found.outside.push(`${where}: right edge ${px(m.right)} > ${m.viewportWidth}`);
  if (m.top < 0) found.outside.push(`${where}: top edge ${px(m.top)} < 0`);
  if (m.bottom > m.viewportHeight)
    found.outside.push(`${where}: bottom edge ${px(m.bottom)} > ${m.viewportHeight}`);
  for (const line of m.lines) {
    if (line.scrollWidth > m.clientWidth)
      found.narrow.push(`${where}: "${line.text}" is ${line.scrollWidth} px, the box ${m.clientWidth} px`);
  }
  const widestLine = m.lines.reduce((a, b) => (b.maxContent > a.maxContent ? b : a));
  const widest = widestLine.maxContent;
  // At least as wide as its widest line (with its padding and border), up to the viewport less 16 px.
  const needed = Math.min(widest + m.padding + m.border, m.viewportWidth - 16);
  if (m.width + 0.5 < needed)
    found.narrow.push(
      `${where}: ${px(m.width)} px wide, its widest line "${widestLine.text}" needs ${px(widest)} px (+${px(m.padding + m.border)}), viewport ${m.viewportWidth}`,
    );
}

/**
 * Brings the chart to the middle of the screen (clear of the sticky bars at the top) and
 * returns the centre of a mark: the one drawn furthest right, or the one at `at`.
 */
async function markCentre(chart: Locator, at?: number) {
  return chart.evaluate((element, wanted) => {
    element.scrollIntoView({ block: 'center' });
    const boxes = [...element.querySelectorAll('[data-mark]')].map((mark) => {
      const rect = (mark.querySelector('circle') ?? mark).getBoundingClientRect();
      return {
        at: Number(mark.getAttribute('data-mark')),
        x: rect.x + rect.width / 2,
        y: rect.y + rect.height / 2,
      };
    });
    if (wanted >= 0) return boxes.find((box) => box.at === wanted)!;
    return boxes.reduce((best, box) => (box.x > best.x ? box : best));
  }, at ?? -1);
}

/** The point marks of a chart that nothing else covers at their centre: the ones a finger can tap. */
const uncoveredPoints = (chart: Locator) =>
  chart.locator('.chart-point').evaluateAll((marks) => {
    marks[0]?.closest('.metric-chart')?.scrollIntoView({ block: 'center' });
    return marks
      .filter((mark) => {
        const rect = mark.querySelector('circle')!.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
        return hit !== null && mark.contains(hit);
      })
      .map((mark) => Number(mark.getAttribute('data-mark')));
  });

// ---------------------------------------------------------------------------------------
// 1. The tooltip fits: inside the viewport, as wide as its longest line
// ---------------------------------------------------------------------------------------

// On a desktop by mouse, on a phone-wide window by keyboard: the two ways a tooltip opens.
for (const [viewport, how] of [
  [DESKTOP, 'hovered'],
  [PHONE, 'focused'],
] as const) {
  test(`${viewport.width} px: every chart's tooltip for its rightmost mark, ${how}, stays inside the viewport and fits its longest line`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await openSheet(page);
    const found: TooltipProblems = { outside: [], narrow: [] };
    for (const metric of charted) {
      const chartCard = card(page, metric.id);
      const chart = await drawChart(chartCard);
      const tooltip = tooltipOf(chartCard);
      if (how === 'hovered') {
        // The mark drawn furthest right (or whichever mark is on top there).
        const right = await markCentre(chart);
        await page.mouse.move(right.x, right.y);
        const active = chart.locator('.chart-point--active, .chart-event--active [data-mark]');
        await expect(active, `${metric.id}: hovering mark ${right.at}`).toHaveCount(1);
        expect(await linesOf(tooltip)).toBe(await active.getAttribute('aria-label'));
        await tooltipProblems(tooltip, `${metric.id}, hover on mark ${right.at}`, found);
        await page.mouse.move(0, 0);
      } else {
        // The first mark, then End: the last in time order, the rightmost.
        await chart.locator('[data-mark][tabindex="0"]').focus();
        await page.keyboard.press('End');
        const last = chart.locator(`[data-mark="${(await chart.locator('[data-mark]').count()) - 1}"]`);
        await expect(last).toBeFocused();
        expect(await linesOf(tooltip)).toBe(await last.getAttribute('aria-label'));
        await tooltipProblems(tooltip, `${metric.id}, End`, found);
        await page.keyboard.press('Escape');
      }
      await expect(tooltip).toHaveCount(0);
    }
    // Both lists in full, whichever fails.
    expect.soft(found.outside, 'tooltips inside the viewport').toEqual([]);
    expect.soft(found.narrow, 'tooltips at least as wide as their longest line').toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------
// 2. Tables at 375 px: short cells on one line, the table scrolling in its own box
// ---------------------------------------------------------------------------------------

test('375 px: every chart as a table keeps dates, periods, values, ranges and statuses on one line, and scrolls in its own box', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize(PHONE);
  await openSheet(page);
  const problems: string[] = [];
  let scrolling = 0;
  for (const metric of charted) {
    const chartCard = card(page, metric.id);
    const toggle = chartCard.getByRole('button', { name: 'Show as table' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(chartCard).toHaveClass(/chart-card--table/);
    const scroller = chartCard.getByRole('region', { name: `${metric.name}: table`, exact: true });
    await expect(scroller).toBeVisible();
    await expect(scroller.locator('table.data-table tbody tr')).toHaveCount(figuresOf(metric.id).length);
    const found = await scroller.evaluate((box: HTMLElement) => {
      /** How many lines the cell's text takes: its text boxes' tops, a line apart. */
      const linesOf = (cell: Element) => {
        const tops: number[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
        }
        const lineHeight = parseFloat(getComputedStyle(cell).lineHeight) || 16;
        const distinct = tops
          .sort((a, b) => a - b)
          .filter((top, at, all) => at === 0 || top - all[at - 1]! > lineHeight / 2);
        return distinct.length;
      };
      const wrapped = [...box.querySelectorAll('td.one-line, td.num')]
        .filter((cell) => linesOf(cell) > 1)
        .map((cell) => `${cell.className}: "${cell.textContent}"`);
      const table = box.querySelector('table')!;
      return {
        wrapped,
        overflowX: getComputedStyle(box).overflowX,
        boxRight: box.getBoundingClientRect().right,
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        tableWidth: table.getBoundingClientRect().width,
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: document.documentElement.clientWidth,
      };
    });
    problems.push(...found.wrapped.map((cell) => `${metric.id}: ${cell} wraps`));
    if (!['auto', 'scroll'].includes(found.overflowX))
      problems.push(`${metric.id}: the table box does not scroll (overflow-x ${found.overflowX})`);
    if (found.boxRight > found.viewportWidth + 0.5)
      problems.push(`${metric.id}: the table box ends at ${found.boxRight}, past ${found.viewportWidth}`);
    // A table wider than its box scrolls inside it, by exactly its overflow.
    if (found.tableWidth > found.clientWidth + 1) {
      scrolling++;
      if (found.scrollWidth < found.tableWidth - 1)
        problems.push(
          `${metric.id}: the box scrolls ${found.scrollWidth} px of a ${found.tableWidth} px table`,
        );
    }
    if (found.pageWidth > found.viewportWidth)
      problems.push(`${metric.id}: the page is ${found.pageWidth} px wide at ${found.viewportWidth}`);
  }
  expect(problems).toEqual([]);
  // At 375 px the tables need more than the screen: they are what scrolls, not the page.
  expect(scrolling, 'tables wider than a phone scroll in their box').toBeGreaterThan(0);
});

// ---------------------------------------------------------------------------------------
// 3. Single-figure metrics under Other numbers, not as charts
// ---------------------------------------------------------------------------------------

test('a metric with one figure is under Other numbers, not a chart; two or more figures make a chart', async ({
  page,
}) => {
  const counts = new Map<string, number>();
  for (const figure of dataset.figures) counts.set(figure.metric, (counts.get(figure.metric) ?? 0) + 1);
  const single = dataset.metrics.filter((metric) => counts.get(metric.id) === 1);
  const several = dataset.metrics.filter((metric) => (counts.get(metric.id) ?? 0) > 1);
  expect(single.length, 'the dataset has metrics with one figure').toBeGreaterThan(0);
  await openSheet(page);
  const section = region(page, 'Other numbers');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Other numbers');
  for (const metric of single) {
    const entry = section.locator(`li[id="other-${metric.id}"]`);
    await expect(entry, metric.id).toBeVisible();
    await expect(entry.locator('.other-number__metric')).toHaveText(metric.name);
    await expect(page.locator(`[id="chart-${metric.id}"]`), metric.id).toHaveCount(0);
  }
  for (const metric of several) await expect(card(page, metric.id), metric.id).toHaveCount(1);

  // Each entry: the latest number with its qualifier and unit, who gives it, its status, and
  // the claimant's earlier figures with a link to its chart when it has one.
  await expect(section.locator('li.other-number')).toHaveCount(others.length);
  for (const { metric, latest, earlier, charted: hasChart } of others) {
    const entry = section.locator(`li[id="other-${metric.id}"]`);
    await expect(entry.locator('.other-number__value')).toHaveText(figureValue(latest.record, metric.unit));
    await expect(entry.locator('.other-number__who')).toHaveText(latest.claimantName);
    await expect(entry.locator('.other-number__status')).toHaveText(STATUS_LABEL[latest.record.status]);
    // "New" or "Revised" when the newest version of the data added or corrected the figure.
    const change = index.changeMarks.get(latest.id);
    await expect(entry.locator('.other-number__badges .change-badge')).toHaveText(
      change === 'new' ? 'New' : change === 'revised' ? 'Revised' : [],
    );
    const link = entry.getByRole('link', { name: 'See its chart' });
    const earlierLine = entry.locator('.other-number__earlier');
    if (earlier.length > 0) {
      await expect(earlierLine).toContainText(/^Earlier: /);
      for (const figure of earlier) await expect(earlierLine).toContainText(figureNumber(figure.record));
    } else await expect(earlierLine).toHaveCount(0);
    await expect(link).toHaveCount(hasChart ? 1 : 0);
    if (hasChart) await expect(link).toHaveAttribute('href', `#chart-${metric.id}`);
  }
  // "See its chart" leads to it.
  const withChart = others.find((entry) => entry.charted);
  expect(withChart, 'a single-claimant metric with a chart').toBeDefined();
  await section
    .locator(`li[id="other-${withChart!.metric.id}"]`)
    .getByRole('link', { name: 'See its chart' })
    .click();
  await expect(card(page, withChart!.metric.id)).toBeInViewport();
});

test('a link to a figure of a single-claimant metric (What’s new has them) leads to its entry in Other numbers', async ({
  page,
}) => {
  // The figures Other numbers shows, that What's new links to by id.
  const single = new Map(
    others.flatMap((entry) => [entry.latest, ...entry.earlier].map((f) => [f.id, entry])),
  );
  const linked = (dataset.meta.changes ?? [])
    .flatMap((change) => [...(change.added ?? []), ...(change.revised ?? [])])
    .filter((id) => single.has(id));
  expect(linked.length, 'What’s new links to a single-claimant figure').toBeGreaterThan(0);
  const id = linked[0]!;
  await openSheet(page);
  const whatsNew = region(page, "What's new");
  const link = whatsNew.locator(`a[href="#${encodeURIComponent(id)}"]`).first();
  await link.locator('xpath=ancestor::details[1]/summary').click();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const target = page.locator(`[id="${id}"]`);
  await expect(target, `#${id} is on the page`).toHaveCount(1);
  await expect(target).toBeInViewport();
  await expect(region(page, 'Other numbers').locator(`[id="${id}"]`)).toHaveCount(1);
});

// ---------------------------------------------------------------------------------------
// 4. Groups: one heading per topic, in the dataset's order, one key each
// ---------------------------------------------------------------------------------------

test('charts are grouped under one heading per topic, in the dataset’s topic order, with one key per group', async ({
  page,
}) => {
  // Computed from the dataset: topics, in its order, that have a metric with two or more figures.
  const topics = dataset.topics.filter((topic) =>
    dataset.metrics.some(
      (metric) =>
        metric.topic === topic.id && dataset.figures.filter((f) => f.metric === metric.id).length > 1,
    ),
  );
  expect(groups.map((group) => group.name)).toEqual(topics.map((topic) => topic.name));
  expect(groups.length).toBeGreaterThan(1);

  await page.setViewportSize(DESKTOP);
  await openSheet(page);
  const charts = region(page, 'Charts');
  await expect(charts.getByRole('heading', { level: 3 })).toHaveText(topics.map((topic) => topic.name));
  const sections = charts.locator('section.chart-group');
  await expect(sections).toHaveCount(groups.length);
  for (const [at, group] of groups.entries()) {
    const section = sections.nth(at);
    await expect(section).toHaveAccessibleName(group.name);
    const keys = section.locator('details.chart-key');
    await expect(keys).toHaveCount(1);
    await expect(keys.locator('summary')).toHaveText(`Key to the ${group.name} charts`);
    // Open on a wide screen.
    await expect(keys).toHaveAttribute('open');
    await expect(section.getByRole('list', { name: 'Claimants' })).toBeVisible();
    const ids = await section.locator('figure.chart-card').evaluateAll((cards) => cards.map((c) => c.id));
    expect(ids).toEqual(group.charts.map((chart) => `chart-${chart.metric.id}`));
  }

  // Folded on a phone, and unfolded on request.
  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(sections).toHaveCount(groups.length);
  for (const key of await charts.locator('details.chart-key').all())
    await expect(key).not.toHaveAttribute('open');
  const first = charts.locator('details.chart-key').first();
  await first.locator('summary').click();
  await expect(first).toHaveAttribute('open');
  await expect(first.getByRole('list', { name: 'Claimants' })).toBeVisible();
});

// ---------------------------------------------------------------------------------------
// 5. Keyboard
// ---------------------------------------------------------------------------------------

test('keyboard: Tab reaches one mark of a chart, arrows walk the marks with the tooltip saying what each says, End reaches the last, Escape hides it', async ({
  page,
}) => {
  await openSheet(page);
  const metric = charted[0]!;
  const chartCard = card(page, metric.id);
  const chart = await drawChart(chartCard);
  const marks = chart.locator('[data-mark]');
  const count = await marks.count();
  await expect(chart).toHaveAccessibleName(
    `${metric.name} chart: ${count} marks. Use the arrow keys to move between them.`,
  );
  expect(count).toBeGreaterThanOrEqual(figuresOf(metric.id).length);
  // The control before the drawing (the last of the card's tools), then Tab: into the marks, at the first.
  const toggle = chartCard.getByRole('button', { name: `Cite the chart ${metric.name}` });
  await toggle.focus();
  await page.keyboard.press('Tab');
  const first = chart.locator('[data-mark="0"]');
  await expect(first).toBeFocused();
  const tooltip = tooltipOf(chartCard);
  await expect(tooltip).toBeVisible();
  expect(await linesOf(tooltip)).toBe(await first.getAttribute('aria-label'));

  for (let at = 1; at < count; at++) {
    await page.keyboard.press('ArrowRight');
    const mark = chart.locator(`[data-mark="${at}"]`);
    await expect(mark).toBeFocused();
    await expect(mark).toHaveAttribute('tabindex', '0');
    await expect(tooltip).toBeVisible();
    expect(await linesOf(tooltip), `mark ${at}`).toBe(await mark.getAttribute('aria-label'));
  }
  // Past the last, it stays there; Home and End go to either end.
  const last = chart.locator(`[data-mark="${count - 1}"]`);
  await page.keyboard.press('ArrowRight');
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  await expect(last).toBeFocused();
  expect(await linesOf(tooltip)).toBe(await last.getAttribute('aria-label'));
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(last).toBeFocused();
  // One mark in the Tab order: Tab leaves the chart.
  await expect(chart.locator('[data-mark][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  expect(await chart.evaluate((el) => el.contains(document.activeElement))).toBe(false);
});

// ---------------------------------------------------------------------------------------
// 6. Touch
// ---------------------------------------------------------------------------------------

test.describe('a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: PHONE });

  test('tapping a mark shows its details in a panel under the chart, not a floating box', async ({
    page,
  }) => {
    await openSheet(page);
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    const metric = charted[0]!;
    const chartCard = card(page, metric.id);
    const chart = await drawChart(chartCard);
    // A finger taps what is on top: two marks it can reach on their own.
    const tappable = await uncoveredPoints(chart);
    expect(tappable.length).toBeGreaterThan(1);
    const tap = async (at: number) => {
      const centre = await markCentre(chart, at);
      await page.touchscreen.tap(centre.x, centre.y);
      return chart.locator(`[data-mark="${at}"]`);
    };
    const point = await tap(tappable[tappable.length - 1]!);
    const panel = chartCard.getByTestId('chart-panel');
    await expect(panel).toBeVisible();
    await expect(tooltipOf(chartCard)).toHaveCount(0);
    expect(await linesOf(panel)).toBe(await point.getAttribute('aria-label'));
    // The first line is the number with its unit.
    await expect(panel.locator('p').first()).toHaveText(new RegExp(`\\d.* ${metric.unit}$`));
    // Under the drawing, inside the viewport's width.
    const plot = await chart.locator('.metric-chart__plot').boundingBox();
    const shown = await panel.boundingBox();
    expect(shown!.y).toBeGreaterThanOrEqual(plot!.y + plot!.height - 1);
    expect(shown!.x + shown!.width).toBeLessThanOrEqual(PHONE.width);

    // Another tap shows that mark's details; Close hides the panel.
    const other = await tap(tappable[0]!);
    await expect(panel.locator('p').first()).toHaveText(
      (await other.getAttribute('aria-label'))!.split(', ')[0]!,
    );
    expect(await linesOf(panel)).toBe(await other.getAttribute('aria-label'));
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toHaveCount(0);
    await expect(tooltipOf(chartCard)).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------------------
// 7. Claims compared
// ---------------------------------------------------------------------------------------

test('Claims compared: one line per metric with two or more claimants; "Compare the claims" opens a row per claimant', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openSheet(page);
  const section = region(page, 'Claims compared');
  await expect(section.locator('article.claims-metric')).toHaveCount(compared.length);
  const keyFigureIds = new Set(keyFiguresOf(index).flatMap((card) => card.lead?.id ?? []));
  for (const { metric, figures: ofMetric } of compared) {
    const block = section.locator(`article[id="claims-${metric.id}"]`);
    const claimants = claimantCount(ofMetric);
    expect(claimants).toBeGreaterThan(1);
    await expect(block.getByRole('heading', { level: 3 })).toHaveText(`${metric.name} (${metric.unit})`);
    await expect(block.locator('.claims-metric__summary')).toHaveText(
      new RegExp(`^${claimants} claimants, latest claims .*${metric.unit.replace(/[()%]/g, '\\$&')}$`),
    );
    // Closed until asked.
    await expect(claimRows(block)).toHaveCount(0);
    await openClaims(page, metric);
    const rows = claimRows(block);
    await expect(rows).toHaveCount(claimants);
    const comparison = compareMetric(metric, ofMetric);
    for (const claim of comparison.claims) {
      await expect(rows.filter({ hasText: claim.claimantName }), claim.id).toHaveCount(1);
    }
    // Claims from more than 12 months before the newest are marked "earlier"; the key figure is tagged.
    await expect(block.locator('.claim-row--earlier')).toHaveCount(comparison.earlier.size);
    for (const row of await block.locator('.claim-row--earlier').all())
      await expect(row.locator('.claim-row__tag').first()).toHaveText('earlier');
    const keyed = comparison.claims.filter((claim) => keyFigureIds.has(claim.id)).length;
    await expect(block.getByText('key figure', { exact: true })).toHaveCount(keyed);
    await expect(block.locator('details.all-figures summary')).toHaveText(
      `All ${ofMetric.length} figures, oldest first`,
    );
  }
});

test('a link to #claims-<metric> opens that metric’s claims by itself', async ({ page }) => {
  const { metric, figures: ofMetric } = compared[compared.length - 1]!;
  await openSheet(page, `/#claims-${metric.id}`);
  const block = page.locator(`article[id="claims-${metric.id}"]`);
  await expect(block).toBeInViewport();
  await expect(block.getByRole('button', { name: `Hide the claims of ${metric.name}` })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(claimRows(block)).toHaveCount(claimantCount(ofMetric));
  // Other metrics stay closed.
  await expect(
    region(page, 'Claims compared').getByRole('button', { name: /^Hide the claims of / }),
  ).toHaveCount(1);
});

// ---------------------------------------------------------------------------------------
// 8. Accessibility of the new states
// ---------------------------------------------------------------------------------------

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe (${colorScheme}): no WCAG 2.2 AA violations with a chart's table and another chart's tooltip open`, async ({
    page,
  }) => {
    // axe walks the whole page, charts included: it takes a while on these machines.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await openSheet(page);
    const [tabled, tipped] = [card(page, charted[0]!.id), card(page, charted[1]!.id)];
    await tabled.getByRole('button', { name: 'Show as table' }).click();
    await expect(tabled.getByRole('table')).toBeVisible();
    const chart = await drawChart(tipped);
    // Only the other chart's caption (text, no controls) under the sticky bars at the top:
    // axe counts the bars' buttons as neighbours of any control they cover.
    await tipped.evaluate((element) =>
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + 10),
    );
    await chart.locator('[data-mark][tabindex="0"]').focus();
    await expect(tooltipOf(tipped)).toBeVisible();
    await expect(tooltipOf(tipped)).not.toHaveCSS('visibility', 'hidden');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
    );
    expect(summary).toEqual([]);
    // Still the state axe was asked about.
    await expect(tooltipOf(tipped)).toBeVisible();
  });
}
