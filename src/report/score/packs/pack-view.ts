/** How one rule pack's employee results read in every format: the part of a report a pack owns. */
import type { RowOrigin } from '../../../core/score/rows.js';
import type { Lang } from '../../../i18n/messages.js';
import type { CsvCell } from '../../csv-writer.js';
import type { Style } from '../../style.js';

/** An SKP's masa as the CSV, workbook and HTML write it: `2026-01..2026-06`; null without one. */
export const masaText = (masa: { mulai: string; selesai: string } | null): string | null =>
  masa === null ? null : `${masa.mulai}..${masa.selesai}`;

/** The `masa_skp` column: each SKP's unit and masa, for an employee with several SKPs or a masa (else null). */
export const masaSkp = (e: { skp?: { unit: string; masa: { mulai: string; selesai: string } }[] }): string | null =>
  e.skp?.map((x) => `${x.unit} ${masaText(x.masa)}`).join(', ') ?? null;

/** One worded `--explain` step; `asal` is the row it comes from. */
export interface ExplainLine {
  teks: string;
  asal?: RowOrigin;
}

/**
 * E/J: an employee's result and its JSON entry; S: an explain step; U/UJ and T/TJ: a unit's and a team's
 * result and entry (their distribution and checks are the pack's: 6/2022's kurva, say).
 */
export interface PackView<E, J, S, U, UJ, T, TJ> {
  /** The employee's JSON entry, every number rounded as RULES.md §1 says. */
  entry(p: E, lang: Lang): J;
  csvHead: readonly string[];
  csvRow(e: J): CsvCell[];
  table: {
    head(lang: Lang): string[];
    legend(lang: Lang): string;
    colWidths: number[];
    /** The cells, numbers as the language writes them; a null cell is shown as "not rated". */
    row(e: J, lang: Lang): (string | null)[];
  };
  unitEntry(u: U): UJ;
  timEntry(t: T): TJ;
  unitCsv: { head: readonly string[]; row(u: UJ): CsvCell[] };
  timCsv: { head: readonly string[]; row(t: TJ): CsvCell[] };
  /** The workbook's detail sheet (6/2022: hasil kerja, a row per indicator of each SKP). */
  detail: { sheet: string; head: readonly string[]; rows(e: J): CsvCell[][] };
  /** The HTML report's employee table: the header row and one row per employee, as HTML. */
  htmlTable: { head(lang: Lang): string; row(e: J, lang: Lang): string };
  /**
   * The HTML report's unit parts: the pack's columns of the units table (after unit, name and
   * employees; before IKM) and the pack's part of a unit's section (its figures and checks).
   */
  htmlUnit: { head(lang: Lang): string; cells(u: UJ, lang: Lang): string; section(u: UJ, lang: Lang): string };
  /** A unit's lines in the table's summary. */
  unitSummary(u: UJ, lang: Lang, style: Style): string[];
  explainLine(step: S, lang: Lang): ExplainLine;
}
