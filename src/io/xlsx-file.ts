/**
 * Reading an .xlsx workbook as CSV roles: every sheet whose header (found within its first rows,
 * below any title block) matches a role is read as that role, through the same row checker as a CSV
 * file, so it gets the same findings and the same accounting, located by sheet and cell (`C12`).
 * The cells keep Excel's types (core/csv/cell-kind.ts). One result per sheet.
 */
import { statSync } from 'node:fs';
import { sha256Of } from './file-hash.js';
import { makeFinding, type Finding, type FindingArgs, type Kode } from '../core/findings.js';
import { detectRole, expectedHeaders, knownColumnCount, ownExportColumns } from '../core/csv/header.js';
import type { Desimal } from '../core/csv/number.js';
import { RowChecker } from '../core/csv/row-checker.js';
import { CellKind, cellAddress } from '../core/csv/cell-kind.js';
import type { CsvFileResult, CsvReadOptions } from './csv-file.js';
import { Workbook, ZipError, type MergedRange, type SheetInfo, type SheetRow } from './xlsx/workbook.js';
import { pushAll } from '../core/arrays.js';

/** How far down a sheet its header row is looked for (title, subtitle, date and blank rows above it). */
export const HEADER_SEARCH_ROWS = 20;

export async function readXlsxFile(abs: string, path: string, options: CsvReadOptions): Promise<CsvFileResult[]> {
  const fail = <K extends Kode>(kode: K, args: FindingArgs[K]): CsvFileResult[] => [
    { path, jenis: null, findings: [makeFinding(kode, { path }, args)] },
  ];
  let size: number;
  let workbook: Workbook;
  try {
    size = statSync(abs).size;
    if (size > options.sizeLimit) return fail('FILE_TERLALU_BESAR', { ukuran: size, batas: options.sizeLimit });
    workbook = await Workbook.open(abs, size);
  } catch (e) {
    if (e instanceof ZipError) return fail('XLSX_RUSAK', { sebab: e.sebab, detail: e.message });
    const code = (e as NodeJS.ErrnoException).code;
    // zlib's codes (Z_DATA_ERROR, …) are a damaged archive, not the file system's.
    if (code && !code.startsWith('Z_') && !code.startsWith('ERR_')) return fail('FILE_TIDAK_TERBACA', { sebab: code });
    return fail('XLSX_RUSAK', { sebab: 'rusak', detail: String((e as Error).message ?? e) });
  }
  const sha256 = sha256Of(abs);
  const desimal: Desimal = options.desimal ?? 'koma';
  const results: CsvFileResult[] = [];
  let firstText: { lembar: string; baris: number; header: string } | undefined;
  for (const sheet of workbook.sheets) {
    const result = await readSheet(workbook, sheet, path, desimal, options).catch((e: unknown): SheetOutcome => {
      const detail = e instanceof ZipError ? e.message : String((e as Error).message ?? e);
      return {
        result: {
          path,
          lembar: sheet.name,
          jenis: null,
          findings: [makeFinding('XLSX_RUSAK', { path, lembar: sheet.name }, { sebab: 'rusak', detail })],
        },
      };
    });
    if (result.firstText && !firstText && sheet.state === 'visible') firstText = { lembar: sheet.name, ...result.firstText };
    results.push({ ...result.result, ...(result.result.counts ? { sha256 } : {}) });
  }
  options.onProgress?.(size, size);
  // No sheet of a known role, and nothing else said why: the workbook is not one of ours (as a CSV would be told).
  const said = results.some((r) => r.jenis !== null || r.findings.some((f) => f.tingkat !== 'info'));
  if (!said) {
    results.push({
      path,
      jenis: null,
      findings: [
        makeFinding('CSV_TIDAK_DIKENALI', firstText ? { path, lembar: firstText.lembar, baris: firstText.baris } : { path }, {
          alasan: firstText ? 'none' : 'kosong',
          kandidat: [],
          diharapkan: expectedHeaders(' | '),
          header: firstText?.header ?? '',
        }),
      ],
    });
  }
  return results;
}

interface SheetOutcome {
  result: CsvFileResult;
  /** The sheet's first row with text, for the workbook's finding when no sheet is recognised. */
  firstText?: { baris: number; header: string };
}

