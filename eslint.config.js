// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Layer rule (see README "Architecture"): app → {data, charts, ui, i18n, lib, domain};
 * data → domain; charts → {domain, lib, i18n}; ui → {domain, lib, i18n};
 * i18n (the reader's language for components) → domain; domain and lib are leaves.
 * Each zone lists the layers it may NOT import.
 */
const LAYERS = ['app', 'data', 'charts', 'ui', 'i18n', 'lib', 'domain']
const ALLOWED = {
  app: LAYERS,
  data: ['domain'],
  charts: ['domain', 'lib', 'i18n'],
  ui: ['domain', 'lib', 'i18n'],
  i18n: ['domain'],
  lib: [],
  domain: [],
}
/** Libraries a pure layer must not touch. */
const PURE_BANS = ['react', 'react-dom', 'recharts', 'zod', '@tanstack/*']

/** Every string from a dataset renders as text: no raw HTML anywhere. */
const RAW_HTML = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No raw HTML: render dataset strings as text.',
  },
  {
    selector:
      'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No raw HTML: render dataset strings as text.',
  },
]

/**
 * No user-visible words written in components: text comes from the message
 * catalogues (src/locales/, `useLang().t`), so every string exists in both
 * languages. Words = Latin letters or CJK ideographs; punctuation such as
 * ' · ' is fine.
 */
const WORDS = '/[A-Za-z\u4e00-\u9fff]/'
const NAMED_ATTRS =
  '/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|label)$/'
const UNLOCALISED_MESSAGE =
  'User-visible text comes from the catalogues (src/locales/*.json via useLang().t), not a literal.'
const UNLOCALISED = [
  `JSXText[value=${WORDS}]`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=${WORDS}]`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ConditionalExpression > Literal[value=${WORDS}]`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
  `JSXAttribute[name.name=${NAMED_ATTRS}] > Literal[value=${WORDS}]`,
  `JSXAttribute[name.name=${NAMED_ATTRS}] > JSXExpressionContainer > Literal[value=${WORDS}]`,
  `JSXAttribute[name.name=${NAMED_ATTRS}] > JSXExpressionContainer > ConditionalExpression > Literal[value=${WORDS}]`,
  `JSXAttribute[name.name=${NAMED_ATTRS}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
].map((selector) => ({ selector, message: UNLOCALISED_MESSAGE }))

/** Components not yet moved to the catalogues (issue #14); the list only shrinks. */
const NOT_YET_LOCALISED = []

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
      'reports',
      '.stryker-tmp',
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
      'no-restricted-syntax': ['error', ...RAW_HTML],
    },
  },
  {
    files: ['src/{app,ui,charts,i18n}/**/*.tsx'],
    ignores: NOT_YET_LOCALISED,
    rules: { 'no-restricted-syntax': ['error', ...RAW_HTML, ...UNLOCALISED] },
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
