/**
 * Grouping of survey responses (RULES.md §4.2, §4.5): per unit (own rows; pooled over a subtree on
 * demand), per (unit, layanan) and per petugas. Aggregated while streaming: memory grows with groups.
 */
import { AkumulasiSkm, hitungIkm, sampelMinimal, type Bobot, type HasilIkm } from '../rules/skm-14-2017/ikm.js';
import type { UnitDef } from './unit.js';

export type Per = 'unit' | 'layanan' | 'petugas';

export class PengumpulSkm {
  readonly unit = new Map<string, AkumulasiSkm>();
  readonly layanan = new Map<string, Map<string, AkumulasiSkm>>();
  readonly petugas = new Map<string, AkumulasiSkm>();
  tanpaLayanan = 0;
  tanpaPetugas = 0;
  /** At least one SKM file was read (else units report no IKM at all). */
  adaData = false;

  tambah(row: { unit: string; layanan: string | null; nipPetugas: string | null; jawaban: readonly (number | null)[] }): void {
    this.adaData = true;
    acc(this.unit, row.unit).tambah(row.jawaban);
    if (row.layanan === null) this.tanpaLayanan++;
    else {
      let m = this.layanan.get(row.unit);
      if (!m) this.layanan.set(row.unit, (m = new Map()));
      acc(m, row.layanan).tambah(row.jawaban);
    }
    if (row.nipPetugas === null) this.tanpaPetugas++;
    else acc(this.petugas, row.nipPetugas).tambah(row.jawaban);
  }
}

function acc(map: Map<string, AkumulasiSkm>, key: string): AkumulasiSkm {
  let a = map.get(key);
  if (!a) map.set(key, (a = new AkumulasiSkm()));
  return a;
}

/** The units of a subtree (root included), cycles cut. */
export function subpohon(root: string, units: readonly UnitDef[]): string[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const u of units) if (u.induk === out[i] && !out.includes(u.id)) out.push(u.id);
  return out;
}

export function gabungan(p: PengumpulSkm, unitIds: readonly string[], layanan?: string): AkumulasiSkm {
  const total = new AkumulasiSkm();
  for (const id of unitIds) {
    const a = layanan === undefined ? p.unit.get(id) : p.layanan.get(id)?.get(layanan);
    if (a) total.gabung(a);
  }
  return total;
}

export interface Kelompok extends HasilIkm {
  kunci: string;
  unit: string | null;
  layanan: string | null;
  sampelMinimal: number | null;
  sampelCukup: boolean | null;
  populasiSebagian: boolean;
}

/** N of a pooled unit: Σ populasi_layanan over its subtree's units that have it (RULES.md §4.4). */
export function populasi(
  unitIds: readonly string[],
  units: readonly (UnitDef & { populasi_layanan?: number })[],
): { N: number | null; sebagian: boolean } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const values = unitIds.map((id) => byId.get(id)?.populasi_layanan);
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return { N: null, sebagian: false };
  return { N: known.reduce((a, b) => a + b, 0), sebagian: known.length < values.length };
}

export function kelompok(
  kunci: string,
  unit: string | null,
  layanan: string | null,
  a: AkumulasiSkm,
  bobot: Bobot,
  N: number | null,
  sebagian = false,
): Kelompok {
  const r = hitungIkm(a, bobot);
  const s = N === null ? null : sampelMinimal(N);
  return { ...r, kunci, unit, layanan, sampelMinimal: s, sampelCukup: s === null ? null : r.responden >= s, populasiSebagian: sebagian };
}
