/**
 * npx tsx scripts/social-image-preview.ts out.png [--data file] [--title "…"]: renders the
 * social image of a dataset (default data/factsheet.json) to a PNG, to look at. --title
 * replaces the sheet's title, to see how a long one wraps and shrinks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset } from '../src/data/parse.ts';
import { formatProblem } from '../src/data/validate.ts';
import { buildIndex } from '../src/model/dataset-index.ts';
import { socialImage } from '../src/publish/social-image.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { data: { type: 'string' }, title: { type: 'string' } },
});

const out = positionals[0];
if (!out) {
  console.error('Usage: npx tsx scripts/social-image-preview.ts out.png [--data file] [--title "…"]');
  process.exit(2);
}

const result = parseDataset(readFileSync(resolve(values.data ?? 'data/factsheet.json'), 'utf8'));
if (!result.ok) {
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const data =
  values.title === undefined
    ? result.data
    : { ...result.data, meta: { ...result.data.meta, title: values.title } };

const started = performance.now();
const png = await socialImage(buildIndex(data));
const ms = Math.round(performance.now() - started);
writeFileSync(resolve(out), png);
console.log(`✓ ${out}: ${png.byteLength.toLocaleString('en-GB')} bytes in ${ms} ms`);
