/**
 * Issue [7] item 1: what a real workbook holds besides data — a title block, other sheets, hidden
 * sheets, merged cells, formatted empty rows, a damaged NIP — each read as its owner means it or
 * reported by sheet and cell; workbooks that cannot be read are named with the reason.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';
import { copyFixture, EXAMPLE, runCli } from '../helpers.js';
import { parseCsv, readText, writeWorkbook, type SheetSpec } from '../xlsx-helpers.js';

const REALISASI = readText(join(EXAMPLE, 'data', 'realisasi-2026.csv'));
const PERILAKU = readText(join(EXAMPLE, 'data', 'perilaku-2026.csv'));

/** The example workspace without its CSVs, and a workbook `data/kinerja.xlsx` of the given sheets. */
async function workspaceWith(sheets: SheetSpec[]): Promise<string> {
  const ws = copyFixture(EXAMPLE);
  for (const f of readdirSync(join(ws, 'data'))) rmSync(join(ws, 'data', f));
  await writeWorkbook(join(ws, 'data', 'kinerja.xlsx'), sheets);
  return ws;
}

const validateJson = async (ws: string) => {
  const r = await runCli(['validate', '.', '--format', 'json'], { cwd: ws });
  return { code: r.code, laporan: JSON.parse(r.stdout) as LaporanValidasi };
};
const temuan = (l: LaporanValidasi) => l.file.flatMap((f) => f.temuan);

