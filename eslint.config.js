// ESLint 9 flat config: TypeScript, React hooks, safe regexes, and the one-way layer order of src/.
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** The layers of src/, lowest first (see STYLE.md, "Layers, one direction"). */
const layers = ['data', 'model', 'state', 'charts', 'views', 'app'];

/**
 * Layers a layer may not import from, beyond every higher one. Charts take props, never the
 * store, so src/charts may not import src/state either.
 */
const alsoForbidden = { charts: ['state'] };

/** The layer of a file or import target under src/, or null outside the layers. */
function layerOf(file) {
  const [top, layer] = path.relative(root, file).split(path.sep);
  return top === 'src' && layers.includes(layer) ? layer : null;
}

/**
 * `layers/one-direction`: a lower layer never imports a higher one. Relative imports are resolved
 * against the importing file; the layer an import lands in depends on where it points, not on
 * whether the file is there (`tsc` reports a missing module). Package imports have no layer.
 */
const oneDirection = {
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'A lower layer of src/ never imports a higher one.' },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (from === null) return {};
    const forbidden = new Set([...layers.slice(layers.indexOf(from) + 1), ...(alsoForbidden[from] ?? [])]);
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.') && !path.isAbsolute(spec)) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), spec));
      if (to === null || !forbidden.has(to)) return;
      context.report({
        node: source,
        message: `src/${from} is a lower layer: it may not import from src/${to} (data → model → state → charts → views → app; charts take props, not the store).`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

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
    plugins: { layers: { rules: { 'one-direction': oneDirection } } },
    rules: {
      'layers/one-direction': 'error',
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
