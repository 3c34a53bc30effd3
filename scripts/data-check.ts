/**
 * npm run data:check [file]: checks a dataset against the format's rules, prints every
 * problem and exits non-zero when there is any. Default file: data/factsheet.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../src/data/parse.ts';
import { formatProblem } from '../src/data/validate.ts';

const file = resolve(process.argv[2] ?? 'data/factsheet.json');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`✗ ${file}: cannot read the file (${(error as Error).message})`);
  process.exit(2);
}

const result = parseDataset(text);
if (result.ok) {
  const d = result.data;
  console.log(
    `✓ ${file} is valid: ${d.figures.length} figures, ${d.events.length} events, ` +
      `${d.statements.length} statements, ${d.sources.length} sources, ${d.metrics.length} metrics, ` +
      `${d.actors.length} actors, ${d.topics.length} topics.`,
  );
} else {
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  const n = result.problems.length;
  console.error(`✗ ${file}: ${n} problem${n === 1 ? '' : 's'}.`);
  process.exit(1);
}
