/**
 * Ratings and the predikat matrix (RULES.md §2.4, §2.5, §2.7; Lampiran PermenPAN-RB 6/2022).
 * Classification compares the reported (rounded) value, so what the user sees is what was classified.
 */
import { roundReport } from '../../number.js';

export type Rating = 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi';
export type Predikat = 'Sangat Baik' | 'Baik' | 'Butuh Perbaikan' | 'Kurang/Misconduct' | 'Sangat Kurang';

/** Order for comparisons and advice: Sangat Kurang < Kurang/Misconduct < Butuh Perbaikan < Baik < Sangat Baik. */
export const PREDIKAT_NAIK: readonly Predikat[] = ['Sangat Kurang', 'Kurang/Misconduct', 'Butuh Perbaikan', 'Baik', 'Sangat Baik'];

/** Hasil kerja: c > di_atas → Di Atas (strict); sesuai ≤ c ≤ di_atas → Sesuai; else Di Bawah. */
export function ratingHasilKerja(capaian: number, ambang: { diAtas: number; sesuai: number }): Rating {
  const c = roundReport(capaian, 2);
  if (c > ambang.diAtas) return 'Di Atas Ekspektasi';
  if (c >= ambang.sesuai) return 'Sesuai Ekspektasi';
  return 'Di Bawah Ekspektasi';
}

/** Perilaku: n ≥ di_atas → Di Atas (inclusive); sesuai ≤ n < di_atas → Sesuai; else Di Bawah. */
export function ratingPerilaku(nilai: number, ambang: { diAtas: number; sesuai: number }): Rating {
  const n = roundReport(nilai, 2);
  if (n >= ambang.diAtas) return 'Di Atas Ekspektasi';
  if (n >= ambang.sesuai) return 'Sesuai Ekspektasi';
  return 'Di Bawah Ekspektasi';
}

const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  'Di Atas Ekspektasi': { 'Di Bawah Ekspektasi': 'Kurang/Misconduct', 'Sesuai Ekspektasi': 'Baik', 'Di Atas Ekspektasi': 'Sangat Baik' },
  'Sesuai Ekspektasi': { 'Di Bawah Ekspektasi': 'Kurang/Misconduct', 'Sesuai Ekspektasi': 'Baik', 'Di Atas Ekspektasi': 'Baik' },
  'Di Bawah Ekspektasi': {
    'Di Bawah Ekspektasi': 'Sangat Kurang',
    'Sesuai Ekspektasi': 'Butuh Perbaikan',
    'Di Atas Ekspektasi': 'Butuh Perbaikan',
  },
};

/** The predikat from rating hasil kerja (rows) and rating perilaku (columns); null when either is null. */
export function predikat(hasilKerja: Rating | null, perilaku: Rating | null): Predikat | null {
  if (hasilKerja === null || perilaku === null) return null;
  return MATRIX[hasilKerja][perilaku];
}
