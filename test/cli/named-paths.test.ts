/**
 * Issue [10] item 5: a path the user names is theirs to get right. One that cannot be read, or a folder
 * where score wants a file, is exit 2 with the reason (PRODUCT.md "exit 2: missing or unreadable path"),
 * not a finding among the data's (exit 1). And FORCE_COLOR never writes colour into an --output file.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, copyFixture, makeTempDir, runCli } from '../helpers.js';

// Root reads any file whatever its mode, so the unreadable file is one the kernel refuses to read:
// /proc/self/mem fails its first read with EIO.
const UNREADABLE = '/proc/self/mem';

describe('named paths', () => {
  for (const args of [
    ['validate', UNREADABLE],
    ['ikm', UNREADABLE],
    ['score', EXAMPLE, UNREADABLE],
  ]) {
    it(`${args[0]} with a named file that cannot be read: exit 2 naming it and the reason`, async () => {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${UNREADABLE} (EIO)`);
      expect(r.stdout).toBe('');
    });
  }

  it('score with a folder where a FILE goes: exit 2 saying to give it as the WORKSPACE', async () => {
    const dir = makeTempDir('named-dir');
    mkdirSync(join(dir, 'data.csv'));
    const r = await runCli(['score', EXAMPLE, join(dir, 'data.csv')], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a folder');
  });
});

describe('FORCE_COLOR never reaches an --output file', () => {
  const colour = { FORCE_COLOR: '3', NO_COLOR: '' };
  const cases: [string, string[]][] = [
    ['validate text', ['validate', '.', '--output', 'out.txt']],
    ['ikm table', ['ikm', '.', '--output', 'out.txt']],
    ['score --explain', ['score', '.', '--explain', '197008231997022001', '--output', 'out.txt']],
    ['score table', ['score', '.', '--output', 'out.txt']],
  ];
  for (const [name, args] of cases) {
    it(name, async () => {
      const ws = copyFixture(EXAMPLE);
      const r = await runCli(args, { cwd: ws, env: colour });
      expect([0, 1]).toContain(r.code);
      const text = readFileSync(join(ws, 'out.txt'), 'utf8');
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toContain('\x1b');
    });
  }
});
