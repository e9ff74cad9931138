/** Unit roll-ups (RULES.md §3), hand-derived. */
import { describe, expect, it } from 'vitest';
import {
  predikatOrganisasiFor,
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
let seq = 100;
const p = (unit: string, predikat: PegawaiSummary['predikat'], capaian: number | null, nip = String(seq++)): PegawaiSummary => ({
  nip,
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
  const year = summarizeUnits(new UnitTree(units), pegawai, parsePeriode('2026')!, 3, 'terbanyak');
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
    expect(by.dinkes!.kurva).toEqual({
      diperiksa: true,
      alasan: null,
      sesuai: true,
      jumlah: 5,
      distribusi: { SB: 2, B: 2, BP: 1, K: 0, SK: 0 },
      pelanggaran: [],
    });
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

describe('kurva as SE 3/2023 reads it (RULES.md §3, revised)', () => {
  it('mayoritas (the default): the same dinkes fails, SB 2 of 5 is not more than half (needs 3)', () => {
    const u = summarizeUnits(new UnitTree(units), pegawai, parsePeriode('2026')!, 3).find((x) => x.id === 'dinkes')!;
    expect(u.kurva.pelanggaran).toEqual([{ aturan: 'mayoritas', predikat: ['Sangat Baik'], jumlah: 2, batas: 3 }]);
  });
  it("a unit's own head is left out of its curve, and counted in its ancestors' curves and in distribusi", () => {
    // dinkes (Istimewa, pimpinan '1'): the head 1 (Sangat Baik) and four staff: SB 3, B 1, BP 1.
    // Without the head: n = 4, SB 2 — mayoritas needs ⌊4/2⌋ + 1 = 3 → fails; with the head SB 3 of 5 would pass.
    const tree = new UnitTree<UnitDef>([
      { id: 'pemkot', nama: 'Pemkot', predikat_organisasi: 'Baik', pimpinan: '9' },
      { id: 'dinkes', nama: 'Dinkes', induk: 'pemkot', predikat_organisasi: 'Istimewa', pimpinan: '1' },
    ]);
    const list = [
      p('dinkes', 'Sangat Baik', 110, '1'),
      p('dinkes', 'Sangat Baik', 110),
      p('dinkes', 'Sangat Baik', 110),
      p('dinkes', 'Baik', 100),
      p('dinkes', 'Butuh Perbaikan', 85),
      p('pemkot', 'Baik', 100),
    ];
    const by = Object.fromEntries(summarizeUnits(tree, list, parsePeriode('2026')!, 3).map((u) => [u.id, u]));
    expect(by.dinkes!.distribusi['Sangat Baik']).toBe(3);
    expect(by.dinkes!.kurva).toMatchObject({ jumlah: 4, distribusi: { SB: 2, B: 1, BP: 1, K: 0, SK: 0 }, sesuai: false });
    // pemkot's curve holds dinkes' head (pemkot's own head '9' has no SKP here): n = 6.
    expect(by.pemkot!.kurva.jumlah).toBe(6);
  });
  it('RULES.md §7: a Baik unit of 6 whose head is Sangat Baik, staff 3 B, 1 SB, 1 BP → n = 5, B 3 ≤ 3 and ≥ 3 → sesuai', () => {
    const tree = new UnitTree<UnitDef>([{ id: 'u', nama: 'U', predikat_organisasi: 'Baik', pimpinan: 'h' }]);
    const six = [
      p('u', 'Sangat Baik', 110, 'h'),
      p('u', 'Baik', 100),
      p('u', 'Baik', 100),
      p('u', 'Baik', 100),
      p('u', 'Sangat Baik', 110),
      p('u', 'Butuh Perbaikan', 85),
    ];
    const [u] = summarizeUnits(tree, six, parsePeriode('2026')!, 5);
    expect(u!.kurva).toMatchObject({ diperiksa: true, sesuai: true, jumlah: 5, pelanggaran: [] });
    expect(u!.distribusi['Sangat Baik']).toBe(2);
  });
  it('the head left out at the boundary of a limit: the same staff pass or fail by whether the head is one of them', () => {
    // Baik unit, staff 7 B, 2 SB, 1 BP (n = 10: B ≤ ⌊70/10⌋ = 7 → passes). Counting a Baik head as
    // well would make B 8 of 11 > ⌊77/10⌋ = 7 and break the maximum: the head must stay out.
    const staff = [
      ...Array.from({ length: 7 }, () => p('u', 'Baik', 100)),
      p('u', 'Sangat Baik', 110),
      p('u', 'Sangat Baik', 110),
      p('u', 'Butuh Perbaikan', 85),
    ];
    const head = p('u', 'Baik', 100, 'kepala');
    const withHead = new UnitTree<UnitDef>([{ id: 'u', nama: 'U', predikat_organisasi: 'Baik', pimpinan: 'kepala' }]);
    const [ok] = summarizeUnits(withHead, [head, ...staff], parsePeriode('2026')!, 5);
    expect(ok!.kurva).toMatchObject({ sesuai: true, jumlah: 10 });
    // The same eleven with nobody named head: B 8 > 7 → maksimal broken.
    const noHead = new UnitTree<UnitDef>([{ id: 'u', nama: 'U', predikat_organisasi: 'Baik' }]);
    const [bad] = summarizeUnits(noHead, [head, ...staff], parsePeriode('2026')!, 5);
    expect(bad!.kurva).toMatchObject({ sesuai: false, jumlah: 11 });
    expect(bad!.kurva.pelanggaran).toEqual([{ aturan: 'maksimal', predikat: ['Baik'], jumlah: 8, batas: 7 }]);
  });
  it('the head is left out before kurva.minimal_pegawai is applied', () => {
    // Three employees, one of them the unit's head: the curve has 2 < 3 → not checked.
    const tree = new UnitTree<UnitDef>([{ id: 'u', nama: 'U', predikat_organisasi: 'Baik', pimpinan: '7' }]);
    const three = [p('u', 'Baik', 100, '7'), p('u', 'Baik', 100), p('u', 'Butuh Perbaikan', 80)];
    expect(summarizeUnits(tree, three, parsePeriode('2026')!, 3)[0]!.kurva).toMatchObject({
      diperiksa: false,
      alasan: 'PEGAWAI_KURANG',
      jumlah: 2,
    });
  });
});

describe('unit heads (RULES.md §2.4)', () => {
  it('the organisation result maps to a rating; a NIP heading several units takes the one nearest the root', () => {
    expect(ratingFromOrganisasi('Istimewa')).toBe('Di Atas Ekspektasi');
    expect(ratingFromOrganisasi('Baik')).toBe('Sesuai Ekspektasi');
    expect(ratingFromOrganisasi('Kurang')).toBe('Di Bawah Ekspektasi');
    const heads = unitHeads(new UnitTree(units), parsePeriode('2026')!);
    expect(heads.get('1')).toMatchObject({ unit: { id: 'pemkot' }, semua: ['pemkot', 'dinkes'] });
  });
});

describe('predikat_organisasi for P: one label for the year, or a map from period codes (RULES.md §3)', () => {
  const y = parsePeriode('2026')!;
  const tw1 = parsePeriode('2026-TW1')!;
  it('a plain label is the entry for the year only', () => {
    expect(predikatOrganisasiFor('Baik', y)).toEqual({ org: 'Baik', shown: 'Baik', alasan: null });
    expect(predikatOrganisasiFor('Cukup', y).org).toBe('Butuh Perbaikan');
    expect(predikatOrganisasiFor('Baik', tw1)).toEqual({ org: null, shown: 'Baik', alasan: 'PERIODE_BUKAN_TAHUNAN' });
    expect(predikatOrganisasiFor(undefined, y)).toEqual({ org: null, shown: null, alasan: 'TANPA_PREDIKAT_ORGANISASI' });
  });
  it('a map: the entry whose code equals P (Q1 and TW1 are one code); a map without P has no label for it', () => {
    const map = { '2026': 'Baik', '2026-Q1': 'Istimewa' } as const;
    expect(predikatOrganisasiFor(map, y).org).toBe('Baik');
    expect(predikatOrganisasiFor(map, tw1).org).toBe('Istimewa');
    expect(predikatOrganisasiFor(map, parsePeriode('2026-TW2')!)).toEqual({ org: null, shown: null, alasan: 'TANPA_PREDIKAT_ORGANISASI' });
  });
  it('a periodic curve is checked for its quarter, and the unit head is rated by that entry', () => {
    const tree = new UnitTree<UnitDef>([{ id: 'u', nama: 'U', predikat_organisasi: { '2026-TW1': 'Istimewa' }, pimpinan: '7' }]);
    const list = [p('u', 'Sangat Baik', 110), p('u', 'Sangat Baik', 110), p('u', 'Baik', 100), p('u', 'Butuh Perbaikan', 85)];
    const [u] = summarizeUnits(tree, list, tw1, 3);
    // Istimewa, n = 4, mayoritas: SB 2 < 3 → not "sebagian besar".
    expect(u!.kurva).toMatchObject({ diperiksa: true, sesuai: false, jumlah: 4 });
    expect(u!.predikat_organisasi).toBe('Istimewa');
    expect(summarizeUnits(tree, list, y, 3)[0]!.kurva).toMatchObject({ diperiksa: false, alasan: 'TANPA_PREDIKAT_ORGANISASI' });
    expect(unitHeads(tree, tw1).get('7')).toMatchObject({ org: 'Istimewa' });
    expect(unitHeads(tree, y).get('7')).toBeUndefined();
  });
});
