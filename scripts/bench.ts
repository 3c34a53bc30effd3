/**
 * npm run bench [-- --runs 3 --sizes 1000,10000,100000 --skip-lighthouse]
 *
 * Builds the app, measures its JavaScript against the floor of the stack, loads it in
 * headless Chromium with synthetic datasets (load marks, long tasks, heap, filter-click
 * latency), runs Lighthouse, times the pure model functions in Node, prints a table per
 * section with the budgets, and writes bench/results.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import {
  chromiumPath,
  launchBrowser,
  runSize,
  startPreview,
  summarise,
  type PreviewServer,
  type SizeSummary,
} from './bench/browser.ts';
import { measureApp, measureFloor, type AppSize, type FloorResult } from './bench/bundle.ts';
import { LIGHTHOUSE_AUDITS, runLighthouse, type LighthouseSummary } from './bench/lighthouse.ts';
import { benchModel, MODEL_STEPS, type ModelResult } from './bench/model.ts';
import { synthDataset } from './bench/synth.ts';
import { errorMessage, kb, mark, round, runCommand, show, table } from './bench/util.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;

// ---------------------------------------------------------------------------------------
// Options

const parsed = (() => {
  try {
    return parseArgs({
      options: {
        runs: { type: 'string', default: '3' },
        sizes: { type: 'string', default: '1000,10000,100000' },
        'model-sizes': { type: 'string', default: '10000,100000' },
        clicks: { type: 'string', default: '20' },
        warmups: { type: 'string', default: '3' },
        reps: { type: 'string', default: '5' },
        checkbox: { type: 'string', default: '0' },
        port: { type: 'string', default: '4181' },
        out: { type: 'string', default: 'bench/results.json' },
        'skip-lighthouse': { type: 'boolean', default: false },
        'skip-build': { type: 'boolean', default: false },
        'skip-browser': { type: 'boolean', default: false },
        'skip-model': { type: 'boolean', default: false },
        'skip-throttled': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`${errorMessage(error)} (npm run bench -- --help for the options)`);
    process.exit(2);
  }
})();
const args = parsed.values;

if (args.help) {
  console.log(`npm run bench [-- options]
  --runs N             page loads / Lighthouse runs per measurement (default 3)
  --sizes a,b,c        synthetic dataset sizes for the browser (default 1000,10000,100000)
  --model-sizes a,b    sizes for the Node model timings (default 10000,100000)
  --clicks N           measured filter clicks per run and method, after --warmups (default 20, 3)
  --reps N             repetitions per model function (default 5, after one warm-up)
  --checkbox K         which checkbox of the Filters region to click (default 0: the first actor)
  --port P             preview server port (default 4181)
  --out path           results file (default bench/results.json)
  --skip-build | --skip-browser | --skip-lighthouse | --skip-model | --skip-throttled`);
  process.exit(0);
}

const wholeNumber = (name: string, text: string | undefined, min = 0): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return value;
};
const list = (name: string, text: string): number[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => wholeNumber(name, part.replace(/_/g, ''), 0));

const options = {
  runs: wholeNumber('runs', args.runs, 1),
  sizes: list('sizes', args.sizes),
  modelSizes: list('model-sizes', args['model-sizes']),
  clicks: wholeNumber('clicks', args.clicks, 1),
  warmups: wholeNumber('warmups', args.warmups, 0),
  repetitions: wholeNumber('reps', args.reps, 1),
  checkbox: wholeNumber('checkbox', args.checkbox, 0),
  port: wholeNumber('port', args.port, 1),
  build: !args['skip-build'],
  browser: !args['skip-browser'],
  lighthouse: !args['skip-lighthouse'],
  model: !args['skip-model'],
  throttled: !args['skip-throttled'],
};
const THROTTLED_SIZE = 10_000;
const THROTTLE_RATE = 4;

const elapsed = () => Math.round((performance.now() - started) / 1000);
/** Progress lines; a section's first line says when it started. */
const log = (line: string) => console.log(line.startsWith('▸') ? `${line} [${elapsed()} s]` : line);
/** Seconds each phase took, for results.json. */
const phases: Record<string, number> = {};
const phase = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
  const at = performance.now();
  try {
    return await work();
  } finally {
    phases[name] = Math.round((performance.now() - at) / 1000);
  }
};
const problems: string[] = [];

