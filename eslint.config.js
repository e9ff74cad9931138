// Lint enforces the architecture (DESIGN.md "The shape", habit 8): the core is pure, formatters never
// touch I/O, data flows one way (io -> core -> report -> cli), and only the CLI prints.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node built-ins that reach the file system, the process, the terminal or the OS. */
const NODE_IO = [
  'fs',
  'fs/promises',
  'path',
  'process',
  'os',
  'child_process',
  'crypto',
  'stream',
  'stream/promises',
  'readline',
  'readline/promises',
].flatMap((name) => [name, `node:${name}`]);

/** Parsers, writers and terminal libraries: io/, schema/, report/ and cli/ wrap them, the core never sees them. */
const IO_LIBRARIES = ['yaml', 'csv-parse', 'csv-stringify', 'cli-table3', 'commander', 'ajv', 'ajv-formats', 'exceljs', 'pdfmake', 'chalk'];

const banPaths = (names, message) => names.map((name) => ({ name, message }));

/** `ajv/dist/...`, `csv-stringify/sync`, `yaml/util`: a subpath is the same library. */
const banSubpaths = (names, message) => ({ group: names.map((name) => `${name}/*`), message });

const CORE = 'core is pure: typed records in, typed results out; io/ and cli/ do the reading and printing (DESIGN.md).';
const FORMATTER = 'formatters return strings: no I/O, no process, no argv, no colour library; cli/ writes (DESIGN.md habit 5).';
const ONE_WAY = 'data flows one way (files -> io -> core -> report -> cli): a lower layer imports nothing above it.';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'src/types/generated/**', 'src/schema/generated/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', TextDecoder: 'readonly' } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Type-aware rules for the TypeScript the project compiles (tsconfig.json: src, test).
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Registries are `satisfies Record<Union, …>`; switches over the same unions must be total too.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.objectContaining, expect.any, …) are typed `any` by design,
      // so every object literal that holds one is flagged. Untyped JSON.parse results are still caught
      // by no-unsafe-member-access / -call / -argument: cast them to the generated report types.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  // Scripts, benchmarks, bin/, this file and vitest.config.ts: plain JS (or outside tsconfig.json), no type information.
  {
    files: ['**/*.{js,mjs,cjs}', '*.ts', 'scripts/**', 'bench/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Layers. `@typescript-eslint/no-restricted-imports` is the base rule plus `allowTypeImports`. Later
  // blocks replace an earlier block's options for the same rule, so each layer's list is complete.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: banPaths([...NODE_IO, ...IO_LIBRARIES], CORE),
          patterns: [
            banSubpaths(IO_LIBRARIES, CORE),
            { group: ['**/cli/**', '**/io/**', '**/report/**', '**/engine/**', '**/schema/validator*'], message: ONE_WAY },
          ],
        },
      ],
      // A lazy `await import('exceljs')` would slip past the import ban.
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: `${CORE} (no dynamic import either)` }],
    },
  },
  {
    files: ['src/report/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: banPaths([...NODE_IO, 'commander', 'chalk'], FORMATTER),
          patterns: [
            { group: ['**/cli/**', '**/io/**'], message: ONE_WAY },
            // A formatter renders the engine's result type, never runs a pipeline.
            { group: ['**/engine/**'], message: `${ONE_WAY} Type-only imports of engine results are fine.`, allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: banPaths([...NODE_IO, 'commander', 'chalk'], FORMATTER),
          patterns: [{ group: ['**/cli/**', '**/io/**', '**/engine/**'], message: ONE_WAY }],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**'], message: `${ONE_WAY} The engine is the package API; cli/ calls it.` }] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/i18n/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'pure code: pass values in from the CLI.' },
        { name: 'console', message: 'pure code never prints.' },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
