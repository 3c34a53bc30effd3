import { describe, expect, it } from 'vitest';
import { figure, makeFactsheet, makeFactsheetV2 } from '../testing/data-generators.ts';
import type { Factsheet } from './schema.ts';
import { validateFactsheet, type Problem } from './validate.ts';

const problemsOf = (input: unknown): Problem[] => {
  const result = validateFactsheet(input);
  return result.ok ? [] : result.problems;
};

/** The version-2 dataset with one change made to a copy. */
function v2With(change: (data: Factsheet) => void): Factsheet {
  const data = structuredClone(makeFactsheetV2());
  change(data);
  return data;
}

const expectProblem = (input: unknown, where: string, what: string) =>
  expect(problemsOf(input)).toContainEqual(
    expect.objectContaining({ where, what: expect.stringContaining(what) as string }),
  );

describe('format version 2', () => {
  it('accepts a dataset that uses every version-2 field', () => {
    expect(problemsOf(makeFactsheetV2())).toEqual([]);
  });

  it('still accepts a version-1 dataset unchanged', () => {
    const v1 = makeFactsheet();
    expect(validateFactsheet(v1)).toEqual({ ok: true, data: v1 });
  });

  it('accepts a range with no point estimate', () => {
    const data = v2With((d) => {
      d.figures = [figure({ id: 'r', low: 1000, high: 3000 })];
      delete d.metrics[0]!.reference;
      d.meta.summary = [];
      d.meta.changes = [];
    });
    expect(problemsOf(data)).toEqual([]);
  });

  it('reports a figure with neither a value nor both ends of a range', () => {
    const data = v2With((d) => {
      d.figures = [figure({ id: 'r', low: 1000, high: 3000 })];
      delete d.figures[0]!.high;
      d.meta.summary = [];
      d.meta.changes = [];
    });
    expectProblem(data, 'figures[0].value', 'is required, unless the figure gives both low and high');
  });

  it('reports a range with no point estimate whose low is above its high', () => {
    const data = v2With((d) => {
      d.figures = [figure({ id: 'r', low: 3000, high: 1000 })];
      delete d.metrics[0]!.reference;
      d.meta.summary = [];
      d.meta.changes = [];
    });
    expect(problemsOf(data)).toEqual([
      { where: 'figures[0].low', id: 'r', what: 'low (3000) is above high (1000)' },
    ]);
  });

  it('reports an unknown qualifier, measure and language', () => {
    const data = v2With((d) => {
      (d.figures[0] as Record<string, unknown>).qualifier = 'roughly';
      (d.metrics[0] as Record<string, unknown>).measure = 'total';
      (d.statements[1] as Record<string, unknown>).language = 'French';
    });
    expectProblem(data, 'figures[0].qualifier', 'must be one of exact, about');
    expectProblem(data, 'metrics[0].measure', 'must be one of cumulative');
    expectProblem(data, 'statements[1].language', 'language code');
  });

  it('reports a period that ends before it starts', () => {
    const data = v2With((d) => {
      d.figures[2]!.period = { from: '2025-12', to: '2025-01' };
    });
    expectProblem(data, 'figures[2].period', 'from (2025-12) is after to (2025-01)');
  });

  it('reports a reference claimant that is not an actor', () => {
    const data = v2With((d) => {
      d.metrics[0]!.reference = { claimant: 'nobody' };
    });
    expectProblem(data, 'metrics[0].reference.claimant', 'unknown actor "nobody"');
  });

  it('reports a reference claimant that claims no figure of the metric (a misspelt detail)', () => {
    const data = v2With((d) => {
      d.metrics[0]!.reference = { claimant: 'alpha', claimantDetail: 'Ministery' };
    });
    expectProblem(
      data,
      'metrics[0].reference',
      'no figure of this metric is claimed by "alpha" with claimantDetail "Ministery"',
    );
    expect(
      problemsOf(
        v2With((d) => (d.metrics[0]!.reference = { claimant: 'alpha', claimantDetail: 'Ministry' })),
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unknown figure', 'nope', 'unknown figure "nope"'],
    ['a figure of another metric', 'f-3', 'is not a figure of this metric'],
    ['a projected figure', 'f-4', 'is projected: a projected, disputed or claimed figure never leads'],
  ])('reports a lead that is %s', (_name, lead, what) => {
    expectProblem(
      v2With((d) => {
        d.metrics[0]!.lead = lead;
      }),
      'metrics[0].lead',
      what,
    );
  });

  it.each(['claimed', 'disputed'] as const)('reports a lead that is %s', (status) => {
    const data = v2With((d) => {
      d.metrics[0]!.lead = 'f-1';
      d.figures[0]!.status = status;
    });
    expectProblem(data, 'metrics[0].lead', `is ${status}`);
  });

  it('accepts a lead that is an estimate of the metric', () => {
    expect(problemsOf(v2With((d) => (d.metrics[0]!.lead = 'f-2')))).toEqual([]);
  });

  it('reports a summary ref that does not resolve', () => {
    const data = v2With((d) => {
      d.meta.summary![0]!.refs = ['f-2', 'gone'];
    });
    expectProblem(data, 'meta.summary[0].refs[1]', 'unknown figure, event or statement "gone"');
  });

  it('reports a number in the summary that none of its refs gives', () => {
    const data = v2With((d) => {
      d.meta.summary![0]!.text = 'Betastan estimates about 3,200 soldiers were sent.';
    });
    expect(problemsOf(data)).toEqual([
      { where: 'meta.summary[0].text', what: '"3,200" is not the value, low or high of any of its refs' },
    ]);
  });

  it("accepts a summary number that is a ref's low or high, and years", () => {
    const data = v2With((d) => {
      d.meta.summary![0]!.text = 'Between 2,500 and 3,500 soldiers in 2025, said Betastan.';
    });
    expect(problemsOf(data)).toEqual([]);
  });

  it('does not accept a number that only another sentence cites', () => {
    const data = v2With((d) => {
      d.meta.summary![1]!.text = 'A border crossing came first, before 3,000 soldiers arrived.';
    });
    expectProblem(data, 'meta.summary[1].text', '"3,000" is not the value');
  });

  it('reports added and revised ids that do not resolve, but not removed ones', () => {
    const data = v2With((d) => {
      d.meta.changes![0] = { ...d.meta.changes![0]!, added: ['x-1'], revised: ['x-2'], removed: ['x-3'] };
    });
    const problems = problemsOf(data);
    expect(problems.map((p) => p.where)).toEqual(['meta.changes[0].added[0]', 'meta.changes[0].revised[0]']);
  });

  it('reports a contact that is not a web or mailto address', () => {
    expectProblem(
      v2With((d) => (d.meta.contact = 'javascript:alert(1)')),
      'meta.contact',
      'http:, https: or mailto:',
    );
  });

  it('reports an archived copy that is not an http(s) URL', () => {
    expectProblem(
      v2With((d) => (d.sources[1]!.archiveUrl = 'ftp://example.org/x')),
      'sources[1].archiveUrl',
      'http: or https:',
    );
  });
});
