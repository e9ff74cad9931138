/** What the CSV row checks need to know of the workspace: SKPs, units, the config's scale, P. */
import type { Periode } from '../period.js';
import type { MonthSpan } from '../masa.js';

export interface SkpIndikatorRef {
  satuan: string | undefined;
  sumber: 'realisasi' | 'skm';
}

/** One SKP of an employee's year, as rows are checked against it. */
export interface SkpPlanRef {
  path: string;
  /** Its masa (RULES.md §2.0); the whole year unless the SKP says otherwise. */
  masa: MonthSpan;
  indikator: ReadonlyMap<string, SkpIndikatorRef>;
  penilaiNip: string | undefined;
}

/** An employee's SKPs of one year, in masa order (several after a mutasi or a promotion). */
export interface SkpRef {
  rencana: readonly SkpPlanRef[];
}

export interface CsvReferences {
  /** The period being checked or scored; null: every row is in scope. */
  periode: Periode | null;
  skp(nip: string, tahun: number): SkpRef | undefined;
  /** The employee has an SKP for that year, but it failed its schema: rows are not checked against it. */
  hasInvalidSkp(nip: string, tahun: number): boolean;
  isKnownNip(nip: string): boolean;
  findByPrefix15(prefix: string): readonly string[];
  /** Units of the workspace; undefined when it has no unit list (then `unit` cells are not checked). */
  units: { has(id: string): boolean; idByNama(nama: string): string | undefined } | undefined;
  skala: { min: number; maks: number };
}
