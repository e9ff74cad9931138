/**
 * What a spreadsheet cell holds, as the spreadsheet typed it (an .xlsx carries types; a CSV does not,
 * and its cells are all Text). The row checker reads a typed Number without guessing a decimal mark,
 * refuses a Date where a period belongs, and a NIP that was stored as a number.
 */
export const CellKind = {
  Text: 0,
  Number: 1,
  Date: 2,
  Bool: 3,
  /** An error value (`#N/A`, `#DIV/0!`). */
  Error: 4,
  /** A formula saved without its result. */
  NoValue: 5,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** Column 3 (1-based) of row 12 → `C12`, the way a spreadsheet names a cell. */
export function cellAddress(kolom: number, baris: number): string {
  let n = kolom;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${baris}`;
}
