const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Korean" for "ko"; null for a code the browser does not know (it is still shown as printed). */
export function languageName(code: string | undefined): string | null {
  if (!code) return null;
  try {
    const name = names.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** Whether a quote needs no translation: English, or no language given (the format's default). */
export const isEnglish = (code: string | undefined): boolean =>
  code === undefined || /^en(?:-|$)/i.test(code);
