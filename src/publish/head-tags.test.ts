import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../data/schema.ts';
import { makeFactsheetV2 } from '../testing/data-generators.ts';
import { SOCIAL_DESCRIPTION_MAX, socialTags, type HeadTag } from './head-tags.ts';

const meta: Meta = makeFactsheetV2().meta;
const image = { imagePath: 'social.png', imageAlt: 'Key figures of the sheet' };

/** The content of the meta tag with that property or name, or undefined. */
const content = (tags: readonly HeadTag[], key: string): string | undefined =>
  tags.find((tag) => tag.tag === 'meta' && (tag.attrs.property === key || tag.attrs.name === key))?.attrs
    .content;

const linkTo = (tags: readonly HeadTag[], rel: string): HeadTag | undefined =>
  tags.find((tag) => tag.tag === 'link' && tag.attrs.rel === rel);

describe('socialTags', () => {
  it('gives Open Graph and Twitter card tags, with absolute addresses when the page address is known', () => {
    const tags = socialTags(meta, { ...image, pageUrl: 'https://example.org/sheet/' });
    expect(content(tags, 'og:type')).toBe('website');
    expect(content(tags, 'og:title')).toBe('Test sheet');
    expect(content(tags, 'og:site_name')).toBe('Test sheet');
    expect(content(tags, 'og:description')).toBe('A made-up conflict');
    expect(content(tags, 'og:url')).toBe('https://example.org/sheet/');
    expect(content(tags, 'og:image')).toBe('https://example.org/sheet/social.png');
    expect(content(tags, 'og:image:width')).toBe('1200');
    expect(content(tags, 'og:image:height')).toBe('630');
    expect(content(tags, 'og:image:alt')).toBe('Key figures of the sheet');
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
    expect(content(tags, 'twitter:title')).toBe('Test sheet');
    expect(content(tags, 'twitter:description')).toBe('A made-up conflict');
    expect(content(tags, 'twitter:image')).toBe('https://example.org/sheet/social.png');
    expect(content(tags, 'twitter:image:alt')).toBe('Key figures of the sheet');
    expect(linkTo(tags, 'canonical')?.attrs.href).toBe('https://example.org/sheet/');
  });

  it('uses property= for Open Graph and name= for Twitter', () => {
    for (const tag of socialTags(meta, image)) {
      if (tag.tag !== 'meta') continue;
      const key = tag.attrs.property ?? tag.attrs.name ?? '';
      expect(key.startsWith('og:') ? 'property' in tag.attrs : 'name' in tag.attrs).toBe(true);
      expect(key.startsWith('og:') || key.startsWith('twitter:')).toBe(true);
    }
  });

  it('points og:url and the canonical link at another page of the site', () => {
    const tags = socialTags(meta, {
      ...image,
      pageUrl: 'https://example.org/sheet/',
      pagePath: 'embed.html',
    });
    expect(content(tags, 'og:url')).toBe('https://example.org/sheet/embed.html');
    expect(linkTo(tags, 'canonical')?.attrs.href).toBe('https://example.org/sheet/embed.html');
  });

  it('keeps the image relative, and gives no og:url or canonical link, without the page address', () => {
    const tags = socialTags(meta, image);
    expect(content(tags, 'og:image')).toBe('social.png');
    expect(content(tags, 'og:url')).toBeUndefined();
    expect(linkTo(tags, 'canonical')).toBeUndefined();
  });

  it('links the change feed', () => {
    expect(linkTo(socialTags(meta, image), 'alternate')).toEqual({
      tag: 'link',
      attrs: {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: 'Test sheet: changes',
        href: 'feed.xml',
      },
    });
  });

  it('describes with the method note when there is no subtitle, cut at a word, and not at all without either', () => {
    const words = Array.from({ length: 100 }, (_, at) => `word${at}`).join(' ');
    const noSubtitle = { ...meta, subtitle: undefined, description: words };
    const description = content(socialTags(noSubtitle, image), 'og:description') ?? '';
    expect(description.length).toBeLessThanOrEqual(SOCIAL_DESCRIPTION_MAX);
    expect(description).toMatch(/^word0 word1 .* word\d+…$/);
    expect(content(socialTags({ title: 'Bare', updated: '2025' }, image), 'og:description')).toBeUndefined();
    expect(
      content(socialTags({ title: 'Bare', updated: '2025' }, image), 'twitter:description'),
    ).toBeUndefined();
  });

  it('never puts a line break or a control character in a value', () => {
    const text = fc.string({ unit: 'binary', maxLength: 400 });
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), text, (title, subtitle, imageAlt) => {
        const tags = socialTags(
          { title, subtitle, updated: '2025' },
          { imagePath: 'social.png', imageAlt, pageUrl: 'https://example.org/sheet/' },
        );
        for (const tag of tags) {
          for (const value of Object.values(tag.attrs)) {
            // eslint-disable-next-line no-control-regex
            expect(value).not.toMatch(/[\u0000-\u001F\u007F]/);
          }
        }
        expect((content(tags, 'og:description') ?? '').length).toBeLessThanOrEqual(SOCIAL_DESCRIPTION_MAX);
      }),
    );
  });
});
