/**
 * Golden tests of the PermenPAN-RB 6/2022 computations (the building blocks of `score`, issue [3]).
 * Each case cites its source: RULES.md §7 (the regulation's public worked examples) or a hand
 * derivation written next to it.
 */
import { describe, expect, it } from 'vitest';
import { roundReport } from '../../../../src/core/number.js';
import { computeCapaian, type Polaritas, type Target } from '../../../../src/core/rules/permenpan-rb-6-2022/capaian.js';
import { predikat, ratingHasilKerja, ratingPerilaku, type Rating } from '../../../../src/core/rules/permenpan-rb-6-2022/predikat.js';
import { angkaKredit } from '../../../../src/core/rules/permenpan-rb-6-2022/angka-kredit.js';
import { ceilTenth, floorTenth, checkKurva } from '../../../../src/core/rules/permenpan-rb-6-2022/kurva.js';
import { computePerilaku, type PerilakuRow } from '../../../../src/core/rules/permenpan-rb-6-2022/perilaku.js';
import { consolidate, prorateTarget } from '../../../../src/core/rules/permenpan-rb-6-2022/konsolidasi.js';

const capaian = (realisasi: number, target: Target, polaritas: Polaritas = 'maksimal', batas = 120) => {
  const r = computeCapaian({ realisasi, target, polaritas, batas });
  return r.ok ? roundReport(r.capaian, 2) : r.alasan;
};
const HK = { diAtas: 100, sesuai: 90 };
const PK = { diAtas: 3.5, sesuai: 2.5 };

describe('capaian (RULES.md §2.3)', () => {
  it('RULES.md §7: range 80–90, maksimal, realisation 70 → 87.5', () => {
    expect(capaian(70, { min: 80, maks: 90 })).toBe(87.5);
  });
  it('RULES.md §7: time 7–8 months, minimal: 6.5 → 107.14, 9 → 87.5', () => {
    expect(capaian(6.5, { min: 7, maks: 8 }, 'minimal')).toBe(107.14); // (2 − 6.5/7) × 100 = 107.142857…
    expect(capaian(9, { min: 7, maks: 8 }, 'minimal')).toBe(87.5); // (2 − 9/8) × 100
  });
  it('RULES.md §7: target 20, realisation 17.999 → 90.00 (binary 89.99499999999999)', () => {
    expect(capaian(17.999, 20)).toBe(90);
  });
  it('inside a range is 100; above a maksimal range uses maks', () => {
    expect(capaian(85, { min: 80, maks: 90 })).toBe(100);
    expect(capaian(80, { min: 80, maks: 90 })).toBe(100);
    expect(capaian(99, { min: 80, maks: 90 })).toBe(110); // 99/90
  });
  it('minimal: (2 − r/t) × 100, floored at 0; zero tolerance for t = 0', () => {
    expect(capaian(4, 5, 'minimal')).toBe(120); // (2 − 0.8) × 100 = 120, at the cap
    expect(capaian(5, 5, 'minimal')).toBe(100);
    expect(capaian(12, 5, 'minimal')).toBe(0); // (2 − 2.4) × 100 = −40 → floor 0
    expect(capaian(0, 0, 'minimal')).toBe(100);
    expect(capaian(1, 0, 'minimal')).toBe(0);
  });
  it('caps at batas_capaian; a negative realisation or a maksimal target of 0 cannot be computed', () => {
    expect(capaian(150, 100)).toBe(120);
    expect(capaian(150, 100, 'maksimal', 110)).toBe(110);
    expect(capaian(-1, 100)).toBe('REALISASI_NEGATIF');
    expect(capaian(5, 0)).toBe('TARGET_NOL');
  });
});

describe('ratings: thresholds on the reported value (RULES.md §1, §2.4, §2.5)', () => {
  it.each([
    [100, 'Sesuai Ekspektasi'], // di_atas is strict for hasil kerja
    [100.004, 'Sesuai Ekspektasi'], // reported 100.00
    [100.005, 'Di Atas Ekspektasi'], // reported 100.01
    [90, 'Sesuai Ekspektasi'],
    [89.995, 'Sesuai Ekspektasi'], // reported 90.00
    [89.994, 'Di Bawah Ekspektasi'], // reported 89.99
  ])('hasil kerja %d → %s', (c, rating) => {
    expect(ratingHasilKerja(c, HK)).toBe(rating);
  });
  it.each([
    [3.5, 'Di Atas Ekspektasi'], // di_atas is inclusive for perilaku
    [3.495, 'Di Atas Ekspektasi'], // reported 3.50
    [3.494, 'Sesuai Ekspektasi'],
    [2.5, 'Sesuai Ekspektasi'],
    [2.494, 'Di Bawah Ekspektasi'],
  ])('perilaku %d → %s', (n, rating) => {
    expect(ratingPerilaku(n, PK)).toBe(rating);
  });
});