describe('sheets of a workbook', () => {
  it('other sheets are skipped with an info, hidden data sheets with a warning; only the visible data sheet counts', async () => {
    const ws = await workspaceWith([
      { name: 'Petunjuk', csv: 'Isi NIP sebagai teks\nSatu baris per indikator per triwulan\n' },
      { name: 'Realisasi', csv: REALISASI },
      { name: 'Lama', csv: PERILAKU, state: 'hidden' },
      { name: 'Daftar', csv: 'kode;nama\n1;satu\n', state: 'hidden' },
      { name: 'Kosong', csv: '' },
    ]);
    const { laporan } = await validateJson(ws);
    // Each sheet is an entry of its own, sorted by name; the empty one too (looked at, nothing in it).
    expect(laporan.file.filter((f) => f.path === 'data/kinerja.xlsx').map((f) => [f.lembar, f.jenis])).toEqual([
      ['Daftar', null],
      ['Kosong', null],
      ['Lama', null],
      ['Petunjuk', null],
      ['Realisasi', 'realisasi'],
    ]);
    const found = temuan(laporan).map((f) => [f.kode, f.tingkat, f.lembar]);
    expect(found).toContainEqual(['LEMBAR_DILEWATI', 'info', 'Petunjuk']);
    expect(found).toContainEqual(['LEMBAR_DILEWATI', 'info', 'Daftar']);
    expect(found).toContainEqual(['LEMBAR_TERSEMBUNYI', 'peringatan', 'Lama']);
    // An empty sheet holds nothing to skip: no finding for it, and no error for the workbook.
    expect(found.filter((f) => f[2] === 'Kosong' || f[0] === 'CSV_TIDAK_DIKENALI')).toEqual([]);
    const sheet = laporan.file.find((f) => f.lembar === 'Realisasi')!;
    expect(sheet.baris_dibaca).toBe(parseCsv(REALISASI).length - 1);
    expect(sheet).not.toHaveProperty('encoding');
  });

  it('a workbook with no data sheet is an error, as an unrecognised CSV is', async () => {
    const ws = await workspaceWith([{ name: 'Rekap', csv: 'Nama;Jumlah\nA;1\n' }]);
    const { code, laporan } = await validateJson(ws);
    expect(code).toBe(1);
    expect(temuan(laporan).find((f) => f.kode === 'CSV_TIDAK_DIKENALI')).toMatchObject({
      tingkat: 'error',
      path: 'data/kinerja.xlsx',
      lembar: 'Rekap',
      baris: 1,
      args: { alasan: 'none', header: 'Nama | Jumlah' },
    });
  });

  it('a title block, a header cell merged down two rows, formatted empty rows at the end, a blank row between', async () => {
    const [header, ...rows] = parseCsv(REALISASI);
    const csv = [header, ...rows.slice(0, 4)].map((r) => r!.join(';')).join('\n');
    const ws = await workspaceWith([
      {
        name: 'Realisasi',
        csv,
        title: [['LAPORAN REALISASI KINERJA'], ['Tahun 2026']],
        edit: (s, h) => {
          s.mergeCells('A1:E1');
          // The header row's cells merged with the row under it: the data starts one row lower.
          s.spliceRows(h + 1, 0, []);
          for (const col of ['A', 'B', 'C', 'D', 'E']) s.mergeCells(`${col}${h}:${col}${h + 1}`);
          // A blank row among the data, and formatted rows with no values after it.
          s.spliceRows(h + 4, 0, []);
          const end = s.rowCount;
          for (let r = end + 1; r <= end + 30; r++) s.getCell(`D${r}`).numFmt = '0.00';
        },
      },
    ]);
    const { laporan } = await validateJson(ws);
    const sheet = laporan.file.find((f) => f.lembar === 'Realisasi')!;
    expect(sheet.temuan.find((f) => f.kode === 'XLSX_LEMBAR')).toMatchObject({ baris: 3, args: { baris_header: 3, sampai: 4 } });
    // Four data rows and the blank one between them; no trailing formatted rows.
    expect([sheet.baris_dibaca, sheet.baris_dipakai, sheet.baris_diabaikan, sheet.baris_ditolak]).toEqual([5, 4, 1, 0]);
    expect(sheet.temuan.find((f) => f.kode === 'BARIS_KOSONG')).toMatchObject({ args: { jumlah: 1 } });
  });

  it("an employee's NIP merged over their rows is read on every row, and said once", async () => {
    const [header, ...rows] = parseCsv(REALISASI);
    const first = rows[0]![0]!;
    const own = rows.filter((r) => r[0] === first);
    expect(own.length).toBeGreaterThan(2);
    const csv = [header, ...own].map((r) => r!.join(';')).join('\n');
    const ws = await workspaceWith([
      {
        name: 'Realisasi',
        csv,
        edit: (s, h) => {
          const last = h + own.length;
          for (let r = h + 2; r <= last; r++) s.getCell(`A${r}`).value = null;
          s.mergeCells(`A${h + 1}:A${last}`);
        },
      },
    ]);
    const { laporan } = await validateJson(ws);
    const sheet = laporan.file.find((f) => f.lembar === 'Realisasi')!;
    expect(sheet.baris_dipakai).toBe(own.length);
    expect(sheet.temuan.find((f) => f.kode === 'SEL_GABUNG')).toMatchObject({
      tingkat: 'peringatan',
      args: { jumlah: 1, contoh: [`A2:A${own.length + 1}`] },
    });
  });

  it('a NIP stored as a number is an error at its cell, naming the NIP it may have been', async () => {
    const ws = await workspaceWith([
      {
        name: 'Realisasi',
        csv: REALISASI,
        edit: (s) => {
          // As Excel keeps 198410172009072001 typed into a General cell.
          s.getCell('A3').value = Number('198410172009072001');
        },
      },
    ]);
    const { laporan } = await validateJson(ws);
    const f = temuan(laporan).find((x) => x.kode === 'NIP_ANGKA_EXCEL');
    expect(f).toMatchObject({ tingkat: 'error', path: 'data/kinerja.xlsx', lembar: 'Realisasi', sel: 'A3', baris: 3, kolom: 1 });
    // Its 15 kept digits and three zeros; only one SKP NIP starts with those 15 digits.
    expect(f!.args).toEqual({ nilai: '198410172009072000', kolom: 'nip', mirip: '198410172009072001' });
    const text = await runCli(['validate', '.'], { cwd: ws });
    expect(text.stdout).toContain('data/kinerja.xlsx › Realisasi');
    expect(text.stdout).toMatch(/ A3 +error +NIP_ANGKA_EXCEL/);
  });

  it('findings say sheet and cell in every output: JSON, the score table, GitHub annotations, the temuan CSV', async () => {
    const ws = await workspaceWith([
      {
        name: 'Data 2026',
        csv: REALISASI,
        edit: (s) => {
          s.getCell('B2').value = new Date(Date.UTC(2026, 0, 1));
        },
      },
    ]);
    const score = await runCli(['score', '.', '--format', 'json'], { cwd: ws });
    const f = (JSON.parse(score.stdout) as LaporanSkor).temuan.find((x) => x.kode === 'PERIODE_DIUBAH_EXCEL');
    expect(f).toMatchObject({
      path: 'data/kinerja.xlsx',
      lembar: 'Data 2026',
      sel: 'B2',
      baris: 2,
      kolom: 2,
      args: { nilai: '2026-01-01' },
    });
    // A sheet name with a space is quoted the way Excel writes a reference.
    expect((await runCli(['score', '.'], { cwd: ws })).stdout).toContain("data/kinerja.xlsx › 'Data 2026'!B2");
    const gh = await runCli(['validate', '.', '--format', 'github'], { cwd: ws });
    expect(gh.stdout).toContain("::error file=data/kinerja.xlsx,title=PERIODE_DIUBAH_EXCEL ('Data 2026'!B2)::");
    const csv = (await runCli(['score', '.', '--format', 'csv', '--tabel', 'temuan'], { cwd: ws })).stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^\ufeff?kode;tingkat;path;baris;kolom;lembar;sel;nip;pesan/);
    expect(csv).toContain('PERIODE_DIUBAH_EXCEL;error;data/kinerja.xlsx;2;2;Data 2026;B2;');
  });
});

