/**
 * Where a row came from, for messages that point back at an earlier row (an overlap, a duplicate
 * penilaian, `--explain`): a CSV file's path, or a workbook's path and sheet.
 */

/** `data/realisasi.csv`, or `data/kinerja.xlsx › Realisasi` for a sheet. */
export function sourceLabel(path: string, lembar?: string): string {
  return lembar === undefined ? path : `${path} › ${lembar}`;
}

/** A row of a source: `data/realisasi.csv:12`, or `data/kinerja.xlsx › Realisasi!12` (a sheet's row). */
export function sourceLine(label: string, line: number): string {
  return label.includes(' › ') ? `${label}!${line}` : `${label}:${line}`;
}