// ---------------------------------------------------------------------------------------
// Cleanup: the preview server and the browser never outlive the benchmark.

let server: PreviewServer | null = null;
let browser: Browser | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server?.stop();
    void browser?.close().catch(() => undefined);
    console.error(`\nstopped (${signal})`);
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------
// 1. Build

// The benchmark builds into its own directory, so that it neither disturbs nor measures
// a dist/ that someone else is building or testing at the same time. --skip-build uses dist/.
const distDir = options.build ? mkdtempSync(join(tmpdir(), 'factsheet-bench-dist-')) : resolve(ROOT, 'dist');
const removeDist = () => {
  if (options.build) rmSync(distDir, { recursive: true, force: true });
};
process.once('exit', removeDist);

let buildSeconds: number | null = null;
if (options.build) {
  log('▸ building (vite build)…');
  // The default data URL: the benchmark serves its data at /data/factsheet.json.
  const env = { ...process.env };
  delete env.VITE_DATA_URL;
  const result = await runCommand(
    './node_modules/.bin/vite',
    ['build', '--outDir', distDir, '--emptyOutDir'],
    {
      cwd: ROOT,
      env,
      timeoutMs: 300_000,
    },
  );
  if (result.code !== 0) {
    console.error(result.stdout, result.stderr);
    console.error('✗ the build failed: nothing to measure.');
    process.exit(1);
  }
  buildSeconds = round(result.ms / 1000, 1);
  phases.build = Math.round(result.ms / 1000);
  log(`  built in ${buildSeconds} s`);
}
if (loadAtStart > cpus().length * 0.5) {
  log(
    `  note: the machine is busy (load average ${loadAtStart.toFixed(1)} on ${cpus().length} cores): expect noisy timings`,
  );
}

// ---------------------------------------------------------------------------------------
// 2. JavaScript size and the floor of the stack

let app: AppSize | null = null;
let floor: FloorResult | null = null;
try {
  app = measureApp(distDir);
} catch (error) {
  problems.push(`JavaScript size: ${errorMessage(error)}`);
}
try {
  log('▸ building the floor apps (react + react-query; + recharts)…');
  floor = await phase('floor', () => measureFloor(ROOT));
  if (floor.rechartsNotInFloor.length > 0) {
    problems.push(
      `the app's chart imports recharts pieces the floor app does not: ${floor.rechartsNotInFloor.join(', ')} (update FLOOR_RECHARTS in scripts/bench/bundle.ts)`,
    );
  }
} catch (error) {
  problems.push(`floor apps: ${errorMessage(error)}`);
}

// ---------------------------------------------------------------------------------------
// 5 (run early, before Chromium competes for the CPU). Model functions in Node

