/**
 * Issue [7] item 1: the workbook reader gives each cell the type Excel stored — numbers as numbers,
 * date cells as dates, formulas as their cached result (or a finding), text as text — from workbooks
 * written by exceljs and from hand-made parts the way other exporters write them.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CellKind } from '../../src/core/csv/cell-kind.js';
import { formatKind, serialToText, Workbook, type SheetRow } from '../../src/io/xlsx/workbook.js';
import { makeTempDir } from '../helpers.js';
import { minimalWorkbook } from '../xlsx-helpers.js';

async function rowsOf(path: string, sheet = 0): Promise<SheetRow[]> {
  const wb = await Workbook.open(path, statSync(path).size);
  const out: SheetRow[] = [];
  for await (const row of wb.rows(wb.sheets[sheet]!)) out.push(row);
  return out;
}
const cells = (rows: SheetRow[]) => rows.map((r) => [r.r, ...r.cells.map((c) => [c.col, c.type, c.text])]);

describe('cells as Excel typed them (exceljs-written workbook)', () => {
  it('numbers, text, dates, percent, booleans, errors and formulas', async () => {
    const dir = makeTempDir('xlsx');
    const path = join(dir, 'typed.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Realisasi');
    ws.addRow(['85,5 as text', 85.5, new Date(Date.UTC(2026, 2, 15, 10, 23, 45)), 0.855, true]);
    ws.getCell('C1').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('D1').numFmt = '0.0%';
    ws.getCell('A2').value = { formula: 'B1*2', result: 171 };
    ws.getCell('B2').value = { formula: 'B1*2' };
    ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('D2').value = { richText: [{ text: 'Kartu ' }, { font: { bold: true }, text: 'Keluarga' }] };
    ws.getCell('E2').value = 'baris satu\r\nbaris dua';
    // Row 3 has only formatting: no values, so no row.
    ws.getCell('A3').numFmt = '0.00';
    await wb.xlsx.writeFile(path);
    expect(cells(await rowsOf(path))).toEqual([
      [
        1,
        [0, CellKind.Text, '85,5 as text'],
        [1, CellKind.Number, '85.5'],
        // The date written, its time of day dropped.
        [2, CellKind.Date, '2026-03-15'],
        // 0.855 shown as 85.5 %: read as typed, the way a CSV export carries "85,5%".
        [3, CellKind.Number, '85.5'],
        [4, CellKind.Bool, 'TRUE'],
      ],
      [
        2,
        [0, CellKind.Number, '171'],
        [1, CellKind.NoValue, ''],
        [2, CellKind.Error, '#DIV/0!'],
        [3, CellKind.Text, 'Kartu Keluarga'],
        [4, CellKind.Text, 'baris satu\r\nbaris dua'],
      ],
    ]);
  });
});

describe('parts as other exporters write them (hand-made)', () => {
  it('a namespace prefix, cells without references, inline and shared rich text, escapes, t="d"', async () => {
    const dir = makeTempDir('xlsx');
    const path = join(dir, 'prefixed.xlsx');
    const sheet = [
      // No r on the row or its cells: positions follow the order.
      '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>Pak </x:t></x:r><x:r><x:t xml:space="preserve">&quot;Jos&quot; &amp; co</x:t></x:r></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>1.5E2</x:v></x:c></x:row>',
      // A gap (C) and a far column (AA); a shared formula follower with its cached value; t="d".
      '<x:row r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c><x:c r="D3"><x:f t="shared" si="0"/><x:v>7</x:v></x:c><x:c r="AA3" t="d"><x:v>2026-03-15T00:00:00</x:v></x:c></x:row>',
      '<x:row r="4" spans="1:3"/>',
      // A formula whose cached value was written empty is one without a result; an empty cell is no cell.
      '<x:row r="5"><x:c r="A5"><x:f>A1*2</x:f><x:v></x:v></x:c><x:c r="B5" s="0"/><x:c r="C5"><x:v> </x:v></x:c></x:row>',
    ].join('');
    writeFileSync(
      path,
      minimalWorkbook(sheet, {
        sharedStrings: [
          '<r><t>Ketik</t></r><r><t>an</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh>',
          '<t>baris_x000D_\ndua _x005F_x0041_</t>',
        ],
      }),
    );
    expect(cells(await rowsOf(path))).toEqual([
      [1, [0, CellKind.Text, 'Pak "Jos" & co'], [1, CellKind.Text, 'Ketikan'], [2, CellKind.Number, '1.5E2']],
      [3, [1, CellKind.Text, 'baris\r\ndua _x0041_'], [3, CellKind.Number, '7'], [26, CellKind.Date, '2026-03-15']],
      [5, [0, CellKind.NoValue, '']],
    ]);
  });

  it('date formats from styles: built-in and custom codes, the 1904 system', async () => {
    const dir = makeTempDir('xlsx');
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-421]dd\\ mmmm\\ yyyy"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const sheet =
      '<x:row r="1"><x:c r="A1"><x:v>46096</x:v></x:c><x:c r="B1" s="1"><x:v>46096</x:v></x:c><x:c r="C1" s="2"><x:v>46096.43</x:v></x:c><x:c r="D1" s="3"><x:v>46096</x:v></x:c></x:row>';
    const p1900 = join(dir, 'd1900.xlsx');
    writeFileSync(p1900, minimalWorkbook(sheet, { styles }));
    // 46096 is 15 March 2026 in the 1900 system; a number without a date format stays a number.
    expect(cells(await rowsOf(p1900))).toEqual([
      [1, [0, CellKind.Number, '46096'], [1, CellKind.Date, '2026-03-15'], [2, CellKind.Date, '2026-03-15'], [3, CellKind.Number, '46096']],
    ]);
    const p1904 = join(dir, 'd1904.xlsx');
    writeFileSync(p1904, minimalWorkbook(sheet, { styles, date1904: true }));
    // The same serial is 1462 days later in the 1904 system (Mac Excel before 2016).
    expect((await rowsOf(p1904))[0]!.cells[1]!.text).toBe('2030-03-16');
  });

  it('format codes: dates and times, not currency, text in quotes or colours', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', 'h:mm', '[h]:mm:ss', '[$-421]dd mmmm yyyy', 'yyyy-mm-dd hh:mm'].map(formatKind)).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
    expect(['General', '0.00', '#,##0', '"Rp"#,##0', '[Red]0.00', '@', '0 "hari"', '[$Rp-421]#,##0'].map(formatKind)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(['0%', '0.00%'].map(formatKind)).toEqual([2, 2]);
  });

  it('serials: Lotus 1900 leap-year bug, 1904 system, a time alone', () => {
    expect(serialToText(1, false)).toBe('1900-01-01');
    expect(serialToText(59, false)).toBe('1900-02-28');
    // 60 is the 29 February 1900 that never was; 61 is 1 March.
    expect(serialToText(61, false)).toBe('1900-03-01');
    expect(serialToText(45658, false)).toBe('2025-01-01');
    expect(serialToText(0, true)).toBe('1904-01-01');
    expect(serialToText(0.4375, false)).toBe('10:30:00');
  });

  it('review mends: a tab or line break after a tag name, an empty shared-string value, an empty row, dxf formats', async () => {
    const dir = makeTempDir('xlsx');
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs></styleSheet>';
    const sheet =
      '<x:row r="1"><x:c\nr="A1"\tt="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v></x:v></x:c><x:c r="C1" s="1"><x:v>46096</x:v></x:c></x:row>' +
      '<x:row r="2" ht="15" customFormat="1"></x:row><x:row r="3"><x:c r="A3"><x:v>1</x:v></x:c></x:row>';
    const path = join(dir, 'mends.xlsx');
    writeFileSync(path, minimalWorkbook(sheet, { sharedStrings: ['<t>teks</t>'], styles }));
    expect(cells(await rowsOf(path))).toEqual([
      [1, [0, CellKind.Text, 'teks'], [2, CellKind.Date, '2026-03-15']],
      [3, [0, CellKind.Number, '1']],
    ]);
  });

  it('a part whose bytes do not match its recorded checksum is an error, not numbers read from garbage', async () => {
    const dir = makeTempDir('xlsx');
    const path = join(dir, 'rusak.xlsx');
    const zip = minimalWorkbook('<x:row r="1"><x:c r="A1"><x:v>85.5</x:v></x:c></x:row>');
    // Stored (not deflated): change the 85.5 into 95.5 inside the archive.
    const at = zip.indexOf('85.5');
    zip[at] = '9'.charCodeAt(0);
    writeFileSync(path, zip);
    await expect(rowsOf(path)).rejects.toThrow(/checksum/);
  });
});
