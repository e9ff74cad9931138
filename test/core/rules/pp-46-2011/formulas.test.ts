/**
 * PP 46/2011 (Perka BKN 1/2013) formulas, RULES.md §6.1. Golden cases from RULES.md §7 first, then
 * cases derived by hand here (each with its arithmetic): biaya, finished early (EW ≤ 24), very early
 * (EW > 24), late, not carried out, tambahan counts, the sebutan bands on reported values.
 */
import { describe, expect, it } from 'vitest';
import { roundReport } from '../../../../src/core/number.js';
import {
  aspekEfisiensi,
  nilaiKegiatan,
  nilaiPrestasi,
  nilaiSkp,
  nilaiTugasTambahan,
  sebutan,
} from '../../../../src/core/rules/pp-46-2011/formulas.js';

const r2 = (x: number) => roundReport(x, 2);

describe('waktu (and biaya) by efisiensi', () => {
  it.each([
    // RULES.md §7.
    { TW: 5, RW: 4, nilai: 96, ew: 20 }, // EW 20 ≤ 24: (8.8 − 4) / 5 × 100
    { TW: 12, RW: 12, nilai: 76, ew: 0 }, // on time: (21.12 − 12) / 12 × 100
    { TW: 12, RW: 9, nilai: 75, ew: 25 }, // EW 25 > 24: 76 − ((21.12 − 9) / 12 × 100 − 100) = 76 − 1
    { TW: 12, RW: 13, nilai: 67.67, ew: -8.33 }, // late: (21.12 − 13) / 12 × 100 = 67.666…
    // By hand.
    { TW: 12, RW: 10, nilai: 92.67, ew: 16.67 }, // early, EW ≤ 24: (21.12 − 10) / 12 × 100 = 92.666…
    { TW: 12, RW: 6, nilai: 50, ew: 50 }, // very early, EW > 24: 76 − ((21.12 − 6) / 12 × 100 − 100) = 76 − 26
    { TW: 12, RW: 14, nilai: 59.33, ew: -16.67 }, // late: (21.12 − 14) / 12 × 100 = 59.333…
    { TW: 1, RW: 3, nilai: 0, ew: -200 }, // (1.76 − 3) × 100 = −124, floored at 0
    // EW exactly 24 as reported takes the first branch (RULES.md §1), though 100 − 9.12 × 100 / 12 is
    // 24.000000000000014 in floating point: (21.12 − 9.12) / 12 × 100 = 100, not 76 − 0 = 76.
    { TW: 12, RW: 9.12, nilai: 100, ew: 24 },
    { TW: 10, RW: 7.6, nilai: 100, ew: 24 }, // exactly 24 in floating point too
  ])('TW $TW, RW $RW → $nilai (EW $ew %)', ({ TW, RW, nilai, ew }) => {
    const a = aspekEfisiensi(TW, RW);
    expect(r2(a.nilai)).toBe(nilai);
    expect(r2(a.efisiensi)).toBe(ew);
  });
});

describe('one kegiatan', () => {
  it('RULES.md §7: RO = TO, TK 100, RK 90, TW = RW = 12, TB = RB → (100 + 90 + 76 + 76) / 4 = 85.5', () => {
    const k = nilaiKegiatan({ TO: 24, RO: 24, TK: 100, RK: 90, TW: 12, RW: 12, TB: 50_000_000, RB: 50_000_000 });
    // As reported (RULES.md §1): 1.76 × 12 carries binary noise, 76.00000000000001 unrounded.
    expect([k.kuantitas, k.kualitas, k.waktu.nilai, k.biaya!.nilai, k.nilai].map(r2)).toEqual([100, 90, 76, 76, 85.5]);
  });

  it('with biaya spent under budget: TB 100 (juta), RB 80 → EB 20 ≤ 24, biaya (176 − 80) / 100 × 100 = 96', () => {
    // Kuantitas 12 × 100 / 12 = 100; kualitas 95; waktu TW 12, RW 10 = 92.666…; (100 + 95 + 92.666… + 96) / 4 = 95.9166…
    const k = nilaiKegiatan({ TO: 12, RO: 12, TK: 100, RK: 95, TW: 12, RW: 10, TB: 100, RB: 80 });
    expect(r2(k.biaya!.nilai)).toBe(96);
    expect(r2(k.nilai)).toBe(95.92);
  });

  it('without biaya (TB absent or 0) divides by 3', () => {
    // (100 + 95 + 92.666…) / 3 = 95.888…
    expect(r2(nilaiKegiatan({ TO: 12, RO: 12, TK: 100, RK: 95, TW: 12, RW: 10 }).nilai)).toBe(95.89);
    expect(nilaiKegiatan({ TO: 12, RO: 12, TK: 100, RK: 95, TW: 12, RW: 10, TB: 0, RB: 0 }).biaya).toBeNull();
  });

  it('a kegiatan not carried out (RO = 0) scores 0 on every aspect, though its waktu alone would not', () => {
    const k = nilaiKegiatan({ TO: 10, RO: 0, TK: 100, RK: 0, TW: 12, RW: 12, TB: 10, RB: 0 });
    expect(k).toMatchObject({ dilaksanakan: false, kuantitas: 0, kualitas: 0, nilai: 0 });
    expect([k.waktu.nilai, k.biaya!.nilai]).toEqual([0, 0]);
  });

  it('kuantitas over the target is not capped: RO 15 of TO 12 → 125', () => {
    expect(nilaiKegiatan({ TO: 12, RO: 15, TK: 100, RK: 100, TW: 12, RW: 12 }).kuantitas).toBe(125);
  });
});

describe('the year', () => {
  it.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [12, 3],
  ])('%i tambahan kegiatan carried out → nilai tugas tambahan %i', (n, nilai) => {
    expect(nilaiTugasTambahan(n)).toBe(nilai);
  });

  it('Nilai SKP = mean of the kegiatan + tambahan; nilai prestasi = 60 % SKP + 40 % perilaku', () => {
    // Kegiatan 85.5 and 95.888…: mean 90.694…; 4 tambahan → + 2 = 92.694…
    const skp = nilaiSkp([85.5, (100 + 95 + (21.12 - 10) / 0.12) / 3], nilaiTugasTambahan(4))!;
    expect(r2(skp)).toBe(92.69);
    // (60 × 92.694… + 40 × 80) / 100 = 55.616… + 32 = 87.616…
    const akhir = nilaiPrestasi(skp, 80);
    expect(r2(akhir)).toBe(87.62);
    expect(sebutan(akhir)).toBe('Baik');
    expect(nilaiSkp([], 3)).toBeNull();
  });

  it('the sebutan bands, on the reported value', () => {
    expect([91, 90.995, 90.994, 76, 75.99, 61, 60.995, 60.994, 51, 50.99].map(sebutan)).toEqual([
      'Sangat Baik',
      'Sangat Baik', // reported 91.00
      'Baik', // reported 90.99
      'Baik',
      'Cukup',
      'Cukup',
      'Cukup', // reported 61.00
      'Kurang', // reported 60.99
      'Kurang',
      'Buruk',
    ]);
  });
});
