/** How one rule pack's employee results read in every format: the part of a report a pack owns. */
import type { RowOrigin } from '../../../core/score/rows.js';
import type { Lang } from '../../../i18n/messages.js';
import type { CsvCell } from '../../csv-writer.js';

/** One worded `--explain` step; `asal` is the row it comes from. */
export interface ExplainLine {
  teks: string;
  asal?: RowOrigin;
}

export interface PackView<E, J, S> {
  /** The employee's JSON entry, every number rounded as RULES.md §1 says. */
  entry(p: E, lang: Lang): J;
  csvHead: readonly string[];
  csvRow(e: J): CsvCell[];
  table: {
    head(lang: Lang): string[];
    legend(lang: Lang): string;
    colWidths: number[];
    /** The cells; a null cell is shown as "not rated". */
    row(e: J): (string | null)[];
  };
  explainLine(step: S, lang: Lang): ExplainLine;
}
