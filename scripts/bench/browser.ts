/**
 * The built app in headless Chromium with a synthetic dataset served in place of the
 * real one: load timing (the app's performance marks), long tasks, JS heap, and the
 * latency of a filter click measured in-page and with the Event Timing API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  PROBE_SCRIPT,
  type ClickMeasure,
  type EventEntry,
  type LongFrame,
  type LongTask,
  type ProbeWindow,
} from './page-probe.ts';
import { errorMessage, median, percentile, round, withTimeout } from './util.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
];

export function chromiumPath(): string | undefined {
  return [
    process.env.PW_CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((path): path is string => Boolean(path && existsSync(path)));
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
}

// ---------------------------------------------------------------------------------------
// The preview server

export interface PreviewServer {
  url: string;
  stop(): void;
}

/** Starts `vite preview` on the built app (the binary itself, so killing its pid frees the port). */
export async function startPreview(root: string, port: number, outDir = 'dist'): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    './node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const state = { exited: false };
  child.on('exit', () => (state.exited = true));
  const stop = () => {
    if (!state.exited && child.pid !== undefined) child.kill('SIGTERM');
  };
  // Whatever happens to the benchmark, the server goes with it.
  process.once('exit', stop);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (state.exited) throw new Error(`vite preview exited: ${output.trim().slice(0, 400)}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s: ${output.trim().slice(0, 400)}`);
}

// ---------------------------------------------------------------------------------------
// One page load and its measurements

export const MARKS = [
  'factsheet:load-start',
  'factsheet:fetched',
  'factsheet:parsed',
  'factsheet:validated',
  'factsheet:indexed',
  'factsheet:rendered',
] as const;
type MarkName = (typeof MARKS)[number];

export interface LoadRun {
  /** ms since navigation start, null when the app did not record the mark. */
  marks: Record<MarkName, number | null>;
  /** Navigation start to the first rendered section: the app's mark, or the heading fallback. */
  firstSection: number | null;
  firstSectionSource: 'mark' | 'heading-painted' | null;
  /** When <h2>Key figures</h2> entered the DOM (MutationObserver), ms since navigation start. */
  headingInDom: number | null;
  /** ... and the next paint after that (rAF + MessageChannel). */
  headingPainted: number | null;
  firstContentfulPaint: number | null;
  /** Long Tasks API, navigation until the first section is shown. */
  longTasks: { count: number; longest: number; totalBlockingTime: number } | null;
  /** Long Animation Frames API, same window: total blocking time is the sum of blockingDuration. */
  frames: { count: number; longestBlock: number; totalBlockingTime: number } | null;
  /** Longest main-thread block until shown: long tasks, and frame blocks the Long Tasks API missed. */
  longestBlock: number | null;
  /** The same within fetched → validated (parse, index, validation), when both marks exist. */
  longestBlockDuringValidation: number | null;
}

export interface SizeRun {
  load: LoadRun | null;
  heapMB: number | null;
  clicks: { nextPaint: number[]; settled: number[] };
  /** Per trusted click: the longest click/pointerup Event Timing entry, null when under 16 ms. */
  eventTiming: (number | null)[];
  failures: string[];
}

const STEP_TIMEOUT = 60_000;

const probe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    return {
      longtasks: w.__bench.longtasks,
      frames: w.__bench.frames,
      headingAt: w.__bench.headingAt,
      headingPaintedAt: w.__bench.headingPaintedAt,
      observers: w.__bench.observers,
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, start: m.startTime })),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      now: performance.now(),
    };
  });

