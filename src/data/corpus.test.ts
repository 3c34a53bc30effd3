import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/bench/synth.ts';
import { event, makeFactsheet, statement } from '../testing/data-generators.ts';
import { corpus, type ExpectedProblem } from './__fixtures__/corpus.ts';
import { parseDataset } from './parse.ts';
import { formatProblem, type Problem } from './problem.ts';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The fixture's text, read the way `npm run data:check` reads a file. */
const fixture = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');

/** Parses and returns the problems; fails the test when the text is accepted. */
function problemsOf(text: string): Problem[] {
  const result = parseDataset(text);
  if (result.ok) throw new Error('the dataset was accepted');
  return result.problems;
}

const matches = (problem: Problem, expected: ExpectedProblem): boolean =>
  problem.where.includes(expected.where ?? '') && problem.what.includes(expected.what);

function expectReported(problems: readonly Problem[], expected: readonly ExpectedProblem[]): void {
  const shown = problems.map(formatProblem).join('\n  ');
  for (const want of expected) {
    expect(
      problems.some((problem) => matches(problem, want)),
      `expected a problem at "${want.where ?? '…'}" saying "${want.what}"; got:\n  ${shown}`,
    ).toBe(true);
  }
}

function expectWellFormed(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(typeof problem.where).toBe('string');
    expect(typeof problem.what).toBe('string');
    expect(problem.where.trim(), formatProblem(problem)).not.toBe('');
    expect(problem.what.trim(), formatProblem(problem)).not.toBe('');
  }
}

describe('the corpus of broken datasets', () => {
  it('has at least 30 small fixtures, each listed once in the manifest', () => {
    const files = readdirSync(FIXTURES).filter((file) => file !== 'corpus.ts');
    const listed = corpus.map((entry) => entry.file);
    expect(listed.length).toBeGreaterThanOrEqual(30);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...files].sort());
    for (const file of files) expect(statSync(join(FIXTURES, file)).size, file).toBeLessThan(100_000);
    for (const entry of corpus) expect(entry.expect.length, entry.file).toBeGreaterThan(0);
  });

  describe.each(corpus)('$file ($fault)', (entry) => {
    it('is rejected without throwing, each problem saying where and what', () => {
      const text = fixture(entry.file);
      let result: ReturnType<typeof parseDataset> | undefined;
      expect(() => (result = parseDataset(text))).not.toThrow();
      expect(result?.ok).toBe(false);
      if (result && !result.ok) expectWellFormed(result.problems);
    });

    it(`reports ${entry.expect.length === 1 ? 'the expected problem' : `the ${entry.expect.length} expected problems`}`, () => {
      expectReported(problemsOf(fixture(entry.file)), entry.expect);
    });
  });
});

