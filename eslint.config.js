// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Import boundaries (architecture.md): imports go downward only. */
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: why })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  layer(
    ['src/domain/**'],
    [
      '**/protocol/**',
      '**/store/**',
      '**/bus/**',
      '**/services/**',
      '**/server/**',
      '**/web/**',
      '**/i18n/**',
      'node:*',
      'fastify',
      'ws',
      'better-sqlite3',
    ],
    'domain is pure: no I/O and nothing from outer layers',
  ),
  layer(
    ['src/protocol/**'],
    ['**/store/**', '**/bus/**', '**/services/**', '**/server/**', '**/web/**'],
    'protocol depends only on domain types and zod',
  ),
  layer(['src/store/**', 'src/bus/**'], ['**/services/**', '**/server/**', '**/web/**'], 'store/bus sit below services'),
  layer(['src/services/**'], ['**/server/**', '**/web/**'], 'services do not know HTTP or the browser'),
  layer(
    ['src/web/**'],
    ['**/server/**', '**/services/**', '**/store/**', '**/bus/**', 'zod', 'node:*'],
    'the browser bundle uses domain and protocol types only',
  ),
  // the web app's unit tests run in Node and may read files (the style sheets), nothing more
  layer(
    ['src/web/**/*.test.ts'],
    ['**/server/**', '**/services/**', '**/store/**', '**/bus/**', 'zod'],
    'web tests may use node:* but not the server side',
  ),
  {
    files: ['scripts/**', 'test/**', 'bench/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