function summariseLoad(data: Awaited<ReturnType<typeof probe>>): LoadRun {
  const marks = Object.fromEntries(
    MARKS.map((name) => [name, data.marks.find((m) => m.name === name)?.start ?? null]),
  ) as Record<MarkName, number | null>;
  const rendered = marks['factsheet:rendered'];
  const firstSection = rendered ?? data.headingPaintedAt;
  // Blocking is counted until the section is on screen: the paint after the heading, or the mark.
  const until = Math.max(firstSection ?? data.now, data.headingPaintedAt ?? 0);
  const tasks: LongTask[] = data.longtasks.filter((task) => task.start < until);
  const frames: LongFrame[] = data.frames.filter((frame) => frame.start < until);
  const fetched = marks['factsheet:fetched'];
  const validated = marks['factsheet:validated'];
  const overlaps = (start: number, duration: number) =>
    fetched !== null && validated !== null && start < validated && start + duration > fetched;
  return {
    marks,
    firstSection,
    firstSectionSource:
      rendered !== null ? 'mark' : data.headingPaintedAt !== null ? 'heading-painted' : null,
    headingInDom: data.headingAt,
    headingPainted: data.headingPaintedAt,
    firstContentfulPaint: data.fcp,
    longTasks: data.observers.longtask
      ? {
          count: tasks.length,
          longest: Math.max(0, ...tasks.map((t) => t.duration)),
          totalBlockingTime: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        }
      : null,
    frames: data.observers.frame
      ? {
          count: frames.length,
          longestBlock: Math.max(0, ...frames.map((f) => frameBlock(f, data.longtasks))),
          totalBlockingTime: frames.reduce((sum, f) => sum + f.blocking, 0),
        }
      : null,
    longestBlock:
      data.observers.longtask || data.observers.frame ? longestBlock(tasks, frames, data.longtasks) : null,
    longestBlockDuringValidation:
      fetched !== null && validated !== null
        ? longestBlock(
            data.longtasks.filter((t) => overlaps(t.start, t.duration)),
            data.frames.filter((f) => overlaps(f.start, f.duration)),
            data.longtasks,
          )
        : null,
  };
}

/**
 * The longest block within a long animation frame. Its blockingDuration is the sum of
 * (task − 50 ms) over its long tasks (plus rendering); what the Long Tasks API did not
 * report (Chromium leaves out work done in a promise continuation after a fetch) is the
 * remainder, one block of about remainder + 50 ms.
 */
function frameBlock(frame: LongFrame, allTasks: readonly LongTask[]): number {
  const inside = allTasks.filter((t) => t.start >= frame.start - 1 && t.start < frame.start + frame.duration);
  const reported = inside.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const remainder = frame.blocking - reported;
  return Math.max(0, ...inside.map((t) => t.duration), remainder > 5 ? remainder + 50 : 0);
}

function longestBlock(
  tasks: readonly LongTask[],
  frames: readonly LongFrame[],
  allTasks: readonly LongTask[],
): number {
  return Math.max(0, ...tasks.map((t) => t.duration), ...frames.map((f) => frameBlock(f, allTasks)));
}

/** Waits until no long task has ended for `quietMs` (at most maxMs): lazy charts and effects done. */
async function waitQuiet(page: Page, quietMs = 500, maxMs = 15_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const { lastEnd, now } = await page.evaluate(() => {
      const probe = (window as unknown as ProbeWindow).__bench;
      const ends = [...probe.longtasks, ...probe.frames].map((entry) => entry.start + entry.duration);
      return { lastEnd: Math.max(0, ...ends), now: performance.now() };
    });
    if (now - lastEnd >= quietMs) return;
    await page.waitForTimeout(100);
  }
}

export interface RunOptions {
  baseUrl: string;
  clicks: number;
  warmups: number;
  /** nth checkbox in the "All filters" panel ("Claimed by" comes first). */
  checkbox: number;
  cpuThrottling: number;
}

