// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Layer rule (see README "Architecture"): app → {data, charts, ui, lib, domain};
 * data → domain; charts → {domain, lib}; ui → {domain, lib}; domain and lib are leaves.
 * Each zone lists the layers it may NOT import.
 */
const LAYERS = ['app', 'data', 'charts', 'ui', 'lib', 'domain']
const ALLOWED = {
  app: LAYERS,
  data: ['domain'],
  charts: ['domain', 'lib'],
  ui: ['domain', 'lib'],
  lib: [],
  domain: [],
}
/** Libraries a pure layer must not touch. */
const PURE_BANS = ['react', 'react-dom', 'recharts', 'zod', '@tanstack/*']

const layerRules = Object.entries(ALLOWED).map(([layer, allowed]) => {
  const banned = LAYERS.filter((l) => l !== layer && !allowed.includes(l))
  const patterns = banned.map((l) => ({
    group: [`@/${l}/*`, `../${l}/*`, `../../${l}/*`],
    message: `src/${layer} may not import src/${l} (see README: Architecture)`,
  }))
  if (layer === 'domain' || layer === 'lib')
    patterns.push({
      group: PURE_BANS,
      message: `src/${layer} is pure TypeScript: no React, Recharts, zod or TanStack`,
    })
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  }
})

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench/results',
      'bench/.work',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@tanstack/query/prefer-query-options': 'error',
      // Every string from a dataset renders as text: no raw HTML anywhere.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render dataset strings as text.',
        },
        {
          selector:
            'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No raw HTML: render dataset strings as text.',
        },
      ],
    },
  },
  ...layerRules,
  {
    // No import cycles in src/ (scripts/check-cycles.ts checks the same graph
    // with the TypeScript resolver: `npm run lint:cycles`).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse .ts/.tsx modules when following imports (the plugin's TS preset).
      'import-x/extensions':
        importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers':
        importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json' }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The benchmark's baseline is deliberately the bare stack, written as a newcomer would.
    files: ['bench/baseline/**'],
    rules: { '@tanstack/query/prefer-query-options': 'off' },
  },
  {
    files: [
      'scripts/**',
      'bench/**',
      'tests/e2e/**',
      'tests/fixtures/**/generate.ts',
    ],
    rules: { 'no-console': 'off' },
  },
)
