/**
 * Property 2 — the CSV number parser (PRODUCT.md "CSV inputs" › Numbers), `parseNumberCell` in
 * src/core/csv/number.ts, and the same cells read from files by `readCsvFile`.
 *
 * - A number written the Indonesian way (decimal comma, `.` grouping) read under the `koma`
 *   convention, or the English way (decimal point, `,` grouping) under `titik`, is the number of the
 *   digits written ("`;`/tab files → decimal comma, `,` files → decimal point").
 * - An unambiguous cell ("both `.` and `,` …, one separator not followed by exactly three digits, a
 *   leading `0`, or the same separator repeated") reads the same under both conventions; an
 *   ambiguous one (`1.234`, `1,234`) carries both readings and takes the convention's.
 * - The parser never returns NaN or ±Infinity: it rejects ("Bad input never … silently changes a
 *   number", PRODUCT.md Non-negotiables).
 * - "A trailing `%` is stripped (`96,2%` = 96.2)".
 *
 * Reproduce / explore: FC_SEED=<n> FC_RUNS=<n> npx vitest run test/property/number.test.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../src/core/csv/number.js';
import { makeTempDir } from '../helpers.js';
import { fcOptions } from './helpers/fc-options.js';
import { readCsv, STAF } from './helpers/csv-reading.js';
import { writeRecord } from './helpers/rfc4180.js';

type Style = 'id' | 'en';
const CONVENTION = { id: 'koma', en: 'titik' } as const;

/** A number as digits: sign, integer digits (no leading zeros), fraction digits (as written, zeros kept). */
interface Digits {
  negative: boolean;
  int: string;
  frac: string;
}

const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

const digitsArb: fc.Arbitrary<Digits> = fc.record({
  negative: fc.boolean(),
  int: fc.oneof(
    fc.constant('0'),
    fc.tuple(fc.constantFrom(...'123456789'), digitString(0, 20)).map(([a, b]) => a + b),
  ),
  frac: fc.oneof(fc.constant(''), digitString(1, 3), digitString(1, 12)),
});

/** Plain decimal digits of a finite double, without exponent: its shortest round-trip form, expanded. */
function plainDigits(x: number): Digits {
  const negative = x < 0 || Object.is(x, -0);
  const s = Math.abs(x).toString();
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s)!;
  let digits = m[1]! + (m[2] ?? '');
  let point = m[1]!.length + Number(m[3] ?? 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  return { negative, int, frac };
}

const group = (int: string, sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The cell as a spreadsheet in that locale shows it, with or without thousands grouping. */
function format(d: Digits, style: Style, grouped: boolean): string {
  const [groupSep, decimal] = style === 'id' ? ['.', ','] : [',', '.'];
  const int = grouped ? group(d.int, groupSep) : d.int;
  return (d.negative ? '-' : '') + int + (d.frac === '' ? '' : decimal + d.frac);
}

/** The number those digits are: what the cell must read as. */
const valueOf = (d: Digits) => Number((d.negative ? '-' : '') + d.int + (d.frac === '' ? '' : '.' + d.frac));

const styleArb = fc.constantFrom<Style>('id', 'en');

/** Cells made of what numbers are made of, and some of what they are not. */
const numberishArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.,-+% '), maxLength: 14 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,'), maxLength: 30 }),
  fc.string({ maxLength: 10 }),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '1e3', '0x10', '١٢٣', '１２３', '9'.repeat(400), '1' + '.000'.repeat(110), '−5'),
);

/**
 * The spec's reading of a cell (after trim, a trailing `%` and a sign): ambiguous when it has exactly
 * one separator with exactly three digits after it and it could be a thousands group — one to three
 * digits before it, the first not `0`. `1234,567` cannot be a grouped number (a group has three
 * digits), so it is a decimal; PRODUCT.md names the ambiguous shape by its examples `1.234`, `1,234`.
 */
function isAmbiguous(raw: string): boolean {
  let s = raw.trim();
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  s = s.replace(/^[-+]/, '');
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(s);
}

/** PRODUCT.md's list of unambiguous shapes, for cells of digits and separators. */
function isUnambiguousBySpec(raw: string): boolean {
  let s = raw.trim();
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  s = s.replace(/^[-+]/, '');
  if (!/^[\d.,]+$/.test(s)) return false;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots === 0 && commas === 0) return true;
  if (dots > 0 && commas > 0) return true; // both: the last one is the decimal mark
  if (dots + commas > 1) return true; // the same separator repeated is grouping
  const [int = '', frac = ''] = s.split(/[.,]/);
  return frac.length !== 3 || int.startsWith('0'); // not three digits after it, or a leading 0
}

