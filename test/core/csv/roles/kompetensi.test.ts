import { describe, expect, it } from 'vitest';
import { checkRows, NO_SKP, STAF } from '../check-rows.js';

const HEADER = ['nip', 'tanggal', 'kegiatan', 'jp'];
const check = (rows: string[][]) => checkRows('kompetensi', HEADER, rows);

describe('kompetensi rows', () => {
  it('a used row: a day-first date and the JP read by the convention', () => {
    const r = check([[STAF, '15/03/2026', 'Diklat', '1,5']]);
    expect(r.rows).toEqual([{ peran: 'kompetensi', nip: STAF, tanggal: { tahun: 2026, bulan: 3, hari: 15 }, jp: 1.5, file: 0, line: 2 }]);
    expect(r.codes).toEqual([]);
  });

  it('rejects a JP that is not positive, a month-first date, a blank kegiatan, an NIP without SKP', () => {
    const r = check([
      [STAF, '2026-03-15', 'Diklat', '0'],
      [STAF, '03/15/2026', 'Diklat', '2'],
      [STAF, '2026-03-15', ' ', '2'],
      [NO_SKP, '2026-03-15', 'Diklat', '2'],
    ]);
    expect(r.codes).toEqual(['JP_TIDAK_VALID 2:4', 'TANGGAL_BULAN_KEDUA 3:2', 'KOLOM_KOSONG 4:3', 'NIP_TANPA_SKP 5:1']);
    expect(r.findings[2]!.args).toEqual({ kolom: 'kegiatan' });
    expect(r.counts).toMatchObject({ baris_dibaca: 4, baris_ditolak: 4 });
  });

  it('ignores an activity outside P', () => {
    const r = check([[STAF, '2025-12-01', 'Diklat', '2']]);
    expect(r.codes).toEqual(['BARIS_DI_LUAR_PERIODE -:-']);
    expect(r.counts).toEqual({ baris_dibaca: 1, baris_dipakai: 0, baris_ditolak: 0, baris_diabaikan: 1 });
  });
});
