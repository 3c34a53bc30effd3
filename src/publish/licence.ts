/**
 * The one licence the publishing code recognises by name. Data Package and schema.org both
 * want a licence as a URL or a registered name; a licence written any other way can only be
 * passed on as the editors' words.
 */
export const CC_BY_4 = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Whether the licence text starts by naming CC BY 4.0, as in "CC BY 4.0 for the compilation;
 * quotes remain their authors'". "CC BY-SA 4.0" or "CC BY 4.0.1" are other licences.
 */
export const isCcBy4 = (license: string): boolean => /^\s*CC[ -]BY[ -]4\.0(?!\.?[\w-])/i.test(license);
