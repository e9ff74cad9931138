/**
 * The one CSV writer (src/report/csv-writer.ts): literal rows in, exact bytes out. What Excel needs
 * (PRODUCT.md "Human output"): UTF-8 BOM, CRLF, NIPs kept as text, formula cells neutralised, the
 * decimal mark of the delimiter.
 */
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, nipCell, writeCsv } from '../../src/report/csv-writer.js';

const BOM = '\ufeff';

describe('writeCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(
      writeCsv(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        ';',
      ),
    ).toBe(`${BOM}a;b\r\nc;d\r\n`);
    expect(writeCsv([['a', 'b']], ',')).toBe(`${BOM}a,b\r\n`);
  });

  it('writes numbers with the decimal comma under `;` and the decimal point under `,`; integers unchanged', () => {
    const rows = [[97.25, 100, 0, -1.5, 3.6667, 12]];
    expect(writeCsv(rows, ';')).toBe(`${BOM}97,25;100;0;-1,5;3,6667;12\r\n`);
    expect(writeCsv(rows, ',')).toBe(`${BOM}97.25,100,0,-1.5,3.6667,12\r\n`);
  });

  it('writes null as an empty cell and booleans as true / false', () => {
    expect(
      writeCsv(
        [
          [null, 'x', null],
          [true, false, null],
        ],
        ';',
      ),
    ).toBe(`${BOM};x;\r\ntrue;false;\r\n`);
  });

  it('writes a NIP as an unquoted text formula so Excel keeps all 18 digits', () => {
    expect(writeCsv([[nipCell('198703152010012003'), 'Siti']], ';')).toBe(`${BOM}="198703152010012003";Siti\r\n`);
    expect(writeCsv([[nipCell('198703152010012003'), 'Siti']], ',')).toBe(`${BOM}="198703152010012003",Siti\r\n`);
  });

  it('neutralises text cells starting with =, +, -, @ with a leading apostrophe', () => {
    expect(writeCsv([['=1+1', '+62812', '-5', '@SUM(A1)', 'a=b', '']], ';')).toBe(`${BOM}'=1+1;'+62812;'-5;'@SUM(A1);a=b;\r\n`);
  });

  it('neutralises a formula cell that also needs quoting, then quotes it (quotes doubled)', () => {
    const cell = '=HYPERLINK("http://x";"y")';
    expect(writeCsv([[cell]], ';')).toBe(`${BOM}"'=HYPERLINK(""http://x"";""y"")"\r\n`);
    expect(writeCsv([[cell]], ',')).toBe(`${BOM}"'=HYPERLINK(""http://x"";""y"")"\r\n`);
  });

  it('quotes a cell holding the delimiter, a quote or a CRLF line break; the other delimiter needs no quotes', () => {
    expect(writeCsv([['a;b', 'x,y']], ';')).toBe(`${BOM}"a;b";x,y\r\n`);
    expect(writeCsv([['a;b', 'x,y']], ',')).toBe(`${BOM}a;b,"x,y"\r\n`);
    expect(writeCsv([['say "hi"']], ';')).toBe(`${BOM}"say ""hi"""\r\n`);
    expect(writeCsv([['baris 1\r\nbaris 2', 'z']], ';')).toBe(`${BOM}"baris 1\r\nbaris 2";z\r\n`);
  });

  it('quotes a cell holding a lone LF or CR too (Excel would start a new row there)', () => {
    // The writers before [5] quoted /["\r\n]/; csv-stringify alone quotes only the full CRLF.
    expect(writeCsv([['e\nf', 'z']], ';')).toBe('\ufeff"e\nf";z\r\n');
    expect(writeCsv([['c\rd', 'z']], ';')).toBe('\ufeff"c\rd";z\r\n');
  });

  it('writes a header and rows together, as every CSV output does', () => {
    const rows = [
      ['nip', 'nama', 'capaian', 'predikat', 'dinilai'],
      [nipCell('198703152010012003'), 'dr. Siti Rahmawati', 97.25, 'Baik', true],
      [nipCell('199203102021212001'), 'Petugas', null, null, false],
    ];
    expect(writeCsv(rows, ';')).toBe(
      `${BOM}nip;nama;capaian;predikat;dinilai\r\n` +
        `="198703152010012003";dr. Siti Rahmawati;97,25;Baik;true\r\n` +
        `="199203102021212001";Petugas;;;false\r\n`,
    );
  });
});

describe('neutralizeFormula', () => {
  it('prefixes only the four formula starters', () => {
    expect(['=A1', '+1', '-1', '@x', 'A1', ' =A1', "'=A1"].map(neutralizeFormula)).toEqual([
      "'=A1",
      "'+1",
      "'-1",
      "'@x",
      'A1',
      ' =A1',
      "'=A1",
    ]);
  });
});
