import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { prerenderIndex } from './scripts/build/prerender-plugin.ts';
import { publishDataset } from './scripts/build/publish-plugin.ts';
import { contentSecurityPolicy, resolveDatasetUrl } from './src/data/dataset-url.ts';

/**
 * The dataset is fetched at run time, not bundled, so a deployment can replace
 * dist/data/factsheet.json without a rebuild. In dev Vite serves data/ from the project
 * root; the build copies the files next to the app.
 */
function copyDataset(): Plugin {
  const files = ['factsheet.json', 'factsheet.schema.json'];
  return {
    name: 'copy-dataset',
    apply: 'build',
    generateBundle() {
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(`data/${file}`) });
      }
    },
  };
}

/**
 * index.html gets a preload for the dataset, so that it downloads alongside the scripts,
 * and (in the build) the Content-Security-Policy. Dev keeps no CSP: Vite's hot reload
 * needs inline scripts.
 */
function headTags(base: string, dataUrl: string | undefined, isBuild: boolean): Plugin {
  const url = resolveDatasetUrl(base, dataUrl);
  return {
    name: 'head-tags',
    transformIndexHtml() {
      return [
        ...(isBuild
          ? [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(url) },
                injectTo: 'head-prepend' as const,
              },
            ]
          : []),
        {
          tag: 'link',
          attrs: { rel: 'preload', href: url, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        },
      ];
    },
  };
}

// The pages and their entry modules: each runs on its own page only.
const ENTRY = /(\.html|[\\/]src[\\/](main|embed)\.tsx)$/;

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // Relative URLs: one build works at a domain's root, in any sub-folder and inside an iframe.
  const base = './';
  return {
    base,
    plugins: [
      react(),
      copyDataset(),
      headTags(base, env.VITE_DATA_URL, command === 'build'),
      prerenderIndex('data/factsheet.json'),
      publishDataset('data/factsheet.json'),
    ],
    preview: { port: 4173, strictPort: true },
    build: {
      rolldownOptions: {
        input: { index: 'index.html', embed: 'embed.html' },
        // Everything the first view needs in one file. Left alone, rolldown splits the modules
        // that the first view shares with the lazy sections into a dozen tiny chunks.
        // The two pages' entry modules stay apart (each runs only on its own page) and share it.
        output: {
          codeSplitting: {
            groups: [{ name: 'app', tags: ['$initial'], test: (id) => !ENTRY.test(id) }],
          },
        },
      },
    },
  };
});
