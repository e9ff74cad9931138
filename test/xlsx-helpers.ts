/**
 * Workbooks for tests, written with exceljs the way an HR officer's Excel holds the same data as a
 * CSV: numbers typed as numbers (the CSV's decimal comma gone), NIPs as text, dates as date cells,
 * optionally a title block above the header. The reader under test shares no code with this.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** Columns that hold identifiers: always text, as a careful officer formats them. */
const TEXT_COLUMNS = new Set(['nip', 'penilai_nip', 'nip_petugas', 'responden_id', 'periode', 'indikator', 'unit', 'kode']);

export interface SheetSpec {
  name: string;
  /** A `;` CSV as the example workspace writes it (BOM, decimal comma, dd/mm/yyyy dates). */
  csv: string;
  /** Rows written above the header (a title block), each a list of cells. */
  title?: (string | null)[][];
  state?: 'visible' | 'hidden';
  /** Columns whose numbers are formulas with their saved result. */
  formulas?: string[];
  /** Change a cell after the rows are written (a damaged NIP, a formula, a date typed into periode). */
  edit?: (ws: ExcelJS.Worksheet, headerRow: number) => void;
}

/** A CSV as the example workspaces write it: `;` with decimal commas, or `,` with decimal points (from its header); quoted cells as Excel quotes them. */
export function parseCsv(csv: string): string[][] {
  const text = csv.replace(/^\ufeff/, '');
  const first = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = first.includes(';') || !first.includes(',') ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true });
}

function typed(column: string, raw: string, formula: boolean): ExcelJS.CellValue {
  if (raw === '') return null;
  if (TEXT_COLUMNS.has(column)) return raw;
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (column === 'tanggal' && dmy) return new Date(Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1])));
  if (column === 'tanggal' && iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  if (/^-?\d+([,.]\d+)?$/.test(raw)) {
    const n = Number(raw.replace(',', '.'));
    // A column computed in the sheet: the formula and the result Excel saved with it.
    return formula ? { formula: `${n}*1`, result: n } : n;
  }
  return raw;
}

export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    for (const row of spec.title ?? []) ws.addRow(row);
    const [header = [], ...rows] = parseCsv(spec.csv);
    if (header.length > 0) ws.addRow(header);
    const headerRow = ws.rowCount;
    for (const r of rows) ws.addRow(r.map((cell, i) => typed(header[i] ?? '', cell, spec.formulas?.includes(header[i] ?? '') ?? false)));
    for (const [i, name] of header.entries()) if (name === 'tanggal') ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
    spec.edit?.(ws, headerRow);
  }
  await wb.xlsx.writeFile(path);
}

export const readText = (path: string): string => readFileSync(path, 'utf8');

/**
 * A ZIP of the given parts, stored (no compression), written by hand: for workbooks no spreadsheet
 * program writes but some exporters do (prefixed namespaces, cells without references, inline text).
 */
export function storedZip(parts: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

/** The smallest workbook parts around one sheet's XML, with a `x:` namespace prefix when asked. */
export function minimalWorkbook(sheetXml: string, options: { sharedStrings?: string[]; styles?: string; date1904?: boolean } = {}) {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><x:workbook xmlns:x="${ns}" xmlns:r="${rel}">${options.date1904 ? '<x:workbookPr date1904="1"/>' : ''}<x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><x:worksheet xmlns:x="${ns}"><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="${ns}">${(options.sharedStrings ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
    'xl/styles.xml':
      options.styles ?? `<?xml version="1.0"?><styleSheet xmlns="${ns}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`,
  };
  return storedZip(parts);
}
