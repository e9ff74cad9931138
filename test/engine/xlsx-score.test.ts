/**
 * Issue [7] item 1: a workbook is read directly, sheet by sheet, and scores exactly like the CSV files
 * it was made from; every finding is placed by sheet and cell.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import { copyFixture, EXAMPLE, FIXTURES, runCli } from '../helpers.js';
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
    // ikm reads the skm sheet the same way.
    const ikm = async (dir: string) =>
      JSON.parse((await runCli(['ikm', '.', '--format', 'json'], { cwd: dir })).stdout) as { kelompok: unknown[]; sumber: unknown[] };
    const [ikmCsv, ikmXlsx] = [await ikm(EXAMPLE), await ikm(ws)];
    expect(ikmXlsx.kelompok).toEqual(ikmCsv.kelompok);
    expect(ikmXlsx.sumber).toEqual([expect.objectContaining({ path: 'data/kinerja-2026.xlsx', lembar: 'skm', baris_dipakai: 300 })]);
    // Where each header was found: below the three title rows.
    expect(xlsx.laporan.temuan.filter((f) => f.kode === 'XLSX_LEMBAR').map((f) => [f.lembar, f.baris, f.args])).toContainEqual([
      'realisasi',
      4,
      { jenis: 'realisasi', baris_header: 4, sampai: 4 },
    ]);
  });

  it('the five roles of a small workspace, a title block, a formula column and a damaged NIP: the same scores as its CSVs', async () => {
    // test/fixtures/engine/kecil: realisasi, perilaku (a `,` file), penilaian, kompetensi and skm.
    const csvWs = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    const data = join(csvWs, 'data');
    // The same damage in both: the staf's second TW2 row carries an NIP Excel turned into a number.
    const staf = '199104152015032001';
    const realisasi = readText(join(data, 'realisasi.csv'));
    const damagedLine = realisasi.split(/\r?\n/).findIndex((l) => l.startsWith(staf));
    const lines = realisasi.split(/\r?\n/);
    lines[damagedLine] = lines[damagedLine]!.replace(staf, '1,99104E+17');
    writeFileSync(join(data, 'realisasi.csv'), lines.join('\r\n'));
    const xlsxWs = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    const names = readdirSync(join(xlsxWs, 'data')).filter((f) => f.endsWith('.csv'));
    await writeWorkbook(
      join(xlsxWs, 'data', 'kinerja.xlsx'),
      names.map((f) => ({
        name: f.replace(/\.csv$/, ''),
        csv: readText(join(xlsxWs, 'data', f)),
        title: [['DINAS CONTOH'], ['Rekap 2026'], [null], [null]],
        formulas: ['realisasi', 'jp'],
        ...(f === 'realisasi.csv'
          ? {
              edit: (s: { getCell: (a: string) => { value: unknown } }, h: number) => {
                s.getCell(`A${h + damagedLine}`).value = Number(staf);
              },
            }
          : {}),
      })),
    );
    for (const f of names) rmSync(join(xlsxWs, 'data', f));
    const csv = await scoreJson(csvWs);
    const xlsx = await scoreJson(xlsxWs);
    expect(xlsx.laporan.pegawai).toEqual(csv.laporan.pegawai);
    expect(xlsx.laporan.unit).toEqual(csv.laporan.unit);
    expect(xlsx.laporan.tim).toEqual(csv.laporan.tim);
    expect(xlsx.laporan.sumber.map((s) => s.jenis).sort()).toEqual(['kompetensi', 'penilaian', 'perilaku', 'realisasi', 'skm']);
    // The damaged cell: NIP_NOTASI_ILMIAH at its CSV line, NIP_ANGKA_EXCEL at its sheet cell (title rows 1–4, header 5).
    expect(csv.laporan.temuan.find((f) => f.kode === 'NIP_NOTASI_ILMIAH')).toMatchObject({
      path: 'data/realisasi.csv',
      baris: damagedLine + 1,
    });
    expect(xlsx.laporan.temuan.find((f) => f.kode === 'NIP_ANGKA_EXCEL')).toMatchObject({
      path: 'data/kinerja.xlsx',
      lembar: 'realisasi',
      sel: `A${5 + damagedLine}`,
    });
  });
});
