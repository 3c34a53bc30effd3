import type { Problem } from './data/problem.ts';

/** What the build's prerenderer (src/prerender.tsx) gives vite.config.ts. */
export type PrerenderResult =
  { ok: true; html: string; stamp: string; day: number } | { ok: false; problems: readonly Problem[] };

export interface PrerenderModule {
  prerenderPage(text: string): Promise<PrerenderResult>;
}
