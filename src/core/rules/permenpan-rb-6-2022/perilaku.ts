/**
 * Nilai perilaku kerja (BerAKHLAK) from 360° ratings, RULES.md §2.5:
 * row score = mean of the values present; rater score = mean of that rater's row scores in P;
 * role score = mean of its raters' scores (left out below `minimal_penilai`); nilai = Σ bobot × role
 * score / Σ bobot over the roles present with bobot > 0; no atasan score → null. Per-value scores are
 * the same steps on each value alone. Sums run in a fixed order (rows as given — the caller passes them
 * in period-start, then canonical order; raters by NIP), so row order never changes a number.
 */
import { RATER_ROLES, type RaterRole } from '../../config.js';

export { RATER_ROLES, type RaterRole };

export interface PerilakuRow {
  penilaiNip: string;
  peran: RaterRole;
  /** The seven values in RULES.md order; null = blank. */
  nilai: readonly (number | null)[];
}

export interface PerilakuConfig {
  bobotPeran: Record<RaterRole, number>;
  minimalPenilai: Record<RaterRole, number>;
}

export interface RaterRoleScore {
  skor: number | null;
  penilai: number;
  /** false when below minimal_penilai (left out, with a warning). */
  cukup: boolean;
}

export interface PerilakuResult {
  nilai: number | null;
  peran: Record<RaterRole, RaterRoleScore>;
  /** Per-value scores (§2.5 step 6), in the order of the seven values. */
  perNilai: (number | null)[];
  alasan: 'TANPA_ATASAN' | 'TANPA_BOBOT' | null;
}

const mean = (xs: readonly number[]) => {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
};

/** Steps 2–4 for one score per row (the row mean, or one value). */
function aggregate(rows: readonly PerilakuRow[], score: (r: PerilakuRow) => number | null, config: PerilakuConfig) {
  const byRater = new Map<string, { peran: RaterRole; scores: number[] }>();
  for (const r of rows) {
    const s = score(r);
    if (s === null) continue;
    const key = `${r.peran}|${r.penilaiNip}`;
    const entry = byRater.get(key) ?? { peran: r.peran, scores: [] };
    entry.scores.push(s);
    byRater.set(key, entry);
  }
  const raters = [...byRater.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const peran = {} as Record<RaterRole, RaterRoleScore>;
  for (const p of RATER_ROLES) {
    const scores = raters.filter(([, e]) => e.peran === p).map(([, e]) => mean(e.scores));
    peran[p] = { skor: scores.length > 0 ? mean(scores) : null, penilai: scores.length, cukup: scores.length >= config.minimalPenilai[p] };
  }
  let weighted = 0;
  let weights = 0;
  for (const p of RATER_ROLES) {
    const { skor, cukup } = peran[p];
    const w = config.bobotPeran[p];
    if (skor === null || !cukup || w <= 0) continue;
    weighted += w * skor;
    weights += w;
  }
  const atasan = peran.atasan;
  if (atasan.skor === null || !atasan.cukup) return { nilai: null, peran, alasan: 'TANPA_ATASAN' as const };
  if (weights === 0) return { nilai: null, peran, alasan: 'TANPA_BOBOT' as const };
  return { nilai: weighted / weights, peran, alasan: null };
}

export function computePerilaku(rows: readonly PerilakuRow[], config: PerilakuConfig): PerilakuResult {
  const rowScore = (r: PerilakuRow) => {
    const present = r.nilai.filter((v): v is number => v !== null);
    return present.length > 0 ? mean(present) : null;
  };
  const total = aggregate(rows, rowScore, config);
  const perNilai = Array.from({ length: 7 }, (_, i) => aggregate(rows, (r) => r.nilai[i] ?? null, config).nilai);
  return { nilai: total.nilai, peran: total.peran, perNilai, alasan: total.alasan };
}
