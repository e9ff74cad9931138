/**
 * Kurva saran (RULES.md §3) proved minimal against a brute force: for small units every possible
 * distribution is enumerated, filtered by the rules and ordered by the four criteria of RULES.md; the
 * dynamic programme must find the same target.
 */
import { describe, expect, it } from 'vitest';
import {
  checkKurva,
  type Distribusi,
  type PredikatOrganisasi,
  type SebagianBesar,
} from '../../../../src/core/rules/permenpan-rb-6-2022/kurva.js';
import { adviseKurva } from '../../../../src/core/rules/permenpan-rb-6-2022/saran.js';
import { mulberry32 } from '../../../../scripts/random.mjs';

const ORGS: PredikatOrganisasi[] = ['Istimewa', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'];
const ranks = (d: Distribusi) => [d.SK, d.K, d.BP, d.B, d.SB];

/** (moved, rank distance, upward, SB, B, BP, K, SK) for target t from c. */
function criteria(c: Distribusi, t: Distribusi): number[] {
  const cr = ranks(c);
  const tr = ranks(t);
  let moved = 0;
  for (let r = 0; r < 5; r++) moved += Math.max(0, cr[r]! - tr[r]!);
  let emd = 0;
  let up = 0;
  let Sc = 0;
  let St = 0;
  for (let r = 4; r >= 1; r--) {
    Sc += cr[r]!;
    St += tr[r]!;
    emd += Math.abs(St - Sc);
    up += Math.max(0, St - Sc);
  }
  return [moved, emd, up, t.SB, t.B, t.BP, t.K, t.SK];
}

function lexLess(a: number[], b: number[]): boolean {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
}

function bruteForce(org: PredikatOrganisasi, c: Distribusi, sb: SebagianBesar): Distribusi | null {
  const n = c.SB + c.B + c.BP + c.K + c.SK;
  let best: { t: Distribusi; key: number[] } | null = null;
  for (let SB = 0; SB <= n; SB++)
    for (let B = 0; B <= n - SB; B++)
      for (let BP = 0; BP <= n - SB - B; BP++)
        for (let K = 0; K <= n - SB - B - BP; K++) {
          const t = { SB, B, BP, K, SK: n - SB - B - BP - K };
          if (checkKurva(org, t, sb).length > 0) continue;
          const key = criteria(c, t);
          if (!best || lexLess(key, best.key)) best = { t, key };
        }
  return best?.t ?? null;
}

describe('adviseKurva', () => {
  it('a fitting distribution needs no move', () => {
    expect(adviseKurva('Baik', { SB: 1, B: 6, BP: 2, K: 1, SK: 0 }, 'terbanyak')).toEqual({
      langkah: [],
      target: { SB: 1, B: 6, BP: 2, K: 1, SK: 0 },
    });
  });
  it('a Baik unit with too many Baik moves the excess one step down (n = 10, B ≤ 7)', () => {
    expect(adviseKurva('Baik', { SB: 1, B: 9, BP: 0, K: 0, SK: 0 }, 'terbanyak')).toEqual({
      langkah: [{ dari: 'Baik', ke: 'Butuh Perbaikan', jumlah: 2 }],
      target: { SB: 1, B: 7, BP: 2, K: 0, SK: 0 },
    });
  });
  it('RULES.md §3 "harus ada": an all-Baik unit of 5 still needs one Butuh Perbaikan', () => {
    // ⌊7·5/10⌋ = 3 Baik at most: two must move; one step down each.
    expect(adviseKurva('Baik', { SB: 0, B: 5, BP: 0, K: 0, SK: 0 }, 'terbanyak')!.langkah).toEqual([
      { dari: 'Baik', ke: 'Butuh Perbaikan', jumlah: 2 },
    ]);
  });
  it('null when no distribution of these employees can fit', () => {
    // Sangat Kurang with n = 1: SK ≥ 1 and K + BP ≥ 1 cannot both hold.
    expect(adviseKurva('Sangat Kurang', { SB: 0, B: 1, BP: 0, K: 0, SK: 0 }, 'terbanyak')).toBeNull();
  });
  it('is minimal: equals the brute force on 1,200 random small units, every organisation, both readings of "sebagian besar"', () => {
    const rand = mulberry32(42);
    for (let i = 0; i < 1200; i++) {
      const org = ORGS[i % ORGS.length]!;
      const sb: SebagianBesar = i % 2 === 0 ? 'mayoritas' : 'terbanyak';
      const n = 1 + Math.floor(rand() * 12);
      const c: Distribusi = { SB: 0, B: 0, BP: 0, K: 0, SK: 0 };
      const keys = ['SB', 'B', 'BP', 'K', 'SK'] as const;
      for (let k = 0; k < n; k++) c[keys[Math.floor(rand() * (rand() < 0.5 ? 2 : 5))]!]++;
      const expected = bruteForce(org, c, sb);
      const got = adviseKurva(org, c, sb);
      expect(got?.target ?? null, `${org} ${sb} ${JSON.stringify(c)}`).toEqual(expected);
    }
  });
  it('moves add up: applying them to the distribution gives the target', () => {
    const c = { SB: 7, B: 2, BP: 1, K: 0, SK: 0 };
    const r = adviseKurva('Butuh Perbaikan', c, 'terbanyak')!;
    const d: Record<string, number> = {
      'Sangat Baik': c.SB,
      Baik: c.B,
      'Butuh Perbaikan': c.BP,
      'Kurang/Misconduct': c.K,
      'Sangat Kurang': c.SK,
    };
    // Apply from the top boundary down, as listed.
    for (const m of r.langkah) {
      d[m.dari] = d[m.dari]! - m.jumlah;
      d[m.ke] = d[m.ke]! + m.jumlah;
    }
    expect(d).toEqual({
      'Sangat Baik': r.target.SB,
      Baik: r.target.B,
      'Butuh Perbaikan': r.target.BP,
      'Kurang/Misconduct': r.target.K,
      'Sangat Kurang': r.target.SK,
    });
  });
  it('stays fast when the curve is far away (Istimewa unit of 300 with no Sangat Baik)', () => {
    const r = adviseKurva('Istimewa', { SB: 0, B: 250, BP: 40, K: 10, SK: 0 }, 'terbanyak');
    expect(checkKurva('Istimewa', r!.target, 'terbanyak')).toEqual([]);
    expect(r!.target.SB).toBeGreaterThanOrEqual(r!.target.B);
  });
  it('stays fast for a large root unit (n = 3,000)', () => {
    const r = adviseKurva('Baik', { SB: 300, B: 2500, BP: 150, K: 40, SK: 10 }, 'terbanyak');
    expect(r!.target.B).toBe(2100);
    expect(checkKurva('Baik', r!.target, 'terbanyak')).toEqual([]);
  });
});
