/**
 * Findings are data: a stable code, a level, a location and typed args. The core never writes
 * sentences; src/i18n renders each code per language, and docs/temuan.md lists them. The codes, their
 * levels and their args are declared in finding-codes.ts.
 */
import { TINGKAT_KODE, type FindingArgs, type Kode, type KodeWithoutArgs, type Tingkat } from './finding-codes.js';

export { TINGKAT_KODE };
export type * from './finding-codes.js';

export type ArgValue = string | number | boolean | null | readonly (string | number)[];
export type Args = Readonly<Record<string, ArgValue>>;

export interface Finding {
  readonly kode: Kode;
  readonly tingkat: Tingkat;
  /** Path of the file, as shown to the user (posix separators). */
  readonly path: string;
  /** 1-based line and column of the offending key or value (for a CSV: where the record starts; for a sheet: its row). */
  readonly baris?: number;
  readonly kolom?: number;
  readonly nama_kolom?: string;
  /** A workbook's sheet, and the cell (`C12`) when the finding has a row and a column. */
  readonly lembar?: string;
  readonly sel?: string;
  /** JSON pointer inside a YAML document. */
  readonly jalur?: string;
  readonly nip?: string;
  /** The unit a unit-level finding is about: `score --unit` counts it only inside the subtree (not in the JSON). */
  readonly unit?: string;
  /** Locate at the key of `jalur` rather than its value (unknown keys, missing values). */
  readonly pada?: 'kunci';
  readonly args: Args;
}

export interface FindingInput {
  path: string;
  baris?: number;
  kolom?: number;
  nama_kolom?: string;
  lembar?: string;
  sel?: string;
  jalur?: string;
  nip?: string;
  unit?: string;
  pada?: 'kunci';
}

/** A code with its args, before it has a place (e.g. what `checkNip` returns). */
export type KodeArgs<K extends Kode = Kode> = { [P in K]: { kode: P; args: FindingArgs[P] } }[K];

/** A misspelled, missing or mistyped arg does not compile; codes without args may leave them out. */
export function makeFinding<K extends KodeWithoutArgs>(kode: K, where: FindingInput): Finding;
export function makeFinding<K extends Kode>(kode: K, where: FindingInput, args: FindingArgs[K]): Finding;
export function makeFinding(kode: Kode, where: FindingInput, args: Args = {}): Finding {
  return { kode, tingkat: TINGKAT_KODE[kode], ...where, args };
}

const LEVEL_RANK: Record<Tingkat, number> = { error: 0, peringatan: 1, info: 2 };

/** PRODUCT.md: findings sorted by (path, baris, kolom, kode), compared by UTF-16 code unit; a workbook's by sheet first. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.path, b.path) ||
    cmp(a.lembar ?? '', b.lembar ?? '') ||
    (a.baris ?? 0) - (b.baris ?? 0) ||
    (a.kolom ?? 0) - (b.kolom ?? 0) ||
    cmp(a.kode, b.kode) ||
    LEVEL_RANK[a.tingkat] - LEVEL_RANK[b.tingkat] ||
    cmp(a.jalur ?? '', b.jalur ?? '')
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FindingCounts {
  error: number;
  peringatan: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, peringatan: 0, info: 0 };
  for (const f of findings) counts[f.tingkat]++;
  return counts;
}
