/**
 * Broken-file fixtures: each file in test/fixtures/validate/cases/ is the base workspace with one
 * planted mistake. Its header says where it goes (`# target:`), which finding must appear at which
 * line:col of that file (`# expect: KODE line:col`) and the exit code (`# exit:`).
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';

const CASES = join(FIXTURES, 'validate', 'cases');
const BASE = join(FIXTURES, 'validate', 'base');

function header(text: string, key: string): string {
  const m = new RegExp(`^# ${key}: (.*)$`, 'm').exec(text);
  if (!m) throw new Error(`missing # ${key}:`);
  return m[1]!.trim();
}

describe('the base workspace', () => {
  it('validates clean', async () => {
    const ws = copyFixture(BASE);
    const r = await runCli(['validate', ws, '--format', 'json']);
    expect((JSON.parse(r.stdout) as LaporanValidasi).ringkasan).toEqual({ file: 6, error: 0, peringatan: 0, info: 0 });
    expect(r.code).toBe(0);
  });
});

describe.each(
  readdirSync(CASES)
    .filter((f) => f.endsWith('.yaml'))
    .sort(),
)('planted mistake %s', (name) => {
  const text = readFileSync(join(CASES, name), 'utf8');
  const target = header(text, 'target');
  const [kode, at] = header(text, 'expect').split(' ');
  const [baris, kolom] = at!.split(':').map(Number);
  const exit = Number(header(text, 'exit'));

  const plant = () => {
    const ws = copyFixture(BASE);
    mkdirSync(dirname(join(ws, target)), { recursive: true });
    writeFileSync(join(ws, target), text);
    return ws;
  };

  it(`the file alone: ${kode} at ${baris}:${kolom}, exit ${exit}`, async () => {
    const ws = plant();
    const r = await runCli(['validate', join(ws, target), '--format', 'json'], { cwd: ws });
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    // Only the named file is reported, even though its workspace is loaded as context.
    // (An invalid config is shown too, since it makes the run exit 2.)
    const paths = report.file.map((f) => f.path);
    expect(paths).toContain(target);
    expect(paths.filter((p) => p !== target && p !== 'asn-kinerja.yaml')).toEqual([]);
    const found = report.file.flatMap((f) => f.temuan).filter((t) => t.kode === kode && t.path === target);
    expect(found.map((t) => `${t.baris}:${t.kolom}`)).toContain(`${baris}:${kolom}`);
    expect(r.code).toBe(exit);
  });

  it('the whole workspace: the same finding, the same exit code', async () => {
    const ws = plant();
    const r = await runCli(['validate', '--format', 'json'], { cwd: ws });
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    const found = report.file.flatMap((f) => f.temuan).filter((t) => t.kode === kode && t.path === target);
    expect(found.map((t) => `${t.baris}:${t.kolom}`)).toContain(`${baris}:${kolom}`);
    expect(r.code).toBe(exit);
  });
});