async function readSheet(
  workbook: Workbook,
  sheet: SheetInfo,
  path: string,
  desimal: Desimal,
  options: CsvReadOptions,
): Promise<SheetOutcome> {
  const reader = new SheetReader(sheet, path, desimal, options, await workbook.merges(sheet));
  try {
    for await (const batch of workbook.rowBatches(sheet)) {
      for (const row of batch) if (!reader.row(row)) return reader.outcome();
    }
  } catch (e) {
    // The rows read so far were used: their accounting and findings stay, with why the rest was not read.
    const out = reader.outcome();
    const detail = e instanceof ZipError ? e.message : String((e as Error).message ?? e);
    out.result.findings.push(makeFinding('XLSX_RUSAK', { path, lembar: sheet.name }, { sebab: 'rusak', detail }));
    return out;
  }
  return reader.outcome();
}

/** One sheet's rows: the header looked for below a title block, then each row through the row checker. */
class SheetReader {
  private readonly findings: Finding[] = [];
  private checker: RowChecker | undefined;
  private jenis: CsvFileResult['jenis'] = null;
  private headerLength = 0;
  private headerEnd = 0;
  private lastRow = 0;
  private scanned = 0;
  private firstText: SheetOutcome['firstText'];
  private readonly fill: MergeFill;

  constructor(
    private readonly sheet: SheetInfo,
    private readonly path: string,
    private readonly desimal: Desimal,
    private readonly options: CsvReadOptions,
    private readonly merges: readonly MergedRange[],
  ) {
    this.fill = new MergeFill(merges);
  }

  private where(baris?: number) {
    return baris === undefined ? { path: this.path, lembar: this.sheet.name } : { path: this.path, lembar: this.sheet.name, baris };
  }

  /** Reads one row; false when the sheet is done with (not a data sheet, or skipped). */
  row(row: SheetRow): boolean {
    if (this.checker) {
      if (row.r <= this.headerEnd) return true;
      if (row.r > this.lastRow + 1) this.checker.blank(row.r - this.lastRow - 1);
      this.lastRow = row.r;
      const { fields, kinds } = recordOf(row, this.headerLength);
      this.fill.apply(row.r, fields, kinds, this.headerLength);
      this.checker.row(fields, row.r, kinds);
      return true;
    }
    const record = recordOf(row, 0).fields;
    if (record.every((c) => c.trim() === '')) return true;
    this.scanned++;
    this.firstText ??= { baris: row.r, header: record.filter((c) => c.trim() !== '').join(' | ') };
    const own = ownExportColumns(record);
    if (own.length > 0) {
      this.findings.push(makeFinding('CSV_KELUARAN_ALAT', this.where(row.r), { kolom: own }));
      return false;
    }
    const header = detectRole(record);
    if (header.ok && header.duplicates.length === 0) {
      if (this.sheet.state !== 'visible') {
        this.findings.push(makeFinding('LEMBAR_TERSEMBUNYI', this.where(), { jenis: header.role }));
        return false;
      }
      this.jenis = header.role;
      if (this.options.onlyRoles && !this.options.onlyRoles.includes(header.role)) return false;
      // A header cell merged down over several rows: the header ends at the merge's last row. Only a
      // merge that starts on this row at a named column counts (a note box beside the table does not).
      this.headerEnd = Math.max(
        row.r,
        ...this.merges.filter((m) => m.top === row.r && (record[m.left] ?? '').trim() !== '').map((m) => m.bottom),
      );
      this.lastRow = this.headerEnd;
      this.headerLength = record.length;
      this.fill.startAfter(this.headerEnd);
      this.findings.push(
        makeFinding('XLSX_LEMBAR', this.where(row.r), { jenis: header.role, baris_header: row.r, sampai: this.headerEnd }),
      );
      if (header.ignored.length > 0) this.findings.push(makeFinding('CSV_KOLOM_DIABAIKAN', this.where(row.r), { kolom: header.ignored }));
      this.checker = new RowChecker({
        path: this.path,
        lembar: this.sheet.name,
        role: header.role,
        columns: header.columns,
        headerLength: this.headerLength,
        convention: this.desimal,
        refs: this.options.refs,
        shared: this.options.shared,
        cap: this.options.cap,
        ...(this.options.onRow ? { onRow: this.options.onRow } : {}),
      });
      return true;
    }
    // A row that is a role's header with a column twice, or that names two roles, or that holds two or
    // more known column names and still no role (a misspelt header) is an error at that row: the sheet
    // was meant as data. A title line or a data row repeating a value is none of these.
    const meant = header.ok || header.reason === 'several' || knownColumnCount(record) >= 2;
    if (meant) {
      this.findings.push(
        header.ok
          ? makeFinding('CSV_HEADER_GANDA', this.where(row.r), { kolom: header.duplicates })
          : makeFinding('CSV_TIDAK_DIKENALI', this.where(row.r), {
              alasan: header.reason,
              kandidat: header.candidates,
              diharapkan: expectedHeaders(' | '),
              header: record.join(' | '),
            }),
      );
      return false;
    }
    return this.scanned < HEADER_SEARCH_ROWS;
  }

