import { validateFactsheet, type ValidationResult } from './validate.ts';

/** Parses the text of a dataset file and validates it; JSON syntax errors become problems too. */
export function parseDataset(text: string): ValidationResult {
  if (text.trim() === '') {
    return { ok: false, problems: [{ where: '(file)', what: 'the file is empty' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ where: '(file)', what: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return validateFactsheet(json);
}
