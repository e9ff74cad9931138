/**
 * The one XLSX writer for every workbook output: exceljs, loaded on first use so start-up stays fast.
 * Each sheet: a header row in the user's language (frozen, with a filter), NIPs and other digit
 * strings as text cells, numbers as numbers with two decimals where the column holds a score, predikat
 * cells coloured, column widths that fit. Cells are values, never formulas: a text beginning with `=`
 * is stored as text, which Excel does not evaluate.
 */
import type { CsvCell } from './csv-writer.js';
import type { Lang } from '../i18n/messages.js';
import { columnLabel } from './xlsx-labels.js';
import { parsePeriode } from '../core/period.js';
import { withZipTimes } from './zip-times.js';
import { cellSafe } from './safe-text.js';

export interface XlsxSheet {
  /** The sheet's name (the JSON contract's noun: pegawai, unit, …). */
  name: string;
  /** Column keys (snake_case, as the CSV export names them): labelled in the user's language. */
  head: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  /** Number formats by column key (`0.00` for a score, `0.0000` for an NRR); other numbers show as they are. */
  formats?: Readonly<Record<string, string>>;
}

/** Fill colours of the five predikat (and the organisation's), light enough to print. */
const PREDIKAT_FILL: Record<string, string> = {
  'Sangat Baik': 'FF63BE7B',
  Baik: 'FFC6EFCE',
  'Butuh Perbaikan': 'FFFFEB9C',
  'Kurang/Misconduct': 'FFF8CBAD',
  Kurang: 'FFF8CBAD',
  'Sangat Kurang': 'FFFF7C80',
};
const PREDIKAT_COLUMNS = new Set(['predikat', 'predikat_organisasi']);

/**
 * `periode`: the workbook's period code; its last day is the workbook's created and modified date, so
 * the same workspace gives the same bytes (exceljs would write the clock).
 */
export async function writeXlsx(sheets: readonly XlsxSheet[], lang: Lang, periode: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const { PassThrough } = await import('node:stream');
  // exceljs's streaming writer: each row is committed as it is written, so memory stays with the
  // compressed output (the in-memory workbook took 975 MB for 5,000 employees).
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = 'asn-kinerja';
  const P = parsePeriode(periode);
  const date = P ? new Date(Date.UTC(P.tahun, P.bulanAkhir, 0)) : new Date(0);
  wb.created = date;
  wb.modified = date;
  for (const sheet of sheets) {
    const labels = sheet.head.map((k) => columnLabel(k, lang));
    // Widths first (a streamed sheet's columns are written before its rows).
    const widths = labels.map((l) => Math.max(8, l.length + 2));
    for (const row of sheet.rows)
      row.forEach((cell, i) => {
        const shown = cellText(cell).length + 2;
        if (shown > widths[i]!) widths[i] = Math.min(60, shown);
      });
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = widths.map((width) => ({ width }));
    if (sheet.head.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.head.length } };
    const header = ws.addRow(labels);
    header.font = { bold: true };
    header.commit();
    for (const row of sheet.rows) {
      const added = ws.addRow(row.map(cellValue));
      row.forEach((cell, i) => {
        const key = sheet.head[i]!;
        const c = added.getCell(i + 1);
        // A score shows two decimals; another number shows as it is (never rounded by its format).
        if (typeof cell === 'number') c.numFmt = sheet.formats?.[key] ?? (Number.isInteger(cell) ? '0' : 'General');
        else if (cell !== null && typeof cell === 'object') c.numFmt = '@';
        if (PREDIKAT_COLUMNS.has(key) && typeof cell === 'string' && PREDIKAT_FILL[cell])
          c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PREDIKAT_FILL[cell] } };
      });
      added.commit();
    }
    ws.commit();
  }
  await wb.commit();
  await done;
  return withZipTimes(new Uint8Array(Buffer.concat(chunks)), date);
}

function cellValue(cell: CsvCell): string | number | boolean | null {
  if (typeof cell === 'string') return cellSafe(cell);
  if (cell === null || typeof cell !== 'object') return cell;
  // A NIP: a text cell (numFmt @), all 18 digits.
  return cell.text;
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.text;
  return typeof cell === 'number' ? cell.toFixed(4) : String(cell);
}