  outcome(): SheetOutcome {
    const { path, findings } = this;
    const lembar = this.sheet.name;
    if (!this.checker) {
      // Not a data sheet; a skipped role (onlyRoles) or one of the findings above says why.
      const skipped = this.jenis !== null || findings.length > 0;
      if (!skipped && this.firstText)
        findings.push(
          makeFinding('LEMBAR_DILEWATI', this.where(), {
            header: this.firstText.header,
            tersembunyi: this.sheet.state !== 'visible',
            baris_dicari: HEADER_SEARCH_ROWS,
          }),
        );
      return {
        result: { path, lembar, jenis: this.jenis, findings },
        ...(this.firstText && !skipped ? { firstText: this.firstText } : {}),
      };
    }
    if (this.fill.used.length > 0)
      findings.push(
        makeFinding('SEL_GABUNG', this.where(this.fill.firstRow), { jumlah: this.fill.used.length, contoh: this.fill.used.slice(0, 3) }),
      );
    pushAll(findings, this.checker.finish());
    return {
      result: {
        path,
        lembar,
        jenis: this.jenis,
        findings,
        desimal: this.desimal,
        counts: this.checker.counts,
        sessionIndex: this.checker.file,
      },
    };
  }
}

/** A row as the row checker reads it: text per column (empty cells '') and each cell's type. */
function recordOf(row: SheetRow, width: number): { fields: string[]; kinds: CellKind[] } {
  const last = row.cells.length > 0 ? row.cells[row.cells.length - 1]!.col : -1;
  const n = Math.max(width, last + 1);
  const fields = new Array<string>(n).fill('');
  const kinds = new Array<CellKind>(n).fill(CellKind.Text);
  for (const c of row.cells) {
    fields[c.col] = c.text;
    kinds[c.col] = c.type;
  }
  return { fields, kinds };
}

/**
 * Merged ranges over data rows: Excel keeps the value in the range's first cell only. A range over
 * several rows (an NIP merged over an employee's quarters) is read as that value on each of its rows,
 * in its first column; the other columns of a range stay empty, as Excel's CSV export writes them. The
 * ranges that filled something are named (SEL_GABUNG).
 */
class MergeFill {
  readonly used: string[] = [];
  firstRow: number | undefined;
  private pending: MergedRange[] = [];
  private active: { range: MergedRange; text: string; kind: CellKind; counted: boolean }[] = [];

  constructor(private readonly merges: readonly MergedRange[]) {}

  startAfter(headerEnd: number): void {
    this.pending = this.merges.filter((m) => m.top > headerEnd && m.bottom > m.top).sort((a, b) => a.top - b.top);
  }

  /** `width`: the header's; a range beyond it fills nothing. */
  apply(r: number, fields: string[], kinds: CellKind[], width: number): void {
    if (this.pending.length === 0 && this.active.length === 0) return;
    this.active = this.active.filter((a) => a.range.bottom >= r);
    while (this.pending.length > 0 && this.pending[0]!.top <= r) {
      const range = this.pending.shift()!;
      // A range whose first row had no cells at all arrives here later: its value is empty.
      const own = range.top === r;
      this.active.push({
        range,
        text: own ? (fields[range.left] ?? '') : '',
        kind: own ? (kinds[range.left] ?? CellKind.Text) : CellKind.Text,
        counted: false,
      });
    }
    for (const a of this.active) {
      const c = a.range.left;
      if (r === a.range.top || (a.text === '' && a.kind !== CellKind.NoValue) || c >= width || c >= fields.length || fields[c] !== '')
        continue;
      fields[c] = a.text;
      kinds[c] = a.kind;
      if (!a.counted) {
        a.counted = true;
        this.firstRow ??= a.range.top;
        this.used.push(`${cellAddress(a.range.left + 1, a.range.top)}:${cellAddress(a.range.right + 1, a.range.bottom)}`);
      }
    }
  }
}
