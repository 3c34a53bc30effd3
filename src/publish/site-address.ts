/**
 * Where a published file is, as a link: absolute when the sheet's address is known (feeds,
 * previews and search engines read links away from the page), otherwise relative to the
 * page, because the site may be served from any folder.
 *
 * `pageUrl` is the page's own address. Files resolve against it as a browser would, so it
 * must end in "/" (or name the file, "…/index.html"): "https://example.org/sheet" is read as a
 * page called "sheet" in the site's root.
 */
export function siteAddress(path: string, pageUrl: string | undefined): string {
  if (pageUrl === undefined) return path;
  if (!URL.canParse(pageUrl)) throw new Error(`The page's address is not a URL: "${pageUrl}"`);
  return new URL(path, pageUrl).href;
}
