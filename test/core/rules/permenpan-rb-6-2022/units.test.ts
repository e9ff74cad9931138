/** Unit roll-ups (RULES.md §3), hand-derived. */
import { describe, expect, it } from 'vitest';
import {
  summarizeUnits,
  unitHeads,
  ratingFromOrganisasi,
  type PegawaiSummary,
} from '../../../../src/core/rules/permenpan-rb-6-2022/units.js';
import { UnitTree, type UnitNode as UnitDef } from '../../../../src/core/unit-tree.js';
import { parsePeriode } from '../../../../src/core/period.js';

const units: UnitDef[] = [
  { id: 'pemkot', nama: 'Pemkot', predikat_organisasi: 'Baik', pimpinan: '1' },
  { id: 'dinkes', nama: 'Dinkes', induk: 'pemkot', predikat_organisasi: 'Istimewa', pimpinan: '1' },
  { id: 'pkm', nama: 'Puskesmas', induk: 'dinkes', predikat_organisasi: 'Cukup' },
];
const p = (unit: string, predikat: PegawaiSummary['predikat'], capaian: number | null): PegawaiSummary => ({
  unit,
  predikat,
  capaian_hasil_kerja: capaian,
});
const pegawai = [
  p('pemkot', 'Baik', 100),
  p('dinkes', 'Sangat Baik', 110),
  p('dinkes', 'Sangat Baik', 105),
  p('dinkes', 'Baik', 98),
  p('pkm', 'Butuh Perbaikan', 85),
  p('pkm', 'Baik', 95),
  p('pkm', null, null),
  p('entah', 'Baik', 90),
];

describe('summarizeUnits (RULES.md §3)', () => {
  const year = summarizeUnits(new UnitTree(units), pegawai, parsePeriode('2026')!, 3);
  const by = Object.fromEntries(year.map((u) => [u.id, u]));
  it('a unit counts its whole subtree; an unknown unit is counted in none', () => {
    expect(by.pemkot!.jumlah_pegawai).toBe(7);
    expect(by.dinkes!.jumlah_pegawai).toBe(6);
    expect(by.pkm!.jumlah_pegawai).toBe(3);
    expect(by.pkm!.distribusi).toEqual({
      'Sangat Baik': 0,
      Baik: 1,
      'Butuh Perbaikan': 1,
      'Kurang/Misconduct': 0,
      'Sangat Kurang': 0,
      tidak_dinilai: 1,
    });
  });
  it('mean capaian over the non-null values: dinkes (110 + 105 + 98 + 85 + 95) / 5 = 98.6', () => {
    expect(by.dinkes!.rata_rata_capaian).toBe(98.6);
    expect(by.pkm!.rata_rata_capaian).toBe(90);
  });
  it('kurva: checked for a whole year with enough employees with a predikat', () => {
    // dinkes (Istimewa), n = 5: SB 2, B 2, BP 1 → SB ≤ ⌊3.5⌋ = 3 and SB ≥ every other (ties pass).
    expect(by.dinkes!.kurva).toEqual({ diperiksa: true, alasan: null, sesuai: true, pelanggaran: [] });
    // pemkot (Baik), n = 6: B 3 ≤ 4, but SB 2 < B 3 fine; BP + K = 1 ≥ 1 → fits.
    expect(by.pemkot!.kurva.sesuai).toBe(true);
    // pkm: "Cukup" = Butuh Perbaikan, but only 2 employees with a predikat (< 3).
    expect(by.pkm!).toMatchObject({
      predikat_organisasi: 'Butuh Perbaikan',
      kurva: { diperiksa: false, alasan: 'PEGAWAI_KURANG', sesuai: null },
    });
  });
  it('kurva.minimal_pegawai is a boundary: 3 employees with a predikat are checked at 3, not at 4', () => {
    const three = [p('dinkes', 'Sangat Baik', 100), p('dinkes', 'Baik', 100), p('dinkes', 'Baik', 100)];
    expect(summarizeUnits(new UnitTree(units), three, parsePeriode('2026')!, 3).find((u) => u.id === 'dinkes')!.kurva.diperiksa).toBe(true);
    expect(summarizeUnits(new UnitTree(units), three, parsePeriode('2026')!, 4).find((u) => u.id === 'dinkes')!.kurva.alasan).toBe(
      'PEGAWAI_KURANG',
    );
  });
  it('not checked for a part of the year', () => {
    const tw = summarizeUnits(new UnitTree(units), pegawai, parsePeriode('2026-TW1')!, 3);
    expect(tw.every((u) => u.kurva.alasan === 'PERIODE_BUKAN_TAHUNAN' && u.kurva.sesuai === null)).toBe(true);
  });
});

describe('unit heads (RULES.md §2.4)', () => {
  it('the organisation result maps to a rating; a NIP heading several units takes the one nearest the root', () => {
    expect(ratingFromOrganisasi('Istimewa')).toBe('Di Atas Ekspektasi');
    expect(ratingFromOrganisasi('Baik')).toBe('Sesuai Ekspektasi');
    expect(ratingFromOrganisasi('Kurang')).toBe('Di Bawah Ekspektasi');
    const heads = unitHeads(new UnitTree(units));
    expect(heads.get('1')).toMatchObject({ unit: { id: 'pemkot' }, semua: ['pemkot', 'dinkes'] });
  });
});
