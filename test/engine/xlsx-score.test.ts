/**
 * Issue [7] item 1: a workbook is read directly, sheet by sheet, and scores exactly like the CSV files
 * it was made from; every finding is placed by sheet and cell.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import { copyFixture, EXAMPLE, runCli } from '../helpers.js';
import { readText, writeWorkbook } from '../xlsx-helpers.js';

const scoreJson = async (ws: string, extra: string[] = []) => {
  const r = await runCli(['score', ws, '--format', 'json', ...extra]);
  return { code: r.code, stderr: r.stderr, laporan: JSON.parse(r.stdout) as LaporanSkor };
};

/** The example workspace with its four CSVs moved into one workbook, one sheet each. */
async function exampleAsWorkbook(edit?: Parameters<typeof writeWorkbook>[1][number]['edit']) {
  const ws = copyFixture(EXAMPLE);
  const data = join(ws, 'data');
  const names = readdirSync(data).filter((f) => f.endsWith('.csv'));
  await writeWorkbook(
    join(data, 'kinerja-2026.xlsx'),
    names.map((f, i) => ({
      name: f.replace(/-2026\.csv$/, ''),
      csv: readText(join(data, f)),
      // A title block above the header, as offices print their sheets.
      title: [['PEMERINTAH KOTA CONTOH'], [`Data ${f.replace(/-2026\.csv$/, '')} tahun 2026`], []],
      ...(i === 0 && edit ? { edit } : {}),
    })),
  );
  for (const f of names) rmSync(join(data, f));
  return ws;
}

describe('score reads a workbook like the CSVs it holds', () => {
  it('every employee gets the same numbers and predikat from the workbook as from the CSVs', async () => {
    const csv = await scoreJson(EXAMPLE);
    const ws = await exampleAsWorkbook();
    const xlsx = await scoreJson(ws);
    expect(xlsx.code).toBe(csv.code);
    expect(xlsx.laporan.pegawai).toEqual(csv.laporan.pegawai);
    expect(xlsx.laporan.unit).toEqual(csv.laporan.unit);
    // One source per sheet, the same row accounting as each CSV.
    const counts = (l: LaporanSkor): Record<string, number[]> =>
      Object.fromEntries(l.sumber.map((s) => [String(s.jenis), [s.baris_dibaca, s.baris_dipakai, s.baris_ditolak, s.baris_diabaikan]]));
    expect(counts(xlsx.laporan)).toEqual(counts(csv.laporan));
    expect(xlsx.laporan.sumber.map((s) => [s.path, s.lembar, s.jenis])).toEqual([
      ['data/kinerja-2026.xlsx', 'penilaian', 'penilaian'],
      ['data/kinerja-2026.xlsx', 'perilaku', 'perilaku'],
      ['data/kinerja-2026.xlsx', 'realisasi', 'realisasi'],
      ['data/kinerja-2026.xlsx', 'skm', 'skm'],
    ]);
    // Where each header was found: below the three title rows.
    expect(xlsx.laporan.temuan.filter((f) => f.kode === 'XLSX_LEMBAR').map((f) => [f.lembar, f.baris, f.args])).toContainEqual([
      'realisasi',
      4,
      { jenis: 'realisasi', baris_header: 4, sampai: 4 },
    ]);
  });
});
