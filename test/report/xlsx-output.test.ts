/**
 * Issue [8] items 1 and 5: `score` and `ikm` write workbooks — read back here cell by cell (values,
 * types, formats, colours, frozen and filtered header) — and `--output` picks the format from its
 * extension, refusing a binary format on a terminal and a format its file name contradicts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import { copyFixture, EXAMPLE, makeTempDir, runCli } from '../helpers.js';

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);

describe('score --format xlsx', () => {
  it('six sheets whose cells equal the JSON: NIPs as text, scores as numbers with two decimals, predikat coloured', async () => {
    const dir = makeTempDir('xlsx-out');
    const out = join(dir, 'skor.xlsx');
    const r = await runCli(['score', EXAMPLE, '--output', out]);
    expect(r.code).toBe(0);
    const laporan = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'])).stdout) as LaporanSkor;
    const wb = await readBack(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['pegawai', 'hasil kerja', 'unit', 'tim', 'temuan', 'sumber']);
    const ws = wb.getWorksheet('pegawai')!;
    const head = headerOf(ws);
    expect(head.slice(0, 4)).toEqual(['NIP', 'Nama', 'Unit', 'Capaian hasil kerja']);
    const col = (label: string) => head.indexOf(label) + 1;
    expect(ws.rowCount).toBe(laporan.pegawai.length + 1);
    laporan.pegawai.forEach((p, i) => {
      const row = ws.getRow(i + 2);
      // All 18 digits, as a text cell.
      expect(row.getCell(1).value).toBe(p.nip);
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(col('Capaian hasil kerja')).value).toBe(p.capaian_hasil_kerja);
      expect(row.getCell(col('Nilai perilaku')).value).toBe(p.nilai_perilaku);
      expect(row.getCell(col('Predikat')).value).toBe(p.predikat);
      expect(row.getCell(col('Angka kredit')).value).toBe(p.angka_kredit);
    });
    const first = ws.getRow(2);
    expect(first.getCell(col('Capaian hasil kerja')).numFmt).toBe('0.00');
    const baik = laporan.pegawai.findIndex((p) => p.predikat === 'Baik');
    expect(ws.getRow(baik + 2).getCell(col('Predikat')).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFC6EFCE' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(2).width).toBeGreaterThan(15);
    // One row per RHK indicator.
    const hk = wb.getWorksheet('hasil kerja')!;
    expect(hk.rowCount - 1).toBe(laporan.pegawai.reduce((a, p) => a + p.hasil_kerja.reduce((b, h) => b + h.indikator.length, 0), 0));
    // Units' figures and the sources with their hashes.
    const unit = wb.getWorksheet('unit')!;
    expect(unit.getRow(2).getCell(1).value).toBe(laporan.unit[0]!.id);
    const sumber = wb.getWorksheet('sumber')!;
    expect(sumber.getRow(2).getCell(4).value).toBe(laporan.sumber[0]!.sha256);
  });

  it('headers in English under --lang en; the regulation’s labels stay', async () => {
    const out = join(makeTempDir('xlsx-out'), 'skor.xlsx');
    expect((await runCli(['--lang', 'en', 'score', EXAMPLE, '--format', 'xlsx', '--output', out])).code).toBe(0);
    const head = headerOf((await readBack(out)).getWorksheet('pegawai')!);
    expect(head).toContain('Work result achievement');
    expect(head).toContain('Predikat');
    expect(head).toContain('Rule pack');
  });

  it('the workbook left in the workspace is never read back as input', async () => {
    const ws = copyFixture(EXAMPLE);
    const out = join(ws, 'data', 'hasil.xlsx');
    const before = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as LaporanSkor;
    expect((await runCli(['score', ws, '--output', out])).code).toBe(0);
    const after = JSON.parse((await runCli(['score', '.', '--format', 'json'], { cwd: ws })).stdout) as LaporanSkor;
    expect(after.pegawai.map((p) => [p.nip, p.predikat])).toEqual(before.pegawai.map((p) => [p.nip, p.predikat]));
    const skipped = after.temuan.filter((f) => f.kode === 'CSV_KELUARAN_ALAT').map((f) => f.lembar);
    expect(skipped).toEqual(['hasil kerja', 'pegawai', 'sumber', 'temuan', 'tim', 'unit']);
  });
});

describe('ikm --format xlsx', () => {
  it('a row per group with the NRR of each unsur, as the JSON', async () => {
    const out = join(makeTempDir('xlsx-out'), 'ikm.xlsx');
    expect((await runCli(['ikm', EXAMPLE, '--output', out])).code).toBe(0);
    const json = JSON.parse((await runCli(['ikm', EXAMPLE, '--format', 'json'])).stdout) as {
      kelompok: { kunci: string; nrr: number[]; ikm: number; mutu: string }[];
    };
    const ws = (await readBack(out)).getWorksheet('ikm')!;
    json.kelompok.forEach((k, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(k.kunci);
      expect(row.getCell(5).value).toBe(k.nrr[0]);
      expect(row.getCell(14).value).toBe(k.ikm);
      expect(row.getCell(16).value).toBe(k.mutu);
    });
  });
});

describe('--output and the format', () => {
  it('follows the extension; a contradiction, a format the command lacks, and a binary format on a terminal are usage errors', async () => {
    const dir = makeTempDir('out');
    expect((await runCli(['score', EXAMPLE, '--output', join(dir, 'a.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toHaveProperty('pegawai');
    expect((await runCli(['score', EXAMPLE, '--output', join(dir, 'a.csv')])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toMatch(/^\ufeffnip;nama/);
    expect((await runCli(['validate', EXAMPLE, '--output', join(dir, 'v.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8'))).toHaveProperty('valid', true);
    const table = await runCli(['score', EXAMPLE, '--format', 'table', '--output', join(dir, 'b.xlsx')]);
    expect([table.code, table.stderr]).toEqual([2, expect.stringContaining('--format table')]);
    expect(existsSync(join(dir, 'b.xlsx'))).toBe(false);
    const sarif = await runCli(['score', EXAMPLE, '--output', join(dir, 'c.sarif')]);
    expect([sarif.code, sarif.stderr]).toEqual([2, expect.stringContaining('.sarif')]);
    const tty = await runCli(['score', EXAMPLE, '--format', 'xlsx'], { tty: true });
    expect([tty.code, tty.stdout]).toEqual([2, '']);
    // To a pipe it goes, as bytes.
    expect((await runCli(['score', EXAMPLE, '--format', 'xlsx'])).stdout.startsWith('PK')).toBe(true);
  });
});

const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));

describe.runIf(SOFFICE !== undefined || process.env.CI)('LibreOffice opens the workbook', () => {
  it('converts it to CSV with every NIP intact', { timeout: 180_000 }, async () => {
    const dir = makeTempDir('xlsx-lo');
    const out = join(dir, 'skor.xlsx');
    expect((await runCli(['score', EXAMPLE, '--output', out])).code).toBe(0);
    const profile = makeTempDir('lo-profile');
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv', '--outdir', dir, out], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const csv = readFileSync(join(dir, 'skor.csv'), 'utf8');
    const laporan = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'])).stdout) as LaporanSkor;
    for (const p of laporan.pegawai) expect(csv).toContain(p.nip);
    expect(csv).not.toMatch(/E\+17/);
  });
});
