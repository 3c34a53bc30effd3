import type { Meta } from '../data/schema.ts';
import { CC_BY_4, isCcBy4 } from './licence.ts';
import { siteAddress } from './site-address.ts';
import { oneLine, shortenAtWord } from './text.ts';

/**
 * The sheet as a schema.org Dataset, for search engines' dataset search (Google Dataset
 * Search reads it from a `<script type="application/ld+json">` in the page's head).
 */

/** Google's limits for a Dataset's description. */
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 5000;

/**
 * Said of every fact sheet, and true of every one: added only when the editors' own
 * subtitle and description are too short for Google to accept the Dataset at all.
 */
const WHAT_EVERY_SHEET_IS =
  'Figures, events and statements, each with who claims it, how sure it is, and the published sources it rests on.';

/** A subtitle is a line without a full stop; run on into the next text it needs one. */
const asSentence = (text: string): string => (text === '' || /[.!?…:;]$/u.test(text) ? text : `${text}.`);

/** The subtitle and the method note as one line, long enough and short enough for Google. */
function datasetDescription(meta: Pick<Meta, 'subtitle' | 'description'>): string {
  const parts = [meta.subtitle, meta.description]
    .filter((part) => part !== undefined)
    .map(oneLine)
    .filter((part) => part !== '');
  const own = parts.map(asSentence).join(' ').trim();
  const long = own.length >= DESCRIPTION_MIN ? own : oneLine(`${own} ${WHAT_EVERY_SHEET_IS}`);
  return shortenAtWord(long, DESCRIPTION_MAX);
}

/** A licence schema.org can follow (a URL) when it is one the code knows, otherwise the editors' words. */
const licenseOf = (license: string): string => (isCcBy4(license) ? CC_BY_4.path : oneLine(license));

export function datasetJsonLd(
  meta: Meta,
  files: readonly { path: string; mediaType: string }[],
  options: { pageUrl?: string },
): Record<string, unknown> {
  const { pageUrl } = options;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: oneLine(meta.title),
    description: datasetDescription(meta),
    ...(pageUrl !== undefined ? { url: siteAddress('', pageUrl) } : {}),
    dateModified: meta.updated,
    ...(meta.version !== undefined ? { version: oneLine(meta.version) } : {}),
    ...(meta.license !== undefined ? { license: licenseOf(meta.license) } : {}),
    ...(meta.credit !== undefined
      ? { creator: { '@type': 'Organization', name: oneLine(meta.credit) } }
      : {}),
    isAccessibleForFree: true,
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      encodingFormat: file.mediaType,
      contentUrl: siteAddress(file.path, pageUrl),
    })),
  };
}

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON to put inside `<script type="application/ld+json">`. The HTML parser ends a script at
 * "</script" whatever the JSON means, and "<!--" changes how it looks for that end; with
 * every "<" written as \u003c neither can occur, and the JSON still means the same. The line
 * separators are escaped for older JavaScript parsers that read them as line ends.
 */
export const jsonLdScriptText = (value: object): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char] ?? char);
