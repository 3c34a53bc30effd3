import type { Problem } from './problem.ts';
import { validateFactsheet, type ValidationResult } from './validate.ts';

export type JsonResult = { ok: true; json: unknown } | { ok: false; problems: Problem[] };

/** Reads the text of a dataset file as JSON; an empty file or a syntax error becomes a problem. */
export function parseJson(text: string): JsonResult {
  if (text.trim() === '') {
    return { ok: false, problems: [{ where: '(file)', what: 'the file is empty' }] };
  }
  try {
    // A byte-order mark is not JSON, but browsers drop it before the app sees the text.
    return { ok: true, json: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch (error) {
    return {
      ok: false,
      problems: [{ where: '(file)', what: `not valid JSON: ${(error as Error).message}` }],
    };
  }
}

/** Parses the text of a dataset file and validates it; JSON syntax errors become problems too. */
export function parseDataset(text: string): ValidationResult {
  const parsed = parseJson(text);
  return parsed.ok ? validateFactsheet(parsed.json) : parsed;
}
