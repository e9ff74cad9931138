/**
 * An .xlsx workbook read as rows of typed cells, one sheet at a time, streaming: the sheet's XML is
 * inflated and scanned row by row, so memory grows with the shared strings, not with the rows.
 * What a cell holds is what Excel stored: a number is a number (no decimal mark to guess), a cell
 * with a date format is a date, a formula is its cached result.
 */
import { StringDecoder } from 'node:string_decoder';
import { CellKind } from '../../core/csv/cell-kind.js';
import { ZipArchive, ZipError } from './zip.js';
import { attr, columnOf, decodeOoxml, decodeXml, endsName, rootPrefix, runText, tags } from './xml.js';

export { ZipError };

export interface SheetCell {
  /** 0-based column. */
  col: number;
  type: CellKind;
  /** Text, a number as stored (`85.5`), a date as `yyyy-mm-dd`, `TRUE`/`FALSE`, `#N/A`; '' for NoValue. */
  text: string;
  /** The formula, for a NoValue cell. */
  formula?: string;
}

export interface SheetRow {
  /** 1-based row number, as Excel shows it. */
  r: number;
  cells: SheetCell[];
}

export interface SheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The sheet's part in the archive (`xl/worksheets/sheet1.xml`). */
  part: string;
}

/** A merged range, 1-based rows and 0-based columns, inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};

interface Rel {
  id: string;
  type: string;
  target: string;
}

export class Workbook {
  private sharedStrings: string[] = [];
  /** Per cell format (`s` of a cell): 1 a date or time format, 2 a percent format, 0 otherwise. */
  private formats: Uint8Array = new Uint8Array(0);
  private date1904 = false;
  readonly sheets: SheetInfo[] = [];

  private constructor(private readonly zip: ZipArchive) {}

  static async open(abs: string, size: number): Promise<Workbook> {
    const zip = ZipArchive.open(abs, size);
    const wb = new Workbook(zip);
    await wb.load();
    return wb;
  }

  private async load(): Promise<void> {
    const root = await this.rels('');
    const main = root.find((r) => REL_TYPE.officeDocument.test(r.type));
    const bookPart = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
    if (!this.zip.entries.has(bookPart)) throw new ZipError('rusak', 'no workbook part (not a spreadsheet?)');
    const dir = bookPart.slice(0, bookPart.lastIndexOf('/') + 1);
    const rels = await this.rels(bookPart);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const book = await this.zip.text(bookPart);
    for (const tag of tags(book, 'workbookPr')) {
      const v = attr(tag, 'date1904');
      this.date1904 = v === '1' || v === 'true';
    }
    for (const tag of tags(book, 'sheet')) {
      // The relationships namespace is `r:` as Excel writes it; another prefix is allowed.
      const rel = byId.get(attr(tag, 'r:id') ?? /\s\w+:id=["']([^"']*)["']/.exec(tag)?.[1] ?? '');
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !REL_TYPE.worksheet.test(rel.type)) continue;
      const state = attr(tag, 'state');
      this.sheets.push({
        name: attr(tag, 'name') ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        part: resolveTarget(dir, rel.target),
      });
    }
    const strings = rels.find((r) => REL_TYPE.sharedStrings.test(r.type));
    if (strings && this.zip.entries.has(resolveTarget(dir, strings.target)))
      this.sharedStrings = await this.readSharedStrings(resolveTarget(dir, strings.target));
    const styles = rels.find((r) => REL_TYPE.styles.test(r.type));
    if (styles && this.zip.entries.has(resolveTarget(dir, styles.target)))
      this.formats = readFormats(await this.zip.text(resolveTarget(dir, styles.target)));
  }

  private async rels(part: string): Promise<Rel[]> {
    const slash = part.lastIndexOf('/');
    const name = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
    if (!this.zip.entries.has(name)) return [];
    const xml = await this.zip.text(name);
    return [...tags(xml, 'Relationship')].map((t) => ({
      id: attr(t, 'Id') ?? '',
      type: attr(t, 'Type') ?? '',
      target: attr(t, 'Target') ?? '',
    }));
  }

  private async readSharedStrings(part: string): Promise<string[]> {
    const out: string[] = [];
    let prefix: string | undefined;
    await scanElements(
      this.zip.stream(part),
      (text) => (prefix ??= rootPrefix(text)),
      'si',
      (body) => out.push(runText(body, prefix!)),
    );
    return out;
  }

  /** The merged ranges of a sheet (they are written after its rows: one quick pass over the bytes). */
  async merges(sheet: SheetInfo): Promise<MergedRange[]> {
    const marker = Buffer.from('mergeCells');
    let tail: Buffer | null = null as Buffer | null;
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of this.zip.stream(sheet.part)) {
      const buf = chunk as Buffer;
      if (tail) {
        tail = Buffer.concat([tail, buf]);
        continue;
      }
      const joined = carry.length ? Buffer.concat([carry, buf]) : buf;
      // `<mergeCells` or `<x:mergeCells`: a tag, not text (a `<` in text is written `&lt;`).
      for (let i = joined.indexOf(marker); i >= 0; i = joined.indexOf(marker, i + 1)) {
        const before = joined[i - 1];
        if (before === 0x3c || (before === 0x3a && joined.lastIndexOf(0x3c, i) > joined.lastIndexOf(0x3e, i))) {
          tail = joined.subarray(joined.lastIndexOf(0x3c, i));
          break;
        }
      }
      if (!tail) carry = joined.subarray(Math.max(0, joined.length - 16));
    }
    if (!tail) return [];
    const out: MergedRange[] = [];
    for (const tag of tags(tail.toString('utf8'), 'mergeCell')) {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(attr(tag, 'ref') ?? '');
      if (!m) continue;
      const left = columnOf(m[1]!)!;
      const top = Number(m[2]);
      out.push({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnOf(m[3])! : left });
    }
    return out;
  }

  /** The sheet's rows that hold a cell with a value, in order. */
  async *rows(sheet: SheetInfo): AsyncGenerator<SheetRow> {
    for await (const batch of this.rowBatches(sheet)) yield* batch;
  }

  /** The same rows, a chunk's worth at a time (an await per row cost a fifth of the reading time). */
  async *rowBatches(sheet: SheetInfo): AsyncGenerator<SheetRow[]> {
    const decoder = new StringDecoder('utf8');
    let buf = '';
    let pos = 0;
    let prefix: string | undefined;
    let inData = false;
    let done = false;
    let lastRow = 0;
    for await (const chunk of this.zip.stream(sheet.part)) {
      if (done) break;
      buf = buf.slice(pos) + decoder.write(chunk as Buffer);
      pos = 0;
      prefix ??= rootPrefix(buf);
      if (!inData) {
        const at = buf.indexOf(`<${prefix}sheetData`);
        if (at < 0) {
          // Keep enough to find the tag across chunks.
          pos = Math.max(0, buf.length - 32);
          continue;
        }
        const gt = buf.indexOf('>', at);
        if (gt < 0) {
          pos = at;
          continue;
        }
        if (buf.charCodeAt(gt - 1) === 47) {
          done = true;
          continue;
        }
        inData = true;
        pos = gt + 1;
      }
      const batch: SheetRow[] = [];
      const rowOpen = `<${prefix}row`;
      const rowClose = `</${prefix}row>`;
      const end = `</${prefix}sheetData>`;
      // Where the rows end, looked up once per chunk (not per row: that was quadratic in the chunk).
      const stop = buf.indexOf(end, pos);
      for (;;) {
        const at = buf.indexOf(rowOpen, pos);
        if (stop >= 0 && (at < 0 || stop < at)) {
          done = true;
          break;
        }
        if (at < 0) break;
        const gt = buf.indexOf('>', at);
        if (gt < 0) break;
        const startTag = buf.slice(at, gt + 1);
        const r = Number(attr(startTag, 'r') ?? lastRow + 1);
        if (buf.charCodeAt(gt - 1) === 47) {
          lastRow = r;
          pos = gt + 1;
          continue;
        }
        const close = buf.indexOf(rowClose, gt);
        if (close < 0) break;
        lastRow = r;
        const cells = this.cells(buf, gt + 1, close, prefix);
        pos = close + rowClose.length;
        if (cells.length > 0) batch.push({ r, cells });
      }
      if (batch.length > 0) yield batch;
    }
  }

  private cells(buf: string, from: number, to: number, prefix: string): SheetCell[] {
    const out: SheetCell[] = [];
    // `<row …></row>` (LibreOffice writes formatted empty rows so): no search past its end.
    if (buf.lastIndexOf(`<${prefix}c`, to) < from) return out;
    const open = `<${prefix}c`;
    const close = `</${prefix}c>`;
    let nextCol = 0;
    for (let i = buf.indexOf(open, from); i >= 0 && i < to; i = buf.indexOf(open, i + 1)) {
      if (!endsName(buf.charCodeAt(i + open.length))) continue;
      const gt = buf.indexOf('>', i);
      const tag = buf.slice(i, gt + 1);
      const ref = attr(tag, 'r');
      const col = ref !== undefined ? (columnOf(ref) ?? nextCol) : nextCol;
      nextCol = col + 1;
      if (buf.charCodeAt(gt - 1) === 47) {
        i = gt;
        continue;
      }
      const end = buf.indexOf(close, gt);
      if (end < 0 || end > to) break;
      const body = buf.slice(gt + 1, end);
      i = end;
      const cell = this.cell(tag, body, col, prefix);
      if (cell) out.push(cell);
    }
    return out;
  }

  private cell(tag: string, body: string, col: number, prefix: string): SheetCell | undefined {
    const t = attr(tag, 't') ?? 'n';
    const v = element(body, `${prefix}v`);
    if (t === 'inlineStr') {
      const is = element(body, `${prefix}is`);
      return is === undefined ? undefined : { col, type: CellKind.Text, text: runText(is, prefix) };
    }
    if (v === undefined || (v.trim() === '' && t !== 'str')) {
      const f = element(body, `${prefix}f`);
      // A formula with no cached result; a shared formula's followers (`<f t="shared" si="0"/>`) included.
      if (f !== undefined || body.indexOf(`<${prefix}f`) >= 0)
        return { col, type: CellKind.NoValue, text: '', formula: decodeXml(f ?? '') };
      return undefined;
    }
    switch (t) {
      case 's': {
        const text = this.sharedStrings[Number(v)];
        return text === undefined ? { col, type: CellKind.Error, text: `#REF! (shared string ${v})` } : { col, type: CellKind.Text, text };
      }
      case 'str':
        return { col, type: CellKind.Text, text: decodeOoxml(decodeXml(v)) };
      case 'b':
        return { col, type: CellKind.Bool, text: v.trim() === '1' || v.trim() === 'true' ? 'TRUE' : 'FALSE' };
      case 'e':
        return { col, type: CellKind.Error, text: decodeXml(v) };
      case 'd':
        return { col, type: CellKind.Date, text: decodeXml(v).slice(0, 10) };
      default: {
        const raw = v.trim();
        const n = Number(raw);
        if (raw === '' || !Number.isFinite(n)) return { col, type: CellKind.Error, text: raw };
        const s = Number(attr(tag, 's') ?? 0);
        const format = this.formats[s] ?? 0;
        // A date format on a number no calendar holds (an NIP typed into a date column): the number.
        if (format === 1 && n >= 0 && n < MAX_SERIAL) return { col, type: CellKind.Date, text: serialToText(n, this.date1904) };
        // A percent format shows 0.855 as 85,5 %: the number as it was typed and as a CSV would carry it.
        if (format === 2) return { col, type: CellKind.Number, text: String(Number((n * 100).toPrecision(15))) };
        return { col, type: CellKind.Number, text: raw };
      }
    }
  }
}

