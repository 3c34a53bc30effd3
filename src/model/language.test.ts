import { describe, expect, it } from 'vitest';
import { isEnglish, languageName } from './language.ts';

describe('language', () => {
  it('treats English and an unstated language as needing no translation', () => {
    for (const code of [undefined, 'en', 'en-GB', 'EN-us']) expect(isEnglish(code)).toBe(true);
    for (const code of ['ko', 'ru', 'uk', 'eng', 'enx']) expect(isEnglish(code)).toBe(false);
  });

  it('names a language for the reader, and nothing for an unknown code', () => {
    expect(languageName('ko')).toBe('Korean');
    expect(languageName(undefined)).toBeNull();
    expect(languageName('not a code!')).toBeNull();
  });
});
