/**
 * Property 7 — the output cell writers never emit a live formula for a string (PRODUCT.md "Human
 * output": "CSV export: Excel-safe (… cells starting with `=`, `+`, `-`, `@` neutralised against
 * formula injection)"; src/report/xlsx-writer.ts: "Cells are values, never formulas").
 *
 * CSV (`writeCsv`, src/report/csv-writer.ts): for any string, in any position, under `;` and `,`,
 * the cell as a spreadsheet reads it — the BOM dropped, RFC 4180 unquoting (helpers/rfc4180.ts) —
 * does not start with `=`, `+`, `-` or `@`, not even after leading TAB, CR or LF (which some
 * spreadsheets skip before a formula; OWASP "CSV Injection" lists them). And nothing else changes:
 * the cell is the string, or the string after one apostrophe (the neutraliser). The one formula the
 * writer means to write is a NIP's `="<digits>"` (`nipCell`, only for a string of ASCII digits),
 * which is constant text.
 *
 * Leading spaces, a no-break space, an ideographic space and the full-width ＝ ＋ － ＠ are in the
 * generator: LibreOffice Calc 7 (soffice --convert-to xlsx with "evaluate formulas" on) was seen to
 * read ` =1+1`, `\u00a0=1+1`, `\u3000=1+1` and `＝1+1` from a CSV as text, so they are not formula
 * starts in this model.
 *
 * XLSX (`writeXlsx`, exceljs): strings written and read back with exceljs are never formula cells.
 *
 * Reproduce / explore: FC_SEED=<n> FC_RUNS=<n> npx vitest run test/property/cell-writer.test.ts
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { nipCell, writeCsv } from '../../src/report/csv-writer.js';
import { writeXlsx } from '../../src/report/xlsx-writer.js';
import { fcOptions, timeoutFor } from './helpers/fc-options.js';
import { readRfc4180 } from './helpers/rfc4180.js';

const TRIGGERS = ['=', '+', '-', '@'];

/** What a spreadsheet would run: the first character after any leading TAB, CR, LF is a trigger. */
const isLiveFormula = (cell: string) => TRIGGERS.includes(cell.replace(/^[\t\r\n]+/, '').charAt(0));

/** Strings meant to be run: triggers up front, after whitespace or control characters, full-width ones. */
const hostile = fc
  .tuple(
    fc.constantFrom('', '', ' ', '  ', '\t', '\r', '\n', '\r\n', '\t\t', '\u00a0', '\u3000', '"', "'", '\ufeff'),
    fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '=cmd|', '@SUM(', '=HYPERLINK("http://x";"y")', '-2+3', '+62812'),
    fc.string({ unit: fc.constantFrom(...'=+-@;,"\t\r\n abc1'), maxLength: 8 }),
  )
  .map(([lead, trigger, rest]) => lead + trigger + rest);

const anyString = fc.oneof(
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{1,18}$/) },
);

/** Characters XML 1.0 cannot hold (a workbook is XML): C0 controls but TAB, LF, CR; U+FFFE, U+FFFF. */
const NOT_XML = fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff');
const withXmlTrouble = fc.tuple(fc.string({ maxLength: 6 }), NOT_XML, fc.string({ maxLength: 6 })).map(([a, bad, b]) => a + bad + b);
const withoutNonCharacters = anyString.filter((s) => !/[\ufffe\uffff]/.test(s));