/** The text of the first `<name>…</name>` in `body` (undefined if absent or empty-tagged). */
function element(body: string, name: string): string | undefined {
  const i = body.indexOf(`<${name}`);
  if (i < 0) return undefined;
  if (!endsName(body.charCodeAt(i + name.length + 1))) return undefined;
  const gt = body.indexOf('>', i);
  if (body.charCodeAt(gt - 1) === 47) return undefined;
  const end = body.indexOf(`</${name}>`, gt);
  return end < 0 ? undefined : body.slice(gt + 1, end);
}

/** 31 December 9999, Excel's last date, is serial 2958465. */
const MAX_SERIAL = 2958466;

/** A date serial as `yyyy-mm-dd` (the time of day dropped); a time alone (below 1) as `hh:mm:ss`. */
export function serialToText(serial: number, date1904: boolean): string {
  if (serial >= 0 && serial < 1 && !date1904) {
    const secs = Math.round(serial * 86400);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(Math.floor(secs / 3600) % 24)}:${p(Math.floor(secs / 60) % 60)}:${p(secs % 60)}`;
  }
  const day = Math.floor(serial + 1e-9);
  // The 1900 system counts a 29 February 1900 that never was (Lotus's bug, kept by Excel): serials from 61 on are a day late.
  const ms = date1904 ? Date.UTC(1904, 0, 1) + day * 86400000 : Date.UTC(1899, 11, day >= 61 ? 30 : 31) + day * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30; 27–36 and 50–58 are East Asian dates). */
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_PERCENT = new Set([9, 10]);

function readFormats(xml: string): Uint8Array {
  const codes = new Map<number, string>();
  // Only the workbook's number formats: <dxfs> (conditional formats) reuse the ids for their own.
  const fmtStart = xml.search(/<(?:\w+:)?numFmts[\s>]/);
  const fmtEnd = xml.search(/<\/(?:\w+:)?numFmts>/);
  if (fmtStart >= 0)
    for (const tag of tags(xml.slice(fmtStart, fmtEnd < 0 ? undefined : fmtEnd), 'numFmt'))
      codes.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
  const start = xml.search(/<(?:\w+:)?cellXfs[\s>]/);
  if (start < 0) return new Uint8Array(0);
  const end = xml.search(/<\/(?:\w+:)?cellXfs>/);
  const xfs = [...tags(xml.slice(start, end < 0 ? undefined : end), 'xf')];
  const out = new Uint8Array(xfs.length);
  xfs.forEach((tag, i) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = codes.get(id);
    out[i] = code !== undefined ? formatKind(code) : BUILTIN_DATE.has(id) ? 1 : BUILTIN_PERCENT.has(id) ? 2 : 0;
  });
  return out;
}

/** 1 for a date or time format code, 2 for a percent one, 0 otherwise. */
export function formatKind(code: string): number {
  // Quoted text, escaped characters and bracketed parts ([Red], [$-421], [<100]) are not date tokens;
  // elapsed time ([h], [mm]) is a time.
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/general/i.test(bare)) return 0;
  if (/[dmyhs]/i.test(bare)) return 1;
  return bare.includes('%') ? 2 : 0;
}

function resolveTarget(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * Streams a part and hands each complete `<name>…</name>` element's inner text to `onElement`
 * (shared strings: one `<si>` at a time, however large the part).
 */
async function scanElements(
  stream: AsyncIterable<unknown>,
  onStart: (text: string) => void,
  name: string,
  onElement: (body: string) => void,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let open: string | undefined;
  let close: string | undefined;
  for await (const chunk of stream) {
    buf += decoder.write(chunk as Buffer);
    if (open === undefined) {
      onStart(buf);
      const prefix = rootPrefix(buf);
      open = `<${prefix}${name}`;
      close = `</${prefix}${name}>`;
    }
    let pos = 0;
    for (;;) {
      const at = buf.indexOf(open, pos);
      if (at < 0) {
        pos = Math.max(pos, buf.length - open.length);
        break;
      }
      const c = buf.charCodeAt(at + open.length);
      if (Number.isNaN(c)) {
        pos = at;
        break;
      }
      if (!endsName(c)) {
        pos = at + 1;
        continue;
      }
      const gt = buf.indexOf('>', at);
      if (gt < 0) {
        pos = at;
        break;
      }
      if (buf.charCodeAt(gt - 1) === 47) {
        onElement('');
        pos = gt + 1;
        continue;
      }
      const end = buf.indexOf(close!, gt);
      if (end < 0) {
        pos = at;
        break;
      }
      onElement(buf.slice(gt + 1, end));
      pos = end + close!.length;
    }
    buf = buf.slice(pos);
  }
}
