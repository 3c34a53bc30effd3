import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { numbersInText } from '../src/data/numbers-in-text.ts';
import type { Factsheet } from '../src/data/schema.ts';
import { changesNewestFirst } from '../src/model/changes.ts';
import { buildIndex, type FigureItem } from '../src/model/dataset-index.ts';
import { formatDate } from '../src/model/dates.ts';
import { figureNumber } from '../src/model/figure-text.ts';
import { keyFigures } from '../src/model/headline.ts';
import { STATEMENT_STATUS_LABEL, STATUS_LABEL } from '../src/model/status.ts';
import {
  citedSources,
  dataset,
  openAllClaims,
  serveDataset,
  showAllSources,
  sheetReady,
} from './fixtures.ts';

const index = buildIndex(dataset);
const figures = index.items.filter((item): item is FigureItem => item.kind === 'figure');
const cards = keyFigures(dataset.metrics, figures);
const madeUp = JSON.parse(readFileSync('e2e/fixtures/made-up-conflict.json', 'utf8')) as Factsheet;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const keyCard = (page: Page, name: string) =>
  region(page, 'Key figures').getByRole('article', { name, exact: true });

test.describe('the default dataset tells the truth first', () => {
  test('What we know comes first and links every number to the record behind it', async ({ page }) => {
    await page.goto('/');
    const section = region(page, 'What we know');
    await expect(section).toBeVisible();
    const sentences = section.getByRole('listitem');
    const summary = dataset.meta.summary ?? [];
    expect(summary.length).toBeGreaterThanOrEqual(3);
    await expect(sentences).toHaveCount(summary.length);
    for (const [at, sentence] of summary.entries()) {
      const item = sentences.nth(at);
      await expect(item).toContainText(sentence.text);
      for (const number of numbersInText(sentence.text)) {
        const link = item.getByRole('link', { name: number.text, exact: true }).first();
        const href = await link.getAttribute('href');
        const ref = decodeURIComponent(href?.slice(1) ?? '');
        expect(sentence.refs).toContain(ref);
        const record = dataset.figures.find((f) => f.id === ref);
        expect([record?.value, record?.low, record?.high]).toContain(number.value);
      }
    }
    // It is the first section of the page.
    const first = page.getByRole('main').getByRole('region').first();
    await expect(first).toHaveAccessibleName('What we know');
  });

  test('a summary link opens the figure it cites, with its source', async ({ page }) => {
    await page.goto('/');
    const sentence = (dataset.meta.summary ?? [])[0]!;
    const number = numbersInText(sentence.text)[0]!;
    await region(page, 'What we know').getByRole('link', { name: number.text, exact: true }).first().click();
    const ref = sentence.refs.find((id) => dataset.figures.find((f) => f.id === id)?.value === number.value)!;
    const target = page.locator(`[id="${ref}"]`);
    await expect(target).toBeVisible();
    await expect(target).toBeInViewport();
    // Focus follows the link, so a keyboard reader goes on from the figure.
    await expect(target).toBeFocused();
  });

  test('Killed leads with the NIS estimate of about 2,000, and Troops sent with 15,000', async ({ page }) => {
    await page.goto('/');
    const killed = keyCard(page, 'Killed');
    await expect(killed.locator('.key-card__number')).toHaveText('about 2,000');
    await expect(killed.locator('.key-card__claimant')).toHaveText(
      'Claimed by South Korea: National Intelligence Service',
    );
    const troops = keyCard(page, 'North Korean troops sent');
    await expect(troops.locator('.key-card__number')).toHaveText('15,000');
    // The newspaper's own line of 350 no longer leads anything.
    await expect(region(page, 'Key figures').locator('.key-card__number')).not.toContainText(['350']);
  });

  test('every card shows its lead as the model chose it: number with qualifier, measure, claimant, status, date', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(region(page, 'Key figures').getByRole('article')).toHaveCount(cards.length);
    for (const card of cards) {
      const article = keyCard(page, card.metric.name);
      const lead = card.lead;
      expect(lead, card.metric.name).not.toBeNull();
      if (!lead) continue;
      expect(['projected', 'disputed', 'claimed']).not.toContain(lead.record.status);
      await expect(article.locator('.key-card__number')).toHaveText(figureNumber(lead.record));
      await expect(article.locator('.key-card__unit').first()).toHaveText(card.metric.unit);
      await expect(article.locator('.key-card__measure')).toContainText(
        /in total|at one time|in \d{4}|as of|in /,
      );
      await expect(article.locator('.key-card__claimant')).toContainText(lead.claimantName);
      await expect(article.locator('.meta-line').first()).toContainText(STATUS_LABEL[lead.record.status]);
      await expect(article.locator('.meta-line').first()).toContainText(formatDate(lead.record.date));
      // Each other side's latest claim within 12 months, attributed.
      await expect(article.locator('.key-card__beside li')).toHaveCount(card.beside.length);
      for (const other of card.beside) {
        await expect(article.locator('.key-card__beside')).toContainText(other.claimantName);
      }
    }
  });

  test('no number in a key-figure card loses its qualifier', async ({ page }) => {
    await page.goto('/');
    for (const card of cards) {
      const article = keyCard(page, card.metric.name);
      for (const other of card.beside) {
        await expect(article.locator('.key-card__beside')).toContainText(figureNumber(other.record));
      }
    }
  });

  test('key figures cover the whole dataset: filters never change them', async ({ page }) => {
    await page.goto('/');
    await expect(region(page, 'Key figures').getByRole('article')).toHaveCount(cards.length);
    const before = await region(page, 'Key figures').locator('.key-card__number').allTextContents();
    await page.goto('/?by=ukraine&topic=supplies&from=2024-01&to=2024-06');
    await sheetReady(page);
    await expect(region(page, 'Key figures').locator('.key-card__number')).toHaveText(before);
  });

  test('Method defines every status label exactly as the badges show it', async ({ page }) => {
    await page.goto('/');
    const method = region(page, 'Method');
    await method.scrollIntoViewIfNeeded();
    const terms = await method.locator('dl dt').allTextContents();
    for (const label of [...Object.values(STATUS_LABEL), ...Object.values(STATEMENT_STATUS_LABEL)]) {
      expect(terms, label).toContain(label);
    }
    // Every badge on the page is one of the defined words (Claims compared's open too).
    await openAllClaims(page);
    const badges = await page.locator('.badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of new Set(badges)) expect(terms).toContain(badge.trim());
    // The metric definitions and the headline rule are there too.
    for (const metric of dataset.metrics.filter((m) => m.definition)) {
      await expect(
        method.locator('dl dt', { hasText: new RegExp(`^${metric.name.replace(/[()]/g, '\\$&')}$`) }),
      ).toHaveCount(1);
    }
    await expect(method).toContainText('Forecasts, disputed figures and claims never lead');
    await expect(method).toContainText(`Licence: ${dataset.meta.license}`);
    await expect(method.getByRole('link', { name: 'Tell the editors' })).toHaveAttribute(
      'href',
      dataset.meta.contact!,
    );
  });

  test("What's new lists the changes newest first and marks new and revised items", async ({ page }) => {
    await page.goto('/');
    const section = region(page, "What's new");
    const changes = changesNewestFirst(dataset.meta);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(
      changes.map((c) => new RegExp(`^Version ${c.version.replace(/\./g, '\\.')}`)),
    );
    await expect(section).toContainText(changes[0]!.summary);
    // An item added in the newest version carries the mark where it appears.
    const added = changes[0]!.added ?? [];
    const statement = added.find((id) => dataset.statements.some((s) => s.id === id));
    expect(statement).toBeDefined();
    await expect(page.locator(`[id="${statement}"]`).locator('.change-badge')).toHaveText('New');
    const revised = (changes[0]!.revised ?? []).find((id) => dataset.events.some((e) => e.id === id));
    if (revised)
      await expect(page.locator(`[id="${revised}"]`).locator('.change-badge')).toHaveText('Revised');
  });

  test('a quote first published in another language shows the original and the editors’ translation', async ({
    page,
  }) => {
    const translated = dataset.statements.find((s) => s.translation && s.language === 'ko')!;
    expect(translated).toBeDefined();
    await page.goto('/');
    const card = page.locator(`article[id="${translated.id}"]`);
    await expect(card.locator('blockquote[lang="ko"]')).toHaveText(translated.quote);
    await expect(card.locator('figure blockquote[lang="en"]')).toHaveText(translated.translation!);
    await expect(card.locator('figcaption')).toHaveText('Translated by the editors');
    // Search finds the quote by its translation too.
    const word = translated.translation!.split(/\W+/).filter((w) => w.length > 6)[0]!;
    await page.goto(`/?q=${encodeURIComponent(word)}`);
    await expect(page.locator(`article[id="${translated.id}"]`)).toBeVisible();
  });

  test('sources link to the original publisher, with the archived copy beside it', async ({ page }) => {
    const archived = dataset.sources.filter((s) => s.archiveUrl);
    expect(archived.length).toBeGreaterThan(0);
    await page.goto('/');
    await showAllSources(page);
    const sources = region(page, 'Sources');
    for (const source of archived) {
      const entry = sources.locator(`[id="source-${source.id}"]`);
      const links = entry.getByRole('link');
      await expect(links.first()).toHaveAttribute('href', source.url);
      await expect(entry.getByRole('link', { name: /^Archived copy/ })).toHaveAttribute(
        'href',
        source.archiveUrl!,
      );
    }
    // No main link goes through a library proxy or a copy when an original is known.
    const main = await sources
      .getByRole('listitem')
      .evaluateAll((entries) => entries.map((entry) => entry.querySelector('a')?.href ?? ''));
    expect(main).toHaveLength(citedSources(dataset).size);
    for (const link of main) expect(link).not.toMatch(/libproxy|\.pages\.dev|blogspot|azcdn/);
  });
});

