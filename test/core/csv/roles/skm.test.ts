import { describe, expect, it } from 'vitest';
import { parsePeriode } from '../../../../src/core/period.js';
import { UNSUR_SKM } from '../../../../src/core/csv/roles/skm.js';
import { checkRows, makeRefs, STAF } from '../check-rows.js';

const answers = (...a: string[]) => [...a, ...Array<string>(9 - a.length).fill('4')];
const check = (header: string[], rows: string[][], o = {}) => checkRows('skm', [...header, ...UNSUR_SKM], rows, o);

describe('skm rows', () => {
  it('a used row: answers 1–4 as numbers, blank as null; layanan and petugas', () => {
    const r = check(
      ['unit', 'tanggal', 'layanan', 'nip_petugas'],
      [['sekretariat', '2026-03-01', 'Legalisir', STAF, ...answers('4', '3', '')]],
    );
    expect(r.rows).toEqual([
      {
        peran: 'skm',
        unit: 'sekretariat',
        layanan: 'Legalisir',
        nipPetugas: STAF,
        jawaban: [4, 3, null, 4, 4, 4, 4, 4, 4],
        file: 0,
        line: 2,
      },
    ]);
    expect(r.codes).toEqual([]);
  });

  it('rejects an answer out of 1–4, no answers, an unknown unit (naming the id of a unit written by its nama)', () => {
    const r = check(
      ['unit', 'tanggal'],
      [
        ['sekretariat', '2026-03-01', ...answers('4', '5')],
        ['sekretariat', '2026-03-01', ...Array<string>(9).fill('')],
        ['Sekretariat', '2026-03-01', ...answers()],
        ['sekretariat', '2026-02-30', ...answers()],
      ],
    );
    expect(r.codes).toEqual(['SKM_JAWABAN_TIDAK_VALID 2:4', 'SKM_KOSONG 3:3', 'SKM_UNIT_TIDAK_DIKENAL 4:1', 'TANGGAL_TIDAK_VALID 5:2']);
    expect(r.findings[0]!.args).toEqual({ nilai: '5', unsur: 'u2' });
    expect(r.findings[2]!.args).toEqual({ unit: 'Sekretariat', id: 'sekretariat' });
    expect(r.counts).toMatchObject({ baris_dibaca: 4, baris_ditolak: 4 });
  });

  it('ignores a response dated outside P', () => {
    const r = check(['unit', 'tanggal'], [['sekretariat', '15/08/2026', ...answers()]], {
      refs: makeRefs({ periode: parsePeriode('2026-S1') }),
    });
    expect(r.codes).toEqual(['BARIS_DI_LUAR_PERIODE -:-']);
    expect(r.counts).toEqual({ baris_dibaca: 1, baris_dipakai: 0, baris_ditolak: 0, baris_diabaikan: 1 });
  });

  it('without tanggal or periode: one warning on the header, every row in scope', () => {
    const r = check(['unit'], [['instansi', ...answers()]], { refs: makeRefs({ periode: parsePeriode('2026-S1') }) });
    expect(r.codes).toEqual(['SKM_TANPA_PERIODE 1:-']);
    expect(r.rows).toHaveLength(1);
  });

  it('with both, the periode decides and a date outside it is noted', () => {
    const r = check(['unit', 'periode', 'tanggal'], [['instansi', '2026-TW1', '2026-05-02', ...answers()]]);
    expect(r.codes).toEqual(['SKM_PERIODE_TIDAK_COCOK 2:3']);
    expect(r.findings[0]!.args).toEqual({ tanggal: '2026-05-02', periode: '2026-TW1' });
    expect(r.counts.baris_dipakai).toBe(1);
  });

  it('without a unit list, unit cells are not checked', () => {
    const r = check(['unit', 'tanggal'], [['gudang', '2026-03-01', ...answers()]], { refs: makeRefs({ units: undefined }) });
    expect(r.codes).toEqual([]);
    expect(r.rows[0]).toMatchObject({ unit: 'gudang', layanan: null, nipPetugas: null });
  });
});
