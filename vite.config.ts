import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), copyDataset()],
  preview: { port: 4173, strictPort: true },
});