async function oneRun(
  context: BrowserContext,
  options: RunOptions,
  log: (line: string) => void,
): Promise<SizeRun> {
  const run: SizeRun = {
    load: null,
    heapMB: null,
    clicks: { nextPaint: [], settled: [] },
    eventTiming: [],
    failures: [],
  };
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.addInitScript({ content: PROBE_SCRIPT });
  const cdp = await context.newCDPSession(page);
  if (options.cpuThrottling > 1)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });

  // Load
  try {
    await page.goto(`${options.baseUrl}/`, { waitUntil: 'commit', timeout: STEP_TIMEOUT });
    const heading = page.getByRole('heading', { level: 2, name: 'Key figures', exact: true });
    const alert = page.getByRole('alert');
    await heading.or(alert).first().waitFor({ timeout: STEP_TIMEOUT });
    if (await alert.count()) {
      const text = (await alert.first().innerText()).replace(/\s+/g, ' ').slice(0, 200);
      throw new Error(`the app showed an error: ${text}`);
    }
    // The mark may come an effect or a frame after the heading.
    await page
      .waitForFunction(() => performance.getEntriesByName('factsheet:rendered').length > 0, null, {
        timeout: 3000,
      })
      .catch(() => undefined);
    run.load = summariseLoad(await probe(page));
  } catch (error) {
    run.failures.push(`load: ${errorMessage(error)}`);
    return run;
  }

  await waitQuiet(page).catch(() => undefined);

  // JS heap after load
  try {
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), STEP_TIMEOUT, 'garbage collection');
    const heap = await withTimeout(cdp.send('Runtime.getHeapUsage'), STEP_TIMEOUT, 'heap usage');
    run.heapMB = heap.usedSize / 1024 / 1024;
  } catch (error) {
    run.failures.push(`heap: ${errorMessage(error)}`);
  }

  // The facets are in the "All filters" panel: open it once, then click inside it. Opened
  // in-page, as a reader at the top of the page would: Playwright's click would first scroll
  // the button into view, which puts the charts on screen and measures a different page.
  try {
    await page
      .getByRole('button', { name: /^All filters/ })
      .evaluate((button: HTMLElement) => button.click(), undefined, { timeout: STEP_TIMEOUT });
  } catch (error) {
    run.failures.push(`opening the filters: ${errorMessage(error)}`);
  }
  const checkbox = page
    .getByRole('dialog', { name: 'All filters' })
    .getByRole('checkbox')
    .nth(options.checkbox);

  // Filter clicks measured in-page: element.click() to the next paint, and to the paint
  // after the result line shows the new count.
  try {
    for (let i = 0; i < options.warmups + options.clicks; i++) {
      const result: ClickMeasure = await withTimeout(
        checkbox.evaluate(
          (box, timeout) => (window as unknown as ProbeWindow).__bench.clickAndMeasure(box, timeout),
          STEP_TIMEOUT,
        ),
        STEP_TIMEOUT + 5000,
        'a filter click',
      );
      if ('error' in result) throw new Error(result.error);
      if (i >= options.warmups) {
        run.clicks.nextPaint.push(result.nextPaint);
        run.clicks.settled.push(result.settled);
      }
      // Let the work that follows the visible update (charts, lists) finish before the next click.
      await page.evaluate(() => (window as unknown as ProbeWindow).__bench.idle());
    }
  } catch (error) {
    run.failures.push(`in-page clicks (after ${run.clicks.settled.length} samples): ${errorMessage(error)}`);
  }

  // Trusted clicks (Playwright's mouse) and the Event Timing entries they produce.
  try {
    for (let i = 0; i < options.warmups + options.clicks; i++) {
      const before = await page.evaluate(() => {
        const w = window as unknown as ProbeWindow;
        return { count: w.__bench.events.length, line: w.__bench.resultLine() };
      });
      await checkbox.click({ timeout: STEP_TIMEOUT });
      await page.waitForFunction(
        (line) => (window as unknown as ProbeWindow).__bench.resultLine() !== line,
        before.line,
        { timeout: STEP_TIMEOUT },
      );
      // Event Timing entries arrive after the frame that follows the event.
      await page.evaluate(() =>
        (window as unknown as ProbeWindow).__bench
          .afterPaint()
          .then(() => (window as unknown as ProbeWindow).__bench.afterPaint()),
      );
      await page.waitForTimeout(100);
      const entries: EventEntry[] = await page.evaluate(
        (from) => (window as unknown as ProbeWindow).__bench.events.slice(from),
        before.count,
      );
      await page.evaluate(() => (window as unknown as ProbeWindow).__bench.idle());
      if (i >= options.warmups) {
        const durations = entries
          .filter((e) => e.name === 'click' || e.name === 'pointerup')
          .map((e) => e.duration);
        run.eventTiming.push(durations.length > 0 ? Math.max(...durations) : null);
      }
    }
  } catch (error) {
    run.failures.push(`trusted clicks (after ${run.eventTiming.length} samples): ${errorMessage(error)}`);
  }
  log(
    `    load ${round(run.load.firstSection, 0) ?? '?'} ms, heap ${round(run.heapMB, 1) ?? '?'} MB, ` +
      `click→paint median ${round(median(run.clicks.nextPaint), 1) ?? '?'} ms, settled ${round(median(run.clicks.settled), 1) ?? '?'} ms` +
      (run.failures.length ? `; ${run.failures.length} failure(s)` : ''),
  );
  return run;
}

