/**
 * Property 6 — row order never changes a result (PRODUCT.md Non-negotiables: "The same inputs give
 * byte-identical output …; CSV row order never changes a result"; RULES.md §1 Determinism: "Sums
 * over rows are taken in a fixed order, so row order never changes a number").
 *
 * The example workspace (examples/kota-contoh) is copied to a temp folder and the data rows of each
 * of its CSVs are shuffled, header and BOM kept. `score --format json` (in-process, `runCli`) must
 * then give byte-identical `pegawai`, `unit` and `tim` parts, the same `ringkasan` counts and per-file
 * row counts. Findings carry the line they point at, which moves with the row: they are compared as
 * multisets without `baris` (and without `pesan`, the sentence that may quote it). The example has no
 * overlapping rows, so no finding's meaning depends on which row came first.
 *
 * Reproduce / explore: FC_SEED=<n> FC_RUNS=<n> npx vitest run test/property/permutation.test.ts
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import { EXAMPLE, makeTempDir, runCli, type Laporan62022 } from '../helpers.js';
import { fcOptions, timeoutFor } from './helpers/fc-options.js';

interface CsvFile {
  name: string;
  bom: string;
  header: string;
  eol: string;
  rows: string[];
}

type Temuan = LaporanSkor['temuan'][number];

/** A finding without where in the file it is (the line moves with its row). */
const located = ({ baris: _b, pesan: _p, ...rest }: Temuan) => JSON.stringify(rest);
const multiset = (fs: readonly Temuan[]) => fs.map(located).sort();

/** Everything the property compares, as strings (byte-identical parts) and sorted lists (multisets). */
function comparable(out: Laporan62022) {
  return {
    pegawai: JSON.stringify(out.pegawai.map((p) => ({ ...p, temuan: [] }))),
    temuanPegawai: out.pegawai.map((p) => [p.nip, multiset(p.temuan)] as const),
    unit: JSON.stringify(out.unit),
    tim: JSON.stringify(out.tim),
    ringkasan: out.ringkasan,
    sumber: out.sumber.map(({ sha256: _s, ...rest }) => rest),
    temuan: multiset(out.temuan),
  };
}

const DATA = join(EXAMPLE, 'data');
const files: CsvFile[] = readdirSync(DATA)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((name) => {
    let text = readFileSync(join(DATA, name), 'utf8');
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    text = text.slice(bom.length);
    // One record per line: the example has no quoted cells (so no line break inside one).
    expect(text.includes('"'), `${name} has no quotes`).toBe(false);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(eol);
    if (lines[lines.length - 1] === '') lines.pop();
    const [header = '', ...rows] = lines;
    return { name, bom, header, eol, rows };
  });

const score = async (ws: string) => {
  const r = await runCli(['score', ws, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Laporan62022;
};

describe('row order never changes a result (PRODUCT.md Non-negotiables)', () => {
  const ws = makeTempDir('prop-perm');
  let baseline: ReturnType<typeof comparable>;
  beforeAll(async () => {
    cpSync(EXAMPLE, ws, { recursive: true });
    baseline = comparable(await score(ws));
  }, 60_000);

  const RUNS = 6;
  it(
    'any shuffle of the data rows of the example CSVs scores the same',
    async () => {
      expect(files.length).toBeGreaterThan(0);
      // Each file's rows in any order (fc.shuffledSubarray of all of them is a permutation).
      const shuffles = fc.tuple(...files.map((f) => fc.shuffledSubarray(f.rows, { minLength: f.rows.length, maxLength: f.rows.length })));
      await fc.assert(
        fc.asyncProperty(shuffles, async (rowsByFile) => {
          files.forEach((f, i) => {
            writeFileSync(join(ws, 'data', f.name), f.bom + [f.header, ...rowsByFile[i]!].join(f.eol) + f.eol);
          });
          const got = comparable(await score(ws));
          expect(got.pegawai).toBe(baseline.pegawai);
          expect(got.unit).toBe(baseline.unit);
          expect(got.tim).toBe(baseline.tim);
          expect(got.ringkasan).toEqual(baseline.ringkasan);
          expect(got.sumber).toEqual(baseline.sumber);
          expect(got.temuanPegawai).toEqual(baseline.temuanPegawai);
          expect(got.temuan).toEqual(baseline.temuan);
        }),
        fcOptions(0x6f01, RUNS),
      );
    },
    timeoutFor(RUNS, 1000),
  );
});
