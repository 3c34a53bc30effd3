import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The layers of src/, top to bottom: app → features → ui → model → data. A layer imports
 * itself and the layers below it, never one above; a feature never imports another feature.
 * Beside them: src/publish (build time only: it may use model and data; the app imports
 * nothing from it but the published paths), src/testing (helpers for tests and
 * scripts/bench only) and the entry points (src/*.tsx, src/prerender-result.ts), which may
 * import anything and which nothing imports.
 */
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const above = (layer, from) => ({
  target: `./src/${layer}`,
  from: from.map((upper) => `./src/${upper}`),
  message: `src/${layer} imports only itself and the layers below it (app → features → ui → model → data), and not src/publish.`,
});

/** Source files that are not tests, in every folder of src/ but src/testing, and the entry points. */
const NOT_TESTS = [
  'src/{app,features,ui,model,data,publish}/**/!(*.test).{ts,tsx}',
  'src/!(*.test).{ts,tsx}',
];

const LAYER_ZONES = [
  above('data', ['model', 'ui', 'features', 'app', 'publish']),
  above('model', ['ui', 'features', 'app', 'publish']),
  above('ui', ['features', 'app', 'publish']),
  above('features', ['app', 'publish']),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature; share through src/ui or src/model.',
  })),
  {
    target: './src/app',
    from: './src/publish',
    except: ['./paths.ts'],
    message: 'src/publish is build-time code (satori, resvg): the app imports only the published paths.',
  },
  {
    target: 'src/publish/**/!(*.test).{ts,tsx}',
    from: ['./src/ui', './src/features', './src/app'],
    message:
      'src/publish builds files from the dataset with src/model and src/data, not with React components.',
  },
  {
    // A test may render the footer, to check that it links to every published file.
    target: 'src/publish/**/*.test.{ts,tsx}',
    from: './src/app',
    except: ['./site-footer.tsx'],
    message:
      'src/publish builds files from the dataset with src/model and src/data, not with React components.',
  },
  {
    target: 'src/publish/**/*.test.{ts,tsx}',
    from: ['./src/ui', './src/features'],
    message:
      'src/publish builds files from the dataset with src/model and src/data, not with React components.',
  },
  {
    target: './src/testing',
    from: ['./src/ui', './src/features', './src/app'],
    message:
      'src/testing makes datasets and reads published files back for tests: it uses src/model, src/data and src/publish only.',
  },
  {
    target: [...NOT_TESTS, 'scripts/*.ts', 'scripts/!(bench)/**', 'e2e/**', '*.ts'],
    from: './src/testing',
    message: 'src/testing is for *.test.* files and scripts/bench only.',
  },
  {
    target: 'src/*/**',
    from: ['./src/main.tsx', './src/embed.tsx', './src/prerender.tsx', './src/prerender-result.ts'],
    message: 'Nothing in src/ imports an entry point.',
  },
];

/*
 * Import rules by package or module name, with @typescript-eslint's no-restricted-imports
 * (it knows type-only imports). ESLint does not merge a rule's options across config
 * objects, so each group of files gets the whole list it needs.
 */
const SCHEMA_MESSAGE =
  'Outside src/data the schema and valibot are imported for types only (`import type`): a value ' +
  'import would pull valibot into the first view. Lists such as STATUSES are in data/vocabulary.ts.';
const SCHEMA_TYPES_ONLY = {
  paths: [{ name: 'valibot', allowTypeImports: true, message: SCHEMA_MESSAGE }],
  patterns: [{ regex: '(?:^|/)data/schema(?:\\.ts)?$', allowTypeImports: true, message: SCHEMA_MESSAGE }],
};
const MODEL_IS_PURE = {
  paths: [],
  patterns: [
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*', 'recharts', 'recharts/*'],
      message:
        'src/model is pure logic: no React, react-query or recharts (they belong in src/ui, src/features, src/app).',
    },
  ],
};
const restrictedImports = (...lists) => [
  'error',
  {
    paths: lists.flatMap((list) => list.paths),
    patterns: lists.flatMap((list) => list.patterns),
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'playwright-report', 'test-results', 'node_modules', '.tmp'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // import-x reads the TypeScript files an import leads to (for no-cycle) with this parser.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Imports name their files with the extension (allowImportingTsExtensions), so
      // Node's resolution finds them; no tsconfig paths to map.
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // A type-only import says so, so that the bundler drops it (see SCHEMA_MESSAGE).
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      // `import { type A }` keeps the module (verbatimModuleSyntax): write `import type { A }`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: LAYER_ZONES }],
      // Data from outside is untrusted: it must never become markup.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Dataset strings are rendered as text only.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never parse data as HTML.' },
      ],
    },
  },
  {
    // Tests never reach the browser: they may use the schema's values.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictedImports(SCHEMA_TYPES_ONLY) },
  },
  {
    files: ['src/model/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictedImports(SCHEMA_TYPES_ONLY, MODEL_IS_PURE),
    },
  },
  {
    files: ['src/model/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictedImports(MODEL_IS_PURE) },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'src/testing/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
