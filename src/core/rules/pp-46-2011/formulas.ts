/**
 * PP 46/2011 with Perka BKN 1/2013 (RULES.md §6.1), the formulas of one kegiatan and of the year. Pure,
 * unrounded; classification (the sebutan) compares the reported value (RULES.md §1). employee.ts reads
 * the SKP and the rows into these numbers.
 *
 * Kuantitas = RO × 100 / TO; Kualitas = RK × 100 / TK; Waktu and Biaya by efisiensi (EW = 100 − RW × 100 / TW):
 * EW ≤ 24 → ((1.76·TW − RW) / TW) × 100; EW > 24 → 76 − ((((1.76·TW − RW) / TW) × 100) − 100). Each aspect
 * floored at 0; a kegiatan not carried out (RO = 0) scores 0 on every aspect.
 */
import { roundReport } from '../../number.js';

export interface KegiatanInput {
  /** Target and realisation of kuantitas (output), kualitas (mutu), waktu (bulan), biaya (optional). */
  TO: number;
  RO: number;
  TK: number;
  RK: number;
  TW: number;
  RW: number;
  TB?: number | null;
  RB?: number | null;
}

export interface AspekResult {
  nilai: number;
  /** Efisiensi (waktu or biaya), percent: 100 − R × 100 / T. */
  efisiensi: number;
}

export interface KegiatanResult {
  kuantitas: number;
  kualitas: number;
  waktu: AspekResult;
  /** null when the kegiatan has no biaya (TB absent or 0). */
  biaya: AspekResult | null;
  /** false: RO = 0, the kegiatan was not carried out (every aspect 0). */
  dilaksanakan: boolean;
  /** (Kuantitas + Kualitas + Waktu [+ Biaya]) / 3 [or 4]. */
  nilai: number;
}

/** Perka BKN 1/2013's factor: 1.76 = 100 % + 76 % (the waktu or biaya value at full efficiency). */
const FACTOR = 1.76;

/** Waktu (or biaya) from its target T > 0 and realisation R, by the efisiensi branch. */
export function aspekEfisiensi(T: number, R: number): AspekResult {
  const efisiensi = 100 - (R * 100) / T;
  const base = ((FACTOR * T - R) / T) * 100;
  // The branch reads the reported efisiensi (RULES.md §1): 100 − 9.12 × 100 / 12 is 24.000000000000014 in floating point, 24.00 as reported.
  const nilai = roundReport(efisiensi, 2) <= 24 ? base : 76 - (base - 100);
  return { nilai: Math.max(0, nilai), efisiensi };
}

export function nilaiKegiatan(k: KegiatanInput): KegiatanResult {
  const withBiaya = k.TB !== undefined && k.TB !== null && k.TB > 0;
  if (k.RO === 0) {
    const zero = { nilai: 0, efisiensi: 0 };
    return { kuantitas: 0, kualitas: 0, waktu: zero, biaya: withBiaya ? zero : null, dilaksanakan: false, nilai: 0 };
  }
  const kuantitas = Math.max(0, (k.RO * 100) / k.TO);
  const kualitas = Math.max(0, (k.RK * 100) / k.TK);
  const waktu = aspekEfisiensi(k.TW, k.RW);
  const biaya = withBiaya ? aspekEfisiensi(k.TB!, k.RB ?? 0) : null;
  const sum = kuantitas + kualitas + waktu.nilai + (biaya ? biaya.nilai : 0);
  return { kuantitas, kualitas, waktu, biaya, dilaksanakan: true, nilai: sum / (biaya ? 4 : 3) };
}

/** Nilai tugas tambahan from the number of tambahan kegiatan carried out: 1–3 → 1, 4–6 → 2, ≥ 7 → 3. */
export function nilaiTugasTambahan(jumlah: number): 0 | 1 | 2 | 3 {
  if (jumlah <= 0) return 0;
  if (jumlah <= 3) return 1;
  if (jumlah <= 6) return 2;
  return 3;
}

/** Nilai SKP = mean of the kegiatan utama + nilai tugas tambahan; null without a kegiatan. */
export function nilaiSkp(kegiatan: readonly number[], tambahan: number): number | null {
  if (kegiatan.length === 0) return null;
  let sum = 0;
  for (const x of kegiatan) sum += x;
  return sum / kegiatan.length + tambahan;
}

/** Nilai prestasi kerja = 60 % × Nilai SKP + 40 % × nilai perilaku (0–100), as a weighted mean. */
export function nilaiPrestasi(skp: number, perilaku: number): number {
  return (60 * skp + 40 * perilaku) / 100;
}

export type Sebutan = 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang' | 'Buruk';

/** The sebutan of a nilai, on its reported value: ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang, else Buruk. */
export function sebutan(nilai: number): Sebutan {
  const n = roundReport(nilai, 2);
  if (n >= 91) return 'Sangat Baik';
  if (n >= 76) return 'Baik';
  if (n >= 61) return 'Cukup';
  if (n >= 51) return 'Kurang';
  return 'Buruk';
}
