import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { AppRoot } from './app/app-root.tsx';
import { factsheetQuery } from './app/factsheet-query.ts';
import { parseDataset } from './data/parse.ts';
import { dayNumberOf } from './model/currency.ts';
import { buildIndex } from './model/dataset-index.ts';
import { datasetStamp } from './model/dataset-stamp.ts';
import type { PrerenderResult } from './prerender-result.ts';

/*
 * Build time only (vite.config.ts): the default view of the sheet as HTML, so that a
 * reader, a crawler or a link preview without JavaScript gets the facts, and the app
 * hydrates it on load (main.tsx) instead of drawing the page anew.
 */

export async function prerenderPage(text: string): Promise<PrerenderResult> {
  const result = parseDataset(text);
  if (!result.ok) return { ok: false, problems: result.problems };
  const index = buildIndex(result.data);
  const queryClient = new QueryClient();
  queryClient.setQueryData(factsheetQuery().queryKey, index);
  const page = <AppRoot client={queryClient} />;
  const errors: unknown[] = [];
  const { prelude } = await prerender(page, {
    onError: (error) => void errors.push(error),
    // Every section in place: React otherwise moves large ones to the end of the page,
    // behind an inline script that neither our CSP nor a reader without JavaScript runs.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  // A section that fails here would be published as its error message: fail the build instead.
  if (errors.length > 0) throw new AggregateError(errors, 'The page could not be prerendered');
  const html = await new Response(prelude).text();
  if (html.includes('<script')) throw new Error('The prerendered page needs a script to show a section');
  return { ok: true, html, stamp: datasetStamp(index), day: dayNumberOf(new Date()) };
}
