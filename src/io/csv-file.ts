/**
 * Reading one CSV file as an Indonesian Excel writes it: encoding (UTF-8 with or without BOM, else
 * Windows-1252), delimiter sniffed from the header line, CRLF or LF, quoted cells with line breaks.
 * Streams: each file is parsed once and rows are checked as they come, so memory does not grow with
 * rows. csv-parse stays behind this one function.
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse, type CsvError } from 'csv-parse';
import { makeFinding, type Finding, type FindingArgs, type Kode } from '../core/findings.js';
import { detectRole, expectedHeaders, ownExportColumns, sniffDelimiter } from '../core/csv/header.js';
import type { Desimal } from '../core/csv/number.js';
import { RowChecker, type CsvCounts, type RowCheckerOptions, type SharedCsvState } from '../core/csv/row-checker.js';
import type { CsvReferences } from '../core/csv/references.js';
import type { CsvRole } from '../core/csv/role-definition.js';
import { DecodingTap, detectEncoding, type Encoding } from './text-encoding.js';
import { sha256Of } from './file-hash.js';
import { pushAll } from '../core/arrays.js';

export type { Encoding };

export type Pemisah = ';' | ',' | '\t';

export interface CsvReadOptions {
  delimiter?: Pemisah;
  desimal?: Desimal;
  sizeLimit: number;
  /** Findings listed per file and kode before the rest are summarised. */
  cap: number;
  refs: CsvReferences;
  shared: SharedCsvState;
  onProgress?: (bytesRead: number, total: number) => void;
  /** Every used row, typed (for score and ikm). */
  onRow?: RowCheckerOptions['onRow'];
  /** Read only files of these roles; others stop after the header (jenis given, no counts). */
  onlyRoles?: readonly CsvRole[];
}

export interface CsvFileResult {
  path: string;
  /** A workbook's sheet (one result per sheet read). */
  lembar?: string;
  jenis: CsvRole | null;
  findings: Finding[];
  encoding?: Encoding;
  pemisah?: Pemisah;
  desimal?: Desimal;
  counts?: CsvCounts;
  sha256?: string;
  /** The file's index in the CSV session (UsedRow.file), when its rows were checked. */
  sessionIndex?: number;
}

const PROBE = 64 * 1024;

