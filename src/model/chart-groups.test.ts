import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../data/schema.ts';
import { chartSheet } from '../testing/charts.ts';
import { figure } from '../testing/data-generators.ts';
import { chartGroups, comparedMetrics, otherNumbers } from './chart-groups.ts';
import { groupKeyOf, keyCountries } from './chart-key.ts';
import { claimantStyles } from './claimant-styles.ts';

describe('chart groups and other numbers', () => {
  const metrics: Metric[] = [
    { id: 'sent', name: 'Sent', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
    { id: 'returned', name: 'Returned', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
    { id: 'tiny', name: 'Tiny', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
    { id: 'one', name: 'One figure', unit: 'soldiers', topic: 'troops' },
    { id: 'aid', name: 'Aid', unit: 'tonnes', topic: 'aid' },
  ];
  const built = chartSheet(
    [
      figure({ id: 's-1', metric: 'sent', value: 10_000 }),
      figure({ id: 's-2', metric: 'sent', value: 15_000, claimant: 'beta', date: '2025-02-01' }),
      figure({ id: 'r-1', metric: 'returned', value: 3_000 }),
      figure({ id: 'r-2', metric: 'returned', value: 2_000, claimant: 'beta' }),
      figure({ id: 't-1', metric: 'tiny', value: 9 }),
      figure({ id: 't-2', metric: 'tiny', value: 12, date: '2025-03-01' }),
      figure({ id: 'o-1', metric: 'one', value: 6 }),
      figure({ id: 'a-1', metric: 'aid', value: 5 }),
      figure({ id: 'a-2', metric: 'aid', value: 7, claimant: 'gamma' }),
    ],
    [],
    metrics,
  );
  const groups = chartGroups(built.index, built.figures);

  it('chart only measures with two or more figures, grouped by topic in the dataset’s order', () => {
    expect(groups.map((g) => [g.name, g.charts.map((c) => c.metric.id)])).toEqual([
      ['Troops', ['sent', 'returned', 'tiny']],
      ['Aid', ['aid']],
    ]);
  });

  it('share a scale between comparable charts, except one whose values are under a tenth of theirs', () => {
    const troops = groups[0]!.charts;
    expect(troops.map((c) => [c.metric.id, c.scale, c.scaleTop])).toEqual([
      ['sent', 'shared', 15_000],
      ['returned', 'shared', 15_000],
      ['tiny', 'smaller', 12],
    ]);
    expect(groups[1]!.charts[0]!.scale).toBe('own');
  });

  it('list every single-claimant measure under Other numbers, and compare only the others', () => {
    const others = otherNumbers(built.index, built.figures);
    expect(others.map((o) => [o.metric.id, o.latest.id, o.earlier.map((f) => f.id), o.charted])).toEqual([
      ['tiny', 't-2', ['t-1'], true],
      ['one', 'o-1', [], false],
    ]);
    expect(comparedMetrics(metrics, built.figures).map((m) => m.metric.id)).toEqual([
      'sent',
      'returned',
      'aid',
    ]);
  });

  it('have one key that explains the marks their charts draw, and no others', () => {
    const troops = groupKeyOf(groups[0]!);
    expect([...troops.statuses]).toEqual(['reported']);
    expect(troops).toMatchObject({
      lines: true,
      above: false,
      below: false,
      about: false,
      ranges: false,
      periods: false,
      beyond: false,
    });
    const forecasts = chartSheet(
      [
        figure({ id: 'p-1', metric: 'sent', value: 10, status: 'projected', qualifier: 'about' }),
        figure({
          id: 'p-2',
          metric: 'sent',
          value: 12,
          status: 'projected',
          date: '2025-03-01',
          qualifier: 'up-to',
        }),
      ],
      [],
      metrics,
    );
    const key = groupKeyOf(chartGroups(forecasts.index, forecasts.figures)[0]!);
    expect(key).toMatchObject({ lines: false, about: true, below: true, above: false });
  });

  it('list claimants in the key by country, each country’s bodies after it', () => {
    const two = chartSheet(
      [
        figure({ id: 'n-1', metric: 'sent', claimant: 'alpha', claimantDetail: 'NIS' }),
        figure({ id: 'n-2', metric: 'sent', claimant: 'alpha', claimantDetail: 'NIS', date: '2025-02-01' }),
        figure({ id: 'j-1', metric: 'sent', claimant: 'alpha', claimantDetail: 'JCS' }),
        figure({ id: 'b-1', metric: 'sent', claimant: 'beta' }),
      ],
      [],
      metrics,
    );
    const group = chartGroups(two.index, two.figures)[0]!;
    const countries = keyCountries(group, claimantStyles(two.figures), two.index.actors);
    expect(countries.map((c) => [c.name, c.colour, c.bodies.map((b) => [b.name, b.shape])])).toEqual([
      [
        'Alphaland',
        0,
        [
          ['NIS', 0],
          ['JCS', 1],
        ],
      ],
      ['Betastan', 1, [['', 0]]],
    ]);
  });

  it('never chart a single figure, and list every single figure under Other numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...metrics.map((m) => m.id)), { maxLength: 12 }), (ids) => {
        const some = chartSheet(
          ids.map((metric, at) => figure({ id: `f-${at}`, metric, claimant: at % 2 ? 'alpha' : 'beta' })),
          [],
          metrics,
        );
        const charted = chartGroups(some.index, some.figures).flatMap((g) => g.charts);
        const listed = new Set(otherNumbers(some.index, some.figures).map((o) => o.metric.id));
        for (const metric of metrics) {
          const n = ids.filter((id) => id === metric.id).length;
          expect(charted.some((c) => c.metric.id === metric.id)).toBe(n >= 2);
          if (n === 1) expect(listed.has(metric.id)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
