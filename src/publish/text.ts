/**
 * Dataset text on its way into published files (feeds, head tags, package metadata), where
 * it must be one line, or short, or free of characters the format cannot carry. The dataset
 * itself only asks for strings that are not blank, so anything may arrive here.
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference: C0 controls
 * other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF. HTML attribute values
 * are no place for them either.
 */
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const withoutForbiddenCharacters = (text: string): string => text.replace(NOT_XML_CHARACTER, '');

/** The text on one line: every run of white space (line breaks too) becomes one space. */
export const oneLine = (text: string): string =>
  withoutForbiddenCharacters(text).replace(/\s+/gu, ' ').trim();

/**
 * At most `max` characters: cut at the last space before the limit and end with "…", so that
 * a preview never stops mid-word. A text with no space to cut at is cut where it must be.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  // Never leave half of a character outside the Basic Multilingual Plane.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A name for the sheet made of lower-case letters, digits and hyphens ("north-koreas-military-
 * support-for-russia"), as a Data Package name must be. Accents are dropped rather than the
 * letters they sit on, and apostrophes vanish so that "Korea's" does not become "korea-s".
 */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'factsheet';
}
