/** The shared row checker: accounting, the finding cap, the per-file summaries, numbers and NIPs. */
import { describe, expect, it } from 'vitest';
import { RowChecker } from '../../../src/core/csv/row-checker.js';
import { createCsvSession } from '../../../src/core/csv/session.js';
import { checkRows, makeRefs, STAF, BAD_SKP } from './check-rows.js';

const HEADER = ['nip', 'periode', 'indikator', 'realisasi'];
const row = (periode: string, realisasi: string, nip = STAF) => [nip, periode, 'dokumen-perencanaan', realisasi];

describe('row accounting (PRODUCT.md "Accounting")', () => {
  it('baris_dibaca = dipakai + ditolak + diabaikan, unreadable and blank records included', () => {
    const checker = new RowChecker({
      path: 'r.csv',
      role: 'realisasi',
      columns: new Map(HEADER.map((h, i) => [h, i])),
      headerLength: HEADER.length,
      convention: 'koma',
      refs: makeRefs(),
      shared: createCsvSession(),
      cap: 1000,
    });
    checker.row(row('2026-01', '2'), 2); // used
    checker.row(row('2026-02', 'x'), 3); // rejected
    checker.row(row('2026-03', ''), 4); // ignored: blank value
    checker.row(['', '', '', ''], 5); // ignored: blank record
    checker.row([''], 6); // an empty line is not a row
    checker.row(row('2026-04', '2', BAD_SKP), 7); // ignored: its SKP is invalid
    checker.unreadable(8, 9, 'Quote Not Closed', 'CSV_QUOTE_NOT_CLOSED'); // rejected
    const findings = checker.finish();
    expect(checker.counts).toEqual({ baris_dibaca: 6, baris_dipakai: 1, baris_ditolak: 2, baris_diabaikan: 3 });
    expect(findings.map((f) => f.kode)).toEqual([
      'NILAI_BUKAN_ANGKA',
      'REALISASI_KOSONG',
      'CSV_SINTAKS',
      'BARIS_KOSONG',
      'BARIS_SKP_TIDAK_VALID',
    ]);
    expect(findings[2]).toMatchObject({ baris: 8, args: { sampai: 9, detail: 'Quote Not Closed' } });
  });

  it('non-blank cells past the header reject the row at the first extra column; blank ones do not', () => {
    const r = checkRows('realisasi', HEADER, [
      [...row('2026-01', '2'), 'lagi'],
      [...row('2026-02', '2'), '', ' '],
    ]);
    expect(r.codes).toEqual(['BARIS_KOLOM 2:5']);
    expect(r.findings[0]!.args).toEqual({ jumlah: 5, diharapkan: 4 });
    expect(r.counts).toMatchObject({ baris_dipakai: 1, baris_ditolak: 1 });
  });

  it('lists the first `cap` findings per kode and summarises the rest in TEMUAN_DIRINGKAS', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row(`2026-0${i + 1}`, 'x'));
    const r = checkRows('realisasi', HEADER, [...rows, row('2026-06', '-1')], { cap: 2 });
    expect(r.codes).toEqual(['NILAI_BUKAN_ANGKA 2:4', 'NILAI_BUKAN_ANGKA 3:4', 'NILAI_NEGATIF 7:4', 'TEMUAN_DIRINGKAS -:-']);
    expect(r.findings[3]!.args).toEqual({ kode_temuan: 'NILAI_BUKAN_ANGKA', jumlah: 3 });
    expect(r.counts).toEqual({ baris_dibaca: 6, baris_dipakai: 0, baris_ditolak: 6, baris_diabaikan: 0 });
  });

  it('gives each file of a session its index', () => {
    const shared = createCsvSession();
    const a = checkRows('realisasi', HEADER, [row('2026-01', '2')], { shared, path: 'a.csv' });
    const b = checkRows('kompetensi', ['nip', 'tanggal', 'kegiatan', 'jp'], [[STAF, '2026-01-05', 'Diklat', '2']], {
      shared,
      path: 'b.csv',
    });
    expect([a.rows[0]!.file, b.rows[0]!.file]).toEqual([0, 1]);
    expect(shared.paths).toEqual(['a.csv', 'b.csv']);
  });
});

describe('cells read by the shared checker', () => {
  it('an ambiguous number is read by the convention and reported with both readings', () => {
    const r = checkRows('realisasi', HEADER, [row('2026-01', '1.234')], { convention: 'titik' });
    expect(r.codes).toEqual(['NILAI_AMBIGU 2:4']);
    expect(r.findings[0]!.args).toEqual({ nilai: '1.234', koma: 1234, titik: 1.234, dipakai: 'titik' });
    expect(r.rows[0]).toMatchObject({ nilai: 1.234 });
  });

  it('a file mixing decimal marks gets one DESIMAL_CAMPUR at the first line of either', () => {
    const r = checkRows('realisasi', HEADER, [row('2026-01', '2'), row('2026-02', '1,5'), row('2026-03', '2.5'), row('2026-04', '3,5')]);
    expect(r.codes).toEqual(['DESIMAL_CAMPUR 3:-']);
    expect(r.findings[0]!.args).toEqual({ koma: 2, titik: 1, dipakai: 'koma' });
  });

  it('damaged NIPs are rejected at their cell with their own codes', () => {
    const r = checkRows('realisasi', HEADER, [row('2026-01', '2', '1,99104E+17'), row('2026-01', '2', '199104152015032000')]);
    expect(r.findings.map((f) => f.kode)).toEqual(['NIP_NOTASI_ILMIAH', 'NIP_TERPOTONG']);
    expect(r.findings[0]).toMatchObject({ baris: 2, kolom: 1, nama_kolom: 'nip', args: { kolom: 'nip' } });
    // Excel's 15 significant digits: the one known NIP sharing them is named.
    expect(r.findings[1]!.args).toMatchObject({ mirip: STAF });
  });

  it('counts rows outside P in one BARIS_DI_LUAR_PERIODE naming P', () => {
    const r = checkRows('realisasi', HEADER, [row('2025', '2'), row('2026-01', '2'), row('2027-TW1', '2')]);
    expect(r.codes).toEqual(['BARIS_DI_LUAR_PERIODE -:-']);
    expect(r.findings[0]!.args).toEqual({ jumlah: 2, periode: '2026' });
    expect(r.counts).toMatchObject({ baris_dipakai: 1, baris_diabaikan: 2 });
  });
});
