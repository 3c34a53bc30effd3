import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from './filter.ts';
import { parseFilters, serialiseFilters } from './url-state.ts';

describe('serialiseFilters', () => {
  it('leaves defaults out', () => expect(serialiseFilters(NO_FILTERS)).toBe(''));

  it('writes each parameter family readably', () => {
    expect(
      serialiseFilters({
        by: ['south-korea'],
        actors: ['north-korea', 'ukraine'],
        topics: ['troops'],
        from: '2024-10',
        to: '2025-06',
        q: 'kursk',
      }),
    ).toBe('?by=south-korea&actor=north-korea,ukraine&topic=troops&from=2024-10&to=2025-06&q=kursk');
    expect(serialiseFilters({ ...NO_FILTERS, by: ['russia', 'ukraine'] })).toBe('?by=russia,ukraine');
    expect(serialiseFilters({ ...NO_FILTERS, q: 'a&b=c d+e' })).toBe('?q=a%26b%3Dc%20d%2Be');
  });
});

describe('parseFilters', () => {
  it('reads the design example', () => {
    expect(
      parseFilters('?by=south-korea&actor=ukraine&topic=troops&from=2024-10&to=2025-06&q=kursk'),
    ).toEqual({
      by: ['south-korea'],
      actors: ['ukraine'],
      topics: ['troops'],
      from: '2024-10',
      to: '2025-06',
      q: 'kursk',
    });
  });

  it('reads a link from before Claimed by, its actors as Involving', () => {
    expect(parseFilters('?actor=north-korea,ukraine&topic=troops')).toEqual({
      ...NO_FILTERS,
      actors: ['north-korea', 'ukraine'],
      topics: ['troops'],
    });
  });

  it('dedupes and sorts Claimed by ids, in any order of parameters', () => {
    expect(parseFilters('?q=x&by=ukraine,russia,ukraine&actor=russia')).toEqual({
      ...NO_FILTERS,
      by: ['russia', 'ukraine'],
      actors: ['russia'],
      q: 'x',
    });
  });

  it.each([
    ['broken percent-encoding', '?q=%E0%A4%A&actor=%%%'],
    ['ids that are not slugs', '?actor=<script>,North Korea,,&by=Ukraine,-x,a--b'],
    ['malformed dates', '?from=yesterday&to=2025/01/01'],
    ['unknown parameters', '?foo=bar&actor[]=x'],
    ['no question mark', 'actor=a'],
    ['an enormous query', `?q=${'x'.repeat(10_000)}`],
  ])('ignores %s without throwing', (_name, search) => {
    const filters = parseFilters(search);
    expect(filters.q.length).toBeLessThanOrEqual(200);
    for (const id of [...filters.by, ...filters.actors, ...filters.topics])
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (search) => void parseFilters(search)));
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);
const date = fc.oneof(
  fc.integer({ min: 1000, max: 9999 }).map(String),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 7)),
);
const filters: fc.Arbitrary<Filters> = fc.record({
  by: fc.uniqueArray(slug, { maxLength: 4 }).map((ids) => ids.sort()),
  actors: fc.uniqueArray(slug, { maxLength: 4 }).map((ids) => ids.sort()),
  topics: fc.uniqueArray(slug, { maxLength: 4 }).map((ids) => ids.sort()),
  from: fc.option(date, { nil: null }),
  to: fc.option(date, { nil: null }),
  q: fc.string({ unit: 'grapheme', maxLength: 60 }),
});

describe('the URL round trip', () => {
  it('gives back any filter state', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(parseFilters(serialiseFilters(f))).toEqual(f);
      }),
    );
  });
});
