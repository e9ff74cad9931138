/**
 * Indeks Kepuasan Masyarakat, PermenPAN-RB 14/2017 (RULES.md §4). Answers are aggregated as they
 * stream (sums and counts per unsur), so memory grows with groups, never with responses.
 */
import { roundReport } from '../../number.js';

export const UNSUR = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
] as const;

export type Bobot = 'tepat' | '0.111' | '0.11';
export type Mutu = 'A' | 'B' | 'C' | 'D';
export type KinerjaPelayanan = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** Sums and counts of the answers per unsur, and the responses accepted. */
export class SkmAccumulator {
  readonly jumlah = new Float64Array(9);
  readonly banyak = new Int32Array(9);
  responden = 0;

  add(jawaban: readonly (number | null)[]): void {
    this.responden++;
    for (let u = 0; u < 9; u++) {
      const v = jawaban[u];
      if (v === null || v === undefined) continue;
      this.jumlah[u]! += v;
      this.banyak[u]!++;
    }
  }

  merge(other: SkmAccumulator): void {
    this.responden += other.responden;
    for (let u = 0; u < 9; u++) {
      this.jumlah[u]! += other.jumlah[u]!;
      this.banyak[u]! += other.banyak[u]!;
    }
  }
}

export interface GroupIkm {
  responden: number;
  /** NRR per unsur (unrounded); null when nobody answered it. */
  nrr: (number | null)[];
  ikm: number | null;
  nilai: number | null;
  mutu: Mutu | null;
  kinerja: KinerjaPelayanan | null;
  /** 1-based number of the unsur with the lowest NRR (ties: the lowest number). */
  unsurTerlemah: number | null;
}

export function ikmFromResponses(a: SkmAccumulator, bobot: Bobot): GroupIkm {
  const nrr = Array.from({ length: 9 }, (_, u) => (a.banyak[u]! > 0 ? a.jumlah[u]! / a.banyak[u]! : null));
  const present = nrr.filter((x): x is number => x !== null);
  let ikm: number | null = null;
  if (present.length > 0) {
    let sum = 0;
    for (const x of present) sum += x;
    // tepat: Σ NRR × 1/9 over nine unsur, i.e. the mean over the k answered; "0.111" and "0.11": the
    // rounded weights printed in many spreadsheets (Σw = 0.999, 0.99), reproduced faithfully (RULES.md §4.2).
    ikm = bobot === 'tepat' ? sum / present.length : (Number(bobot) * sum * 9) / present.length;
  }
  const nilai = ikm === null ? null : ikm * 25;
  let unsurTerlemah: number | null = null;
  nrr.forEach((x, u) => {
    if (x !== null && (unsurTerlemah === null || x < nrr[unsurTerlemah - 1]!)) unsurTerlemah = u + 1;
  });
  const band = nilai === null ? null : mutuOf(nilai);
  return { responden: a.responden, nrr, ikm, nilai, mutu: band?.mutu ?? null, kinerja: band?.kinerja ?? null, unsurTerlemah };
}

/** RULES.md §4.3, on the reported (2-decimal) nilai. */
export function mutuOf(nilai: number): { mutu: Mutu; kinerja: KinerjaPelayanan } {
  const n = roundReport(nilai, 2);
  if (n >= 88.31) return { mutu: 'A', kinerja: 'Sangat Baik' };
  if (n >= 76.61) return { mutu: 'B', kinerja: 'Baik' };
  if (n >= 65) return { mutu: 'C', kinerja: 'Kurang Baik' };
  return { mutu: 'D', kinerja: 'Tidak Baik' };
}

/**
 * Krejcie & Morgan minimum sample for a population N (RULES.md §4.4):
 * s = round(3.841·N·0.25 / (0.0025·(N − 1) + 3.841·0.25)), half up.
 */
export function minimumSample(N: number): number {
  const s = (3.841 * N * 0.25) / (0.0025 * (N - 1) + 3.841 * 0.25);
  return Math.floor(roundReport(s, 6) + 0.5);
}
