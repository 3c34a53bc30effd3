import type { Problem } from './problem.ts';
import type { Factsheet } from './schema.ts';
import { runInSlices, yieldToPage, type Steps } from './slices.ts';

/**
 * The validator's code (valibot and the schema): not part of the first view, downloaded
 * while the dataset is.
 */
async function loadValidator() {
  try {
    const [{ parseJson }, { validationSteps }] = await Promise.all([
      import('./parse.ts'),
      import('./validate.ts'),
    ]);
    return { parseJson, validationSteps };
  } catch {
    throw new DatasetError('network', 'The code that checks the dataset could not be downloaded.');
  }
}

const invalid = (problems: readonly Problem[]): DatasetError => {
  const n = problems.length;
  return new DatasetError(
    'invalid',
    `The dataset breaks the format's rules in ${n} place${n === 1 ? '' : 's'}, so it is not shown.`,
    problems,
  );
};

export type LoadFailure =
  'not-found' | 'http' | 'timeout' | 'offline' | 'network' | 'web-page' | 'content-type' | 'invalid';

/** Why the dataset could not be shown, in words for the reader, and whether retrying may help. */
export class DatasetError extends Error {
  readonly failure: LoadFailure;
  readonly problems: readonly Problem[];

  constructor(failure: LoadFailure, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.failure = failure;
    this.problems = problems;
  }

  get retryable(): boolean {
    return this.failure !== 'invalid';
  }
}

export const LOAD_TIMEOUT_MS = 15_000;

export const offlineError = () =>
  new DatasetError('offline', 'You appear to be offline, so the dataset could not be downloaded.');

const TIMED_OUT = Symbol('timed out');
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

async function fetchText(url: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
  try {
    return await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (controller.signal.reason === TIMED_OUT) {
      throw new DatasetError(
        'timeout',
        `The dataset did not arrive within ${timeoutMs / 1000} seconds. The server may be slow or unreachable.`,
      );
    }
    if (signal?.aborted) throw error;
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      throw offlineError();
    }
    throw new DatasetError('network', 'The dataset could not be downloaded: the network request failed.');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches, parses and validates the dataset, then prepares the valid data with the steps
 * `prepare` gives (the app indexes it: app/factsheet-query.ts), run in slices like the
 * validation. Every failure becomes a DatasetError.
 */
export async function loadFactsheet<T>(
  url: string,
  prepare: (data: Factsheet) => Steps<T>,
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<T> {
  performance.mark('factsheet:load-start');
  // The validator's code (valibot and the schema) loads while the dataset downloads.
  const validator = loadValidator();
  // Awaited below; until then a failure must not count as unhandled.
  validator.catch(() => undefined);
  const response = await fetchText(url, signal, timeoutMs);
  if (response.status === 404) {
    // The full address: the configured one is relative to wherever the page is hosted.
    const where = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
    throw new DatasetError('not-found', `The dataset was not found at ${where} (HTTP 404).`);
  }
  if (!response.ok) {
    throw new DatasetError(
      'http',
      `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} instead of the dataset.`,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  // arrayBuffer() and a TextDecoder read 48 MB about 120 ms faster in Chromium than text()
  // does, with the same result (UTF-8, a leading byte-order mark dropped).
  const text = new TextDecoder().decode(await response.arrayBuffer());
  performance.mark('factsheet:fetched');
  if (/^text\/html\b/i.test(type) || /^\s*</.test(text)) {
    throw new DatasetError(
      'web-page',
      'The server sent a web page instead of the dataset. The data file may be missing from this deployment.',
    );
  }
  if (type !== '' && !JSON_TYPE.test(type) && !/^text\/plain\b/i.test(type)) {
    throw new DatasetError('content-type', `The server sent "${type.slice(0, 80)}" instead of JSON.`);
  }
  // Parsing is one task; checking and indexing 100,000 items run in slices that give the
  // page back every few tens of milliseconds. (Parsing the long lists a piece at a time,
  // measured, cut that task from 300 to 75 ms at 100,000 items but made the load 0.2 s
  // slower: finding the pieces is a pass over every byte. A worker that
  // parsed and checked a second copy of the text, measured twice, finished 0.6 s later at
  // 100,000 items on two cores than this does: the two parses fight for the same cores.)
  await yieldToPage();
  const { parseJson, validationSteps } = await validator;
  const parsed = parseJson(text);
  performance.mark('factsheet:parsed');
  if (!parsed.ok) throw invalid(parsed.problems);
  await yieldToPage();
  const result = await runInSlices(validationSteps(parsed.json));
  performance.mark('factsheet:validated');
  if (!result.ok) throw invalid(result.problems);
  return runInSlices(prepare(result.data));
}
