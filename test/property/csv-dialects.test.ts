/**
 * Property 1 — CSV dialect round trips (PRODUCT.md "CSV inputs" › Reading: "UTF-8 with or without BOM,
 * or Windows-1252 (detected …); `;`, `,` or tab as delimiter, sniffed from the header line outside
 * quotes; CRLF or LF; quoted cells with line breaks").
 *
 * Records of arbitrary strings (quotes, all three delimiters, CR, LF, CRLF, spaces, non-ASCII; for
 * Windows-1252 only the characters it has) are written in every dialect by a plain RFC 4180 writer
 * (test/property/helpers/rfc4180.ts: the project's own writer, src/report/csv-writer.ts, only writes
 * `;`/`,` with BOM and CRLF and rewrites cells against formula injection, so it cannot write these
 * dialects faithfully), then read back by `readCsvFile` (src/io/csv-file.ts), the one reader every
 * real file goes through. What it read is taken where it hands each record to the row checks
 * (`RowChecker.row`), before any role looks at a cell: those records must be the ones written.
 *
 * Sometimes a long first record pushes the generated ones past the 64 KB probe that proposes the
 * encoding, or to a few bytes before the 256 KB read chunk (a UTF-8 character split across chunks).
 *
 * Reproduce / explore: FC_SEED=<n> FC_RUNS=<n> npx vitest run test/property/csv-dialects.test.ts
 * (helpers/fc-options.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAscii, isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { RowChecker } from '../../src/core/csv/row-checker.js';
import { makeTempDir } from '../helpers.js';
import { fcOptions, timeoutFor } from './helpers/fc-options.js';
import { writeRecord, type Dialect } from './helpers/rfc4180.js';
import { encodeWindows1252, WINDOWS_1252_NON_ASCII } from './helpers/windows-1252.js';
import { readCsv, STAF } from './helpers/csv-reading.js';

type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';
interface Case {
  dialect: Dialect;
  encoding: Encoding;
  finalEol: boolean;
  /** Bytes before the first generated record (0: right after the header). */
  padTo: number;
  records: string[][];
}

/** A realisasi header (any role would do: the records are taken before a role reads them). */
const HEADER = ['nip', 'periode', 'indikator', 'realisasi', 'catatan'];
const WIDTH = HEADER.length;

/** The characters CSV treats specially, and spaces around them. */
const SPECIAL = fc.constantFrom('"', ';', ',', '\t', '\r', '\n', '\r\n', ' ', '""', '"\n"');

/**
 * Any code point but NUL: a NUL byte makes a file binary (FILE_BINER, by design: PRODUCT.md "binary
 * content" is an error), so it is not CSV text.
 */
const UNICODE_CHAR = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\0');
const INDONESIAN = fc.constantFrom('é', 'É', 'ñ', '€', '–', '“', '”', '’', '°', '²', 'ß', '\u00a0', '\ufeff', '😀', 'ꦲ', '中');

const cellOf = (nonAscii: fc.Arbitrary<string>) =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.string({
        unit: fc.oneof({ weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) }, SPECIAL, nonAscii),
        maxLength: 12,
      }),
    },
    // An 18-digit NIP (the first cell of a real row).
    { weight: 1, arbitrary: fc.stringMatching(/^[1-9]\d{17}$/) },
    { weight: 1, arbitrary: fc.constant('') },
  );

const recordsOf = (nonAscii: fc.Arbitrary<string>) =>
  fc.array(fc.array(cellOf(nonAscii), { minLength: WIDTH, maxLength: WIDTH }), { minLength: 1, maxLength: 8 });

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    delimiter: fc.constantFrom<Dialect['delimiter']>(';', ',', '\t'),
    eol: fc.constantFrom<Dialect['eol']>('\r\n', '\n'),
    quoteAll: fc.boolean(),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'windows-1252'),
    finalEol: fc.boolean(),
    padTo: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.constantFrom(70_000, 262_141, 262_142, 262_143)),
  })
  .chain((c) =>
    recordsOf(c.encoding === 'windows-1252' ? fc.constantFrom(...WINDOWS_1252_NON_ASCII) : fc.oneof(INDONESIAN, UNICODE_CHAR)).map(
      (records): Case => ({
        dialect: { delimiter: c.delimiter, eol: c.eol, quoteAll: c.quoteAll },
        encoding: c.encoding,
        finalEol: c.finalEol,
        padTo: c.padTo,
        records,
      }),
    ),
  );

const encode = (text: string, encoding: Encoding): Buffer =>
  encoding === 'windows-1252' ? encodeWindows1252(text) : Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');

