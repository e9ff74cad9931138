/**
 * The one CSV writer for every CSV output (PRODUCT.md "Human output"): Excel-safe — UTF-8 BOM, CRLF,
 * NIPs as text formulas so Excel keeps all 18 digits, text cells that Excel would run as a formula
 * neutralised *before* quoting, numbers with the decimal mark of the delimiter. csv-stringify does the
 * quoting; our rules are its cast hooks.
 */
import { stringify } from 'csv-stringify/sync';

/** A NIP (or another digit string Excel must not turn into a number). */
export interface TextCell {
  text: string;
}
export type CsvCell = string | number | boolean | null | TextCell;

/** A digit string as a text formula; anything else (a NIP the data got wrong) stays a plain, neutralised string. */
export const nipCell = (nip: string): CsvCell => (/^\d+$/.test(nip) ? { text: nip } : nip);

/** A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, or a TAB, CR or LF before one) gets a leading apostrophe (OWASP). */
export function neutralizeFormula(s: string): string {
  return /^[=+\-@\t\r\n]/.test(s) ? `'${s}` : s;
}

export function writeCsv(rows: readonly (readonly CsvCell[])[], delimiter: ';' | ','): string {
  const body = stringify(rows as CsvCell[][], {
    delimiter,
    record_delimiter: '\r\n',
    // csv-stringify quotes on the whole record delimiter only; a lone LF or CR would split the row in Excel.
    quoted_match: /[\r\n]/,
    cast: {
      string: (s) => neutralizeFormula(s),
      number: (n) => (Number.isInteger(n) ? String(n) : String(n).replace('.', delimiter === ';' ? ',' : '.')),
      boolean: (b) => String(b),
      object: (v) => ({ value: `="${(v as unknown as TextCell).text}"`, quote: false }),
    },
  });
  return '\ufeff' + body;
}