describe('workbooks that cannot be read', () => {
  it('not a ZIP, password-protected, cut short, an Excel lock file, an .xls and an .ods: each named, with its fix', async () => {
    const ws = copyFixture(EXAMPLE);
    const data = join(ws, 'data');
    writeFileSync(join(data, 'teks.xlsx'), 'nip;periode\n');
    // Excel saves a password-protected workbook as an OLE2 compound file.
    writeFileSync(join(data, 'sandi.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await writeWorkbook(join(data, 'utuh.xlsx'), [{ name: 'Realisasi', csv: REALISASI }]);
    const whole = readText(join(data, 'utuh.xlsx'));
    rmSync(join(data, 'utuh.xlsx'));
    writeFileSync(join(data, 'terpotong.xlsx'), Buffer.from(whole, 'latin1').subarray(0, 2000));
    writeFileSync(join(data, '~$kinerja.xlsx'), Buffer.alloc(165, 0x20));
    writeFileSync(join(data, 'lama.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    writeFileSync(join(data, 'calc.ods'), 'PK');
    const { code, laporan } = await validateJson(ws);
    expect(code).toBe(1);
    const byPath = Object.fromEntries(
      temuan(laporan)
        .filter((f) => f.path.startsWith('data/') && !f.path.endsWith('.csv'))
        .map((f) => [f.path, [f.kode, f.tingkat, f.args]]),
    );
    expect(byPath).toEqual({
      'data/teks.xlsx': ['XLSX_RUSAK', 'error', { sebab: 'bukan-zip', detail: 'no ZIP signature' }],
      'data/sandi.xlsx': ['XLSX_RUSAK', 'error', { sebab: 'terenkripsi', detail: 'OLE2 compound file' }],
      'data/terpotong.xlsx': ['XLSX_RUSAK', 'error', expect.objectContaining({ sebab: 'rusak' })],
      'data/~$kinerja.xlsx': ['XLSX_BERKAS_KUNCI', 'info', {}],
      'data/lama.xls': ['XLSX_SIMPAN_CSV', 'info', { format: 'xls' }],
      'data/calc.ods': ['XLSX_SIMPAN_CSV', 'info', { format: 'ods' }],
    });
    // score goes on with the CSVs, and says the same.
    const score = await runCli(['score', '.', '--format', 'json'], { cwd: ws });
    expect((JSON.parse(score.stdout) as LaporanSkor).temuan.filter((f) => f.kode === 'XLSX_RUSAK')).toHaveLength(3);
  });

  it('a sheet of our own export is skipped like an exported CSV', async () => {
    const ws = copyFixture(EXAMPLE);
    const exported = (await runCli(['score', ws, '--format', 'csv'])).stdout.replace(/="(\d{18})"/g, '$1');
    await writeWorkbook(join(ws, 'data', 'hasil.xlsx'), [{ name: 'pegawai', csv: exported }]);
    const { laporan } = await validateJson(ws);
    expect(temuan(laporan).find((f) => f.kode === 'CSV_KELUARAN_ALAT')).toMatchObject({
      path: 'data/hasil.xlsx',
      lembar: 'pegawai',
      baris: 1,
    });
  });
});

describe('review mends: what sits around a table, and where rows came from', () => {
  const [HEADER, ...ROWS] = parseCsv(REALISASI);
  const twelve = [HEADER, ...ROWS.slice(0, 12)].map((r) => r!.join(';')).join('\n');

  it('a note box merged beside the table does not swallow the rows beside it', async () => {
    const ws = await workspaceWith([
      {
        name: 'Realisasi',
        csv: twelve,
        title: [['REALISASI']],
        edit: (s) => {
          s.getCell('H1').value = 'Petunjuk: isi satu baris per indikator';
          s.mergeCells('H1:K10');
        },
      },
    ]);
    const sheet = (await validateJson(ws)).laporan.file.find((f) => f.lembar === 'Realisasi')!;
    expect(sheet.temuan.find((f) => f.kode === 'XLSX_LEMBAR')).toMatchObject({ args: { baris_header: 2, sampai: 2 } });
    expect(sheet.baris_dibaca).toBe(12);
  });

  it('a sheet whose header is misspelt is an error at that row, even beside a good sheet; a title repeating a word is no header', async () => {
    const bad = twelve.replace('indikator', 'indikator_kinerja');
    const ws = await workspaceWith([
      { name: 'Penilaian', csv: readText(join(EXAMPLE, 'data', 'penilaian-2026.csv')) },
      { name: 'Realisasi', csv: bad },
      { name: 'Judul', csv: twelve, title: [['Unit', 'Bidang', null, 'Dibuat oleh', 'Bidang']] },
    ]);
    const { code, laporan } = await validateJson(ws);
    expect(code).toBe(1);
    const realisasi = laporan.file.find((f) => f.lembar === 'Realisasi')!;
    expect(realisasi.temuan.map((f) => [f.kode, f.tingkat, f.baris])).toEqual([['CSV_TIDAK_DIKENALI', 'error', 1]]);
    // The title row repeats "Bidang": not a header with a duplicate column; the real header below is read.
    const judul = laporan.file.find((f) => f.lembar === 'Judul')!;
    expect([judul.jenis, judul.baris_dibaca]).toEqual(['realisasi', 12]);
  });

  it('cells merged across columns stay in their first column, as a CSV export writes them', async () => {
    const ws = await workspaceWith([
      {
        name: 'Realisasi',
        csv: twelve,
        edit: (s) => {
          s.getCell('E2').value = 'catatan panjang';
          s.mergeCells('E2:G2');
        },
      },
    ]);
    const sheet = (await validateJson(ws)).laporan.file.find((f) => f.lembar === 'Realisasi')!;
    expect([sheet.baris_dipakai, sheet.baris_ditolak]).toEqual([12, 0]);
    expect(sheet.temuan.map((f) => f.kode)).not.toContain('SEL_GABUNG');
  });

  it('a number no calendar holds in a date-formatted cell is a number, and the sheet is read to its end', async () => {
    const ws = await workspaceWith([
      {
        name: 'Realisasi',
        csv: twelve,
        edit: (s) => {
          s.getCell('E3').value = Number('199104152015032001');
          s.getCell('E3').numFmt = 'dd/mm/yyyy';
        },
      },
    ]);
    const sheet = (await validateJson(ws)).laporan.file.find((f) => f.lembar === 'Realisasi')!;
    expect(sheet.baris_dibaca).toBe(12);
    expect(sheet.temuan.map((f) => f.kode)).not.toContain('XLSX_RUSAK');
  });

  it('two sheets of one workbook are named apart in an overlap and in --explain', async () => {
    const nip = ROWS[0]![0]!;
    const own = ROWS.filter((r) => r[0] === nip);
    const first = [HEADER, ...own].map((r) => r!.join(';')).join('\n');
    const second = [HEADER, own[0]].map((r) => r!.join(';')).join('\n');
    const ws = await workspaceWith([
      { name: 'TW1-2', csv: first },
      { name: 'Ulang', csv: second },
    ]);
    const f = (await validateJson(ws)).laporan.file.flatMap((x) => x.temuan).find((x) => x.kode === 'BARIS_TUMPANG_TINDIH');
    expect(f).toMatchObject({ lembar: 'Ulang', sel: 'B2', args: { path_pertama: 'data/kinerja.xlsx › TW1-2', baris_pertama: 2 } });
    const explain = await runCli(['score', '.', '--explain', nip, '--format', 'json'], { cwd: ws });
    expect(explain.stdout).toContain('"sumber": "data/kinerja.xlsx › TW1-2!2"');
  });
});
