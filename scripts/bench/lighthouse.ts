/**
 * Lighthouse 12.2.3 (mobile preset, its default) against the preview server with the
 * default dataset, run as a child process once per run; medians of the scores and audits.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from './browser.ts';
import { errorMessage, median, round, runCommand } from './util.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export const LIGHTHOUSE_AUDITS = [
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['first-contentful-paint', 'FCP', 'ms'],
  ['speed-index', 'Speed Index', 'ms'],
] as const;

type Category = (typeof LIGHTHOUSE_CATEGORIES)[number];
type Audit = (typeof LIGHTHOUSE_AUDITS)[number][0];

interface Report {
  lighthouseVersion?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories?: Partial<
    Record<Category, { score: number | null; auditRefs?: { id: string; weight: number }[] }>
  >;
  audits?: Partial<
    Record<
      string,
      { score: number | null; numericValue?: number; title?: string; details?: { items?: unknown[] } }
    >
  >;
}

export interface LighthouseRun {
  scores: Record<Category, number | null>;
  audits: Record<Audit, number | null>;
  /** Accessibility and best-practices audits that failed ("category: audit"), to see why a score is under 100. */
  failedAudits: string[];
}

export interface LighthouseSummary {
  version: string | null;
  runs: number;
  completed: number;
  failures: string[];
  scores: Record<Category, number | null>;
  audits: Record<Audit, number | null>;
  failedAudits: string[];
}

function readReport(path: string): LighthouseRun {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((id) => {
      const score = report.categories?.[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const audits = Object.fromEntries(
    LIGHTHOUSE_AUDITS.map(([id]) => [id, report.audits?.[id]?.numericValue ?? null]),
  ) as Record<Audit, number | null>;
  const failedAudits = (['accessibility', 'best-practices'] as const).flatMap((category) =>
    (report.categories?.[category]?.auditRefs ?? [])
      .filter((ref) => {
        const score = report.audits?.[ref.id]?.score;
        return typeof score === 'number' && score < 1;
      })
      .map((ref) => `${category}: ${ref.id}`),
  );
  return { scores, audits, failedAudits };
}

export async function runLighthouse(
  root: string,
  url: string,
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseSummary> {
  const cli = resolve(root, 'node_modules/lighthouse/cli/index.js');
  const outDir = resolve(root, 'bench/tmp/lighthouse');
  mkdirSync(outDir, { recursive: true });
  const version = existsSync(resolve(root, 'node_modules/lighthouse/package.json'))
    ? (
        JSON.parse(readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8')) as {
          version: string;
        }
      ).version
    : null;
  const results: LighthouseRun[] = [];
  const failures: string[] = [];
  if (!existsSync(cli)) {
    failures.push('lighthouse is not installed (npm install -D --save-exact lighthouse@12.2.3)');
    return summarise(version, runs, results, failures);
  }
  const chrome = chromiumPath();
  for (let i = 0; i < runs; i++) {
    log(`  lighthouse: run ${i + 1}/${runs}`);
    const output = join(outDir, `run-${i + 1}.json`);
    try {
      const result = await runCommand(
        process.execPath,
        [
          cli,
          url,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
          `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          '--quiet',
        ],
        {
          cwd: root,
          env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
          timeoutMs: 240_000,
        },
      );
      if (result.code !== 0 || !existsSync(output)) {
        throw new Error(`exit code ${result.code}: ${(result.stderr || result.stdout).trim().slice(-400)}`);
      }
      const run = readReport(output);
      results.push(run);
      log(
        `    performance ${run.scores.performance ?? '?'}, accessibility ${run.scores.accessibility ?? '?'}, ` +
          `best-practices ${run.scores['best-practices'] ?? '?'}`,
      );
    } catch (error) {
      failures.push(`run ${i + 1}: ${errorMessage(error)}`);
      log(`    failed: ${errorMessage(error)}`);
    }
  }
  return summarise(version, runs, results, failures);
}

function summarise(
  version: string | null,
  runs: number,
  results: readonly LighthouseRun[],
  failures: string[],
): LighthouseSummary {
  const med = (values: (number | null)[], digits: number) =>
    round(median(values.filter((v): v is number => v !== null)), digits);
  return {
    version,
    runs,
    completed: results.length,
    failures,
    scores: Object.fromEntries(
      LIGHTHOUSE_CATEGORIES.map((id) => [
        id,
        med(
          results.map((r) => r.scores[id]),
          0,
        ),
      ]),
    ) as Record<Category, number | null>,
    audits: Object.fromEntries(
      LIGHTHOUSE_AUDITS.map(([id]) => [
        id,
        med(
          results.map((r) => r.audits[id]),
          id === 'cumulative-layout-shift' ? 3 : 0,
        ),
      ]),
    ) as Record<Audit, number | null>,
    failedAudits: [...new Set(results.flatMap((r) => r.failedAudits))].sort(),
  };
}
