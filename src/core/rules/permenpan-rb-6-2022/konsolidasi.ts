/**
 * Which realisation rows count for P and how they combine (RULES.md §2.1), and the target for P
 * (§2.2). Rows must already be inside P and free of overlaps (the CSV reader rejects those).
 */
import type { Target } from './capaian.js';
import { intersect, type MonthSpan } from '../../masa.js';
import { parsePeriode, type Periode } from '../../period.js';

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
 * One indicator over a window W = masa ∩ P (RULES.md §2.0–§2.2), as every pack reads it: its used rows
 * counted for their months inside W and combined by `cara` (null when none: missing is never zero),
 * and the target for P — a `target_periode` entry is for W's months, the SKP's own target for its masa —
 * with a `jumlah` target pro-rated to the months the rows cover.
 */
export function indicatorInWindow(
  rows: readonly { periode: MonthSpan; nilai: number }[] | undefined,
  cara: Konsolidasi,
  W: MonthSpan,
  target: { tahunan: Target | undefined; periode: Target | undefined; bulanMasa: number },
): (Consolidated & { target: Target | null }) | null {
  const inside: RealisasiRow[] = [];
  for (const r of rows ?? []) {
    const m = intersect(r.periode, W);
    if (m) inside.push({ bulanAwal: m.bulanAwal, bulanAkhir: m.bulanAkhir, nilai: r.nilai });
  }
  const k = consolidate(inside, cara, W.bulanAwal, W.bulanAkhir);
  if (!k) return null;
  const base = target.periode ?? target.tahunan;
  const months = target.periode !== undefined ? W.bulanAkhir - W.bulanAwal + 1 : target.bulanMasa;
  return { ...k, target: base === undefined ? null : prorateTarget(base, cara, k.bulanTercakup, months) };
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

/** The annual target, or the `target_periode` entry whose key equals P; warns on sub-period keys. */
export function targetForP(
  target: Target | undefined,
  perPeriod: Record<string, Target> | undefined,
  P: Periode,
  warnSub: (keys: string[]) => void,
) {
  const sub: string[] = [];
  for (const [key, t] of Object.entries(perPeriod ?? {})) {
    const p = parsePeriode(key);
    if (!p) continue;
    if (p.kode === P.kode) return { target: t, override: true };
    if (p.tahun === P.tahun && p.bulanAwal >= P.bulanAwal && p.bulanAkhir <= P.bulanAkhir) sub.push(p.kode);
  }
  if (sub.length > 0) warnSub(sub);
  return { target, override: false };
}