describe('hostile inputs generated here rather than committed', () => {
  const valid = makeFactsheet();
  const text = (data: unknown) => JSON.stringify(data);

  it('a 1 MB quote is valid in itself and does not hide another problem', () => {
    const quote = 'Words, words, words. '.repeat(50_000);
    expect(quote.length).toBeGreaterThan(1_000_000);
    const ok = makeFactsheet({ statements: [statement({ id: 's-1', quote })] });
    expect(parseDataset(text(ok)).ok).toBe(true);

    const broken = makeFactsheet({ statements: [statement({ id: 's-1', quote, sources: ['nope'] })] });
    const problems = problemsOf(text(broken));
    expect(problems).toEqual([
      { where: 'statements[0].sources[0]', id: 's-1', what: 'unknown source "nope"' },
    ]);
  });

  it('a 1 MB id or date is reported with a short message', () => {
    const huge = 'X'.repeat(1_000_000);
    const data = makeFactsheet({ events: [event({ id: huge, date: huge })] });
    const problems = problemsOf(text(data));
    expectReported(problems, [
      { where: 'events[0].id', what: 'must be a slug' },
      { where: 'events[0].date', what: 'must be a date' },
    ]);
    for (const problem of problems) expect(problem.what.length).toBeLessThan(300);
  });

  it('a 1 MB reference or duplicate id is reported with a short message', () => {
    const huge = 'x'.repeat(1_000_000);
    const data = makeFactsheet({
      statements: [statement({ id: 's-1', sources: [huge] })],
      events: [event({ id: 'e-1' }), event({ id: 'e-1' })],
    });
    const problems = problemsOf(text(data));
    expectReported(problems, [
      { where: 'statements[0].sources[0]', what: 'unknown source "xxx' },
      { where: 'events[1].id', what: 'duplicate id "e-1"' },
    ]);
    for (const problem of problems) expect(problem.what.length).toBeLessThan(300);
  });

  it('a note made of 5,000 nested lists is reported, not followed', () => {
    const nested = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const body = text(valid).replace(
      '"claimantDetail":"Ministry"',
      `"claimantDetail":"Ministry","note":${nested}`,
    );
    expect(problemsOf(body)).toEqual([
      { where: 'figures[0].note', id: 'f-1', what: 'must be text, not a list' },
    ]);
  });

  it('5,000 nested objects under an unknown field are reported as an unknown field', () => {
    const nested = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const body = text(valid).replace('"id":"e-1"', `"id":"e-1","details":${nested}`);
    expectReported(problemsOf(body), [{ where: 'events[0].details', what: 'is not a field of the format' }]);
  });

  it('a file of a million nested lists is rejected without throwing', () => {
    const body = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    let result: ReturnType<typeof parseDataset> | undefined;
    expect(() => (result = parseDataset(body))).not.toThrow();
    expect(result?.ok).toBe(false);
  });

  it('a byte-order mark does not hide the problems after it', () => {
    const broken = makeFactsheet({ events: [event({ id: 'e-1', date: '2025-02-30' })] });
    expect(parseDataset(`\uFEFF${text(broken)}`).ok).toBe(false);
  });

  it('a valid dataset saved with a byte-order mark is read as the browser reads it, not rejected', () => {
    expect(parseDataset(`\uFEFF${text(valid)}`).ok).toBe(true);
  });
});

const TSX = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

/**
 * Runs `npm run data:check <file>` (that is, `tsx scripts/data-check.ts <file>`, with the
 * project's own tsx: npx would add a second of start-up to each run); resolves with its
 * exit code and output.
 */
function dataCheck(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(ROOT, 'scripts', 'data-check.ts'), file],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('npm run data:check', () => {
  // One fixture per class of fault: a process per file would take a minute for the corpus.
  const perFault = [...new Map(corpus.map((entry) => [entry.fault, entry])).values()];

  it('exits non-zero for one fixture of every class of fault, printing where and what', async () => {
    const runs = await Promise.all(
      perFault.map(async (entry) => ({ entry, run: await dataCheck(join(FIXTURES, entry.file)) })),
    );
    for (const { entry, run } of runs) {
      expect(run.code, `${entry.file}: ${run.stdout}${run.stderr}`).toBe(1);
      for (const want of entry.expect) expect(run.stderr, entry.file).toContain(want.what);
      expect(run.stderr).toMatch(/✗ .*: \d+ problems?\./);
    }
  }, 120_000);

  it('a 50 MB dataset generated here (not committed) with one dangling reference fails, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factsheet-50mb-'));
    try {
      const data = synthDataset(110_000);
      const last = data.statements.at(-1);
      if (!last) throw new Error('the generator made no statements');
      last.sources = ['no-such-source'];
      const body = JSON.stringify(data);
      expect(body.length).toBeGreaterThan(50_000_000);
      const file = join(dir, 'big.json');
      writeFileSync(file, body);

      const at = data.statements.length - 1;
      expect(problemsOf(body)).toEqual([
        { where: `statements[${at}].sources[0]`, id: last.id, what: 'unknown source "no-such-source"' },
      ]);
      const run = await dataCheck(file);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`statements[${at}].sources[0]`);
      expect(run.stderr).toContain(': 1 problem.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('passes the real dataset', async () => {
    const run = await dataCheck(join(ROOT, 'data', 'factsheet.json'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/is valid: \d+ figures/);
  }, 60_000);
});
