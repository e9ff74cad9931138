/**
 * The layer rules in eslint.config.js (DESIGN.md "The shape", habit 8) reject what they should and
 * nothing more. Each probe is linted as if it were an existing file of that layer: the type-aware
 * config (projectService) only knows files in tsconfig.json, and lintText lints the given text only.
 */
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const CORE = 'src/core/number.ts';
const REPORT = 'src/report/format.ts';
const IO = 'src/io/yaml-file.ts';
const ENGINE = 'src/engine/options.ts';

const eslint = new ESLint({ cwd: ROOT });

async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result!.messages;
  // A parse error would make every "accepted" case pass for the wrong reason.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages;
}

const restricted = (messages: Linter.LintMessage[]) => messages.filter((m) => m.ruleId?.endsWith('no-restricted-imports'));

describe('lint enforces the layers', { timeout: 60_000 }, () => {
  it.each([
    { what: 'core importing yaml', file: CORE, code: `import { parse } from 'yaml';\nexport const p = parse;\n` },
    {
      what: 'core importing an ajv subpath',
      file: CORE,
      code: `import standalone from 'ajv/dist/standalone/index.js';\nexport const s = standalone;\n`,
    },
    { what: 'core importing node:fs', file: CORE, code: `import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n` },
    { what: 'core importing io/', file: CORE, code: `import { parseYaml } from '../io/yaml-file.js';\nexport const p = parseYaml;\n` },
    { what: 'report importing commander', file: REPORT, code: `import { Command } from 'commander';\nexport const c = new Command();\n` },
    {
      what: 'report running an engine pipeline',
      file: REPORT,
      code: `import { scoreWorkspace } from '../engine/score.js';\nexport const s = scoreWorkspace;\n`,
    },
    { what: 'engine importing cli/', file: ENGINE, code: `import { run } from '../cli/run.js';\nexport const r = run;\n` },
  ])('rejects $what', async ({ file, code }) => {
    const found = restricted(await lint(code, file));
    expect(found.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it.each([
    { what: 'io importing yaml', file: IO, code: `import { parse } from 'yaml';\nexport const p = parse;\n` },
    {
      what: 'report importing an engine result type',
      file: REPORT,
      code: `import type { ScoreResult } from '../engine/score.js';\nexport type R = ScoreResult;\n`,
    },
    { what: 'core importing core', file: CORE, code: `import { makeFinding } from './findings.js';\nexport const m = makeFinding;\n` },
  ])('accepts $what', async ({ file, code }) => {
    expect(restricted(await lint(code, file))).toEqual([]);
  });

  it('rejects a lazy import() in core too', async () => {
    const messages = await lint(`export const load = () => import('exceljs');\n`, CORE);
    expect(messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
});
