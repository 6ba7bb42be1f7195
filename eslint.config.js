// Lint rules. The important one is the layering rule: the domain core and the exporters must stay
// plain TypeScript so that an assessor's verifier can re-run them without a browser or a UI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Learning Locker's xAPI validator and statements service are for tests only: neither can be
// bundled for the browser, so nothing the app ships may import them.
const testOnly = {
  group: ['@learninglocker/*', 'xapi-statements', 'xapi-statements/*', '**/tests/support/*'],
  message:
    'Test-only: the xAPI validator and the test LRS never ship (validate statements in tests).',
};

const uiFree = {
  patterns: [
    testOnly,
    {
      group: ['react', 'react-*', 'react/*', '@testing-library/*'],
      message: 'src/domain and src/export are pure: no React.',
    },
    {
      group: ['xstate', '@xstate/*'],
      message:
        'src/domain is pure: machines live in src/machines and call the domain, never the reverse.',
    },
    { group: ['zustand', 'zustand/*'], message: 'src/domain is pure: stores live in src/store.' },
    {
      group: [
        'framer-motion',
        'idb',
        '**/features/*',
        '**/components/*',
        '**/store/*',
        '**/machines/*',
        '**/app/*',
      ],
      message: 'src/domain may import only itself and small pure libraries (zod, yaml).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testOnly] }] },
  },
  {
    // Replaces the rule above for the pure core, keeping testOnly among its patterns.
    files: ['src/domain/**/*.ts', 'src/export/**/*.ts'],
    // download.ts and print-html.ts are the modules of src/export that touch the browser: they save
    // and print what the others make.
    ignores: ['src/**/*.test.ts', 'src/export/download.ts', 'src/export/print-html.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', uiFree],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Inject randomness: sessions must replay exactly.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'Inject the clock: sessions must replay exactly.',
        },
      ],
    },
  },
  {
    // The browser gets validated JSON from the build: keep schema validators and parsers off its bundle.
    files: [
      'src/app/**',
      'src/features/**',
      'src/components/**',
      'src/store/**',
      'src/machines/**',
    ],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/machines/walk-scenario.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message:
                'Validate at build time (scripts/vite-plugin-scenarios.ts); do not ship zod to the browser.',
            },
            {
              name: 'yaml',
              message:
                'Scenarios are parsed at build time; do not ship a YAML parser to the browser.',
            },
          ],
          patterns: [
            {
              group: [
                '**/scenario/schema',
                '**/scenario/load-scenario',
                '**/scoring/framework-schema',
              ],
              allowTypeImports: true,
              message:
                'Import types only from schema modules in the UI (values pull zod into the bundle); constants live in scenario/vocabulary.ts.',
            },
            {
              group: [
                '**/session/log-schema',
                '**/session/log-json-schema',
                '**/session/verify-log',
              ],
              allowTypeImports: true,
              message:
                'The verifier pulls in zod: load it lazily with import() (types may be imported).',
            },
          ],
        },
      ],
    },
  },
);
