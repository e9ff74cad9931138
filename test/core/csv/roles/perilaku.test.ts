import { describe, expect, it } from 'vitest';
import { parsePeriode } from '../../../../src/core/period.js';
import { NILAI_PERILAKU } from '../../../../src/core/csv/roles/perilaku.js';
import { checkRows, KEPALA, makeRefs, MUTASI, NO_SKP, STAF } from '../check-rows.js';

const HEADER = ['nip', 'periode', 'penilai_nip', 'peran', ...NILAI_PERILAKU];
const check = (rows: string[][], o = {}) => checkRows('perilaku', HEADER, rows, o);
const values = (...v: string[]) => [...v, ...Array<string>(7 - v.length).fill('')];

describe('perilaku rows', () => {
  it('a used row: rater, role and the seven values, blanks as null', () => {
    const r = check([[STAF, '2026-S1', KEPALA, 'Atasan', '4', '3,5', '', '4', '4', '4', '5']]);
    expect(r.rows).toEqual([
      {
        peran: 'perilaku',
        nip: STAF,
        penilaiNip: KEPALA,
        peranPenilai: 'atasan',
        periode: expect.objectContaining({ kode: '2026-S1' }),
        nilai: [4, 3.5, null, 4, 4, 4, 5],
        file: 0,
        line: 2,
      },
    ]);
    expect(r.codes).toEqual([]);
  });

  it('rejects a bad role, a value off the scale, no values, and a rater that contradicts the role', () => {
    const r = check([
      [STAF, '2026-S1', KEPALA, 'bos', ...values('4')],
      [STAF, '2026-S1', KEPALA, 'rekan', ...values('4', '6')],
      [STAF, '2026-S1', KEPALA, 'rekan', ...values()],
      [STAF, '2026-S1', KEPALA, 'diri', ...values('4')],
      [STAF, '2026-S1', STAF, 'bawahan', ...values('4')],
    ]);
    expect(r.codes).toEqual([
      'PERAN_TIDAK_VALID 2:4',
      'PERILAKU_DI_LUAR_SKALA 3:6',
      'PERILAKU_KOSONG 4:5',
      'PERILAKU_DIRI_NIP 5:3',
      'PERILAKU_PENILAI_DIRI 6:3',
    ]);
    expect(r.findings[1]!.args).toEqual({ nilai: '6', min: 1, maks: 5 });
    expect(r.findings[4]!.args).toEqual({ peran: 'bawahan' });
    expect(r.counts).toMatchObject({ baris_dibaca: 5, baris_ditolak: 5, baris_dipakai: 0 });
  });

  it('the same rater and role twice in a month overlaps (here with other values: both rejected); another role does not', () => {
    const r = check([
      [STAF, '2026-S1', KEPALA, 'atasan', ...values('4')],
      [STAF, '2026-S1', KEPALA, 'rekan', ...values('4')],
      [STAF, '2026-03', KEPALA, 'atasan', ...values('3')],
    ]);
    expect(r.codes).toEqual(['BARIS_BERTENTANGAN 2:2', 'BARIS_BERTENTANGAN 4:2']);
    expect(r.findings[0]!.args).toEqual({
      kunci: `${STAF} ${KEPALA} atasan`,
      periode: '2026-S1',
      jumlah: 2,
      path_lain: 'data.csv',
      baris_lain: 4,
    });
    expect(r.counts).toMatchObject({ baris_dipakai: 1, baris_ditolak: 2 });
    expect(r.rows.map((x) => x.line)).toEqual([3]);
  });

  it('a copy of a row (the same period and values, however written) keeps the first; the later is rejected', () => {
    const r = check([
      [STAF, '2026-S1', KEPALA, 'atasan', ...values('4', '3,5')],
      [STAF, '2026-S1', KEPALA, 'atasan', ...values('4,0', '3,50')],
    ]);
    expect(r.codes).toEqual(['BARIS_TUMPANG_TINDIH 3:2']);
    expect(r.findings[0]!.args).toEqual({
      kunci: `${STAF} ${KEPALA} atasan`,
      periode: '2026-S1',
      path_pertama: 'data.csv',
      baris_pertama: 2,
    });
    expect(r.rows.map((x) => x.line)).toEqual([2]);
  });

  it('warns once per employee and rater: a rater without SKP, an atasan who is not the SKP penilai', () => {
    const r = check([
      [STAF, '2026-S1', NO_SKP, 'atasan', ...values('4')],
      [STAF, '2026-S2', NO_SKP, 'atasan', ...values('4')],
    ]);
    expect(r.codes).toEqual(['PENILAI_TANPA_SKP 2:3', 'ATASAN_BUKAN_PENILAI 2:3']);
    expect(r.findings[1]).toMatchObject({ nip: STAF, args: { penilai_nip: NO_SKP, penilai_skp: KEPALA } });
    expect(r.rows).toHaveLength(2);
  });

  it('ignores a row outside P', () => {
    const r = check([[STAF, '2026-S2', KEPALA, 'atasan', ...values('4')]], { refs: makeRefs({ periode: parsePeriode('2026-S1') }) });
    expect(r.codes).toEqual(['BARIS_DI_LUAR_PERIODE -:-']);
    expect(r.counts).toEqual({ baris_dibaca: 1, baris_dipakai: 0, baris_ditolak: 0, baris_diabaikan: 1 });
  });

  it("after a mutasi the atasan may be either SKP's penilai, for the months each masa holds", () => {
    // MUTASI: penilai KEPALA for 2026-01..06, STAF for 2026-07..12.
    const r = check([
      [MUTASI, '2026-S1', KEPALA, 'atasan', ...values('4')],
      [MUTASI, '2026-S2', STAF, 'atasan', ...values('4')],
      [MUTASI, '2026-TW1', STAF, 'atasan', ...values('4')],
    ]);
    expect(r.codes).toEqual(['ATASAN_BUKAN_PENILAI 4:3']);
    expect(r.findings[0]!.args).toEqual({ penilai_nip: STAF, penilai_skp: KEPALA });
    expect(r.rows).toHaveLength(3);
  });
});
