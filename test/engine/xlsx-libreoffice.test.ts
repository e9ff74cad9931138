/**
 * Issue [7] item 1: workbooks written by LibreOffice (headless `soffice --convert-to xlsx`), not only
 * by exceljs: its entry order, styles and number forms (`1.97008231997022E+017`) read the same.
 * `.ci/run` installs libreoffice-calc-nogui when soffice is missing; under CI a missing soffice fails.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import { copyFixture, EXAMPLE, makeTempDir, runCli } from '../helpers.js';
import { readText, writeWorkbook } from '../xlsx-helpers.js';

function findSoffice(): string | undefined {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(p)) return p;
  return undefined;
}
const SOFFICE = findSoffice();

/** Converts `file` to .xlsx in `outDir` with LibreOffice; `filter` for a CSV's import options. */
function convert(file: string, outDir: string, filter?: string): string {
  const profile = makeTempDir('lo-profile');
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      ...(filter ? [`--infilter=${filter}`] : []),
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const out = join(outDir, file.replace(/^.*\//, '').replace(/\.[^.]+$/, '.xlsx'));
  expect(existsSync(out), `soffice wrote ${out}`).toBe(true);
  return out;
}

const scoreJson = async (ws: string) => JSON.parse((await runCli(['score', '.', '--format', 'json'], { cwd: ws })).stdout) as LaporanSkor;

describe.runIf(SOFFICE !== undefined || process.env.CI)('workbooks written by LibreOffice', () => {
  it('is installed under CI', () => expect(SOFFICE, 'soffice (apt-get install libreoffice-calc-nogui)').toBeDefined());

  it('the example workbook saved again by LibreOffice scores exactly like the CSVs', { timeout: 180_000 }, async () => {
    const ws = copyFixture(EXAMPLE);
    const data = join(ws, 'data');
    const names = readdirSync(data).filter((f) => f.endsWith('.csv'));
    const tmp = makeTempDir('lo');
    await writeWorkbook(
      join(tmp, 'kinerja.xlsx'),
      names.map((f) => ({ name: f.replace(/-2026\.csv$/, ''), csv: readText(join(data, f)), title: [['PEMERINTAH KOTA CONTOH'], []] })),
    );
    const saved = convert(join(tmp, 'kinerja.xlsx'), join(tmp, 'lo'));
    for (const f of names) rmSync(join(data, f));
    copyFileSync(saved, join(data, 'kinerja.xlsx'));
    const before = await scoreJson(EXAMPLE);
    const after = await scoreJson(ws);
    expect(after.pegawai).toEqual(before.pegawai);
    expect(after.unit).toEqual(before.unit);
    expect(after.sumber.map((s) => [s.lembar, s.baris_dibaca, s.baris_dipakai])).toEqual(
      before.sumber.map((s) => [s.jenis, s.baris_dibaca, s.baris_dipakai]),
    );
  });

  it(
    'a CSV opened in the Indonesian locale with the NIP column left as Standard: every NIP cell named, nothing scored from them',
    { timeout: 180_000 },
    async () => {
      const ws = copyFixture(EXAMPLE);
      const tmp = makeTempDir('lo');
      copyFileSync(join(ws, 'data', 'realisasi-2026.csv'), join(tmp, 'realisasi.csv'));
      // 59 = `;`, 34 = `"`, 76 = UTF-8, from line 1, standard columns, 1057 = Indonesian (decimal comma).
      const xlsx = convert(join(tmp, 'realisasi.csv'), join(tmp, 'lo'), 'CSV:59,34,76,1,,1057');
      rmSync(join(ws, 'data', 'realisasi-2026.csv'));
      copyFileSync(xlsx, join(ws, 'data', 'realisasi.xlsx'));
      const r = await runCli(['validate', '.', '--format', 'json'], { cwd: ws });
      const sheet = (
        JSON.parse(r.stdout) as {
          file: { path: string; baris_dibaca?: number; baris_ditolak?: number; temuan: { kode: string; sel?: string }[] }[];
        }
      ).file.find((f) => f.path === 'data/realisasi.xlsx')!;
      const nipErrors = sheet.temuan.filter((f) => f.kode === 'NIP_ANGKA_EXCEL');
      // Every data row's NIP became a number: each rejected, the first cells named in column A.
      expect(sheet.baris_ditolak).toBe(sheet.baris_dibaca);
      expect(nipErrors.slice(0, 2).map((f) => f.sel)).toEqual(['A2', 'A3']);
      expect(r.code).toBe(1);
    },
  );
});