const model: ModelResult[] = [];
if (options.model) {
  for (const size of options.modelSizes) {
    log(`▸ model functions in Node, ${size.toLocaleString('en-GB')} items…`);
    try {
      model.push(await phase(`model ${size}`, () => benchModel(size, options.repetitions)));
    } catch (error) {
      problems.push(`model ${size}: ${errorMessage(error)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------
// 3 and 4. The browser, then Lighthouse, against the preview server

const browserResults: {
  key: string;
  items: number;
  cpuThrottling: number;
  datasetMB: number;
  summary: SizeSummary;
}[] = [];
let lighthouse: LighthouseSummary | null = null;
let chromiumVersion: string | null = null;
let originalDataset: Buffer | null = null;

if (options.browser || options.lighthouse) {
  try {
    log(`▸ starting vite preview on port ${options.port}…`);
    server = await startPreview(ROOT, options.port, distDir);
  } catch (error) {
    problems.push(`preview server: ${errorMessage(error)}`);
  }
}

if (server && options.browser) {
  const baseUrl = server.url;
  try {
    browser = await launchBrowser();
    chromiumVersion = browser.version();
    // Each size is served as the build's own data/factsheet.json, the way a newsroom deploys
    // its data (see the README): the browser fetches it over HTTP like any reader would.
    // (Playwright's route.fulfill passes the body through the DevTools protocol, which took
    // over a second for 48 MB and measured the protocol, not the app.)
    const datasetFile = join(distDir, 'data', 'factsheet.json');
    originalDataset = readFileSync(datasetFile);
    const series = [
      ...options.sizes.map((items) => ({ items, cpuThrottling: 1 })),
      ...(options.throttled ? [{ items: THROTTLED_SIZE, cpuThrottling: THROTTLE_RATE }] : []),
    ];
    for (const { items, cpuThrottling } of series) {
      const key = cpuThrottling > 1 ? `${items}@cpu${cpuThrottling}x` : String(items);
      const label = `${items.toLocaleString('en-GB')} items${cpuThrottling > 1 ? `, CPU ${cpuThrottling}× slower` : ''}`;
      log(`▸ browser: ${label}`);
      const body = Buffer.from(JSON.stringify(synthDataset(items)));
      writeFileSync(datasetFile, body);
      const open = browser;
      const runs = await phase(`browser ${key}`, () =>
        runSize(
          open,
          {
            baseUrl,
            runs: options.runs,
            clicks: options.clicks,
            warmups: options.warmups,
            checkbox: options.checkbox,
            cpuThrottling,
            label,
          },
          log,
        ),
      );
      browserResults.push({
        key,
        items,
        cpuThrottling,
        datasetMB: round(body.length / 1024 / 1024, 1) ?? 0,
        summary: summarise(runs),
      });
    }
  } catch (error) {
    problems.push(`browser: ${errorMessage(error)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    browser = null;
    if (originalDataset) writeFileSync(join(distDir, 'data', 'factsheet.json'), originalDataset);
  }
}

if (server && options.lighthouse) {
  const url = `${server.url}/`;
  log('▸ Lighthouse (mobile preset) on the default dataset…');
  try {
    lighthouse = await phase('lighthouse', () => runLighthouse(ROOT, url, options.runs, log));
  } catch (error) {
    problems.push(`lighthouse: ${errorMessage(error)}`);
  }
}
server?.stop();
server = null;

if (!chromiumVersion) {
  try {
    const path = chromiumPath();
    if (path)
      chromiumVersion =
        execFileSync(path, ['--version'], { encoding: 'utf8' }).trim().split('\n').pop() ?? null;
  } catch {
    chromiumVersion = null;
  }
}

// ---------------------------------------------------------------------------------------
// 6. Budgets, tables and results.json

interface Budget {
  id: string;
  what: string;
  measured: number | null;
  unit: string;
  limit: string;
  aim: string | null;
  pass: boolean | null;
  note?: string;
}

const budgets: Budget[] = [];
const budget = (
  id: string,
  what: string,
  measured: number | null,
  unit: string,
  limit: string,
  test: (value: number) => boolean,
  aim: string | null = null,
  note?: string,
) => {
  budgets.push({
    id,
    what,
    measured,
    unit,
    limit,
    aim,
    pass: measured === null ? null : test(measured),
    ...(note ? { note } : {}),
  });
};

const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? a / b : null;
const exactFirstView = ratio(app?.firstView.gzip, floor?.a.gzip);
const exactTotal = ratio(app?.total.gzip, floor?.b.gzip);
const firstViewRatio = round(exactFirstView, 3);
const totalRatio = round(exactTotal, 3);
// Judged on the exact ratio; reported to three decimals.
budget(
  'js-first-view',
  'first-view JS (gzip) / floor (a)',
  firstViewRatio,
  '×',
  '≤ 1.2',
  () => (exactFirstView ?? Infinity) <= 1.2,
);
budget(
  'js-total',
  'all JS (gzip) / floor (b)',
  totalRatio,
  '×',
  '≤ 1.2',
  () => (exactTotal ?? Infinity) <= 1.2,
);

const bySize = (key: string) => browserResults.find((r) => r.key === key)?.summary;
for (const [items, limit, aim] of [
  [10_000, 50, '16.7 ms'],
  [100_000, 200, '100 ms'],
] as const) {
  const s = bySize(String(items));
  const at = `${items / 1000}k`;
  for (const [id, what, p95] of [
    ['paint', 'filter click → next paint p95', s?.clicks.nextPaint.p95],
    ['settled', 'filter click → settled DOM p95', s?.clicks.settled.p95],
    ['event-timing', 'filter click Event Timing p95 (INP-like)', s?.eventTiming.p95],
  ] as const) {
    budget(`filter-${id}-${at}`, `${what}, ${at}`, p95 ?? null, 'ms', `≤ ${limit}`, (v) => v <= limit, aim);
  }
}
{
  const s = bySize('100000');
  budget(
    'load-100k',
    '100k: loaded, validated, first section shown',
    s?.load.firstSection ?? null,
    'ms',
    '≤ 1500',
    (v) => v <= 1500,
    null,
    s?.load.firstSectionSource === 'heading-painted' ? 'no rendered mark: heading painted' : undefined,
  );
  const during = s?.blocking.longestBlockDuringValidation ?? null;
  budget(
    'validation-block-100k',
    '100k: longest main-thread block, fetched → validated',
    during ?? s?.blocking.longestBlock ?? null,
    'ms',
    '≤ 200',
    (v) => v <= 200,
    null,
    during === null && s ? 'marks missing: longest block of the whole load instead' : undefined,
  );
}
budget(
  'lighthouse-performance',
  'Lighthouse mobile performance',
  lighthouse?.scores.performance ?? null,
  '',
  '≥ 95',
  (v) => v >= 95,
);
budget(
  'lighthouse-accessibility',
  'Lighthouse accessibility',
  lighthouse?.scores.accessibility ?? null,
  '',
  '= 100',
  (v) => v === 100,
);
budget(
  'lighthouse-best-practices',
  'Lighthouse best practices',
  lighthouse?.scores['best-practices'] ?? null,
  '',
  '= 100',
  (v) => v === 100,
);
budget(
  'lighthouse-cls',
  'Lighthouse CLS',
  lighthouse?.audits['cumulative-layout-shift'] ?? null,
  '',
  '< 0.05',
  (v) => v < 0.05,
);

const budgetOf = (id: string) => budgets.find((b) => b.id === id);
const check = (id: string) => mark(budgetOf(id)?.pass ?? null);

// --- Tables

const out: string[] = [];
const section = (title: string, body: string) => out.push(`\n${title}\n${body}`);

if (app || floor) {
  const rows: string[][] = [];
  if (app) {
    rows.push([
      `first view (${app.firstView.files.length} files)`,
      show(app.firstView.rawKB),
      show(app.firstView.gzipKB),
      floor ? `≤ ${show(kb(floor.a.gzip * 1.2))} (1.2 × a)` : '≤ 1.2 × a',
      firstViewRatio === null ? '–' : `${show(firstViewRatio, 3)}×`,
      check('js-first-view'),
    ]);
    rows.push([
      `all JS (${app.total.files.length} files)`,
      show(app.total.rawKB),
      show(app.total.gzipKB),
      floor ? `≤ ${show(kb(floor.b.gzip * 1.2))} (1.2 × b)` : '≤ 1.2 × b',
      totalRatio === null ? '–' : `${show(totalRatio, 3)}×`,
      check('js-total'),
    ]);
  }
  if (floor) {
    rows.push([
      'floor (a) react, react-dom, react-query',
      show(floor.a.rawKB),
      show(floor.a.gzipKB),
      '',
      '',
      '',
    ]);
    rows.push([
      'floor (b) (a) + recharts pieces used',
      show(floor.b.rawKB),
      show(floor.b.gzipKB),
      '',
      '',
      '',
    ]);
  }
  section(
    'JavaScript (KB; gzip -9 per file, summed)',
    table(['', 'raw', 'gzip', 'budget (gzip)', 'ratio', ''], rows),
  );
}

if (browserResults.length > 0) {
  const head = [
    '',
    ...browserResults.map((r) =>
      r.cpuThrottling > 1 ? `${r.items / 1000}k @${r.cpuThrottling}×cpu` : `${r.items / 1000}k`,
    ),
  ];
  const row = (label: string, pick: (s: SizeSummary) => number | null, digits = 0) => [
    label,
    ...browserResults.map((r) => show(pick(r.summary), digits)),
  ];
  // The app's marks in the order they happened at the largest size.
  const markOrder = [
    ...new Set(
      [...browserResults].sort((a, b) => b.items - a.items).flatMap((r) => Object.keys(r.summary.load.marks)),
    ),
  ];
  const loadRows = [
    ['dataset (MB, served over HTTP, uncompressed)', ...browserResults.map((r) => show(r.datasetMB, 1))],
    row('nav → first section shown', (s) => s.load.firstSection),
    [
      '  Key figures heading: in DOM / painted',
      ...browserResults.map(
        (r) => `${show(r.summary.load.headingInDom, 0)} / ${show(r.summary.load.headingPainted, 0)}`,
      ),
    ],
    row('nav → first contentful paint', (s) => s.load.firstContentfulPaint),
    row('nav → factsheet:load-start', (s) => s.load.navigationToLoadStart),
    row('load-start → validated', (s) => s.load.loadStartToValidated),
    ...markOrder.map((name) => [
      `  load-start → ${name.replace('factsheet:', '')} (+step)`,
      ...browserResults.map((r) => {
        const m = r.summary.load.marks[name];
        return m ? `${show(m.sinceLoadStart, 0)} (+${show(m.step, 0)})` : '–';
      }),
    ]),
    row('longest main-thread block until shown', (s) => s.blocking.longestBlock),
    row('total blocking time until shown (LoAF)', (s) => s.blocking.totalBlockingTime),
    row('longest block, fetched → validated', (s) => s.blocking.longestBlockDuringValidation),
    [
      '  Long Tasks API only: longest / TBT',
      ...browserResults.map(
        (r) =>
          `${show(r.summary.blocking.longTasks.longest, 0)} / ${show(r.summary.blocking.longTasks.totalBlockingTime, 0)}`,
      ),
    ],
    row('JS heap after load (MB)', (s) => s.heapMB, 1),
    ['loads completed', ...browserResults.map((r) => `${r.summary.completedLoads}/${r.summary.runs}`)],
  ];
  const load100 = budgetOf('load-100k');
  const block100 = budgetOf('validation-block-100k');
  section(
    `Load in Chromium (ms, median of ${options.runs} run${options.runs === 1 ? '' : 's'}) — budgets at 100k: ` +
      `first section ≤ 1500 ms ${mark(load100?.pass ?? null)}, no task > 200 ms in validation ${mark(block100?.pass ?? null)}`,
    table(head, loadRows),
  );
  const notes = browserResults.flatMap((r) => {
    const lines: string[] = [];
    if (r.summary.load.marksMissing.length > 0) {
      lines.push(
        `${r.key}: marks not recorded by the app: ${r.summary.load.marksMissing.join(', ')}` +
          (r.summary.load.marksMissing.includes('factsheet:rendered')
            ? ' (first section shown = the paint after <h2>Key figures</h2> entered the DOM)'
            : ''),
      );
    }
    return lines;
  });
  if (notes.length > 0) out.push([...new Set(notes)].map((n) => `  note: ${n}`).join('\n'));

  const clickRows = browserResults.map((r) => {
    const s = r.summary;
    const limit = r.items >= 100_000 ? 200 : r.items >= 10_000 ? 50 : null;
    const worst = Math.max(
      s.clicks.nextPaint.p95 ?? Infinity,
      s.clicks.settled.p95 ?? Infinity,
      s.eventTiming.p95 ?? Infinity,
    );
    const pass =
      limit === null || r.cpuThrottling > 1 ? null : Number.isFinite(worst) ? worst <= limit : null;
    const et = (v: number | null) => (v !== null && v <= 16 ? '≤16' : show(v, 1));
    return [
      head[browserResults.indexOf(r) + 1] as string,
      String(s.clicks.samples),
      show(s.clicks.nextPaint.median, 1),
      show(s.clicks.nextPaint.p95, 1),
      show(s.clicks.settled.median, 1),
      show(s.clicks.settled.p95, 1),
      `${s.eventTiming.samples}`,
      et(s.eventTiming.median),
      et(s.eventTiming.p95),
      limit === null ? '' : r.cpuThrottling > 1 ? '(info)' : `p95 ≤ ${limit}`,
      pass === null ? '' : mark(pass),
    ];
  });
  section(
    'Filter click latency (ms; in-page: element.click() → next paint / → result line changed + paint; ' +
      'Event Timing: trusted click, longest click/pointerup entry, ≤16 = under the API threshold)',
    table(
      [
        '',
        'n',
        'paint med',
        'paint p95',
        'settled med',
        'settled p95',
        'ET n',
        'ET med',
        'ET p95',
        'budget',
        '',
      ],
      clickRows,
    ),
  );
  const failures = browserResults.flatMap((r) => r.summary.failures.map((f) => `${r.key}: ${f}`));
  if (failures.length > 0) out.push(failures.map((f) => `  failed: ${f}`).join('\n'));
}

if (lighthouse) {
  const l = lighthouse;
  const rows = [
    ['performance', show(l.scores.performance, 0), '≥ 95', check('lighthouse-performance')],
    ['accessibility', show(l.scores.accessibility, 0), '100', check('lighthouse-accessibility')],
    ['best-practices', show(l.scores['best-practices'], 0), '100', check('lighthouse-best-practices')],
    ...LIGHTHOUSE_AUDITS.map(([id, label, unit]) => [
      `${label}${unit ? ` (${unit})` : ''}`,
      show(l.audits[id], id === 'cumulative-layout-shift' ? 3 : 0),
      id === 'cumulative-layout-shift' ? '< 0.05' : '',
      id === 'cumulative-layout-shift' ? check('lighthouse-cls') : '',
    ]),
  ];
  section(
    `Lighthouse ${l.version ?? ''} mobile preset, default dataset (median of ${l.completed}/${l.runs} runs)`,
    table(['', 'value', 'budget', ''], rows),
  );
  if (l.failedAudits.length > 0) out.push(`  audits below full marks: ${l.failedAudits.join(', ')}`);
  if (l.failures.length > 0) out.push(l.failures.map((f) => `  failed: ${f}`).join('\n'));
}

if (model.length > 0) {
  const rows: string[][] = MODEL_STEPS.map(([key, label]) => [
    label,
    ...model.map((m) => show(m.timings[key].median, 1)),
  ]);
  rows.push([
    '(items matched: actor / text / dates)',
    ...model.map((m) => `${m.matches.oneActor}/${m.matches.text}/${m.matches.dateRange}`),
  ]);
  section(
    `Model functions in Node (ms, median of ${options.repetitions} after a warm-up)`,
    table(['', ...model.map((m) => `${m.items / 1000}k`)], rows),
  );
}

section(
  'Budgets',
  table(
    ['', 'measured', 'budget', 'aim', ''],
    budgets.map((b) => [
      b.what + (b.note ? ` (${b.note})` : ''),
      b.measured === null
        ? 'not measured'
        : `${show(b.measured, b.unit === '×' ? 3 : b.id === 'lighthouse-cls' ? 3 : b.unit ? 1 : 0)}${b.unit === '×' ? '×' : b.unit ? ` ${b.unit}` : ''}`,
      `${b.limit}${b.unit && b.unit !== '×' ? ` ${b.unit}` : ''}`,
      b.aim ?? '',
      mark(b.pass),
    ]),
  ),
);
if (problems.length > 0) out.push(problems.map((p) => `  problem: ${p}`).join('\n'));

const seconds = (performance.now() - started) / 1000;
out.push(
  `\n${budgets.filter((b) => b.pass === true).length} budgets met, ${budgets.filter((b) => b.pass === false).length} missed, ${budgets.filter((b) => b.pass === null).length} not measured; took ${Math.round(seconds)} s.`,
);
console.log(out.join('\n'));

// --- results.json: fixed key order, rounded numbers

const gitInfo = (() => {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
})();

const sizeJson = (files: { file: string; raw: number; gzip: number }[]) =>
  files.map((f) => ({ file: f.file.replace(/-[\w-]{8}(?=\.m?js$)/, '-[hash]'), raw: f.raw, gzip: f.gzip }));

const results = {
  date: new Date().toISOString().slice(0, 16) + 'Z',
  durationSeconds: Math.round(seconds),
  phaseSeconds: phases,
  machine: {
    node: process.version,
    os: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model.trim() ?? null,
    cores: cpus().length,
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    loadAverageAtStart: round(loadAtStart, 1),
    loadAverageAtEnd: round(loadavg()[0], 1),
    chromium: chromiumVersion,
    lighthouse: lighthouse?.version ?? null,
  },
  git: gitInfo,
  config: {
    runs: options.runs,
    sizes: options.sizes,
    throttled: options.throttled ? { items: THROTTLED_SIZE, cpuThrottling: THROTTLE_RATE } : null,
    clicks: options.clicks,
    warmups: options.warmups,
    checkbox: options.checkbox,
    modelSizes: options.modelSizes,
    modelRepetitions: options.repetitions,
    seed: 1,
  },
  build: { seconds: buildSeconds },
  javascript: {
    firstView: app
      ? {
          raw: app.firstView.raw,
          gzip: app.firstView.gzip,
          rawKB: app.firstView.rawKB,
          gzipKB: app.firstView.gzipKB,
          files: sizeJson(app.firstView.files),
        }
      : null,
    total: app
      ? {
          raw: app.total.raw,
          gzip: app.total.gzip,
          rawKB: app.total.rawKB,
          gzipKB: app.total.gzipKB,
          files: sizeJson(app.total.files),
        }
      : null,
    floor: floor
      ? {
          a: {
            what: 'react, react-dom/client, @tanstack/react-query',
            raw: floor.a.raw,
            gzip: floor.a.gzip,
            rawKB: floor.a.rawKB,
            gzipKB: floor.a.gzipKB,
          },
          b: {
            what: `(a) + recharts ${floor.rechartsUsedByApp.join(', ')}`,
            raw: floor.b.raw,
            gzip: floor.b.gzip,
            rawKB: floor.b.rawKB,
            gzipKB: floor.b.gzipKB,
          },
        }
      : null,
    firstViewToFloorA: firstViewRatio,
    totalToFloorB: totalRatio,
  },
  browser: Object.fromEntries(
    browserResults.map((r) => [
      r.key,
      { items: r.items, cpuThrottling: r.cpuThrottling, datasetMB: r.datasetMB, ...r.summary },
    ]),
  ),
  lighthouse,
  model: Object.fromEntries(
    model.map((m) => [
      String(m.items),
      {
        jsonMB: m.jsonMB,
        matches: m.matches,
        medianMs: Object.fromEntries(MODEL_STEPS.map(([key]) => [key, m.timings[key].median])),
      },
    ]),
  ),
  budgets,
  problems,
};

const outFile = resolve(ROOT, args.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${relative(process.cwd(), outFile)}`);
