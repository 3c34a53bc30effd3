import type { Meta } from '../data/schema.ts';
import { PUBLISHED_PATHS } from './paths.ts';
import { siteAddress } from './site-address.ts';
import { oneLine, shortenAtWord } from './text.ts';

/**
 * Tags for the page's head that make a shared link look like the sheet: Open Graph (read by
 * Facebook, LinkedIn, Slack, Signal, Mastodon and most chat apps) and Twitter/X cards, plus
 * the canonical address and the change feed. The shape is Vite's HtmlTagDescriptor.
 */
export interface HeadTag {
  tag: string;
  attrs: Record<string, string>;
  children?: string;
}

/** The size the social image is drawn at (the 1.91:1 card every previewer crops to). */
export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/** Previewers cut descriptions at 150–300 characters, some mid-word; this cuts first, at a word. */
export const SOCIAL_DESCRIPTION_MAX = 300;

const openGraph = (property: string, content: string): HeadTag => ({
  tag: 'meta',
  attrs: { property, content },
});

const twitter = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { name, content } });

const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

/**
 * Every value is an attribute value, which Vite escapes; it is made one line here because a
 * line break in a preview's title or description shows as a stray gap, or cuts it short.
 */
export function socialTags(
  meta: Meta,
  options: { imagePath: string; imageAlt: string; pageUrl?: string; pagePath?: string },
): HeadTag[] {
  const { imagePath, pageUrl, pagePath } = options;
  const title = oneLine(meta.title);
  const about = meta.subtitle ?? meta.description;
  const description = about === undefined ? undefined : shortenAtWord(oneLine(about), SOCIAL_DESCRIPTION_MAX);
  const imageAlt = oneLine(options.imageAlt);
  // Facebook, LinkedIn and X need an absolute image URL and show no image for a relative one;
  // it is absolute when the sheet's address is known, so setting meta.url gives them the image.
  const image = siteAddress(imagePath, pageUrl);
  const canonical = pageUrl === undefined ? undefined : siteAddress(pagePath ?? '', pageUrl);
  return [
    openGraph('og:type', 'website'),
    openGraph('og:site_name', title),
    openGraph('og:title', title),
    ...(description === undefined ? [] : [openGraph('og:description', description)]),
    ...(canonical === undefined ? [] : [openGraph('og:url', canonical)]),
    openGraph('og:image', image),
    openGraph('og:image:width', String(SOCIAL_IMAGE_WIDTH)),
    openGraph('og:image:height', String(SOCIAL_IMAGE_HEIGHT)),
    openGraph('og:image:alt', imageAlt),
    twitter('twitter:card', 'summary_large_image'),
    twitter('twitter:title', title),
    ...(description === undefined ? [] : [twitter('twitter:description', description)]),
    twitter('twitter:image', image),
    twitter('twitter:image:alt', imageAlt),
    ...(canonical === undefined ? [] : [link({ rel: 'canonical', href: canonical })]),
    link({
      rel: 'alternate',
      type: 'application/atom+xml',
      title: `${title}: changes`,
      href: PUBLISHED_PATHS.feed,
    }),
  ];
}
