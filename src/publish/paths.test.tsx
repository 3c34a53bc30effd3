// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteFooter } from '../app/site-footer.tsx';
import { makeFactsheetV2 } from '../testing/data-generators.ts';
import { PUBLISHED_PATHS } from './paths.ts';

afterEach(cleanup);

describe('PUBLISHED_PATHS', () => {
  it('are relative, so that they work from whatever folder the site is served', () => {
    for (const path of Object.values(PUBLISHED_PATHS)) {
      expect(path).not.toMatch(/^\/|^[a-z]+:/i);
      expect(new URL(path, 'https://example.org/any/folder/').pathname).toBe(`/any/folder/${path}`);
    }
  });
});

describe('the footer\'s "The whole dataset"', () => {
  it('links to every published file but the JSON Schema, with texts that stand alone', () => {
    render(<SiteFooter meta={makeFactsheetV2().meta} />);
    const list = within(screen.getByRole('region', { name: 'The whole dataset' })).getByRole('list');
    const links = within(list).getAllByRole('link');
    const linked = Object.values(PUBLISHED_PATHS).filter((path) => path !== PUBLISHED_PATHS.datasetSchema);
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(linked.sort());
    expect(within(list).getByRole('link', { name: 'Figures (CSV)' })).toHaveAttribute(
      'href',
      'data/figures.csv',
    );
    const names = links.map((link) => link.textContent);
    expect(new Set(names).size).toBe(names.length);
  });
});