/** The file's bytes, and every record after the header in the order written. */
function build(c: Case): { bytes: Buffer; expected: string[][] } {
  const { dialect: d } = c;
  const head = writeRecord(HEADER, d) + d.eol;
  const expected: string[][] = [];
  let text = head;
  if (c.padTo > 0) {
    // One record whose note is as long as it takes to make the generated records start at byte padTo.
    const prefix = [STAF, '2026-01', 'dokumen-perencanaan', '1'];
    const fixed = encode(head + writeRecord([...prefix, ''], d) + d.eol, c.encoding).length;
    const note = 'x'.repeat(c.padTo - fixed);
    expected.push([...prefix, note]);
    text += writeRecord([...prefix, note], d) + d.eol;
  }
  expected.push(...c.records);
  text += c.records.map((r) => writeRecord(r, d)).join(d.eol) + (c.finalEol ? d.eol : '');
  return { bytes: encode(text, c.encoding), expected };
}

/**
 * A Windows-1252 file whose first non-ASCII bytes also read as UTF-8 ("Ã©" is C3 A9, which is "é" in
 * UTF-8) cannot be told from UTF-8 by its bytes: the reader takes it as UTF-8 (with
 * FILE_ENCODING_CAMPUR when a later byte is not UTF-8), as src/io/text-encoding.ts documents. Such
 * files are left out: the property is about files whose encoding the bytes decide.
 */
function decidable(bytes: Buffer): boolean {
  if (isAscii(bytes)) return true;
  const i = bytes.findIndex((b) => b >= 0x80);
  for (let n = 2; n <= 4; n++) if (i + n <= bytes.length && isUtf8(bytes.subarray(i, i + n))) return false;
  return true;
}

describe('CSV dialects round-trip through readCsvFile (PRODUCT.md "CSV inputs" › Reading)', () => {
  let spy: MockInstance<RowChecker['row']>;
  beforeAll(() => {
    spy = vi.spyOn(RowChecker.prototype, 'row');
  });
  afterAll(() => spy.mockRestore());

  it(
    'records written in any dialect and encoding are read back as written',
    async () => {
      const dir = makeTempDir('prop-csv');
      let n = 0;
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          const { bytes, expected } = build(c);
          if (c.encoding === 'windows-1252') fc.pre(decidable(bytes));
          const file = join(dir, `f${n++}.csv`);
          writeFileSync(file, bytes);
          spy.mockClear();
          const { result } = await readCsv(file);
          expect(result.jenis).toBe('realisasi');
          expect(result.pemisah).toBe(c.dialect.delimiter);
          // Windows-1252 text that happens to be ASCII is read as UTF-8, which reads it the same.
          const wantEncoding = c.encoding === 'windows-1252' && !isAscii(bytes) ? 'windows-1252' : 'utf-8';
          expect(result.encoding).toBe(wantEncoding);
          const read = spy.mock.calls.map(([fields]) => [...fields]);
          expect(read).toEqual(expected);
        }),
        fcOptions(0x1d1a1ec7, 150),
      );
    },
    timeoutFor(150, 40),
  );
  /**
   * Known exception, reported: a quoted note holding a line that looks like a row of the file (the
   * row's own 18-digit NIP first, a whole row's worth of delimiters) is taken for rows a stray quote
   * swallowed (`swallowsRows` in src/io/csv-file.ts, a deliberate heuristic to recover from an
   * unclosed quote): the record gets CSV_SINTAKS "Quote Not Closed" and the line inside the note is
   * read as a row of its own, e.g. `…;1;"disalin:⏎199104152015032001;2026-02;…;2;y"` gives a used row
   * for 2026-02 with catatan `y"`. Valid RFC 4180, so the round trip fails: `it.fails` records it
   * (an open question for the spec owner, not a change src must make). Seed 0x1d1a1ec8 shrinks to a
   * record whose note is "a\n199104152015032001;;;;" (`;`, CRLF): nothing of it is read as written.
   */
  it.fails("known exception: a quoted note holding a row-like line with the row's NIP", async () => {
    const dir = makeTempDir('prop-csv-swallow');
    let n = 0;
    const rowLike = fc
      .record({
        delimiter: fc.constantFrom<Dialect['delimiter']>(';', ',', '\t'),
        eol: fc.constantFrom<Dialect['eol']>('\r\n', '\n'),
        note: fc.array(fc.string({ maxLength: 4 }), { minLength: 4, maxLength: 4 }),
      })
      .map(({ delimiter, eol, note }) => ({
        dialect: { delimiter, eol },
        record: [STAF, '2026-01', 'x', '1', 'a\n' + [STAF, ...note].join(delimiter)],
      }));
    await fc.assert(
      fc.asyncProperty(rowLike, async ({ dialect, record }) => {
        const file = join(dir, `s${n++}.csv`);
        writeFileSync(file, writeRecord(HEADER, dialect) + dialect.eol + writeRecord(record, dialect) + dialect.eol);
        spy.mockClear();
        await readCsv(file);
        expect(spy.mock.calls.map(([fields]) => [...fields])).toEqual([record]);
      }),
      fcOptions(0x1d1a1ec8, 20),
    );
  });
});
