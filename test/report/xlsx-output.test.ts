/**
 * Issue [8] items 1 and 5: `score` and `ikm` write workbooks — read back here cell by cell (values,
 * types, formats, colours, frozen and filtered header) — and `--output` picks the format from its
 * extension, refusing a binary format on a terminal and a format its file name contradicts.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { copyFixture, EXAMPLE, makeTempDir, ROOT, runCli, type Laporan62022 } from '../helpers.js';

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
    const laporan = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'])).stdout) as Laporan62022;
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
    // One row per RHK indicator of each SKP: an employee with two SKPs in the year has both.
    const hk = wb.getWorksheet('hasil kerja')!;
    const skps = (p: (typeof laporan.pegawai)[number]) => p.skp ?? [{ masa: null, hasil_kerja: p.hasil_kerja }];
    expect(hk.rowCount - 1).toBe(
      laporan.pegawai.reduce((a, p) => a + skps(p).reduce((b, s) => b + s.hasil_kerja.reduce((c, h) => c + h.indikator.length, 0), 0), 0),
    );
    const mover = laporan.pegawai.find((p) => (p.skp?.length ?? 0) > 1)!;
    const moverRows = hk.getRows(2, hk.rowCount - 1)!.filter((r) => r.getCell(1).value === mover.nip);
    expect(new Set(moverRows.map((r) => r.getCell(3).value))).toEqual(new Set(mover.skp!.map((s) => `${s.masa.mulai}..${s.masa.selesai}`)));
    const rhk = mover.skp![0]!.hasil_kerja[0]!;
    const rhkRow = moverRows.find((r) => r.getCell(4).value === rhk.id)!;
    expect([rhkRow.getCell(7).value, rhkRow.getCell(9).value, rhkRow.getCell(13).value]).toEqual([
      rhk.capaian,
      rhk.indikator[0]!.id,
      rhk.indikator[0]!.realisasi,
    ]);
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
    const before = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as Laporan62022;
    expect((await runCli(['score', ws, '--output', out])).code).toBe(0);
    const after = JSON.parse((await runCli(['score', '.', '--format', 'json'], { cwd: ws })).stdout) as Laporan62022;
    expect(after.pegawai.map((p) => [p.nip, p.predikat])).toEqual(before.pegawai.map((p) => [p.nip, p.predikat]));
    const skipped = after.temuan.filter((f) => f.kode === 'CSV_KELUARAN_ALAT').map((f) => f.lembar);
    expect(skipped).toEqual(['hasil kerja', 'pegawai', 'sumber', 'temuan', 'tim', 'unit']);
  });
});

describe('the same workspace, the same workbook', () => {
  it.each([['score'], ['ikm']])('%s writes the same bytes an hour later: dated by the period, not the clock', async (command) => {
    const dir = makeTempDir('xlsx');
    const write = async (now: string, name: string) => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
      try {
        const r = await runCli([command, EXAMPLE, '--output', join(dir, name)]);
        expect(r.code).toBe(0);
      } finally {
        vi.useRealTimers();
      }
      return readFileSync(join(dir, name));
    };
    const a = await write('2027-01-05T08:00:00Z', 'a.xlsx');
    const b = await write('2027-03-09T17:31:07Z', 'b.xlsx');
    expect(a.equals(b)).toBe(true);
    // The date is the last day of the period (2026), in the workbook's properties and its entries.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'a.xlsx'));
    expect(wb.created.toISOString()).toBe('2026-12-31T00:00:00.000Z');
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
      // RULES.md §1: NRR and IKM shown with four decimals (3.2333 and 3.2250 must not both read 3.23).
      if (k.ikm !== null)
        expect([row.getCell(5).numFmt, row.getCell(14).numFmt, row.getCell(15).numFmt]).toEqual(['0.0000', '0.0000', '0.00']);
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
    // .json holds a GitLab report or SARIF as well as our JSON.
    expect((await runCli(['validate', EXAMPLE, '--format', 'gitlab', '--output', join(dir, 'gl-code-quality.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'gl-code-quality.json'), 'utf8'))).toBeInstanceOf(Array);
    // `--output -` is stdout, with the terminal check.
    expect((await runCli(['score', EXAMPLE, '--format', 'json', '--output', '-'])).stdout).toContain('"pegawai"');
    expect((await runCli(['score', EXAMPLE, '--format', 'xlsx', '--output', '-'], { tty: true })).code).toBe(2);
    expect(existsSync(join(ROOT, '-'))).toBe(false);
    // A FIFO is written into, not replaced by a file.
    const fifo = join(dir, 'pipa');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((done) => {
      let got = '';
      createReadStream(fifo, 'utf8')
        .on('data', (c) => (got += String(c)))
        .on('end', () => done(got));
    });
    expect((await runCli(['score', EXAMPLE, '--format', 'json', '--output', fifo])).code).toBe(0);
    expect(await reader).toContain('"pegawai"');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
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
    const laporan = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'])).stdout) as Laporan62022;
    for (const p of laporan.pegawai) expect(csv).toContain(p.nip);
    expect(csv).not.toMatch(/E\+17/);
  });
});
