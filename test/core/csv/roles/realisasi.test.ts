import { describe, expect, it } from 'vitest';
import { createCsvSession } from '../../../../src/core/csv/session.js';
import { parsePeriode } from '../../../../src/core/period.js';
import { BAD_SKP, checkFiles, checkRows, CPNS, KEPALA, makeRefs, MUTASI, NO_SKP, STAF } from '../check-rows.js';

const HEADER = ['nip', 'periode', 'indikator', 'realisasi'];
const check = (rows: string[][], o = {}) => checkRows('realisasi', HEADER, rows, o);

describe('realisasi rows', () => {
  it('a used row: NIP, period, indicator and the value read by the convention', () => {
    const r = check([[STAF, '2026-tw1', 'dokumen-perencanaan', '1,5']]);
    expect(r.rows).toEqual([
      {
        peran: 'realisasi',
        nip: STAF,
        indikator: 'dokumen-perencanaan',
        periode: expect.objectContaining({ kode: '2026-TW1' }),
        nilai: 1.5,
        file: 0,
        line: 2,
      },
    ]);
    expect(r.codes).toEqual([]);
    expect(r.counts).toEqual({ baris_dibaca: 1, baris_dipakai: 1, baris_ditolak: 0, baris_diabaikan: 0 });
  });

  it('rejects at the offending cell', () => {
    const r = check([
      [STAF, '2026-TW1', 'dokumen-perencanaan', '-2'],
      [STAF, '2026-TW1', 'tidak-ada', '2'],
      [NO_SKP, '2026-TW1', 'dokumen-perencanaan', '2'],
      [STAF, 'Jan-26', 'dokumen-perencanaan', '2'],
      [STAF, '2026-TW1', '', '2'],
      [STAF, '2026-TW1', 'dokumen-perencanaan', 'dua'],
    ]);
    expect(r.codes).toEqual([
      'NILAI_NEGATIF 2:4',
      'INDIKATOR_TIDAK_DI_SKP 3:3',
      'NIP_TANPA_SKP 4:1',
      'PERIODE_DIUBAH_EXCEL 5:2',
      'KOLOM_KOSONG 6:3',
      'NILAI_BUKAN_ANGKA 7:4',
    ]);
    expect(r.findings[2]).toMatchObject({ nip: NO_SKP, args: { nip: NO_SKP, tahun: 2026 } });
    expect(r.rows).toEqual([]);
    expect(r.counts).toMatchObject({ baris_dibaca: 6, baris_ditolak: 6 });
  });

  it('two overlapping rows that disagree are both rejected, each naming the other, across files', () => {
    const [a, b] = checkFiles('realisasi', HEADER, [
      { path: 'a.csv', rows: [[STAF, '2026-S1', 'dokumen-perencanaan', '2']] },
      { path: 'b.csv', rows: [[STAF, '2026-TW2', 'dokumen-perencanaan', '3']] },
    ]);
    expect(a!.codes).toEqual(['BARIS_BERTENTANGAN 2:2']);
    expect(b!.codes).toEqual(['BARIS_BERTENTANGAN 2:2']);
    expect(b!.findings[0]!.args).toEqual({
      kunci: `${STAF} dokumen-perencanaan`,
      periode: '2026-TW2',
      jumlah: 2,
      path_lain: 'a.csv',
      baris_lain: 2,
    });
    // a.csv's row was used when read, and is withdrawn: nothing of the group counts.
    expect(a!.counts).toEqual({ baris_dibaca: 1, baris_dipakai: 0, baris_ditolak: 1, baris_diabaikan: 0 });
    expect(a!.rows).toEqual([]);
    expect(a!.withdrawn).toEqual([{ peran: 'realisasi', nip: STAF, indikator: 'dokumen-perencanaan', file: 0, line: 2 }]);
  });

  it('a copy in another file is rejected naming the first, which is used', () => {
    const shared = createCsvSession();
    check([[STAF, '2026-TW2', 'dokumen-perencanaan', '3']], { shared, path: 'a.csv' });
    const r = check([[STAF, '2026-tw2', 'dokumen-perencanaan', '3,0']], { shared, path: 'b.csv' });
    expect(r.codes).toEqual(['BARIS_TUMPANG_TINDIH 2:2']);
    expect(r.findings[0]!.args).toEqual({
      kunci: `${STAF} dokumen-perencanaan`,
      periode: '2026-TW2',
      path_pertama: 'a.csv',
      baris_pertama: 2,
    });
    expect(r.withdrawn).toEqual([]);
  });

  it('a chain (a quarter and months inside it) is one group, whatever the order: none of it counts', () => {
    const rows = [
      [STAF, '2026-01', 'dokumen-perencanaan', '1'],
      [STAF, '2026-TW1', 'dokumen-perencanaan', '3'],
      [STAF, '2026-03', 'dokumen-perencanaan', '1'],
      [STAF, '2026-02', 'dokumen-perencanaan', '1'],
      [STAF, '2026-04', 'dokumen-perencanaan', '1'],
    ];
    const orders = [
      rows,
      [...rows].reverse(),
      [rows[0]!, rows[2]!, rows[4]!, rows[3]!, rows[1]!],
      [rows[3]!, rows[1]!, rows[0]!, rows[2]!, rows[4]!],
    ];
    for (const order of orders) {
      const r = check(order);
      // Only April (line of the 2026-04 row) is used; the four rows of the first quarter are rejected.
      expect(r.rows.map((x) => x.peran === 'realisasi' && x.periode.kode)).toEqual(['2026-04']);
      expect(r.findings.map((f) => f.kode)).toEqual(Array(4).fill('BARIS_BERTENTANGAN'));
      expect(r.findings.every((f) => f.args.jumlah === 4)).toBe(true);
      expect(r.counts).toEqual({ baris_dibaca: 5, baris_dipakai: 1, baris_ditolak: 4, baris_diabaikan: 0 });
    }
  });

  it('a group of rows inside and outside P is rejected whole, in either order, and the outside row is no longer counted as outside', () => {
    const refs = makeRefs({ periode: parsePeriode('2026-TW1') });
    const rows = [
      [STAF, '2026-01', 'dokumen-perencanaan', '1'],
      [STAF, '2026', 'dokumen-perencanaan', '9'],
      [STAF, '2026-07', 'dokumen-perencanaan', '2'],
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const r = check(order, { refs });
      expect(r.rows).toEqual([]);
      // Reversed, 2026-07 is read first and counted outside P; rejected now, it is counted so no longer.
      expect(r.codes).toEqual(['BARIS_BERTENTANGAN 2:2', 'BARIS_BERTENTANGAN 3:2', 'BARIS_BERTENTANGAN 4:2']);
      expect(r.counts).toEqual({ baris_dibaca: 3, baris_dipakai: 0, baris_ditolak: 3, baris_diabaikan: 0 });
    }
  });

  it('ignores a blank value, a row outside P, an skm-sourced indicator and an invalid SKP', () => {
    const r = check(
      [
        [STAF, '2026-TW1', 'dokumen-perencanaan', ''],
        [STAF, '2026-TW3', 'dokumen-perencanaan', '2'],
        [STAF, '2026-TW1', 'kepuasan', '80'],
        [BAD_SKP, '2026-TW1', 'dokumen-perencanaan', '2'],
      ],
      { refs: makeRefs({ periode: parsePeriode('2026-S1') }) },
    );
    expect(r.codes).toEqual(['REALISASI_KOSONG 2:4', 'REALISASI_SUMBER_SKM 4:3', 'BARIS_DI_LUAR_PERIODE -:-', 'BARIS_SKP_TIDAK_VALID -:-']);
    expect(r.findings[2]!.args).toEqual({ jumlah: 1, periode: '2026-S1' });
    expect(r.rows).toEqual([]);
    expect(r.counts).toEqual({ baris_dibaca: 4, baris_dipakai: 0, baris_ditolak: 0, baris_diabaikan: 4 });
  });

  it('a persen indicator whose values are all ≤ 1.5 is flagged once, at its first row', () => {
    const r = check([
      [STAF, '2026-TW1', 'tepat-waktu', '0,9'],
      [STAF, '2026-TW2', 'tepat-waktu', '1,2'],
      [KEPALA, '2026-TW1', 'layanan-tepat-waktu', '0,5'],
      [KEPALA, '2026-TW2', 'layanan-tepat-waktu', '96'],
    ]);
    expect(r.codes).toEqual(['NILAI_MUNGKIN_PECAHAN 2:-']);
    expect(r.findings[0]).toMatchObject({ nama_kolom: 'realisasi', args: { indikator: 'tepat-waktu', maks: 1.2 } });
    expect(r.counts.baris_dipakai).toBe(4);
  });

  // RULES.md §2.0: MUTASI has 2026-01..06 (dokumen-perencanaan) and 2026-07..12 (layanan-tepat-waktu);
  // CPNS has 2026-05..12 (dokumen-perencanaan).
  it('a row belongs to the SKP whose masa holds it, and is checked against that SKP', () => {
    const r = check([
      [MUTASI, '2026-TW2', 'dokumen-perencanaan', '2'],
      [MUTASI, '2026-07', 'layanan-tepat-waktu', '90'],
      [MUTASI, '2026-TW3', 'dokumen-perencanaan', '2'],
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3]);
    expect(r.codes).toEqual(['INDIKATOR_TIDAK_DI_SKP 4:3']);
  });

  it('rejects a row spanning two masa (REALISASI_LINTAS_SKP) and one outside every masa (REALISASI_DI_LUAR_MASA)', () => {
    const r = check([
      [MUTASI, '2026-S2', 'layanan-tepat-waktu', '90'],
      [MUTASI, '2026', 'dokumen-perencanaan', '2'],
      [CPNS, '2026-TW1', 'dokumen-perencanaan', '1'],
      [CPNS, '2026-04', 'lain', '1'],
    ]);
    expect(r.codes).toEqual(['REALISASI_LINTAS_SKP 3:2', 'REALISASI_DI_LUAR_MASA 4:2', 'REALISASI_DI_LUAR_MASA 5:2']);
    expect(r.findings[0]).toMatchObject({
      nip: MUTASI,
      args: { periode: '2026', masa: ['2026-01..2026-06', '2026-07..2026-12'], path: ['skp/mutasi-1.yaml', 'skp/mutasi-2.yaml'] },
    });
    expect(r.findings[1]!.args).toEqual({ periode: '2026-TW1', masa: ['2026-05..2026-12'] });
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.counts).toMatchObject({ baris_dibaca: 4, baris_dipakai: 1, baris_ditolak: 3 });
  });

  it("a row meeting only one masa belongs to it: a CPNS's first quarter", () => {
    const r = check([[CPNS, '2026-TW2', 'dokumen-perencanaan', '3']]);
    expect(r.codes).toEqual([]);
    expect(r.rows).toHaveLength(1);
  });

  it('a row rejected for its masa claims no months: the correct rows beside it are not overlaps', () => {
    const r = check([
      [MUTASI, '2026', 'dokumen-perencanaan', '9'],
      [MUTASI, '2026-06', 'dokumen-perencanaan', '2'],
      [CPNS, '2026-TW1', 'dokumen-perencanaan', '1'],
      [CPNS, '2026-03', 'dokumen-perencanaan', '1'],
    ]);
    expect(r.codes).toEqual(['REALISASI_LINTAS_SKP 2:2', 'REALISASI_DI_LUAR_MASA 4:2', 'REALISASI_DI_LUAR_MASA 5:2']);
    // No BARIS_TUMPANG_TINDIH: 2026-06 (line 3) lies inside the rejected year row, 2026-03 inside TW1.
    expect(r.rows.map((x) => x.line)).toEqual([3]);
  });
});
