/**
 * Where the dataset lives: fixed at build time (VITE_DATA_URL), relative to the app's
 * base URL unless absolute. Never read from the page URL, so a doctored link cannot put
 * someone else's "facts" under this sheet's name. Shared by the app and vite.config.ts.
 */
export function resolveDatasetUrl(base: string, configured: string | undefined): string {
  const path = configured?.trim() || 'data/factsheet.json';
  if (/^https?:\/\//i.test(path) || path.startsWith('/')) return path;
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** The origin to allow in connect-src when the dataset lives on another host. */
const originOf = (url: string): string | null => (/^https?:\/\//i.test(url) ? new URL(url).origin : null);

/**
 * The Content-Security-Policy of the built app: its own scripts only (no inline script,
 * no eval), and network access to itself and the configured dataset only.
 * frame-ancestors cannot be set from a meta tag: hosts should send it as a header
 * (see README, "Deploy").
 */
export function contentSecurityPolicy(datasetUrl: string): string {
  const dataOrigin = originOf(datasetUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dataOrigin ? ` ${dataOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
