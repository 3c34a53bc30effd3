import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema.ts';
import { firstOfGroups, groupByOutlet, hostOf } from './source-groups.ts';

const source = (id: string, outlet: string): Source => ({ id, outlet, url: `https://example.org/${id}` });
const sourcesArb = fc
  .array(fc.constantFrom('BBC', 'NK News', 'Reuters', 'Yonhap'), { maxLength: 60 })
  .map((outlets) => outlets.sort().map((outlet, at) => source(`s${at}`, outlet)));

describe('groupByOutlet', () => {
  it('keeps every source once, in order, one group per outlet', () => {
    fc.assert(
      fc.property(sourcesArb, (sources) => {
        const groups = groupByOutlet(sources);
        expect(groups.flatMap((group) => group.sources)).toEqual(sources);
        expect(new Set(groups.map((group) => group.outlet)).size).toBe(groups.length);
        for (const group of groups) expect(group.sources.every((s) => s.outlet === group.outlet)).toBe(true);
      }),
    );
  });
});

describe('firstOfGroups', () => {
  it('shows exactly the first `limit` sources, grouped as in the full list', () => {
    fc.assert(
      fc.property(sourcesArb, fc.integer({ min: 0, max: 70 }), (sources, limit) => {
        const shown = firstOfGroups(groupByOutlet(sources), limit).flatMap((group) => group.sources);
        expect(shown).toEqual(sources.slice(0, limit));
      }),
    );
  });
});

describe('hostOf', () => {
  it('names the host of a link, and nothing for text that is not a URL', () => {
    expect(hostOf('https://www.reuters.com/world/x')).toBe('www.reuters.com');
    expect(hostOf('not a url')).toBeNull();
  });
});
