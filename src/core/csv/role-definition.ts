/**
 * What a CSV role is (PRODUCT.md "CSV inputs", table "Roles"): its header and its row check. The shared
 * row checker (row-checker.ts) keeps the accounting and the finding cap and reads NIP, period, date and
 * number cells, SKP lookups and overlaps; a role says which cells it reads and what row it makes of them.
 * A role is one file in roles/ plus one line in roles/index.ts.
 */
import type { FindingArgs, FindingInput, Kode } from '../findings.js';
import type { Periode } from '../period.js';
import type { Tanggal } from './cells.js';
import type { CsvCounts } from './row-checker.js';
import type { CsvReferences, SkpPlanRef, SkpRef } from './references.js';
import type { SharedCsvState } from './row-checker.js';

export type CsvRole = 'realisasi' | 'perilaku' | 'penilaian' | 'skm' | 'kompetensi';

export interface HeaderSpec {
  readonly required: readonly string[];
  /** At least one of these (penilaian's rating columns). */
  readonly anyOf?: readonly string[];
  readonly optional: readonly string[];
}

/** What every used row carries: its role, its file's index in the session and the line where it starts. */
export interface RowBase<R extends CsvRole = CsvRole> {
  peran: R;
  file: number;
  line: number;
}

/** One file being checked, as its role sees it before and after the rows. */
export interface FileContext {
  readonly path: string;
  /** The path, and a workbook's sheet: what a later row names this one by (core/csv/source.ts). */
  readonly source: string;
  readonly refs: CsvReferences;
  readonly shared: SharedCsvState;
  has(column: string): boolean;
  /** The file's accounting so far (complete in `finish`). */
  readonly counts: Readonly<CsvCounts>;
  /** Rows outside P whose period holds all of P (a semester's rows when P is a quarter), and one of them. */
  readonly longerThanP: { readonly jumlah: number; readonly contoh: string | null };
  /** A finding that does not reject the row (capped per kode like every other). */
  note<K extends Kode>(kode: K, where: Omit<FindingInput, 'path'>, args: FindingArgs[K]): void;
}

/**
 * One row. The readers reject the row (an error finding at the cell, then the row is counted as
 * ditolak) by throwing; a role's check therefore reads like the rule it implements.
 */
export interface RowContext extends FileContext {
  readonly line: number;
  /** Index of the file in the session (`UsedRow.file`). */
  readonly file: number;
  /** The raw cell; '' when the column is absent. */
  cell(column: string): string;
  /** The trimmed cell; KOLOM_KOSONG when blank. */
  required(column: string): string;
  nip(column: string): string;
  period(column: string): Periode;
  date(column: string): Tanggal;
  /** `raw` read by the file's decimal convention (counted for DESIMAL_CAMPUR, NILAI_AMBIGU noted). */
  number(column: string, raw: string): number;
  /** A non-rejecting finding located at the cell. */
  noteAt<K extends Kode>(kode: K, column: string, args: FindingArgs[K], nip?: string): void;
  reject<K extends Kode>(kode: K, column: string, args: FindingArgs[K], nip?: string): never;
  /** Rejects without a finding of its own: the row's findings were noted already. */
  rejectRow(): never;
  /** Whether `when` lies inside P, counting nothing (then `outsidePeriod()` counts a row outside). */
  isInPeriod(when: { tahun: number; bulanAwal: number; bulanAkhir: number }): boolean;
  /** Whether `when` lies inside P; a row outside counts toward BARIS_DI_LUAR_PERIODE. */
  inPeriod(when: { tahun: number; bulanAwal: number; bulanAkhir: number }): boolean;
  /** Counts the row toward BARIS_DI_LUAR_PERIODE; the row is ignored. */
  outsidePeriod(): null;
  /**
   * The employee's SKPs of the year: NIP_TANPA_SKP rejects; SKPs with errors of their own ignore the
   * row, as does an employee none of whose SKPs meets P (not scored for P, RULES.md §2.0).
   */
  skp(nip: string, tahun: number): SkpRef;
  /**
   * RULES.md §2.0: the SKP a row of period `p` belongs to — the one whose masa holds it, or the only
   * one it meets (a CPNS's first quarter). REALISASI_LINTAS_SKP rejects a row meeting two masa,
   * REALISASI_DI_LUAR_MASA one meeting none.
   */
  plan(nip: string, p: Periode): SkpPlanRef;
  /** Whether a row of months `p` would belong to one SKP (no finding, nothing thrown): a row outside P too. */
  fitsMasa(nip: string, p: Periode): boolean;
  /**
   * RULES.md §2.1: claims the months of `p` for the key (nip, other, code) across the session. A row
   * meeting a month an earlier row holds is rejected for now (no finding yet): the rows sharing months
   * are decided as a group after the last file (settle.ts) — copies keep the first, rows that disagree
   * are all rejected. `digest` stands for the row's value(s) (overlap.ts digestOfNumber, digestOf); `code` keeps the
   * roles' keys apart (0–7); `label` ends the key as the finding shows it. Call it last, when nothing
   * else can reject or ignore the row: a row that claims is then used (inside P) or ignored as outside P.
   */
  claimMonths(p: Periode, nip: string, other: string, code: number, digest: number, label?: string): void;
}

export interface RoleRowCheck<Row> {
  /** The used row, or null when the row is ignored (rejections throw, see RowContext). */
  check(row: RowContext): Row | null;
  /** After the last row: the role's per-file findings. */
  finish?(): void;
}

export interface CsvRoleDefinition<Row extends RowBase = RowBase> {
  readonly header: HeaderSpec;
  /** Once per file, before its first row: the row check, with what it remembers between rows. */
  start(file: FileContext): RoleRowCheck<Row>;
}