export async function runSize(
  browser: Browser,
  options: RunOptions & { runs: number; label: string },
  log: (line: string) => void,
): Promise<SizeRun[]> {
  const runs: SizeRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    log(`  ${options.label}: run ${i + 1}/${options.runs}`);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      // vite preview gzips every response on the fly, 48 MB in about a second on these
      // machines; a static host or CDN serves a file compressed once, ahead of time. On
      // localhost the closest to that is no compression at all.
      extraHTTPHeaders: { 'Accept-Encoding': 'identity' },
    });
    try {
      // The whole run is bounded too: every step has its own timeout, this catches the rest.
      const budget = STEP_TIMEOUT * 4 + (options.warmups + options.clicks) * 2 * 10_000;
      runs.push(await withTimeout(oneRun(context, options, log), budget, 'a benchmark run'));
    } catch (error) {
      runs.push({
        load: null,
        heapMB: null,
        clicks: { nextPaint: [], settled: [] },
        eventTiming: [],
        failures: [`run: ${errorMessage(error)}`],
      });
      log(`    failed: ${errorMessage(error)}`);
    } finally {
      await context.close().catch(() => undefined);
    }
  }
  return runs;
}

// ---------------------------------------------------------------------------------------
// Summaries across runs

const ms = (value: number | null) => round(value, 1);

export interface MarkSummary {
  /** Median ms from factsheet:load-start to this mark. */
  sinceLoadStart: number | null;
  /** Median ms from the mark that came just before it (in time, in that run) to this one. */
  step: number | null;
  /** The mark that came just before it in the first run that recorded it. */
  after: string | null;
}

export interface SizeSummary {
  runs: number;
  completedLoads: number;
  failures: string[];
  load: {
    firstSection: number | null;
    firstSectionSource: string | null;
    headingInDom: number | null;
    headingPainted: number | null;
    firstContentfulPaint: number | null;
    /** Navigation start to factsheet:load-start: HTML, scripts and the app's start-up. */
    navigationToLoadStart: number | null;
    loadStartToValidated: number | null;
    /** The app's marks in the order they happened (validation may run in parallel with parsing). */
    marks: Record<string, MarkSummary>;
    marksMissing: string[];
  };
  blocking: {
    /** Longest main-thread block until shown (Long Tasks and Long Animation Frames). */
    longestBlock: number | null;
    /** Sum of the long animation frames' blocking time until shown. */
    totalBlockingTime: number | null;
    longestBlockDuringValidation: number | null;
    longTasks: { longest: number | null; totalBlockingTime: number | null; count: number | null };
  };
  heapMB: number | null;
  clicks: {
    samples: number;
    nextPaint: { median: number | null; p95: number | null };
    settled: { median: number | null; p95: number | null };
  };
  eventTiming: {
    samples: number;
    /** Samples with no click/pointerup entry: the interaction took under 16 ms (the API's floor). */
    underThreshold: number;
    /** Under-threshold samples count as 16 ms (an upper bound). */
    median: number | null;
    p95: number | null;
  };
}

const medianOf = (
  runs: readonly SizeRun[],
  pick: (run: SizeRun) => number | null | undefined,
): number | null =>
  median(runs.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));

const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? b - a : null);

