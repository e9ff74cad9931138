/**
 * The `abaikan` globs (src/core/glob.ts), matched without regular expressions: the semantics the
 * workspace relied on under picomatch (`**`, `*` within a segment, dot files), braces and classes,
 * `!` re-including what an earlier pattern skipped, and no pattern that hangs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../helpers.js';
import { compileIgnore } from '../../src/core/glob.js';

describe('abaikan patterns', () => {
  it('`**` spans folders (the folder itself too), `*` stays in its segment, dot files match', () => {
    const ig = compileIgnore(['arsip/**', '*.bak', 'data/**/draft-*.csv', 'tmp?/x']);
    expect(['arsip', 'arsip/a.yaml', 'arsip/2025/b.csv'].map((p) => ig(p))).toEqual([true, true, true]);
    expect(ig('x.bak')).toBe(true);
    expect(ig('.x.bak')).toBe(true);
    expect(ig('skp/x.bak')).toBe(false);
    expect(ig('data/draft-1.csv')).toBe(true);
    expect(ig('data/2026/tw1/draft-1.csv')).toBe(true);
    expect(ig('data/2026/final.csv')).toBe(false);
    expect(ig('tmp1/x')).toBe(true);
    expect(ig('tmp12/x')).toBe(false);
    expect(compileIgnore([])('anything')).toBe(false);
  });

  it('braces and character classes', () => {
    const ig = compileIgnore(['{lama,arsip}/**', 'data/20[0-2][!5].csv']);
    expect(['lama/a', 'arsip/b', 'baru/c'].map((p) => ig(p))).toEqual([true, true, false]);
    expect(['data/2019.csv', 'data/2024.csv', 'data/2025.csv', 'data/2034.csv'].map((p) => ig(p))).toEqual([true, true, false, false]);
  });

  it('`!pattern` means what it says: the last matching pattern decides, and its folder is walked into', () => {
    const ig = compileIgnore(['arsip/**', '!arsip/2026.csv']);
    expect(ig('arsip/2025.csv')).toBe(true);
    expect(ig('arsip/2026.csv')).toBe(false);
    // The folder is not skipped whole, so the re-included file can be found.
    expect(ig('arsip', true)).toBe(false);
    // Without a `!` pattern a skipped folder is not walked at all.
    expect(compileIgnore(['arsip/**'])('arsip', true)).toBe(true);
    // A pattern that is only `!` re-includes nothing that was not skipped.
    expect(compileIgnore(['!skp/a.yaml'])('skp/a.yaml')).toBe(false);
  });

  it('a nested quantifier is a literal, and matching stays bounded: it answers at once', () => {
    // Under a regex engine `**/(a+)+b` against 30 a's took about a minute; here `(`, `+` and `)` are characters.
    const ig = compileIgnore(['**/(a+)+b', '*'.repeat(50) + 'b', '**/**/**/**/**/**/**/**/x']);
    expect(ig('a'.repeat(30) + 'c')).toBe(false);
    expect(ig('(a+)+b')).toBe(true);
    expect(ig('a'.repeat(3000) + 'c')).toBe(false);
    expect(ig(Array.from({ length: 200 }, () => 'd').join('/') + '/y')).toBe(false);
  });
});

describe('abaikan in a workspace', () => {
  it('skips a folder but the file a `!` pattern names, and a hostile pattern does not hang validate', async () => {
    const ws = makeTempDir('abaikan');
    mkdirSync(join(ws, 'arsip'));
    writeFileSync(
      join(ws, 'asn-kinerja.yaml'),
      'kind: konfigurasi\ntahun: 2026\nabaikan:\n  - "arsip/**"\n  - "!arsip/tetap.yaml"\n  - "**/(a+)+b"\n',
    );
    writeFileSync(join(ws, 'arsip', 'lama.yaml'), 'kind: skp\n');
    writeFileSync(join(ws, 'arsip', 'tetap.yaml'), 'kind: unit-kerja\nunit:\n  - id: x\n    nama: X\n');
    writeFileSync(join(ws, 'a'.repeat(60) + 'c.yaml'), 'kind: unit-kerja\nunit:\n  - id: y\n    nama: Y\n');
    const r = await runCli(['validate', '.', '--format', 'json'], { cwd: ws });
    const paths = (JSON.parse(r.stdout) as { file: { path: string }[] }).file.map((f) => f.path);
    expect(paths.sort()).toEqual(['a'.repeat(60) + 'c.yaml', 'arsip/tetap.yaml', 'asn-kinerja.yaml']);
  });
});

describe('what a review found', () => {
  it('many brace groups stay bounded, and a group without a comma does not stop the ones after it', () => {
    const ig = compileIgnore(['{a,b}'.repeat(30) + '.x', '{x}{a,b}.csv']);
    expect(ig('a'.repeat(30) + '.x')).toBe(true);
    expect(ig('{x}a.csv')).toBe(true);
    expect(ig('{x}b.csv')).toBe(true);
  });

  it('a folder pattern skips what lies inside it even when a `!` pattern exists elsewhere', () => {
    const ig = compileIgnore(['arsip', '**/tmp', '!data/penting.csv']);
    expect(ig('arsip/old.yaml')).toBe(true);
    expect(ig('a/tmp/x.csv')).toBe(true);
    expect(ig('data/penting.csv')).toBe(false);
    expect(ig('data/lain.csv')).toBe(false);
  });
});
