/** Edges of [7]'s CSV changes found in review: each case named, each a reproduction. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';
import { copyFixture, EXAMPLE, FIXTURES, makeTempDir, runCli } from '../helpers.js';

const BASE = join(FIXTURES, 'validate', 'base');
const STAF = '199104152015032001';
const row = (m: number, catatan: string, sep = ';') =>
  [STAF, `2026-${String(m).padStart(2, '0')}`, 'dokumen-perencanaan', '1', catatan].join(sep);
const header = (sep = ';') => ['nip', 'periode', 'indikator', 'realisasi', 'catatan'].join(sep);

async function validateFile(name: string, content: string | Buffer) {
  const ws = copyFixture(BASE);
  writeFileSync(join(ws, name), content);
  const r = await runCli(['validate', name, '--format', 'json'], { cwd: ws });
  const report = JSON.parse(r.stdout) as LaporanValidasi;
  return { ws, code: r.code, file: report.file.find((f) => f.path === name)! };
}

describe('CSV edges', () => {
  it('a correctly quoted two-line note full of semicolons is one record, not swallowed rows', async () => {
    const text = [header(), row(1, '"baris satu\r\nrapat; evaluasi; laporan; arsip; dll"'), row(2, 'ok')].join('\r\n') + '\r\n';
    const { file } = await validateFile('r.csv', text);
    expect(file).toMatchObject({ baris_dibaca: 2, baris_dipakai: 2, baris_ditolak: 0 });
  });

  it('UTF-16: a stray pair of quotes is reported as the range it swallowed, never merged in silence', async () => {
    const lines = [header('\t'), row(1, '"awal', '\t'), row(2, 'ok', '\t'), row(3, 'akhir"', '\t'), row(4, 'ok', '\t')];
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf16le')]);
    const { file } = await validateFile('r.txt', buf);
    expect(file.temuan.filter((t) => t.kode === 'CSV_SINTAKS').map((t) => [t.baris, (t.args as { sampai: number }).sampai])).toEqual([
      [2, 4],
    ]);
    expect(file).toMatchObject({ baris_dipakai: 1, baris_ditolak: 1 });
  });

  it('after a resync the sha256 is still the whole file', async () => {
    const ws = copyFixture(EXAMPLE);
    const path = join(ws, 'data', 'realisasi-2026.csv');
    const lines = readFileSync(path, 'utf8').split('\r\n');
    lines[10] = lines[10]!.replace(/;([^;]*)$/, ';"tanpa penutup');
    writeFileSync(path, lines.join('\r\n'));
    const report = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as LaporanSkor;
    const sumber = report.sumber.find((s) => s.path === 'data/realisasi-2026.csv')!;
    expect(sumber.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(sumber.baris_ditolak).toBe(1);
  });

  it('no split-decimal warning for an extra integer column or a 360° value rejected first', async () => {
    const extra = `nip,periode,indikator,realisasi,target,catatan\n${STAF},2026-01,dokumen-perencanaan,2,100,\n`;
    expect((await validateFile('r.csv', extra)).file.temuan.map((t) => t.kode)).not.toContain('NILAI_KOMA_TERPISAH');
    const perilaku = `nip,periode,penilai_nip,peran,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif\n${STAF},2026-S1,197805122003121002,atasan,6,5,4,4,4,4,4\n`;
    expect((await validateFile('p.csv', perilaku)).file.temuan.map((t) => t.kode)).not.toContain('NILAI_KOMA_TERPISAH');
  });

  it('a symlinked folder is read once, through its real place', async () => {
    const ws = copyFixture(BASE);
    symlinkSync('skp', join(ws, 'a-link'));
    const r = await runCli(['validate', '.', '--format', 'json'], { cwd: ws });
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    expect(report.file.flatMap((f) => f.temuan).map((t) => t.kode)).not.toContain('SKP_GANDA');
    expect(report.file.map((f) => f.path).filter((p) => p.startsWith('a-link'))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('validate on a folder whose only files are broken shows their errors (exit 1), not "no files"', async () => {
    const dir = makeTempDir('rusak');
    mkdirSync(join(dir, 'bulan3'));
    writeFileSync(join(dir, 'bulan3', 'r.csv'), 'nip;indikatr\n1;2\n');
    const r = await runCli(['validate', 'bulan3'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('CSV_TIDAK_DIKENALI');
  });

  it('init where a folder it needs is a file: exit 2, nothing written', async () => {
    const dir = makeTempDir('init');
    mkdirSync(join(dir, 'part'));
    writeFileSync(join(dir, 'part', 'skp'), 'x');
    const r = await runCli(['init', join(dir, 'part')]);
    expect(r.code).toBe(2);
    expect(readdirSync(join(dir, 'part'))).toEqual(['skp']);
  });
});