describe('number cells (PRODUCT.md "CSV inputs" › Numbers)', () => {
  it('a number written in either locale reads, under that convention, as the digits written', () => {
    fc.assert(
      fc.property(digitsArb, styleArb, fc.boolean(), (d, style, grouped) => {
        const cell = format(d, style, grouped);
        const r = parseNumberCell(cell, CONVENTION[style]);
        expect(r).toMatchObject({ ok: true, value: valueOf(d) });
      }),
      fcOptions(0x2a0b, 2000),
    );
  });

  it('any finite double, written out in full in either locale, reads back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), styleArb, fc.boolean(), (x, style, grouped) => {
        const cell = format(plainDigits(x), style, grouped);
        const r = parseNumberCell(cell, CONVENTION[style]);
        expect(r.ok).toBe(true);
        // ±0 compare equal: "-0" and "0" are the same number to a spreadsheet.
        expect(r.ok && r.value === x).toBe(true);
      }),
      fcOptions(0x2a0c, 1000),
    );
  });

  it('unambiguous cells read the same under both conventions; ambiguous ones carry both readings', () => {
    const cells = fc.oneof(
      fc.tuple(digitsArb, styleArb, fc.boolean()).map(([d, style, grouped]) => format(d, style, grouped)),
      numberishArb,
    );
    fc.assert(
      fc.property(cells, (cell) => {
        const koma = parseNumberCell(cell, 'koma');
        const titik = parseNumberCell(cell, 'titik');
        if (isAmbiguous(cell)) {
          // `1.234`: grouping under koma (1234), a decimal under titik (1.234); `1,234` the other way round.
          const s = cell.trim().replace(/%$/, '').trimEnd();
          const sign = s.startsWith('-') ? -1 : 1;
          const [int, frac] = s.replace(/^[-+]/, '').split(/[.,]/) as [string, string];
          const grouped = sign * Number(int + frac);
          const decimal = sign * Number(`${int}.${frac}`);
          const commaIsDecimal = s.includes(',');
          expect(koma).toMatchObject({ ok: true, value: commaIsDecimal ? decimal : grouped });
          expect(titik).toMatchObject({ ok: true, value: commaIsDecimal ? grouped : decimal });
          expect(koma.ok && koma.ambiguous).toBeTruthy();
          expect(titik.ok && titik.ambiguous).toBeTruthy();
        } else if (isUnambiguousBySpec(cell)) {
          expect(titik).toEqual(koma);
          expect(koma.ok && koma.ambiguous).toBeFalsy();
        }
      }),
      fcOptions(0x2a0d, 3000),
    );
  });

  it('never returns NaN or Infinity: a cell that is no finite number is rejected', () => {
    fc.assert(
      fc.property(fc.oneof(numberishArb, fc.string({ unit: 'binary', maxLength: 20 })), fc.constantFrom('koma', 'titik'), (cell, conv) => {
        const r = parseNumberCell(cell, conv);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        if (r.ok && r.ambiguous) expect(Number.isFinite(r.ambiguous.koma) && Number.isFinite(r.ambiguous.titik)).toBe(true);
      }),
      fcOptions(0x2a0e, 3000),
    );
  });

  it('a trailing % is stripped: `x%` reads as `x`', () => {
    const cells = fc.oneof(
      fc.tuple(digitsArb, styleArb, fc.boolean()).map(([d, style, grouped]) => format(d, style, grouped)),
      numberishArb,
    );
    fc.assert(
      fc.property(cells, fc.constantFrom('%', ' %'), fc.constantFrom('koma', 'titik'), (cell, pct, conv) => {
        // A cell that already ends in % would end in two.
        fc.pre(!cell.trim().endsWith('%'));
        expect(parseNumberCell(cell + pct, conv)).toEqual(parseNumberCell(cell, conv));
      }),
      fcOptions(0x2a0f, 3000),
    );
  });

  it('in a file of the matching convention (`;` → koma, `,` → titik) readCsvFile reads the numbers written', async () => {
    const dir = makeTempDir('prop-number');
    let n = 0;
    // Realisasi rows of the base fixture's staf, one per month (so none overlap); realisasi ≥ 0.
    const values = fc.array(
      fc.tuple(
        digitsArb.map((d) => ({ ...d, negative: false })),
        fc.boolean(),
        fc.constantFrom('', '%'),
      ),
      { minLength: 1, maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(values, styleArb, async (cells, style) => {
        const d = { delimiter: style === 'id' ? (';' as const) : (',' as const), eol: '\r\n' as const };
        const lines = [writeRecord(['nip', 'periode', 'indikator', 'realisasi'], d)];
        cells.forEach(([digits, grouped, pct], i) => {
          const month = String(i + 1).padStart(2, '0');
          lines.push(writeRecord([STAF, `2026-${month}`, 'dokumen-perencanaan', format(digits, style, grouped) + pct], d));
        });
        const file = join(dir, `n${n++}.csv`);
        writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n');
        const { result, rows } = await readCsv(file);
        expect(result.desimal).toBe(CONVENTION[style]);
        expect(rows.map((r) => (r.peran === 'realisasi' ? r.nilai : null))).toEqual(cells.map(([digits]) => valueOf(digits)));
      }),
      fcOptions(0x2a10, 60),
    );
  });
});