describe('predikat matrix (RULES.md §2.7, Lampiran PermenPAN-RB 6/2022): all nine cells', () => {
  const A: Rating = 'Di Atas Ekspektasi';
  const S: Rating = 'Sesuai Ekspektasi';
  const B: Rating = 'Di Bawah Ekspektasi';
  it.each([
    [A, B, 'Kurang/Misconduct'],
    [A, S, 'Baik'],
    [A, A, 'Sangat Baik'],
    [S, B, 'Kurang/Misconduct'],
    [S, S, 'Baik'],
    [S, A, 'Baik'],
    [B, B, 'Sangat Kurang'],
    [B, S, 'Butuh Perbaikan'],
    [B, A, 'Butuh Perbaikan'],
  ])('hasil kerja %s × perilaku %s → %s', (hk, pk, p) => {
    expect(predikat(hk, pk)).toBe(p);
  });
  it('either rating null → null', () => {
    expect(predikat(null, S)).toBeNull();
    expect(predikat(S, null)).toBeNull();
  });
});

describe('angka kredit (RULES.md §2.8)', () => {
  it('RULES.md §7: ahli-pertama, Sangat Baik, a year → 18.75', () => {
    expect(roundReport(angkaKredit('Sangat Baik', 'ahli-pertama', 12)!, 2)).toBe(18.75);
  });
  it('RULES.md §7: ahli-pertama, Baik, one triwulan → 3.13 (3.125 half away from zero)', () => {
    expect(roundReport(angkaKredit('Baik', 'ahli-pertama', 3)!, 2)).toBe(3.13);
  });
  it('RULES.md §7: pemula, Sangat Baik, a year → 5.63 (5.625)', () => {
    expect(roundReport(angkaKredit('Sangat Baik', 'pemula', 12)!, 2)).toBe(5.63);
  });
  it('no jenjang or no predikat → null', () => {
    expect(angkaKredit('Baik', undefined, 12)).toBeNull();
    expect(angkaKredit(null, 'ahli-muda', 12)).toBeNull();
  });
});