/** A workbook as exceljs reads it back. */
async function readBack(strings: readonly string[]) {
  const bytes = await writeXlsx(
    [{ name: 'pegawai', head: ['nama', 'nip', 'catatan'], rows: strings.map((s) => [s, nipCell(s), s]) }],
    'id',
    '2026',
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.getWorksheet('pegawai')!;
}

describe('output cells never carry a live formula', () => {
  it('CSV: any string, in any position, reads back as itself or neutralised — never as a formula', () => {
    fc.assert(
      fc.property(anyString, anyString, fc.constantFrom<';' | ','>(';', ','), (s, other, delimiter) => {
        const out = writeCsv(
          [
            [s, other, s],
            [other, nipCell(s), 1.5],
          ],
          delimiter,
        );
        expect(out.startsWith('\ufeff')).toBe(true);
        const rows = readRfc4180(out.slice(1), delimiter);
        expect(rows).toHaveLength(2);
        const [[a, b, c], [d, nip]] = rows as [string[], string[]];
        for (const [cell, written] of [
          [a, s],
          [c, s],
          [b, other],
          [d, other],
        ] as const) {
          expect(isLiveFormula(cell!), JSON.stringify(cell)).toBe(false);
          expect([written, `'${written}`]).toContain(cell);
          // The apostrophe only for a string that starts with a trigger or with one of the characters OWASP
          // lists beside them (TAB, CR): never for plain text.
          if (cell !== written) expect(/^[=+\-@\t\r\n]/.test(written), JSON.stringify(written)).toBe(true);
        }
        if (/^\d+$/.test(s)) expect(nip).toBe(`="${s}"`);
        else {
          expect(isLiveFormula(nip!), JSON.stringify(nip)).toBe(false);
          expect([s, `'${s}`]).toContain(nip);
        }
      }),
      fcOptions(0x7a01, 1000),
    );
  });

  /**
   * A spreadsheet whose list separator is the other one: Excel opens a double-clicked CSV with the
   * locale's separator (`;` in an Indonesian locale, `,` in an English one), and `--output-delimiter`
   * follows `--lang`, not the machine that opens the file (LANG=en_US.UTF-8 on a server gives `,`).
   * Read so, `x,=1+1` written under `;` is two cells, the second `=1+1`: LibreOffice Calc 7 with
   * "evaluate formulas" on was seen to run it (and `x;=1+1` written under `,`). PRODUCT.md only asks
   * for cells *starting* with a trigger to be neutralised, so this is reported as an open hardening
   * question, not a spec violation: `it.fails` records that the property fails today (seed 0x7a03
   * shrinks to s = "=;=", other = "0" under `,`: the row `0,'=;=,0` read with `;` has the cell `=,0`).
   * When the writer handles it this test starts failing: make it a plain `it` then.
   */
  it.fails('CSV read with the other delimiter: no cell becomes a formula (open question, see comment)', () => {
    fc.assert(
      fc.property(anyString, anyString, fc.constantFrom<';' | ','>(';', ','), (s, other, delimiter) => {
        const out = writeCsv([[other, s, other]], delimiter);
        const rows = readRfc4180(out.slice(1), delimiter === ';' ? ',' : ';');
        for (const cell of rows.flat()) expect(isLiveFormula(cell), JSON.stringify(cell)).toBe(false);
      }),
      fcOptions(0x7a03, 300),
    );
  });

  const RUNS = 8;
  it(
    'XLSX: strings written by writeXlsx and read back with exceljs are never formula cells',
    async () => {
      await fc.assert(
        // U+FFFE / U+FFFF break the workbook itself (the next property), whatever the cell: left out here.
        fc.asyncProperty(fc.array(withoutNonCharacters, { minLength: 1, maxLength: 20 }), async (strings) => {
          const ws = await readBack(strings);
          strings.forEach((s, i) => {
            for (const col of [1, 2, 3]) {
              const cell = ws.getRow(i + 2).getCell(col);
              expect(cell.type, `${JSON.stringify(s)} in column ${col}`).not.toBe(ExcelJS.ValueType.Formula);
              expect(cell.formula).toBeUndefined();
            }
          });
        }),
        fcOptions(0x7a02, RUNS),
      );
    },
    timeoutFor(RUNS, 500),
  );

  /**
   * Not about formulas, found by reading back: a string holding U+FFFE or U+FFFF (valid UTF-8, so a
   * CSV cell can bring one in, and a finding's message quotes the cell) makes writeXlsx write sheet
   * XML that XML 1.0 does not allow. exceljs then cannot read the workbook ("disallowed character");
   * LibreOffice Calc 7 stops reading the sheet at that cell, dropping it and every row after it.
   * FAILS today (src/report/xlsx-writer.ts passes strings to exceljs unfiltered); seed 0x7a04 shrinks
   * to strings = ["\uffff"]. C0 controls are dropped silently by exceljs (the cell reads back without
   * them), which keeps the workbook readable; this property asks only that it stays readable and every
   * string is a text cell.
   */
  it(
    'XLSX: any string keeps the workbook well-formed — it reads back, every string a text cell',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(withXmlTrouble, anyString), { minLength: 1, maxLength: 6 }), async (strings) => {
          const ws = await readBack(strings);
          strings.forEach((s, i) => {
            const cell = ws.getRow(i + 2).getCell(3);
            // eslint-disable-next-line no-control-regex -- what exceljs drops
            const kept = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
            expect(typeof cell.value === 'string' || (kept === '' && cell.value === null), JSON.stringify(s)).toBe(true);
          });
        }),
        fcOptions(0x7a04, RUNS),
      );
    },
    timeoutFor(RUNS, 500),
  );
});
