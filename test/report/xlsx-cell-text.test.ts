/**
 * Issue [10] item 1, found by the property test (test/property/cell-writer.test.ts): a U+FFFF in a cell
 * made a workbook that neither exceljs nor Excel opens, and LibreOffice dropped that row and all after
 * it; exceljs silently dropped control characters, and a literal `_x0041_` read back as `A`. Each text
 * now reads back as written, or with what XML cannot hold shown as a visible escape.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../src/report/xlsx-writer.js';

describe('workbook cells hold any text', () => {
  it('reads back every text as written, or with visible escapes where XML cannot carry it', async () => {
    const texts = [
      'a\uffffb',
      'c\ufffed',
      '_x0041_',
      'bel\u0007',
      'esc\u001b[2J',
      'baris 1\nbaris 2\tkolom',
      'lone \ud800 surrogate',
      'emoji 😀 ok',
      'rlo \u202egnp.exe',
    ];
    const bytes = await writeXlsx([{ name: 'uji', head: ['catatan'], rows: texts.map((t) => [t]) }], 'id', '2026');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const back: string[] = [];
    wb.getWorksheet('uji')!.eachRow((row, n) => {
      if (n > 1) back.push(row.getCell(1).text);
    });
    expect(back).toEqual([
      'a\\uffffb',
      'c\\ufffed',
      '_x0041_',
      'bel\\x07',
      'esc\\x1b[2J',
      'baris 1\nbaris 2\tkolom',
      'lone \\ud800 surrogate',
      'emoji 😀 ok',
      'rlo \\u202egnp.exe',
    ]);
  });
});
