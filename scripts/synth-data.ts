/**
 * npm run data:synth -- --items N [--out path] [--seed S] [--compact]
 *
 * Writes a deterministic synthetic dataset (format v1) of N items: about half figures,
 * a quarter events, a quarter statements. Same arguments, byte-identical file.
 * Default output: bench/tmp/synth-N.json. Inside data/ the file gets a "$schema" link.
 *
 * The generator itself is pure and lives in scripts/bench/synth.ts (so the Vitest suite,
 * type-checked without Node's types, can import it); it is re-exported here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { synthDataset } from './bench/synth.ts';

export { mulberry32, synthCounts, synthDataset } from './bench/synth.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The dataset as JSON text, with "$schema" first when the file is written into data/. */
export function synthJson(
  items: number,
  seed = 1,
  options: { schema?: boolean; compact?: boolean } = {},
): string {
  const data = synthDataset(items, seed);
  const withSchema = options.schema ? { $schema: './factsheet.schema.json', ...data } : data;
  return `${JSON.stringify(withSchema, null, options.compact ? undefined : 2)}\n`;
}

function main(): void {
  const usage = 'usage: npm run data:synth -- --items N [--out path] [--seed S] [--compact]';
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        items: { type: 'string', short: 'n' },
        out: { type: 'string', short: 'o' },
        seed: { type: 'string', short: 's', default: '1' },
        compact: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const items = Number(values.items);
  const seed = Number(values.seed);
  if (values.items === undefined || !Number.isInteger(items) || items < 0) {
    console.error(`--items must be a whole number ≥ 0\n${usage}`);
    process.exit(2);
  }
  if (!Number.isInteger(seed)) {
    console.error(`--seed must be a whole number\n${usage}`);
    process.exit(2);
  }
  const out = resolve(values.out ?? resolve(ROOT, 'bench/tmp', `synth-${items}.json`));
  const intoDataDir = dirname(out) === resolve(ROOT, 'data');
  const started = performance.now();
  const text = synthJson(items, seed, { schema: intoDataDir, compact: values.compact });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const ms = performance.now() - started;
  console.log(
    `✓ wrote ${relative(process.cwd(), out) || out}: ${items.toLocaleString('en-GB')} items, seed ${seed}, ` +
      `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB in ${ms.toFixed(0)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