test.describe('currency', () => {
  test('says since when nothing has been added, once the newest item is over 90 days old', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00Z'));
    await page.goto('/');
    const header = page.getByRole('banner');
    await expect(header).toContainText(`Data as of ${formatDate(dataset.meta.updated)}`);
    await expect(header.getByRole('note')).toHaveText(
      `Nothing has been added to this sheet since ${formatDate(index.newest!.date)}: newer reports may change these numbers.`,
    );
  });

  test('says nothing of the kind while the data is fresh', async ({ page }) => {
    await page.clock.setFixedTime(new Date(Date.parse(`${index.newest!.date}T12:00:00Z`) + 30 * 86_400_000));
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('Data as of');
    await expect(page.getByRole('banner').getByRole('note')).toHaveCount(0);
  });
});

test('a version-1 dataset renders as before, without the version-2 sections', async ({ page }) => {
  await serveDataset(page, madeUp);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(madeUp.meta.title);
  await expect(region(page, 'Key figures')).toBeVisible();
  await sheetReady(page);
  await expect(region(page, 'What we know')).toHaveCount(0);
  await expect(region(page, "What's new")).toHaveCount(0);
  await expect(region(page, 'Method')).toBeVisible();
  for (const name of ['Charts', 'Other numbers', 'Claims compared', 'Timeline', 'Statements', 'Sources']) {
    await expect(region(page, name)).toBeVisible();
  }
});
