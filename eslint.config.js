import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', '.cache', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/map/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // src/core is pure: it runs in Node, the browser and a worker. No DOM, React or maplibre.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/core must not import React.',
            },
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message: 'src/core must not import maplibre.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/core must not import the store.' },
            {
              group: ['**/ui/**', '**/map/**', '**/store/**', '**/worker/**'],
              message: 'core imports none of ui/map/store/worker.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os'],
              message: 'src/core is platform-neutral; do I/O in scripts/ or the worker.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
);
