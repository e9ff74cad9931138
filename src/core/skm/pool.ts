/**
 * Grouping of survey responses (RULES.md §4.2, §4.5): per unit (own rows; pooled over a subtree on
 * demand), per (unit, layanan) and per petugas. Aggregated while streaming: memory grows with groups.
 * Pack-neutral: `ikm` and every rule pack's `score` pool the same way.
 */
import { SkmAccumulator, ikmFromResponses, minimumSample, type Bobot, type GroupIkm } from '../rules/skm-14-2017/ikm.js';
import type { UnitNode, UnitTree } from '../unit-tree.js';

export type Per = 'unit' | 'layanan' | 'petugas';

export class SkmCollector {
  readonly unit = new Map<string, SkmAccumulator>();
  readonly layanan = new Map<string, Map<string, SkmAccumulator>>();
  readonly petugas = new Map<string, SkmAccumulator>();
  withoutLayanan = 0;
  withoutPetugas = 0;
  /** At least one SKM file was read (else units report no IKM at all). */
  hasData = false;

  add(row: { unit: string; layanan: string | null; nipPetugas: string | null; jawaban: readonly (number | null)[] }): void {
    this.hasData = true;
    accumulator(this.unit, row.unit).add(row.jawaban);
    if (row.layanan === null) this.withoutLayanan++;
    else {
      let m = this.layanan.get(row.unit);
      if (!m) this.layanan.set(row.unit, (m = new Map<string, SkmAccumulator>()));
      accumulator(m, row.layanan).add(row.jawaban);
    }
    if (row.nipPetugas === null) this.withoutPetugas++;
    else accumulator(this.petugas, row.nipPetugas).add(row.jawaban);
  }
}

function accumulator(map: Map<string, SkmAccumulator>, key: string): SkmAccumulator {
  let a = map.get(key);
  if (!a) map.set(key, (a = new SkmAccumulator()));
  return a;
}

/** The responses of several units together (a subtree), optionally of one layanan only. */
export function pool(collector: SkmCollector, unitIds: readonly string[], layanan?: string): SkmAccumulator {
  const total = new SkmAccumulator();
  for (const id of unitIds) {
    const a = layanan === undefined ? collector.unit.get(id) : collector.layanan.get(id)?.get(layanan);
    if (a) total.merge(a);
  }
  return total;
}

/** One reported group: its IKM and, when its population is known, the Krejcie–Morgan check. */
export interface Kelompok extends GroupIkm {
  kunci: string;
  unit: string | null;
  layanan: string | null;
  sampelMinimal: number | null;
  sampelCukup: boolean | null;
  populasiSebagian: boolean;
}

/** N of a pooled unit: Σ populasi_layanan over its subtree's units that have it (RULES.md §4.4). */
export function population(unitIds: readonly string[], tree: UnitTree<UnitNode>): { N: number | null; partial: boolean } {
  const values = unitIds.map((id) => tree.get(id)?.populasi_layanan);
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return { N: null, partial: false };
  return { N: known.reduce((a, b) => a + b, 0), partial: known.length < values.length };
}

export function makeGroup(
  kunci: string,
  unit: string | null,
  layanan: string | null,
  a: SkmAccumulator,
  bobot: Bobot,
  N: number | null,
  partial = false,
): Kelompok {
  const r = ikmFromResponses(a, bobot);
  const s = N === null ? null : minimumSample(N);
  return { ...r, kunci, unit, layanan, sampelMinimal: s, sampelCukup: s === null ? null : r.responden >= s, populasiSebagian: partial };
}
