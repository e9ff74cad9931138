/**
 * PP 30/2019 Pasal 41 with PermenPAN-RB 8/2021 (RULES.md §6.2), the formulas of one IKI and of the year:
 * 8/2021's formula for pejabat pimpinan tinggi, which this pack applies to every jabatan. Pure,
 * unrounded; bands and the predikat compare reported values (RULES.md §1). employee.ts reads the SKP and the rows into
 * these numbers.
 */
import { roundReport } from '../../number.js';

/**
 * Nilai capaian IKI from the capaian c (RULES.md §2.3, reported to 2 decimals, floored at 0, not capped):
 * c > 110 → 120; 101–110 → 110 + (120 − 110)/(110 − 101) × (c − 101); 100 ≤ c < 101 → 109 + (c − 100);
 * 80 ≤ c < 100 → 70 + (89 − 70)/(99 − 80) × (c − 80); 60 ≤ c < 80 → 50 + (69 − 50)/(79 − 60) × (c − 60);
 * c < 60 → c / 59 × 49. A `target_maksimal` indicator at c = 100 scores 120 (8/2021 huruf i).
 */
export function nilaiCapaianIki(capaian: number, targetMaksimal = false): number {
  const c = Math.max(0, roundReport(capaian, 2));
  if (targetMaksimal && c === 100) return 120;
  if (c > 110) return 120;
  if (c >= 101) return 110 + ((120 - 110) / (110 - 101)) * (c - 101);
  if (c >= 100) return 109 + (c - 100);
  if (c >= 80) return 70 + ((89 - 70) / (99 - 80)) * (c - 80);
  if (c >= 60) return 50 + ((69 - 50) / (79 - 60)) * (c - 60);
  return (c / 59) * 49;
}

/** Nilai KU: the weighted mean of the utama RHKs' nilai (equal weights when none has a bobot); null for none. */
export function nilaiKu(rhk: readonly { nilai: number; bobot: number | null }[]): number | null {
  if (rhk.length === 0) return null;
  const weighted = rhk.every((r) => r.bobot !== null);
  let sum = 0;
  let weights = 0;
  for (const r of rhk) {
    const w = weighted ? r.bobot! : 1;
    sum += w * r.nilai;
    weights += w;
  }
  return weights > 0 ? sum / weights : null;
}

/** Nilai KT = min(10, Σ nilai × bobot / 100) over the tambahan RHKs with a bobot (8/2021 angka 8). */
export function nilaiKt(tambahan: readonly { nilai: number; bobot: number | null }[]): number {
  // Σ nilai × bobot first, then / 100 (RULES.md §1: a weighted share as one division).
  let sum = 0;
  for (const t of tambahan) if (t.bobot !== null) sum += t.nilai * t.bobot;
  return Math.min(10, sum / 100);
}

/** Nilai kinerja = 70 % × Nilai SKP + 30 % × nilai perilaku (60/40 with `dengan_360`), as a weighted mean. */
export function nilaiKinerja(skp: number, perilaku: number, dengan360: boolean): number {
  const [a, b] = dengan360 ? [60, 40] : [70, 30];
  return (a * skp + b * perilaku) / 100;
}

/** §2.5's nilai perilaku n on the skala, as 0–100: (n − min) / (maks − min) × 100. */
export function perilakuSeratus(n: number, skala: { min: number; maks: number }): number {
  return ((n - skala.min) / (skala.maks - skala.min)) * 100;
}

export type PredikatPp30 = 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang' | 'Sangat Kurang';

/** On the reported nilai: 110–120 with an innovation → Sangat Baik; ≥ 90 Baik; ≥ 70 Cukup; ≥ 50 Kurang; else Sangat Kurang. */
export function predikatPp30(nilai: number, inovasi: boolean): PredikatPp30 {
  const n = roundReport(nilai, 2);
  if (n >= 110 && inovasi) return 'Sangat Baik';
  if (n >= 90) return 'Baik';
  if (n >= 70) return 'Cukup';
  if (n >= 50) return 'Kurang';
  return 'Sangat Kurang';
}
