/** Small helpers shared by the benchmark steps: statistics, rounding, timeouts, tables. */
import { spawn, type SpawnOptions } from 'node:child_process';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export const round = (value: number | null | undefined, digits = 1): number | null => {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
};

export const kb = (bytes: number): number => round(bytes / 1024, 1) ?? 0;

export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright errors carry a long call log: the first line says what happened.
  return (text.split('\n')[0] ?? text).slice(0, 300);
}

/** Rejects after `ms`, so that no step of the benchmark can hang it. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to completion (killing it after timeoutMs), collecting its output. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { timeoutMs?: number } = {},
): Promise<CommandResult> {
  const { timeoutMs = 600_000, ...spawnOptions } = options;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${Math.round(timeoutMs / 1000)} s)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** Plain-text table with right-aligned numeric-looking cells. */
/** Width in code points (close enough for a terminal: the table's text has no wide or combined characters). */
const width = (text: string): number => Array.from(text).length;

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => width(row[col] ?? ''))));
  const numeric = (text: string) => /^[≤<>~-]?[\d.,]+(?:\s?[a-zA-Z%×]+)?$/.test(text.trim());
  const line = (row: readonly string[]) =>
    row
      .map((cell, col) => {
        const pad = (widths[col] as number) - width(cell);
        return col > 0 && numeric(cell) ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** "12.3" for a number, "–" for a missing one. */
export const show = (value: number | null | undefined, digits = 1, unit = ''): string =>
  value === null || value === undefined
    ? '–'
    : `${value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit}`;

export const mark = (pass: boolean | null): string => (pass === null ? '?' : pass ? '✓' : '✗');