/** Present marks of one run in time order, with the step from the previous one. */
function orderedMarks(
  run: SizeRun,
): { name: MarkName; at: number; step: number | null; after: MarkName | null }[] {
  const present = MARKS.map((name) => ({ name, at: run.load?.marks[name] ?? null }))
    .filter((m): m is { name: MarkName; at: number } => m.at !== null)
    .sort((a, b) => a.at - b.at);
  return present.map((m, i) => {
    const previous = i > 0 ? present[i - 1] : undefined;
    return { ...m, step: previous ? m.at - previous.at : null, after: previous?.name ?? null };
  });
}

export function summarise(runs: readonly SizeRun[]): SizeSummary {
  const loads = runs.filter((r) => r.load !== null);
  const mark = (run: SizeRun, name: MarkName) => run.load?.marks[name] ?? null;
  const span = (from: MarkName, to: MarkName) => ms(medianOf(loads, (r) => diff(mark(r, from), mark(r, to))));
  const nextPaint = runs.flatMap((r) => r.clicks.nextPaint);
  const settled = runs.flatMap((r) => r.clicks.settled);
  const events = runs.flatMap((r) => r.eventTiming);
  const eventValues = events.map((v) => v ?? 16);
  const sources = [...new Set(loads.map((r) => r.load?.firstSectionSource).filter(Boolean))];
  const ordered = loads.map(orderedMarks);
  const order = MARKS.filter(
    (name) => name !== 'factsheet:load-start' && loads.some((r) => mark(r, name) !== null),
  ).sort((a, b) => (medianOf(loads, (r) => mark(r, a)) ?? 0) - (medianOf(loads, (r) => mark(r, b)) ?? 0));
  const marks: Record<string, MarkSummary> = {};
  for (const name of order) {
    const steps = ordered.map((list) => list.find((m) => m.name === name)).filter((m) => m !== undefined);
    marks[name] = {
      sinceLoadStart: span('factsheet:load-start', name),
      step: ms(median(steps.map((m) => m.step).filter((v): v is number => v !== null))),
      after: steps[0]?.after ?? null,
    };
  }
  return {
    runs: runs.length,
    completedLoads: loads.length,
    failures: runs.flatMap((r, at) => r.failures.map((f) => `run ${at + 1}: ${f}`)),
    load: {
      firstSection: ms(medianOf(loads, (r) => r.load?.firstSection)),
      firstSectionSource: sources.join(', ') || null,
      headingInDom: ms(medianOf(loads, (r) => r.load?.headingInDom)),
      headingPainted: ms(medianOf(loads, (r) => r.load?.headingPainted)),
      firstContentfulPaint: ms(medianOf(loads, (r) => r.load?.firstContentfulPaint)),
      navigationToLoadStart: ms(medianOf(loads, (r) => mark(r, 'factsheet:load-start'))),
      loadStartToValidated: span('factsheet:load-start', 'factsheet:validated'),
      marks,
      marksMissing: MARKS.filter((name) => loads.length > 0 && loads.every((r) => mark(r, name) === null)),
    },
    blocking: {
      longestBlock: ms(medianOf(loads, (r) => r.load?.longestBlock)),
      totalBlockingTime: ms(medianOf(loads, (r) => r.load?.frames?.totalBlockingTime)),
      longestBlockDuringValidation: ms(medianOf(loads, (r) => r.load?.longestBlockDuringValidation)),
      longTasks: {
        longest: ms(medianOf(loads, (r) => r.load?.longTasks?.longest)),
        totalBlockingTime: ms(medianOf(loads, (r) => r.load?.longTasks?.totalBlockingTime)),
        count: medianOf(loads, (r) => r.load?.longTasks?.count),
      },
    },
    heapMB: round(
      medianOf(runs, (r) => r.heapMB),
      1,
    ),
    clicks: {
      samples: settled.length,
      nextPaint: { median: ms(median(nextPaint)), p95: ms(percentile(nextPaint, 95)) },
      settled: { median: ms(median(settled)), p95: ms(percentile(settled, 95)) },
    },
    eventTiming: {
      samples: events.length,
      underThreshold: events.filter((v) => v === null).length,
      median: ms(median(eventValues)),
      p95: ms(percentile(eventValues, 95)),
    },
  };
}
