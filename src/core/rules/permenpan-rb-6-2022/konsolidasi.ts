/**
 * Which realisation rows count for P and how they combine (RULES.md §2.1), and the target for P
 * (§2.2). Rows must already be inside P and free of overlaps (the CSV reader rejects those).
 */
import type { Target } from './capaian.js';

export type Konsolidasi = 'jumlah' | 'rata-rata' | 'terakhir';

export interface RealisasiRow {
  bulanAwal: number;
  bulanAkhir: number;
  nilai: number;
}

export interface Consolidated {
  realisasi: number;
  bulanTercakup: number;
  /** Months of P no row covers (for CAKUPAN_SEBAGIAN). */
  bulanKosong: number[];
}

/**
 * Combines the rows of one indicator inside P = months [awal, akhir]. Rows are summed in
 * period-start order (stable for equal starts, so the caller's canonical order decides ties).
 * Returns null when there is no row (missing is never zero).
 */
export function consolidate(rows: readonly RealisasiRow[], cara: Konsolidasi, awal: number, akhir: number): Consolidated | null {
  if (rows.length === 0) return null;
  const ordered = [...rows].sort((a, b) => a.bulanAwal - b.bulanAwal);
  const covered = new Set<number>();
  for (const r of ordered) for (let m = r.bulanAwal; m <= r.bulanAkhir; m++) covered.add(m);
  const bulanKosong: number[] = [];
  for (let m = awal; m <= akhir; m++) if (!covered.has(m)) bulanKosong.push(m);
  let realisasi: number;
  if (cara === 'jumlah') {
    realisasi = 0;
    for (const r of ordered) realisasi += r.nilai;
  } else if (cara === 'rata-rata') {
    // Weighted by months covered: a quarter row weighs 3, a month row 1 (Σ wᵢxᵢ / Σ wᵢ).
    let sum = 0;
    let weight = 0;
    for (const r of ordered) {
      const w = r.bulanAkhir - r.bulanAwal + 1;
      sum += w * r.nilai;
      weight += w;
    }
    realisasi = sum / weight;
  } else {
    // The row that ends last (rows do not overlap, so ends are distinct).
    realisasi = ordered.reduce((a, b) => (b.bulanAkhir > a.bulanAkhir ? b : a)).nilai;
  }
  return { realisasi, bulanTercakup: covered.size, bulanKosong };
}

/**
 * The realisation of one indicator for P from its used rows (each with its period), by `cara`; null
 * when it has none. Every pack reads rows so (RULES.md §2.1); the legacy packs too (§6).
 */
export function realisasiForP(
  rows: readonly { periode: { bulanAwal: number; bulanAkhir: number }; nilai: number }[] | undefined,
  cara: Konsolidasi,
  P: { bulanAwal: number; bulanAkhir: number },
): number | null {
  const flat = (rows ?? []).map((r) => ({ bulanAwal: r.periode.bulanAwal, bulanAkhir: r.periode.bulanAkhir, nilai: r.nilai }));
  return consolidate(flat, cara, P.bulanAwal, P.bulanAkhir)?.realisasi ?? null;
}

/**
 * The target for P (RULES.md §2.2, §2.0): a target is for the SKP's masa (the year, unless the SKP
 * says otherwise) or, for a `target_periode` entry, for P; `jumlah` targets are pro-rated to the
 * months covered (never counting missing months as zeros): target × covered / months. A range is
 * pro-rated the same way; other consolidations keep the target.
 */
export function prorateTarget(t: Target, cara: Konsolidasi, covered: number, months: number): Target {
  if (cara !== 'jumlah' || covered === months) return t;
  const f = (x: number) => (x * covered) / months;
  return typeof t === 'number' ? f(t) : { min: f(t.min), maks: f(t.maks) };
}
