/**
 * Kurva distribusi (SE MenPAN-RB 3/2023, pola distribusi; RULES.md §3). Limits in integer arithmetic
 * only: ⌊7n/10⌋, ⌈6n/10⌉ = ⌊(6n+9)/10⌋, ⌈n/10⌉ = ⌊(n+9)/10⌋, ⌊n/10⌋ (`Math.floor(0.7*90)` is 62, not 63).
 */
import type { Predikat } from './predikat.js';

export type PredikatOrganisasi = 'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Kurang' | 'Sangat Kurang';

/** Counts in the order (SB, B, BP, K, SK). */
export interface Distribusi {
  SB: number;
  B: number;
  BP: number;
  K: number;
  SK: number;
}

export interface Pelanggaran {
  aturan: 'maksimal' | 'minimal' | 'mayoritas' | 'terbanyak' | 'harus_ada' | 'nol';
  predikat: Predikat[];
  jumlah: number;
  batas: number;
}

const LABEL = {
  SB: 'Sangat Baik',
  B: 'Baik',
  BP: 'Butuh Perbaikan',
  K: 'Kurang/Misconduct',
  SK: 'Sangat Kurang',
} as const satisfies Record<keyof Distribusi, Predikat>;

export const floorTenth = (n: number, k: number) => Math.floor((k * n) / 10);
export const ceilTenth = (n: number, k: number) => Math.floor((k * n + 9) / 10);

export function jumlahDinilai(d: Distribusi): number {
  return d.SB + d.B + d.BP + d.K + d.SK;
}

/** How "sebagian besar" is read (RULES.md §3): more than half, or at least as many as any other. */
export type SebagianBesar = 'mayoritas' | 'terbanyak';

/**
 * "Sebagian besar" with `mayoritas`: X ≥ ⌊n/2⌋ + 1; and the maximum ⌊7n/10⌋, read as ⌊n/2⌋ + 1 where
 * that is larger (n = 4, and the trivial n = 1, 2), so that some distribution can pass.
 */
export function mostLimits(n: number, sb: SebagianBesar): { maks: number; mayoritas: number | null } {
  const maks = floorTenth(n, 7);
  if (sb === 'terbanyak') return { maks, mayoritas: null };
  const half = Math.floor(n / 2) + 1;
  return { maks: Math.max(maks, half), mayoritas: half };
}

/** The rules broken by distribution `d` of a unit with predikat organisasi `org` (empty: it fits). */
export function checkKurva(org: PredikatOrganisasi, d: Distribusi, sebagianBesar: SebagianBesar): Pelanggaran[] {
  const n = jumlahDinilai(d);
  const out: Pelanggaran[] = [];
  const maks = (k: keyof Distribusi, batas: number) => {
    if (d[k] > batas) out.push({ aturan: 'maksimal', predikat: [LABEL[k]], jumlah: d[k], batas });
  };
  const min = (ks: (keyof Distribusi)[], batas: number, aturan: 'minimal' | 'harus_ada' = 'minimal') => {
    const jumlah = ks.reduce((a, k) => a + d[k], 0);
    if (jumlah < batas) out.push({ aturan, predikat: ks.map((k) => LABEL[k]), jumlah, batas });
  };
  const terbanyak = (k: keyof Distribusi) => {
    const others = (Object.keys(LABEL) as (keyof Distribusi)[]).filter((o) => o !== k).map((o) => d[o]);
    const batas = Math.max(...others);
    if (d[k] < batas) out.push({ aturan: 'terbanyak', predikat: [LABEL[k]], jumlah: d[k], batas });
  };
  const most = (k: keyof Distribusi) => {
    const limits = mostLimits(n, sebagianBesar);
    maks(k, limits.maks);
    if (limits.mayoritas === null) terbanyak(k);
    else if (d[k] < limits.mayoritas) out.push({ aturan: 'mayoritas', predikat: [LABEL[k]], jumlah: d[k], batas: limits.mayoritas });
  };
  switch (org) {
    case 'Istimewa':
      most('SB');
      break;
    case 'Baik':
      most('B');
      min(['BP', 'K'], 1, 'harus_ada');
      break;
    case 'Butuh Perbaikan':
      min(['BP'], ceilTenth(n, 6));
      maks('SB', floorTenth(n, 1));
      break;
    case 'Kurang':
      min(['K'], ceilTenth(n, 6));
      min(['BP'], ceilTenth(n, 1));
      maks('SB', floorTenth(n, 1));
      break;
    case 'Sangat Kurang':
      min(['SK'], ceilTenth(n, 6));
      min(['K', 'BP'], ceilTenth(n, 1), 'harus_ada');
      if (d.SB > 0) out.push({ aturan: 'nol', predikat: ['Sangat Baik'], jumlah: d.SB, batas: 0 });
      break;
  }
  return out;
}
