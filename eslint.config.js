// Lint rules. The important one is the layering rule: the domain core and the exporters must stay
// plain TypeScript so that an assessor's verifier can re-run them without a browser or a UI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiFree = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', '@testing-library/*'], message: 'src/domain and src/export are pure: no React.' },
    { group: ['xstate', '@xstate/*'], message: 'src/domain is pure: machines live in src/machines and call the domain, never the reverse.' },
    { group: ['zustand', 'zustand/*'], message: 'src/domain is pure: stores live in src/store.' },
    { group: ['framer-motion', 'idb', '**/features/*', '**/components/*', '**/store/*', '**/machines/*', '**/app/*'], message: 'src/domain may import only itself and small pure libraries (zod, yaml).' },
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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/export/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', uiFree],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Inject randomness: sessions must replay exactly.' },
        { object: 'Date', property: 'now', message: 'Inject the clock: sessions must replay exactly.' },
      ],
    },
  },
);