describe('kurva distribusi (RULES.md §3, SE MenPAN-RB 3/2023)', () => {
  it('RULES.md §7: n = 90 in a Baik unit → B may be at most 63, where Math.floor(0.7 * 90) is 62', () => {
    expect(Math.floor(0.7 * 90)).toBe(62);
    expect(floorTenth(90, 7)).toBe(63);
    expect(checkKurva('Baik', { SB: 10, B: 63, BP: 10, K: 5, SK: 2 }, 'mayoritas')).toEqual([]);
    expect(checkKurva('Baik', { SB: 10, B: 64, BP: 9, K: 5, SK: 2 }, 'mayoritas')).toEqual([
      { aturan: 'maksimal', predikat: ['Baik'], jumlah: 64, batas: 63 },
    ]);
  });
  it('ceilings in integers: ⌈6n/10⌉ and ⌈n/10⌉', () => {
    expect(ceilTenth(10, 6)).toBe(6);
    expect(ceilTenth(11, 6)).toBe(7); // 6.6 → 7
    expect(ceilTenth(10, 1)).toBe(1);
    expect(ceilTenth(11, 1)).toBe(2); // 1.1 → 2
  });
  it('Baik: "harus ada" Butuh Perbaikan or Kurang — the SE\'s rule, not a bug', () => {
    expect(checkKurva('Baik', { SB: 3, B: 7, BP: 0, K: 0, SK: 0 }, 'mayoritas')).toEqual([
      { aturan: 'harus_ada', predikat: ['Butuh Perbaikan', 'Kurang/Misconduct'], jumlah: 0, batas: 1 },
    ]);
  });
  it('Istimewa, sebagian_besar: terbanyak: SB the largest count (ties pass) and at most ⌊7n/10⌋', () => {
    expect(checkKurva('Istimewa', { SB: 4, B: 4, BP: 2, K: 0, SK: 0 }, 'terbanyak')).toEqual([]);
    expect(checkKurva('Istimewa', { SB: 3, B: 5, BP: 2, K: 0, SK: 0 }, 'terbanyak')).toEqual([
      { aturan: 'terbanyak', predikat: ['Sangat Baik'], jumlah: 3, batas: 5 },
    ]);
  });
  it('sebagian_besar: mayoritas (the default): more than half, X ≥ ⌊n/2⌋ + 1', () => {
    // n = 10: SB 4 is the largest count (terbanyak passes) but not more than half: 4 < 6.
    expect(checkKurva('Istimewa', { SB: 4, B: 4, BP: 2, K: 0, SK: 0 }, 'mayoritas')).toEqual([
      { aturan: 'mayoritas', predikat: ['Sangat Baik'], jumlah: 4, batas: 6 },
    ]);
    // Baik unit of 5 with B, B, SB, BP, K: B = 2 is the largest (terbanyak passes), a majority needs 3.
    expect(checkKurva('Baik', { SB: 1, B: 2, BP: 1, K: 1, SK: 0 }, 'terbanyak')).toEqual([]);
    expect(checkKurva('Baik', { SB: 1, B: 2, BP: 1, K: 1, SK: 0 }, 'mayoritas')).toEqual([
      { aturan: 'mayoritas', predikat: ['Baik'], jumlah: 2, batas: 3 },
    ]);
  });
  it('mayoritas with n = 4: ⌊n/2⌋ + 1 = 3 > ⌊7·4/10⌋ = 2, so the maximum is read as 3 (RULES.md §3)', () => {
    expect(checkKurva('Baik', { SB: 0, B: 3, BP: 1, K: 0, SK: 0 }, 'mayoritas')).toEqual([]);
    expect(checkKurva('Baik', { SB: 0, B: 4, BP: 0, K: 0, SK: 0 }, 'mayoritas')).toEqual([
      { aturan: 'maksimal', predikat: ['Baik'], jumlah: 4, batas: 3 },
      { aturan: 'harus_ada', predikat: ['Butuh Perbaikan', 'Kurang/Misconduct'], jumlah: 0, batas: 1 },
    ]);
    // terbanyak keeps ⌊7n/10⌋ = 2.
    expect(checkKurva('Baik', { SB: 0, B: 3, BP: 1, K: 0, SK: 0 }, 'terbanyak')).toEqual([
      { aturan: 'maksimal', predikat: ['Baik'], jumlah: 3, batas: 2 },
    ]);
  });
  it('Butuh Perbaikan, Kurang and Sangat Kurang organisations', () => {
    // n = 10: BP ≥ 6, SB ≤ 1.
    expect(checkKurva('Butuh Perbaikan', { SB: 2, B: 3, BP: 5, K: 0, SK: 0 }, 'mayoritas')).toEqual([
      { aturan: 'minimal', predikat: ['Butuh Perbaikan'], jumlah: 5, batas: 6 },
      { aturan: 'maksimal', predikat: ['Sangat Baik'], jumlah: 2, batas: 1 },
    ]);
    // n = 10: K ≥ 6, BP ≥ 1, SB ≤ 1.
    expect(checkKurva('Kurang', { SB: 0, B: 3, BP: 1, K: 6, SK: 0 }, 'mayoritas')).toEqual([]);
    // n = 10: SK ≥ 6, K + BP ≥ 1, SB = 0.
    expect(checkKurva('Sangat Kurang', { SB: 1, B: 3, BP: 0, K: 0, SK: 6 }, 'mayoritas')).toEqual([
      { aturan: 'harus_ada', predikat: ['Kurang/Misconduct', 'Butuh Perbaikan'], jumlah: 0, batas: 1 },
      { aturan: 'nol', predikat: ['Sangat Baik'], jumlah: 1, batas: 0 },
    ]);
  });
});

