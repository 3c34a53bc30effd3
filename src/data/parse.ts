import { validateFactsheet, type ValidationResult } from './validate.ts';

/** Parses the text of a dataset file and validates it; JSON syntax errors become problems too. */
export function parseDataset(text: string): ValidationResult {
  if (text.trim() === '') {
    return { ok: false, problems: [{ where: '(file)', what: 'the file is empty' }] };
  }
  let json: unknown;
  try {
    // A byte-order mark is not JSON, but browsers drop it before the app sees the text.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ where: '(file)', what: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return validateFactsheet(json);
}
