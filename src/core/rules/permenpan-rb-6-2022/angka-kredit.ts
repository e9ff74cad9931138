/**
 * Angka kredit of a jabatan fungsional (RULES.md §2.8; PermenPAN-RB 1/2023, Peraturan BKN 3/2023):
 * persen(predikat) × koefisien(jenjang) × months(P) / 12, unrounded.
 */
import type { Predikat } from './predikat.js';

export type Jenjang = 'pemula' | 'terampil' | 'mahir' | 'penyelia' | 'ahli-pertama' | 'ahli-muda' | 'ahli-madya' | 'ahli-utama';

export const KOEFISIEN = {
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
  'ahli-pertama': 12.5,
  'ahli-muda': 25,
  'ahli-madya': 37.5,
  'ahli-utama': 50,
} as const satisfies Record<Jenjang, number>;

export const PERSEN_PREDIKAT = {
  'Sangat Baik': 150,
  Baik: 100,
  'Butuh Perbaikan': 75,
  'Kurang/Misconduct': 50,
  'Sangat Kurang': 25,
} as const satisfies Record<Predikat, number>;

export function angkaKredit(predikat: Predikat | null, jenjang: Jenjang | undefined, bulan: number): number | null {
  if (predikat === null || jenjang === undefined) return null;
  return (PERSEN_PREDIKAT[predikat] * KOEFISIEN[jenjang] * bulan) / 12 / 100;
}
