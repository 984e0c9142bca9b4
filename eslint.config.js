// Lint rules, including the dependency rule of DESIGN.md:
// core ← shared ← server/app ← {server/http, cli, jobs}; adapters import core only;
// http never imports db; web never imports server or cli.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: restrict([
      { group: ['node:*', 'fs', 'path', 'crypto'], message: 'core is pure: no I/O' },
      { group: ['**/shared/**', '**/server/**', '**/cli/**', '**/web/**'], message: 'core imports nothing of the app' },
      { group: ['hono', 'kysely', 'react', 'zod', 'better-auth'], message: 'core uses no framework' },
    ]),
  },
  {
    files: ['src/shared/**'],
    rules: restrict([{ group: ['**/server/**', '**/cli/**', '**/web/**', 'node:*'], message: 'shared imports core only' }]),
  },
  {
    files: ['src/server/db/**', 'src/server/search/**', 'src/server/export/**', 'src/server/mail/**'],
    rules: restrict([{ group: ['**/app/**', '**/http/**', '**/cli/**', '**/web/**'], message: 'adapters import core only' }]),
  },
  {
    files: ['src/server/http/**'],
    rules: restrict([{ group: ['**/db/**', '**/repos/**'], message: 'http never imports db: call a use case' }]),
  },
  {
    files: ['src/web/**'],
    rules: restrict([{ group: ['**/server/**', '**/cli/**', 'node:*'], message: 'web never imports server or cli' }]),
  },
);
