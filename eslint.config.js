// Lint enforces the architecture (DESIGN.md habit 8): the core is pure, only the CLI prints.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_IO = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'process',
  'node:process',
  'child_process',
  'node:child_process',
  'chalk',
  'path',
  'node:path',
  'os',
  'node:os',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'src/types/generated/**', 'src/schema/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', TextDecoder: 'readonly' } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/i18n/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_IO.map((name) => ({
            name,
            message: 'core, i18n and report are pure: no I/O, no process, no colour library (DESIGN.md).',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core is pure: pass values in from the CLI.' },
        { name: 'console', message: 'core never prints.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_IO.map((name) => ({ name, message: 'core is pure (DESIGN.md).' })),
          patterns: [
            {
              group: ['**/cli/**', '**/io/**', '**/report/**', '**/schema/validator*'],
              message: 'data flows one way: core imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
