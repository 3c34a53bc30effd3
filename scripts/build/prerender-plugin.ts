import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { createServer, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import type { Problem } from '../../src/data/problem.ts';
import type { PrerenderModule, PrerenderResult } from '../../src/prerender-result.ts';

/** Style sheets mean nothing to the prerenderer: it only writes markup. */
const noCss: Plugin = {
  name: 'prerender-no-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0no-css' : null),
  load: (id) => (id === '\0no-css' ? 'export default {}' : null),
};

/** Runs src/prerender.tsx in Node through Vite's module runner (JSX, TypeScript, lazy imports). */
async function prerender(datasetFile: string): Promise<PrerenderResult> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [react(), noCss],
  });
  try {
    const module = (await server.ssrLoadModule('/src/prerender.tsx')) as PrerenderModule;
    return await module.prerenderPage(readFileSync(datasetFile, 'utf8'));
  } finally {
    await server.close();
  }
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every style sheet the page can load: of its entry and of every chunk it imports, now or later. */
function stylesOf(bundle: Rollup.OutputBundle, entry: string | undefined): string[] {
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (seen.has(file) || chunk?.type !== 'chunk') return;
    seen.add(file);
    chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
    [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
  };
  if (entry) visit(entry);
  return [...styles].sort();
}

// The static skeleton in index.html: everything inside <div id="root"> up to the <noscript>.
const ROOT = /<div id="root">[\s\S]*?<\/div>(\s*<noscript>)/;

/**
 * The built index.html gets the sheet's default view as HTML, from the dataset it ships
 * with (data/factsheet.json), in place of the loading skeleton; main.tsx hydrates it. Every
 * style sheet of the build is linked from the start, so that the sections further down
 * (whose code loads later) are styled without JavaScript and do not jump when it arrives.
 * A dataset that fails validation fails the build, with its problems listed.
 */
export function prerenderIndex(datasetFile: string): Plugin {
  let page: Extract<PrerenderResult, { ok: true }> | null = null;
  return {
    name: 'prerender-index',
    apply: 'build',
    async buildStart() {
      const result = await prerender(datasetFile);
      if (!result.ok) {
        const list = result.problems.map((p: Problem) => `  ${p.where}: ${p.what}`).join('\n');
        this.error(`${datasetFile} breaks the format's rules (npm run data:check lists them):\n${list}`);
      }
      page = result;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!page || !context.filename.endsWith('/index.html') || !context.bundle) return html;
        if (!ROOT.test(html)) this.error('index.html has no <div id="root"> followed by <noscript>');
        const root = `<div id="root" data-prerendered="${attribute(page.stamp)}" data-day="${page.day}">${page.html}</div>`;
        const styles: HtmlTagDescriptor[] = stylesOf(context.bundle, context.chunk?.fileName)
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', href: `./${file}` },
            injectTo: 'head',
          }));
        // A function, not a string: the page's text may hold "$&" and the like.
        return { html: html.replace(ROOT, (_, noscript: string) => root + noscript), tags: styles };
      },
    },
  };
}
