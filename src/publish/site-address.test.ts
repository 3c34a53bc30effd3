import { describe, expect, it } from 'vitest';
import { siteAddress } from './site-address.ts';

describe('siteAddress', () => {
  it('keeps the path relative when the page has no known address', () => {
    expect(siteAddress('data/figures.csv', undefined)).toBe('data/figures.csv');
  });

  it('resolves the path against the page as a browser would', () => {
    expect(siteAddress('data/figures.csv', 'https://example.org/sheet/')).toBe(
      'https://example.org/sheet/data/figures.csv',
    );
    expect(siteAddress('feed.xml', 'https://example.org/sheet/index.html')).toBe(
      'https://example.org/sheet/feed.xml',
    );
    expect(siteAddress('', 'https://example.org/sheet/#x')).toBe('https://example.org/sheet/');
  });

  it('says so when the page address is not a URL', () => {
    expect(() => siteAddress('feed.xml', 'example.org/sheet')).toThrow(/not a URL/);
  });
});