describe('nilai perilaku from 360° rows (RULES.md §2.5), hand-derived', () => {
  const all = (v: number) => Array(7).fill(v) as number[];
  const row = (penilaiNip: string, peran: PerilakuRow['peran'], nilai: (number | null)[]): PerilakuRow => ({ penilaiNip, peran, nilai });
  const config = {
    bobotPeran: { atasan: 60, rekan: 20, bawahan: 20, diri: 0 },
    minimalPenilai: { atasan: 1, rekan: 0, bawahan: 0, diri: 0 },
  };
  const base = [
    row('A', 'atasan', all(4)),
    row('A', 'atasan', all(3)), // atasan A: rows 4 and 3 → 3.5
    row('R1', 'rekan', all(4)),
    row('R2', 'rekan', all(5)), // rekan: (4 + 5) / 2 = 4.5
    row('D', 'diri', all(5)), // diri weighs 0
  ];
  it('no subordinates: weights 60/20 renormalised → (60·3.5 + 20·4.5) / 80 = 3.75', () => {
    const r = computePerilaku(base, config);
    expect(r.peran.atasan).toEqual({ skor: 3.5, penilai: 1, cukup: true });
    expect(r.peran.rekan).toEqual({ skor: 4.5, penilai: 2, cukup: true });
    expect(r.nilai).toBe(3.75);
  });
  it('with a subordinate scoring 2: (210 + 90 + 40) / 100 = 3.4', () => {
    expect(computePerilaku([...base, row('B', 'bawahan', all(2))], config).nilai).toBe(3.4);
  });
  it('a row score is the mean of the values present', () => {
    const r = computePerilaku([row('A', 'atasan', [4, null, 5, null, null, null, null])], config);
    expect(r.nilai).toBe(4.5);
    expect(r.perNilai).toEqual([4, null, 5, null, null, null, null]);
  });
  it('a role below minimal_penilai is left out; no atasan score → null', () => {
    const strict = { ...config, minimalPenilai: { ...config.minimalPenilai, rekan: 3 } };
    const r = computePerilaku(base, strict);
    expect(r.peran.rekan.cukup).toBe(false);
    expect(r.nilai).toBe(3.5); // atasan alone
    const noAtasan = computePerilaku(
      base.filter((x) => x.peran !== 'atasan'),
      config,
    );
    expect(noAtasan).toMatchObject({ nilai: null, alasan: 'TANPA_ATASAN' });
  });
  it('row order never changes the result', () => {
    const shuffled = [base[3]!, base[0]!, base[4]!, base[2]!, base[1]!];
    expect(computePerilaku(shuffled, config)).toEqual(computePerilaku(base, config));
  });
});

describe('consolidation and the target for P (RULES.md §2.1–2.2), hand-derived', () => {
  it('jumlah sums; the year P shows the uncovered months; the target is pro-rated to 6/12', () => {
    const k = consolidate(
      [
        { bulanAwal: 4, bulanAkhir: 6, nilai: 12 },
        { bulanAwal: 1, bulanAkhir: 3, nilai: 10 },
      ],
      'jumlah',
      1,
      12,
    );
    expect(k).toEqual({ realisasi: 22, bulanTercakup: 6, bulanKosong: [7, 8, 9, 10, 11, 12] });
    expect(prorateTarget(120, 'jumlah', 6, 12)).toBe(60);
    expect(prorateTarget({ min: 12, maks: 24 }, 'jumlah', 3, 12)).toEqual({ min: 3, maks: 6 });
    // RULES.md §2.0: a CPNS's SKP from March is for 10 months; 4 covered → 40 × 4 / 10 = 16.
    expect(prorateTarget(40, 'jumlah', 4, 10)).toBe(16);
    expect(prorateTarget(95, 'rata-rata', 6, 12)).toBe(95);
  });
  it('rata-rata weighs a quarter 3 and a month 1: (3·90 + 80 + 100) / 5 = 90', () => {
    const k = consolidate(
      [
        { bulanAwal: 1, bulanAkhir: 3, nilai: 90 },
        { bulanAwal: 4, bulanAkhir: 4, nilai: 80 },
        { bulanAwal: 5, bulanAkhir: 5, nilai: 100 },
      ],
      'rata-rata',
      1,
      6,
    );
    expect(k).toEqual({ realisasi: 90, bulanTercakup: 5, bulanKosong: [6] });
  });
  it('terakhir takes the row that ends last; no rows → null, never 0', () => {
    expect(
      consolidate(
        [
          { bulanAwal: 4, bulanAkhir: 4, nilai: 7 },
          { bulanAwal: 1, bulanAkhir: 3, nilai: 5 },
        ],
        'terakhir',
        1,
        12,
      )!.realisasi,
    ).toBe(7);
    expect(consolidate([], 'jumlah', 1, 12)).toBeNull();
  });
});
