import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { corpus } from '../src/data/__fixtures__/corpus.ts';
import { parseDataset } from '../src/data/parse.ts';
import { formatProblem, type Problem } from '../src/data/problem.ts';
import { DATA_URL, dataset, SECTIONS } from './fixtures.ts';

/** Broken datasets from the corpus (src/data/__fixtures__), served in place of the real one. */

const bytesOf = (file: string): Buffer => readFileSync(`src/data/__fixtures__/${file}`);

/** Serves the file's bytes as they are (not re-encoded), as a web server would. */
async function serveFile(page: Page, body: Buffer): Promise<void> {
  await page.route(DATA_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** Records uncaught errors in the page. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const REPRESENTATIVE = [
  'syntax-truncated.txt',
  'syntax-empty.txt',
  'encoding-invalid-utf8-in-id.txt',
  'top-level-null.json',
  'type-string-for-number.json',
  'type-null-values.json',
  'missing-figure-fields.json',
  'unknown-field-snake-case.json',
  'dangling-figure-sources.json',
  'dangling-statement-actor.json',
  'date-impossible.json',
  'duplicate-id-figures.json',
  'url-javascript.json',
  'blank-strings.json',
  'many-problems.json',
];

for (const file of REPRESENTATIVE) {
  const entry = corpus.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in the corpus`);

  test(`${file} (${entry.fault}): the alert names the problems and nothing of the sheet is shown`, async ({
    page,
  }) => {
    const errors = pageErrors(page);
    const body = bytesOf(file);
    await serveFile(page, body);
    await page.goto('/');

    const problems = ((): Problem[] => {
      const result = parseDataset(body.toString('utf8'));
      return result.ok ? [] : result.problems;
    })();
    expect(problems.length).toBeGreaterThan(0);

    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'The dataset has problems' })).toBeVisible();
    // Each expected problem among the 50 shown is named: where it is and what is wrong.
    const shown = entry.expect.filter((want) => {
      const at = problems.findIndex((p) => p.where.includes(want.where ?? '') && p.what.includes(want.what));
      return at >= 0 && at < 50;
    });
    expect(shown.length).toBeGreaterThan(0);
    for (const want of shown) {
      if (want.where) await expect(alert).toContainText(want.where);
      await expect(alert).toContainText(want.what);
    }

    // The page lists the problems data:check prints, in the same words (JSON syntax errors
    // aside: their wording comes from the JavaScript engine, which differs between versions).
    const items = alert.getByRole('listitem');
    await expect(items).toHaveCount(Math.min(50, problems.length));
    if (entry.fault !== 'syntax') {
      await expect(items).toHaveText(problems.slice(0, 50).map(formatProblem));
    }
    if (problems.length > 50) {
      await expect(alert).toContainText(`The first 50 of ${problems.length} problems:`);
    } else {
      await expect(alert).toContainText(
        problems.length === 1 ? 'The problem:' : `All ${problems.length} problems:`,
      );
    }

    // An invalid dataset is not worth retrying, and is never half shown.
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    for (const name of SECTIONS) await expect(page.getByRole('region', { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('more than 50 problems: the first 50 are listed and the total is given', async ({ page }) => {
  const errors = pageErrors(page);
  await serveFile(page, bytesOf('many-problems.json'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    "The dataset breaks the format's rules in 120 places, so it is not shown.",
  );
  await expect(alert).toContainText('The first 50 of 120 problems:');
  await expect(alert.getByRole('listitem')).toHaveCount(50);
  await expect(alert.getByRole('listitem').first()).toHaveText(
    'figures[0].sources[0] (id "f-1"): unknown source "missing-source-1"',
  );
  await expect(alert.getByRole('listitem').last()).toHaveText(
    'figures[49].sources[0] (id "f-50"): unknown source "missing-source-50"',
  );
  await expect(alert).not.toContainText('missing-source-51"');
  expect(errors).toEqual([]);
});

test('a valid dataset saved with a byte-order mark is shown (the browser strips the mark)', async ({
  page,
}) => {
  // data:check rejects the same file today ("not valid JSON"): see the to-do in src/data/corpus.test.ts.
  const errors = pageErrors(page);
  await serveFile(
    page,
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(dataset))]),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