export async function readCsvFile(abs: string, path: string, options: CsvReadOptions): Promise<CsvFileResult> {
  const fail = <K extends Kode>(kode: K, args: FindingArgs[K]): CsvFileResult => ({
    path,
    jenis: null,
    findings: [makeFinding(kode, { path }, args)],
  });
  let size: number;
  let probe: Buffer;
  try {
    size = statSync(abs).size;
    if (size > options.sizeLimit) return fail('FILE_TERLALU_BESAR', { ukuran: size, batas: options.sizeLimit });
    const fd = openSync(abs, 'r');
    try {
      probe = Buffer.alloc(Math.min(PROBE, size));
      readSync(fd, probe, 0, probe.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return fail('FILE_TIDAK_TERBACA', { sebab: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  const detected = detectEncoding(probe);
  if (detected === 'biner') return fail('FILE_BINER', {});
  let encoding: Encoding = detected;
  const probeText = new TextDecoder(encoding).decode(probe).replace(/^\ufeff/, '');
  const pemisah = options.delimiter ?? sniffDelimiter(probeText.split(/\r?\n/, 1)[0] ?? '');
  // PRODUCT.md: `;`/tab files use the decimal comma, `,` files the decimal point, unless --desimal.
  const desimal: Desimal = options.desimal ?? (pemisah === ',' ? 'titik' : 'koma');
  // Headers quoted in findings are joined with the file's delimiter; a tab shows as a space.
  const shownPemisah = pemisah === '\t' ? ' ' : pemisah;

  const hash = createHash('sha256');
  // No `info: true`: it doubled csv-parse's own time here, and its line count is wrong after a CRLF
  // inside quotes (csv-parse 7.0.3). Every physical line yields a record (skip_empty_lines: false),
  // so a record's start line is the previous end + 1, and line breaks inside cells are counted below.
  let bytesRead = 0;
  let headerLength = 0;
  /** Set when a record swallowed rows: the pass stops and the next one starts after that record's first line. */
  let resyncAt: number | null = null;
  let stopPass = false;
  /** Where the current pass started: the next pass's offset is sought from there. */
  let passFrom = 0;
  let resynced = false;
  // Resuming after a bad quote needs line breaks as 0x0A bytes: UTF-8 or Windows-1252 with LF or CRLF.
  const resyncable = (encoding === 'utf-8' || encoding === 'windows-1252') && (probe.includes(10) || !probe.includes(13));
  /** The stream of the current pass: stopped early once the header says the file is not to be read. */
  let source: ReturnType<typeof createReadStream> | undefined;
  const findings: Finding[] = [];
  let checker: RowChecker | undefined;
  let jenis: CsvRole | null = null;
  let stopped = false;
  let formatAt = -1;
  let skipped = false;
  let nextLine = 1;
  // csv-parse 7.0.3 counts a CRLF inside a quoted cell as two lines in its errors: take those back out.
  let crlfInCells = 0;

  const onRecord = (record: string[]) => {
    let newlines = 0;
    for (const field of record) {
      if (field.length === 0) continue;
      for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) {
        newlines++;
        if (i > 0 && field.charCodeAt(i - 1) === 13) crlfInCells++;
      }
    }
    const startLine = nextLine;
    nextLine = startLine + newlines + 1;
    // A quote opened and closed lines later by another stray quote makes one record of several lines:
    // a line break inside a cell followed by a whole row's worth of delimiters is rows swallowed, not a
    // note written on two lines. The record's first line is unreadable; the next pass reads on after it.
    if (checker && newlines > 0 && headerLength > 1 && swallowsRows(record, pemisah, headerLength)) {
      const detail = 'Quote Not Closed: a quote opens a cell and the row ends without closing it';
      if (!resyncable) {
        // Reported as the range it swallowed (UTF-16, CR-only files): never a silent merge.
        checker.unreadable(startLine, nextLine - 1, detail, 'CSV_QUOTE_NOT_CLOSED');
        return;
      }
      checker.unreadable(startLine, startLine, detail, 'CSV_QUOTE_NOT_CLOSED');
      resyncAt = startLine;
      stopPass = true;
      source?.destroy();
      return;
    }
    if (checker) {
      checker.row(record, startLine);
      return;
    }
    // The first record is the header; a header of this tool's own exports is never read as input.
    const own = ownExportColumns(record);
    if (own.length > 0) {
      findings.push(makeFinding('CSV_KELUARAN_ALAT', { path, baris: startLine }, { kolom: own }));
      stopped = true;
      source?.destroy();
      return;
    }
    const header = detectRole(record);
    if (!header.ok || header.duplicates.length > 0) {
      if (header.duplicates.length > 0) {
        findings.push(makeFinding('CSV_HEADER_GANDA', { path, baris: startLine }, { kolom: header.duplicates }));
      } else if (!header.ok) {
        findings.push(
          makeFinding(
            'CSV_TIDAK_DIKENALI',
            { path, baris: startLine },
            {
              alasan: header.reason,
              kandidat: header.candidates,
              diharapkan: expectedHeaders(shownPemisah),
              header: record.join(shownPemisah),
            },
          ),
        );
      }
      stopped = true;
      source?.destroy();
      return;
    }
    jenis = header.role;
    headerLength = record.length;
    if (options.onlyRoles && !options.onlyRoles.includes(header.role)) {
      skipped = true;
      stopped = true;
      source?.destroy();
      return;
    }
    // Where CSV_FORMAT goes: written after the last byte, when the encoding is decided for the whole file.
    formatAt = findings.length;
    if (header.ignored.length > 0) findings.push(makeFinding('CSV_KOLOM_DIABAIKAN', { path, baris: startLine }, { kolom: header.ignored }));
    checker = new RowChecker({
      path,
      role: header.role,
      columns: header.columns,
      headerLength: record.length,
      convention: desimal,
      delimiter: pemisah,
      refs: options.refs,
      shared: options.shared,
      cap: options.cap,
      ...(options.onRow ? { onRow: options.onRow } : {}),
    });
  };

  /**
   * One parse from byte `from` to the end. A record csv-parse cannot read is reported from the line
   * where it starts to the line where the parser gave up; a quote never closed is reported at its own
   * line only, and the pass says where, so the next one reads on from the line after it (one stray
   * quote must not swallow the rest of the file).
   */
  const parsePass = async (from: number, tap: DecodingTap): Promise<number | null> => {
    const parser = parse({
      delimiter: pemisah,
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted cell (Pak "Jos) is a character of the cell, as Excel reads it.
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
    });
    const stream = createReadStream(abs, { highWaterMark: 256 * 1024, start: from });
    source = stream;
    passFrom = from;
    resyncAt = null;
    stopPass = false;
    let unclosed: number | null = null;
    const drain = () => {
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) {
        if (!stopped && !stopPass) onRecord(record);
      }
    };
    parser.on('skip', (err: CsvError) => {
      // The records parsed before this error may still sit in the stream's buffer: take them first,
      // so lines are counted in order.
      drain();
      const start = nextLine;
      const detail = err.message.split(' at line')[0] ?? err.message;
      const resync = err.code === 'CSV_QUOTE_NOT_CLOSED' && checker !== undefined && resyncable;
      const end = resync ? start : Math.max(start, (err as unknown as { lines: number }).lines - crlfInCells + lineBase);
      if (resync) unclosed = start;
      nextLine = end + 1;
      if (stopPass) return;
      if (checker) checker.unreadable(start, end, detail, err.code);
      else findings.push(makeFinding('CSV_SINTAKS', { path, baris: start }, { sampai: end, detail, kode_parser: err.code }));
    });
    await new Promise<void>((resolve, reject) => {
      parser.on('readable', drain);
      parser.on('end', resolve);
      parser.on('error', reject);
      stream.on('error', reject);
      stream.on('close', () => {
        if (stopped || stopPass) resolve();
      });
      stream.pipe(tap).pipe(parser);
    });
    return resyncAt ?? unclosed;
  };

  const tap = new DecodingTap(encoding, probe, (chunk) => {
    hash.update(chunk);
    bytesRead += chunk.length;
    options.onProgress?.(bytesRead, size);
  });
  // csv-parse counts lines from 1 in each pass: a later pass starts at lineBase + 1.
  let lineBase = 0;
  let unclosedAt = await parsePass(0, tap);
  const taps = [tap];
  while (unclosedAt !== null && !stopped) {
    resynced = true;
    // Sought from where this pass began, not from the top: many stray quotes stay linear.
    const from = offsetAfterLine(abs, passFrom, lineBase, unclosedAt);
    if (from >= size) break;
    lineBase = unclosedAt;
    nextLine = unclosedAt + 1;
    crlfInCells = 0;
    const prev = taps[taps.length - 1]!.report;
    const next = new DecodingTap(prev.encoding, Buffer.alloc(0), () => {}, {
      sawNonAscii: prev.sawNonAscii || (probe[0] === 0xef && probe[1] === 0xbb),
      lineOffset: lineBase,
    });
    taps.push(next);
    unclosedAt = await parsePass(from, next);
  }

  if (skipped) return { path, jenis, findings: [], encoding, pemisah, desimal };
  if (!checker) {
    // Not even a header: an export that failed, most likely.
    if (findings.length === 0)
      findings.push(
        makeFinding(
          'CSV_TIDAK_DIKENALI',
          { path, baris: 1 },
          { alasan: 'kosong', kandidat: [], diharapkan: expectedHeaders(shownPemisah), header: '' },
        ),
      );
    return { path, jenis: null, findings, encoding, pemisah, desimal };
  }
  const decided = {
    encoding: taps[taps.length - 1]!.report.encoding,
    campur: taps.map((t) => t.report.campur).find((c) => c !== null) ?? null,
  };
  encoding = decided.encoding;
  findings.splice(
    formatAt,
    0,
    makeFinding(
      'CSV_FORMAT',
      { path },
      { encoding, pemisah: pemisah === '\t' ? 'tab' : pemisah, desimal, sumber_desimal: options.desimal ? 'opsi' : 'pemisah' },
    ),
  );
  if (decided.campur) findings.push(makeFinding('FILE_ENCODING_CAMPUR', { path, baris: decided.campur.baris }, {}));
  pushAll(findings, checker.finish());
  return {
    path,
    jenis,
    findings,
    encoding,
    pemisah,
    desimal,
    counts: checker.counts,
    sessionIndex: checker.file,
    sha256: resynced ? sha256Of(abs) : hash.digest('hex'),
  };
}

/**
 * The byte offset just after the `line`-th line break of a file (a byte 0x0A; UTF-8 and Windows-1252),
 * counted from byte `from`, which begins line `fromLine + 1`.
 */
function offsetAfterLine(abs: string, from: number, fromLine: number, line: number): number {
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.alloc(256 * 1024);
    let seen = fromLine;
    let pos = from;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) return pos;
      for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) if (++seen === line) return pos + i + 1;
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Rows a stray quote swallowed: some line inside a cell splits into a whole row's worth of cells and
 * starts the way this record does — a first cell of digits of the same length (a NIP). A note written
 * on two lines, however many semicolons it holds, does not start with an NIP.
 */
function swallowsRows(record: readonly string[], delimiter: string, headerLength: number): boolean {
  const first = (record[0] ?? '').trim();
  if (!/^\d{8,}$/.test(first)) return false;
  for (const field of record) {
    if (!field.includes('\n')) continue;
    for (const line of field.split('\n').slice(1)) {
      const cells = line.split(delimiter);
      const head = (cells[0] ?? '').trim();
      if (cells.length >= headerLength && head.length === first.length && /^\d+$/.test(head)) return true;
    }
  }
  return false;
}
