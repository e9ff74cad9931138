/** Rounding as RULES.md §1 says, in the one place the score report model is built. */
import { roundReport } from '../../core/number.js';
import type { Kelompok } from '../../core/skm/pool.js';

export const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));
export const r4 = (x: number | null) => (x === null ? null : roundReport(x, 4));

/** The IKM of a unit's pooled group as PRODUCT.md shows it inside a unit (pack-neutral). */
export function ikmEntry(k: Kelompok) {
  return {
    ikm: r4(k.ikm),
    nilai: r2(k.nilai),
    mutu: k.mutu,
    kinerja: k.kinerja,
    responden: k.responden,
    nrr: k.nrr.map(r4),
    sampel_minimal: k.sampelMinimal,
    sampel_cukup: k.sampelCukup,
  };
}
