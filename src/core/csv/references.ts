/** What the CSV row checks need to know of the workspace: SKPs, units, the config's scale, P. */
import type { Periode } from '../period.js';
import { meets, type MonthSpan } from '../masa.js';

export interface SkpIndikatorRef {
  satuan: string | undefined;
  sumber: 'realisasi' | 'skm';
}

/** One SKP of an employee's year, as rows are checked against it. */
export interface SkpPlanRef {
  path: string;
  /** false: the SKP failed its schema or its masa cannot be read — rows are not checked against it. */
  valid: boolean;
  /** Its masa (RULES.md §2.0); the whole year unless the SKP says otherwise. */
  masa: MonthSpan;
  indikator: ReadonlyMap<string, SkpIndikatorRef>;
  penilaiNip: string | undefined;
}

/** An employee's SKPs of one year, in masa order (several after a mutasi or a promotion). */
export interface SkpRef {
  rencana: readonly SkpPlanRef[];
}

/** Which SKP a row of months `p` belongs to (RULES.md §2.0), as `resolvePlan` decides it. */
export type PlanResolution =
  | { plan: SkpPlanRef }
  /** A broken SKP may own the row: it is not checked (BARIS_SKP_TIDAK_VALID). */
  | { broken: true }
  | { lintas: readonly SkpPlanRef[] }
  | { luar: true };

/**
 * The SKP whose masa holds the whole row; else the only one the row meets (its months inside that
 * masa count: a CPNS's first quarter); several overlapping SKPs (SKP_GANDA, reported there) count as
 * one — the first. A row meeting two separate masa spans them (`lintas`), one meeting none is outside
 * every masa (`luar`), unless a broken SKP might be the one it belongs to.
 */
export function resolvePlan(rencana: readonly SkpPlanRef[], p: MonthSpan): PlanResolution {
  const valid = rencana.filter((r) => r.valid);
  const holding = valid.find((r) => r.masa.bulanAwal <= p.bulanAwal && p.bulanAkhir <= r.masa.bulanAkhir);
  if (holding) return { plan: holding };
  if (rencana.some((r) => !r.valid && meets(r.masa, p))) return { broken: true };
  const meeting = valid.filter((r) => meets(r.masa, p));
  if (meeting.length === 0) return { luar: true };
  if (meeting.length === 1 || meeting.slice(1).some((r) => meets(r.masa, meeting[0]!.masa))) return { plan: meeting[0]! };
  return { lintas: meeting };
}

export interface CsvReferences {
  /** The period being checked or scored; null: every row is in scope. */
  periode: Periode | null;
  skp(nip: string, tahun: number): SkpRef | undefined;
  /** The employee has an SKP for that year, but it failed its schema: rows are not checked against it. */
  hasInvalidSkp(nip: string, tahun: number): boolean;
  isKnownNip(nip: string): boolean;
  /** The one NIP with an SKP that year that differs from `nip` in a single digit (a typo), or null. */
  nipMirip(nip: string, tahun: number): string | null;
  findByPrefix15(prefix: string): readonly string[];
  /**
   * Units of the workspace; undefined when it has no unit list (then `unit` cells are not checked).
   * `idByNama`: the id of a unit named so, or of an id written in another case.
   */
  units: { has(id: string): boolean; idByNama(nama: string): string | undefined } | undefined;
  skala: { min: number; maks: number };
  /** The active rule pack reads the penilaian CSV's `nilai_perilaku` (0–100). */
  nilaiPerilaku: boolean;
  /** The active rule pack reads the penilaian CSV's `inovasi` (ya/tidak). */
  inovasi: boolean;
  /** The active rule pack reads the penilai's explicit ratings (6/2022 does; the legacy packs do not). */
  ratings: boolean;
  /** The active rule pack reads the 360° rows under this config (pp-46-2011 never, pp-30-2019 with dengan_360). */
  perilaku360: boolean;
}
