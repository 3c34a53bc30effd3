/**
 * CSV text as RFC 4180 has it: fields separated by commas, records by CRLF; a field with
 * a comma, a double quote or a line break is wrapped in double quotes, and its quotes are
 * doubled. Writing CSV is this small (reading it is not: tests read it back with PapaParse).
 */
const NEEDS_QUOTES = /[",\r\n]/;

const field = (value: string): string =>
  NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) gets a
 * leading apostrophe, so that a hostile dataset cannot run anything in a reader's Excel.
 */
export const defuseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    [header, ...rows].map((row) => row.map((value) => field(defuseFormula(value))).join(',')).join('\r\n') +
    '\r\n'
  );
}
