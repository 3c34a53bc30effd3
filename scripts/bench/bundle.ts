/**
 * JavaScript size of the built app (first view and total, raw and gzip -9), and the
 * floor of the stack: the same measure for two minimal apps built by Vite from this
 * repository's node_modules.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface SizeTotal {
  files: FileSize[];
  raw: number;
  gzip: number;
  rawKB: number;
  gzipKB: number;
}

const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

function sizeOf(paths: readonly string[], root: string): SizeTotal {
  const files = paths.map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSize(bytes) };
  });
  files.sort((a, b) => a.file.localeCompare(b.file));
  const raw = files.reduce((sum, f) => sum + f.raw, 0);
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  return {
    files,
    raw,
    gzip,
    rawKB: Math.round((raw / 1024) * 10) / 10,
    gzipKB: Math.round((gzip / 1024) * 10) / 10,
  };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

const isScript = (path: string) => /\.(?:m?js)$/.test(path);

/** Scripts index.html loads at once: its module entry and every modulepreload link. */
export function firstViewScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src && /\btype\s*=\s*["']module["']/i.test(tag)) urls.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && /\brel\s*=\s*["']modulepreload["']/i.test(tag)) urls.add(href);
  }
  return [...urls].map((url) => {
    const path = new URL(url, 'http://bench.invalid/').pathname.replace(/^\/+/, '');
    // A URL with a prefix (a build served from a sub-folder): find the file by its path inside dist.
    const direct = join(distDir, path);
    if (existsSync(direct)) return direct;
    const inAssets = path.indexOf('assets/');
    return join(distDir, inAssets >= 0 ? path.slice(inAssets) : path);
  });
}

export interface AppSize {
  firstView: SizeTotal;
  total: SizeTotal;
}

export function measureApp(distDir: string): AppSize {
  const first = firstViewScripts(distDir);
  const missing = first.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`index.html refers to missing scripts: ${missing.join(', ')}`);
  return {
    firstView: sizeOf(first, distDir),
    // Every script the app can load: lazy chunks and workers included (not the data).
    total: sizeOf(walk(distDir).filter(isScript), distDir),
  };
}

/** The recharts components the app's chart imports, to check the floor app uses the same. */
export function rechartsImports(root: string): string[] {
  const dir = join(root, 'src/features/charts');
  if (!existsSync(dir)) return [];
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.tsx'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const list = /import\s*\{([^}]*)\}\s*from\s*['"]recharts['"]/.exec(source)?.[1] ?? '';
    for (const name of list.split(',')) {
      if (/\btype\b/.test(name)) continue;
      if (name.trim()) names.add(name.trim());
    }
  }
  return [...names].sort();
}

export const FLOOR_RECHARTS = [
  'CartesianGrid',
  'ResponsiveContainer',
  'ScatterChart',
  'XAxis',
  'YAxis',
  'usePlotArea',
  'useXAxisScale',
  'useYAxisScale',
];

const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>floor</title></head>
  <body><div id="root"></div><script type="module" src="./main.jsx"></script></body>
</html>
`;

const FLOOR_QUERY = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
/*CHART_IMPORT*/
const client = new QueryClient();

function Value() {
  const query = useQuery({ queryKey: ['value'], queryFn: async () => 42 });
  return query.data === undefined ? <p>Loading…</p> : <p>Value {query.data}{/*CHART_USE*/}</p>;
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <Value />
    </QueryClientProvider>
  </StrictMode>,
);
`;

const CHART_IMPORT = `import { CartesianGrid, ResponsiveContainer, ScatterChart, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

function Marks({ value }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  return <circle cx={x(1)} cy={y(value)} r={5} />;
}

function Chart({ value }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ScatterChart>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" domain={[0, 2]} />
        <YAxis type="number" dataKey="y" domain={[0, 100]} />
        <Marks value={value} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
`;

export interface FloorResult {
  /** react + react-dom/client + @tanstack/react-query */
  a: SizeTotal;
  /** the same plus the recharts pieces the app's chart uses */
  b: SizeTotal;
  rechartsUsedByApp: string[];
  /** recharts components the app imports that the floor app does not (should be empty). */
  rechartsNotInFloor: string[];
}

/**
 * Builds the two floor apps. Their sources go to bench/tmp/floor/ (inside the repository,
 * so `react` etc. resolve from its node_modules); the build output goes to the OS temp
 * directory and is deleted, so no built JavaScript is left where ESLint looks.
 */
export async function measureFloor(root: string): Promise<FloorResult> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const out = mkdtempSync(join(tmpdir(), 'factsheet-bench-floor-'));
  const sizes: Record<'a' | 'b', SizeTotal> = {} as Record<'a' | 'b', SizeTotal>;
  try {
    for (const name of ['a', 'b'] as const) {
      const dir = resolve(root, 'bench/tmp/floor', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), FLOOR_HTML);
      const main =
        name === 'a'
          ? FLOOR_QUERY.replace('/*CHART_IMPORT*/', '').replace('{/*CHART_USE*/}', '')
          : FLOOR_QUERY.replace('/*CHART_IMPORT*/', CHART_IMPORT).replace(
              '{/*CHART_USE*/}',
              '<Chart value={query.data} />',
            );
      writeFileSync(join(dir, 'main.jsx'), main);
      const outDir = join(out, name);
      await build({
        root: dir,
        configFile: false,
        logLevel: 'error',
        mode: 'production',
        plugins: [react()],
        build: { outDir, emptyOutDir: true },
      });
      sizes[name] = sizeOf(walk(outDir).filter(isScript), outDir);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const used = rechartsImports(root);
  return {
    a: sizes.a,
    b: sizes.b,
    rechartsUsedByApp: used,
    rechartsNotInFloor: used.filter((name) => !FLOOR_RECHARTS.includes(name)),
  };
}
