/**
 * Kurva `saran` (RULES.md §3): a target distribution that passes every rule of the unit's predikat
 * organisasi, minimising in order (1) employees moved, (2) Σ rank distance moved, (3) upward moves,
 * (4) the vector (SB, B, BP, K, SK) lexicographically. Advice only: it never changes a result.
 *
 * With ranks low → high (SK, K, BP, B, SB) and S_r = how many sit at rank r or above, objectives 2 and 3
 * are sums over the four boundaries of |S_r(t) − S_r(c)| and max(0, S_r(t) − S_r(c)), and the moves
 * between adjacent predikat are exactly those boundary flows. So a dynamic programme over the five
 * ranks (state: S, and for "BP + K ≥ q" the part of q already met) finds the optimum; the count that
 * must be "the largest" (Istimewa: SB, Baik: B) is enumerated around it. Choices are limited to
 * |tᵣ − cᵣ| ≤ M, which is exact once the optimum found moves at most M (any t outside moves more);
 * M doubles until that holds.
 */
import { ceilTenth, floorTenth, jumlahDinilai, mostLimits, type Distribusi, type PredikatOrganisasi, type SebagianBesar } from './kurva.js';
import type { Predikat } from './predikat.js';

export interface SaranStep {
  dari: Predikat;
  ke: Predikat;
  jumlah: number;
}

const RANK_LABEL: readonly Predikat[] = ['Sangat Kurang', 'Kurang/Misconduct', 'Butuh Perbaikan', 'Baik', 'Sangat Baik'];
const toRanks = (d: Distribusi) => [d.SK, d.K, d.BP, d.B, d.SB];
const fromRanks = (t: readonly number[]): Distribusi => ({ SK: t[0]!, K: t[1]!, BP: t[2]!, B: t[3]!, SB: t[4]! });

interface Rules {
  lo: number[];
  hi: number[];
  /** Rank that must be ≥ every other count (ties pass). */
  terbanyak?: number;
  /** t[K] + t[BP] ≥ pairMin. */
  pairMin: number;
}

function rulesOf(org: PredikatOrganisasi, n: number, sb: SebagianBesar): Rules {
  const lo = [0, 0, 0, 0, 0];
  const hi = [n, n, n, n, n];
  const r: Rules = { lo, hi, pairMin: 0 };
  switch (org) {
    case 'Istimewa':
    case 'Baik': {
      // SB (rank 4) for Istimewa, B (rank 3) for Baik is "sebagian besar" (RULES.md §3).
      const rank = org === 'Istimewa' ? 4 : 3;
      const limits = mostLimits(n, sb);
      hi[rank] = limits.maks;
      if (limits.mayoritas === null) r.terbanyak = rank;
      else lo[rank] = limits.mayoritas;
      if (org === 'Baik') r.pairMin = 1;
      break;
    }
    case 'Butuh Perbaikan':
      lo[2] = ceilTenth(n, 6);
      hi[4] = floorTenth(n, 1);
      break;
    case 'Kurang':
      lo[1] = ceilTenth(n, 6);
      lo[2] = ceilTenth(n, 1);
      hi[4] = floorTenth(n, 1);
      break;
    case 'Sangat Kurang':
      lo[0] = ceilTenth(n, 6);
      r.pairMin = ceilTenth(n, 1);
      hi[4] = 0;
      break;
  }
  return r;
}

type Cost = [number, number, number];
const better = (a: Cost, pa: readonly number[], b: Cost, pb: readonly number[]) => {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]!;
  return false;
};

