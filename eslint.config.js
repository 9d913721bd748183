// ESLint 9 flat config: TypeScript, React hooks, safe regexes, and the one-way layer order of src/.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const sourceExtensions = ['.ts', '.tsx', '.js', '.jsx', '.mjs'];

/**
 * Resolves relative imports to a path for the layer rule. A path that does not exist (yet) still
 * resolves: the layer a file belongs to depends on where it is, not on whether it is there, and
 * `tsc` is what reports a missing module. Package imports are left unresolved (no layer).
 */
const layerPathResolver = {
  interfaceVersion: 3,
  name: 'layer-path',
  resolve(modulePath, sourceFile) {
    if (!modulePath.startsWith('.') && !path.isAbsolute(modulePath)) return { found: false };
    const base = path.resolve(path.dirname(sourceFile), modulePath);
    const candidates = [
      base,
      ...sourceExtensions.map((ext) => base + ext),
      ...sourceExtensions.map((ext) => path.join(base, 'index' + ext)),
    ];
    const existing = candidates.find((file) => existsSync(file) && statSync(file).isFile());
    return { found: true, path: existing ?? base };
  },
};

/** A lower layer never imports a higher one (see STYLE.md, "Layers, one direction"). */
const layerZones = [
  { target: 'src/data', from: ['src/model', 'src/state', 'src/charts', 'src/views', 'src/app'] },
  { target: 'src/model', from: ['src/state', 'src/charts', 'src/views', 'src/app'] },
  { target: 'src/state', from: ['src/charts', 'src/views', 'src/app'] },
  { target: 'src/charts', from: ['src/state', 'src/views', 'src/app'] },
  { target: 'src/views', from: ['src/app'] },
].map((zone) => ({
  ...zone,
  message: `${zone.target} is a lower layer: it may not import from a higher one (data → model → state → charts → views → app).`,
}));

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/']),

  js.configs.recommended,
  regexp.configs['flat/recommended'],

  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },

  {
    // Tests and tools in Node; src in the browser. Tests may also run under jsdom.
    files: ['scripts/**', 'bench/**', '*.config.{js,ts,mjs}', 'vitest.setup.ts', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Tests feed deliberately ill-typed input to check that code warns rather than throws.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },

  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [layerPathResolver] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'd3',
              message:
                'Import the d3-* modules you use (d3-scale, d3-shape, ...): the d3 bundle tree-shakes modules away that are used at run time.',
            },
          ],
        },
      ],
    },
  },
]);
