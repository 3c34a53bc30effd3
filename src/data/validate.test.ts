import { describe, expect, it } from 'vitest';
import { event, figure, makeFactsheet, statement } from '../testing/data-generators.ts';
import { parseDataset } from './parse.ts';
import { formatProblem, validateFactsheet, type Problem } from './validate.ts';

const problemsOf = (input: unknown): Problem[] => {
  const result = validateFactsheet(input);
  return result.ok ? [] : result.problems;
};

/** Sets a value deep inside a copy of the valid dataset. */
function broken(path: (string | number)[], value: unknown): unknown {
  const data = structuredClone(makeFactsheet()) as unknown as Record<string, unknown>;
  let target: Record<string | number, unknown> = data;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return data;
}

describe('validateFactsheet', () => {
  it('accepts a valid dataset and returns it unchanged', () => {
    const data = makeFactsheet();
    const result = validateFactsheet(data);
    expect(result).toEqual({ ok: true, data });
  });

  it('accepts every optional field left out', () => {
    const data = makeFactsheet({
      meta: { title: 'T', updated: '2025' },
      actors: [{ id: 'a', name: 'A' }],
      topics: [{ id: 't', name: 'T' }],
      sources: [{ id: 's', outlet: 'O', url: 'http://example.org' }],
      metrics: [{ id: 'm', name: 'M', unit: 'u', topic: 't' }],
      figures: [
        {
          id: 'f',
          metric: 'm',
          date: '2025',
          value: 0,
          status: 'reported',
          claimant: 'a',
          actors: [],
          sources: ['s'],
        },
      ],
      events: [{ id: 'e', date: '2025', title: 'E', actors: [], topics: [], sources: ['s'] }],
      statements: [
        {
          id: 'q',
          date: '2025',
          speaker: 'S',
          actor: 'a',
          quote: 'Q',
          status: 'claimed',
          topics: [],
          sources: ['s'],
        },
      ],
    });
    expect(problemsOf(data)).toEqual([]);
  });

  it.each([
    ['a non-object', 42, '(top level)', 'must be an object'],
    ['a missing section', broken(['events'], undefined), 'events', 'is required'],
    [
      'a missing required field',
      broken(['figures', 0, 'metric'], undefined),
      'figures[0].metric',
      'is required',
    ],
    [
      'an unknown field',
      broken(['figures', 1, 'claimant_detail'], 'x'),
      'figures[1].claimant_detail',
      'is not a field',
    ],
    ['a blank title', broken(['meta', 'title'], '  '), 'meta.title', 'must not be blank'],
    ['an id that is not a slug', broken(['actors', 0, 'id'], 'Alpha Land'), 'actors[0].id', 'must be a slug'],
    [
      'a malformed date',
      broken(['events', 0, 'date'], '01/02/2025'),
      'events[0].date',
      'YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'an impossible date',
      broken(['events', 0, 'date'], '2025-02-30'),
      'events[0].date',
      'not a real calendar date',
    ],
    ['month 13', broken(['meta', 'updated'], '2025-13'), 'meta.updated', 'not a real calendar date'],
    [
      'an unknown status',
      broken(['figures', 0, 'status'], 'certain'),
      'figures[0].status',
      'must be one of confirmed',
    ],
    ['a negative value', broken(['figures', 0, 'value'], -1), 'figures[0].value', 'must not be negative'],
    [
      'a value given as text',
      broken(['figures', 0, 'value'], '1000'),
      'figures[0].value',
      'must be a number',
    ],
    ['NaN as text', broken(['figures', 0, 'value'], 'NaN'), 'figures[0].value', 'must be a number'],
    ['infinity', broken(['figures', 0, 'value'], Infinity), 'figures[0].value', 'finite'],
    ['no sources', broken(['statements', 0, 'sources'], []), 'statements[0].sources', 'at least one source'],
    [
      'a javascript: URL',
      broken(['sources', 0, 'url'], 'javascript:alert(1)'),
      'sources[0].url',
      'http: or https:',
    ],
    [
      'an ftp: URL',
      broken(['sources', 0, 'url'], 'ftp://example.org/x'),
      'sources[0].url',
      'http: or https:',
    ],
    [
      'headline that is not a boolean',
      broken(['metrics', 0, 'headline'], 'yes'),
      'metrics[0].headline',
      'true or false',
    ],
  ])('reports %s', (_name, input, where, what) => {
    const problems = problemsOf(input);
    expect(problems).toContainEqual(
      expect.objectContaining({ where, what: expect.stringContaining(what) as string }),
    );
  });

  it.each([
    ['actors', broken(['actors', 1, 'id'], 'alpha'), 'actors[1].id'],
    ['topics', broken(['topics', 1, 'id'], 'troops'), 'topics[1].id'],
    ['sources', broken(['sources', 1, 'id'], 'wire-2025-01-10'), 'sources[1].id'],
    ['metrics', broken(['metrics', 1, 'id'], 'troops'), 'metrics[1].id'],
    ['figures', broken(['figures', 2, 'id'], 'f-1'), 'figures[2].id'],
  ])('reports a duplicate id in %s', (_list, input, where) => {
    expect(problemsOf(input)).toContainEqual(
      expect.objectContaining({ where, what: expect.stringContaining('duplicate id') as string }),
    );
  });

  it.each([
    ['metric topic', broken(['metrics', 0, 'topic'], 'nope'), 'metrics[0].topic', 'unknown topic "nope"'],
    ['figure metric', broken(['figures', 0, 'metric'], 'nope'), 'figures[0].metric', 'unknown metric "nope"'],
    [
      'figure claimant',
      broken(['figures', 0, 'claimant'], 'nope'),
      'figures[0].claimant',
      'unknown actor "nope"',
    ],
    [
      'figure actor',
      broken(['figures', 0, 'actors', 1], 'nope'),
      'figures[0].actors[1]',
      'unknown actor "nope"',
    ],
    [
      'figure topic',
      broken(['figures', 0, 'topics'], ['nope']),
      'figures[0].topics[0]',
      'unknown topic "nope"',
    ],
    [
      'figure source',
      broken(['figures', 1, 'sources', 0], 'nope'),
      'figures[1].sources[0]',
      'unknown source "nope"',
    ],
    ['event actor', broken(['events', 0, 'actors', 0], 'nope'), 'events[0].actors[0]', 'unknown actor'],
    ['event topic', broken(['events', 0, 'topics', 0], 'nope'), 'events[0].topics[0]', 'unknown topic'],
    ['event source', broken(['events', 0, 'sources', 0], 'nope'), 'events[0].sources[0]', 'unknown source'],
    ['statement actor', broken(['statements', 0, 'actor'], 'nope'), 'statements[0].actor', 'unknown actor'],
    [
      'statement actors',
      broken(['statements', 0, 'actors', 0], 'nope'),
      'statements[0].actors[0]',
      'unknown actor',
    ],
    [
      'statement topic',
      broken(['statements', 0, 'topics', 0], 'nope'),
      'statements[0].topics[0]',
      'unknown topic',
    ],
    [
      'statement source',
      broken(['statements', 0, 'sources', 0], 'nope'),
      'statements[0].sources[0]',
      'unknown source',
    ],
  ])('reports a dangling reference: %s', (_name, input, where, what) => {
    expect(problemsOf(input)).toContainEqual(
      expect.objectContaining({ where, what: expect.stringContaining(what) as string }),
    );
  });

  it('reports low above value and high below value, with the item id', () => {
    const data = makeFactsheet({ figures: [figure({ id: 'odd', value: 10, low: 20, high: 5 })] });
    expect(problemsOf(data)).toEqual([
      { where: 'figures[0].low', id: 'odd', what: 'low (20) is above value (10)' },
      { where: 'figures[0].high', id: 'odd', what: 'high (5) is below value (10)' },
    ]);
  });

  it('returns all problems at once, not just the first', () => {
    const data = makeFactsheet({
      figures: [figure({ id: 'bad', date: '2024-02-30', claimant: 'nobody', sources: ['nothing'] })],
      events: [event({ id: 'Bad Id' })],
      statements: [statement({ id: 's', status: 'sure' as never })],
    });
    const where = problemsOf(data).map((problem) => problem.where);
    expect(where).toEqual(
      expect.arrayContaining([
        'figures[0].date',
        'figures[0].claimant',
        'figures[0].sources[0]',
        'events[0].id',
        'statements[0].status',
      ]),
    );
  });

  it('names the item by id in each problem', () => {
    const [problem] = problemsOf(broken(['figures', 1, 'sources', 0], 'yonhap-2024-11-31'));
    expect(problem).toEqual({
      where: 'figures[1].sources[0]',
      id: 'f-2',
      what: 'unknown source "yonhap-2024-11-31"',
    });
    expect(formatProblem(problem as Problem)).toBe(
      'figures[1].sources[0] (id "f-2"): unknown source "yonhap-2024-11-31"',
    );
  });
});

describe('parseDataset', () => {
  it('reports an empty file', () => {
    expect(parseDataset('  ')).toEqual({
      ok: false,
      problems: [{ where: '(file)', what: 'the file is empty' }],
    });
  });

  it('reports JSON syntax errors', () => {
    const result = parseDataset('{"meta": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.what).toMatch(/^not valid JSON/);
  });

  it('parses and validates a good file', () => {
    expect(parseDataset(JSON.stringify(makeFactsheet())).ok).toBe(true);
  });
});