/** The best target within the window M, or null. */
function search(c: readonly number[], n: number, rules: Rules, M: number): { t: number[]; cost: Cost } | null {
  // Suffix sums of the current distribution: Sc[r] = c[r] + … + c[4].
  const Sc = [0, 0, 0, 0, 0, 0];
  for (let r = 4; r >= 0; r--) Sc[r] = Sc[r + 1]! + c[r]!;
  let best: { t: number[]; cost: Cost } | null = null;
  const X = rules.terbanyak;
  const vs: (number | undefined)[] = [];
  if (X === undefined) vs.push(undefined);
  const bound = new Map<number, number>();
  if (X !== undefined) {
    // A lower bound on employees moved for each value v of the largest count: X itself moves
    // |v − c_X|, and every other count above v must come down. Values are tried by that bound and
    // skipped once it exceeds the best found, so the search stays exact and short.
    const from = Math.max(rules.lo[X]!, c[X]! - M);
    const to = Math.min(rules.hi[X]!, c[X]! + M);
    for (let v = from; v <= to; v++) {
      let down = v < c[X]! ? c[X]! - v : 0;
      let up = v > c[X]! ? v - c[X]! : 0;
      for (let r = 0; r < 5; r++) {
        if (r === X) continue;
        const h = Math.min(rules.hi[r]!, v);
        if (c[r]! > h) down += c[r]! - h;
        if (c[r]! < rules.lo[r]!) up += rules.lo[r]! - c[r]!;
      }
      bound.set(v, Math.max(down, up));
      vs.push(v);
    }
    vs.sort((a, b) => bound.get(a!)! - bound.get(b!)! || a! - b!);
  }
  for (const v of vs) {
    if (v !== undefined && best && bound.get(v)! > best.cost[0]) break;
    const lo = [...rules.lo];
    const hi = [...rules.hi];
    if (X !== undefined && v !== undefined) {
      lo[X] = hi[X] = v;
      for (let r = 0; r < 5; r++) if (r !== X) hi[r] = Math.min(hi[r]!, v);
    }
    // Layer: key = S * (q + 1) + a, processing ranks 4 → 0; path holds (t4, t3, …).
    const q = rules.pairMin;
    let layer = new Map<number, { cost: Cost; path: number[] }>([[0, { cost: [0, 0, 0], path: [] }]]);
    for (let r = 4; r >= 0; r--) {
      const next = new Map<number, { cost: Cost; path: number[] }>();
      const from = Math.max(lo[r]!, c[r]! - M);
      const to = Math.min(hi[r]!, c[r]! + M);
      for (const [key, entry] of layer) {
        const S = Math.floor(key / (q + 1));
        const a = key % (q + 1);
        for (let t = from; t <= to && S + t <= n; t++) {
          let a2 = a;
          if (r === 2 || r === 1) a2 = Math.min(q, a + t);
          if (r === 1 && a2 < q) continue;
          const S2 = S + t;
          const cost: Cost = [...entry.cost];
          cost[0] += Math.max(0, c[r]! - t);
          if (r >= 1) {
            // Boundary below rank r: flow S2 − Sc[r] (positive = upward).
            const f = S2 - Sc[r]!;
            cost[1] += Math.abs(f);
            cost[2] += Math.max(0, f);
          }
          const path = [...entry.path, t];
          const k2 = S2 * (q + 1) + a2;
          const prev = next.get(k2);
          if (!prev || better(cost, path, prev.cost, prev.path)) next.set(k2, { cost, path });
        }
      }
      layer = next;
    }
    for (const [key, entry] of layer) {
      if (Math.floor(key / (q + 1)) !== n) continue;
      const t = [...entry.path].reverse(); // ranks low → high
      if (!best || better(entry.cost, entry.path, best.cost, [...best.t].reverse())) best = { t, cost: entry.cost };
    }
  }
  return best;
}

/**
 * A smallest set of moves that makes `d` fit the kurva of `org`; [] when it already fits; null when
 * no distribution of these employees can fit (KURVA_TIDAK_MUNGKIN).
 */
export function adviseKurva(
  org: PredikatOrganisasi,
  d: Distribusi,
  sebagianBesar: SebagianBesar,
): { langkah: SaranStep[]; target: Distribusi } | null {
  const n = jumlahDinilai(d);
  const c = toRanks(d);
  const rules = rulesOf(org, n, sebagianBesar);
  for (let M = 8; ; M *= 2) {
    const found = search(c, n, rules, Math.min(M, n));
    if (found && found.cost[0] <= Math.min(M, n)) return { langkah: movesBetween(c, found.t), target: fromRanks(found.t) };
    if (M >= n) return found ? { langkah: movesBetween(c, found.t), target: fromRanks(found.t) } : null;
  }
}

/** Adjacent moves from the boundary flows, from the top boundary down. */
function movesBetween(c: readonly number[], t: readonly number[]): SaranStep[] {
  const out: SaranStep[] = [];
  let Sc = 0;
  let St = 0;
  for (let r = 4; r >= 1; r--) {
    Sc += c[r]!;
    St += t[r]!;
    const f = St - Sc; // > 0: people move up from rank r − 1 to r
    if (f > 0) out.push({ dari: RANK_LABEL[r - 1]!, ke: RANK_LABEL[r]!, jumlah: f });
    else if (f < 0) out.push({ dari: RANK_LABEL[r]!, ke: RANK_LABEL[r - 1]!, jumlah: -f });
  }
  return out;
}
