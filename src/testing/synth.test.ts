import { describe, expect, it } from 'vitest';
// The pure generator behind scripts/synth-data.ts (that file adds the Node CLI around it).
import { synthDataset } from '../../scripts/bench/synth.ts';
import { STATUSES } from '../data/schema.ts';
import { formatProblem, validateFactsheet } from '../data/validate.ts';
import { parseDate } from '../model/dates.ts';

const itemCount = (data: ReturnType<typeof synthDataset>) =>
  data.figures.length + data.events.length + data.statements.length;

describe('synthDataset', () => {
  it.each([0, 1, 50, 2000])('makes a valid dataset of exactly %i items', (n) => {
    const data = synthDataset(n);
    const result = validateFactsheet(data);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(itemCount(data)).toBe(n);
  });

  it('splits items about half figures, a quarter events, a quarter statements', () => {
    const data = synthDataset(2000);
    expect(data.figures).toHaveLength(1000);
    expect(data.events).toHaveLength(500);
    expect(data.statements).toHaveLength(500);
    expect(data.sources.length).toBe(500);
    expect(synthDataset(0).sources.length).toBeGreaterThanOrEqual(20);
  });

  it('has the realistic variety the benchmarks rely on', () => {
    const data = synthDataset(2000);
    expect(data.actors.length).toBe(40);
    expect(data.topics.length).toBe(12);
    expect(data.metrics.length).toBe(30);
    expect(data.metrics.filter((m) => m.headline).length).toBe(7);
    const statuses = new Set([...data.figures, ...data.statements].map((r) => r.status));
    expect([...statuses].sort()).toEqual([...STATUSES].sort());
    const precisions = new Set(
      [...data.figures, ...data.events, ...data.statements].map((r) => parseDate(r.date)?.precision),
    );
    expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
    expect(data.figures.some((f) => f.low !== undefined && f.high !== undefined)).toBe(true);
    const values = data.figures.flatMap((f) => (f.value === undefined ? [] : [f.value]));
    expect(Math.min(...values)).toBeLessThan(10);
    expect(Math.max(...values)).toBeGreaterThan(10_000_000);
    const claimants = new Set(data.figures.map((f) => `${f.claimant}|${f.claimantDetail ?? ''}`));
    expect(claimants.size).toBeGreaterThan(40);
    expect(data.sources.some((s) => s.title === undefined)).toBe(true);
    expect(data.sources.some((s) => s.published === undefined)).toBe(true);
    const text = JSON.stringify(data);
    for (const char of ['<', '>', '&', '\\"', '\\n', 'é', '김']) expect(text).toContain(char);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(JSON.stringify(synthDataset(500, 7))).toBe(JSON.stringify(synthDataset(500, 7)));
    expect(JSON.stringify(synthDataset(500))).toBe(JSON.stringify(synthDataset(500, 1)));
    expect(JSON.stringify(synthDataset(500, 7))).not.toBe(JSON.stringify(synthDataset(500, 8)));
  });
});
