import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defuseFormula, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes only what needs quoting, doubling quotes, with CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['plain', 'x,y'],
          ['say "hi"', 'two\nlines'],
        ],
      ),
    ).toBe('a,b\r\nplain,"x,y"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(defuseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(defuseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(defuseFormula('12,000')).toBe('12,000');
  });

  it('reads back with a standard CSV parser, for any text', () => {
    const safe = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.tuple(safe, safe, safe), { maxLength: 8 }), (rows) => {
        const parsed = Papa.parse<string[]>(toCsv(['a', 'b', 'c'], rows), { newline: '\r\n' });
        expect(parsed.data.slice(1, rows.length + 1)).toEqual(rows);
      }),
    );
  });
});
