/**
 * PP 30/2019 (PermenPAN-RB 8/2021) formulas, RULES.md §6.2. RULES.md §7's target-maksimal case first,
 * then cases derived by hand (each with its arithmetic): every band of the nilai capaian IKI, Nilai KU
 * weighted by bobot, Nilai KT over its cap, 70/30 and 60/40, the innovation condition, Cukup.
 */
import { describe, expect, it } from 'vitest';
import { roundReport } from '../../../../src/core/number.js';
import {
  nilaiCapaianIki,
  nilaiKinerja,
  nilaiKt,
  nilaiKu,
  perilakuSeratus,
  predikatPp30,
} from '../../../../src/core/rules/pp-30-2019/formulas.js';

const r2 = (x: number) => roundReport(x, 2);

describe('nilai capaian IKI', () => {
  it('RULES.md §7: target 100 %, realisation 100 % → 120 with target_maksimal, 109 without', () => {
    expect(nilaiCapaianIki(100, true)).toBe(120);
    expect(nilaiCapaianIki(100)).toBe(109);
    // The flag changes only c = 100.
    expect(nilaiCapaianIki(99.5, true)).toBe(nilaiCapaianIki(99.5));
  });

  it.each([
    { c: 130, nilai: 120 }, // > 110
    { c: 110.01, nilai: 120 },
    { c: 110, nilai: 120 }, // 110 + 10/9 × 9
    { c: 105, nilai: 114.44 }, // 110 + 10/9 × 4 = 114.444…
    { c: 101, nilai: 110 },
    { c: 100.5, nilai: 109.5 }, // 109 + 0.5, the tool's fill between 100 and 101
    { c: 90, nilai: 80 }, // 70 + 19/19 × 10
    { c: 80, nilai: 70 },
    { c: 70, nilai: 60 }, // 50 + 19/19 × 10
    { c: 60, nilai: 50 },
    { c: 30, nilai: 24.92 }, // 30 / 59 × 49 = 24.915…
    { c: 0, nilai: 0 },
    { c: -5, nilai: 0 }, // floored at 0
  ])('c $c → $nilai', ({ c, nilai }) => {
    expect(r2(nilaiCapaianIki(c))).toBe(nilai);
  });

  it('reads the capaian as reported: 100.995 is 101.00, so 110', () => {
    expect(nilaiCapaianIki(100.995)).toBe(110);
  });
});

describe('Nilai KU, Nilai KT, nilai kinerja, predikat', () => {
  it('KU: weighted by bobot, or equal weights when the RHKs have none', () => {
    expect(
      nilaiKu([
        { nilai: 120, bobot: 60 },
        { nilai: 80, bobot: 40 },
      ]),
    ).toBe(104); // (7,200 + 3,200) / 100
    expect(
      nilaiKu([
        { nilai: 120, bobot: null },
        { nilai: 80, bobot: null },
      ]),
    ).toBe(100);
    expect(nilaiKu([])).toBeNull();
  });

  it('KT: Σ nilai × bobot / 100 over the tambahan with a bobot, at most 10', () => {
    expect(
      nilaiKt([
        { nilai: 120, bobot: 5 },
        { nilai: 110, bobot: 5 },
      ]),
    ).toBe(10); // 6 + 5.5 = 11.5 → 10
    expect(
      nilaiKt([
        { nilai: 110, bobot: 5 },
        { nilai: 120, bobot: null },
      ]),
    ).toBe(5.5); // no bobot adds nothing
    expect(nilaiKt([])).toBe(0);
  });

  it('70/30, or 60/40 with dengan_360; the 360° nilai on the 1–5 skala as 0–100', () => {
    expect(nilaiKinerja(114, 90, false)).toBeCloseTo(106.8, 10); // 79.8 + 27
    expect(nilaiKinerja(100, 50, true)).toBe(80); // 60 + 20
    expect(perilakuSeratus(3.5, { min: 1, maks: 5 })).toBe(62.5); // 2.5 / 4 × 100
  });

  it('Sangat Baik needs 110 and an innovation; Cukup, Kurang and Sangat Kurang by band', () => {
    const top = nilaiKinerja(120, 100, false); // 84 + 30 = 114
    expect(predikatPp30(top, true)).toBe('Sangat Baik');
    expect(predikatPp30(top, false)).toBe('Baik');
    expect(predikatPp30(106.8, true)).toBe('Baik');
    expect(predikatPp30(nilaiKinerja(80, 60, false), false)).toBe('Cukup'); // 56 + 18 = 74
    expect([90, 89.995, 89.994, 70, 69.99, 50, 49.99].map((n) => predikatPp30(n, false))).toEqual([
      'Baik',
      'Baik', // reported 90.00
      'Cukup', // reported 89.99
      'Cukup',
      'Kurang',
      'Kurang',
      'Sangat Kurang',
    ]);
  });
});
