/**
 * Property 4 — the predikat is always the matrix entry of RULES.md §2.7 (Lampiran PermenPAN-RB 6/2022)
 * for the two ratings, checked against the table below, copied from the spec text (not src's table):
 *
 * - `predikat(hasilKerja, perilaku)` (src/core/rules/permenpan-rb-6-2022/predikat.ts) for every pair,
 *   null when either rating is null ("Either rating null → predikat null");
 * - composed with the two rating functions on any capaian / nilai perilaku and thresholds: the ratings
 *   are §2.4's (`c > di_atas` strict) and §2.5's (`n ≥ di_atas` inclusive) on the reported value
 *   (RULES.md §1 "Classification compares the reported value", rounded as §1 says);
 * - end to end: the example workspace scored with a random `penilaian` CSV (random explicit ratings,
 *   in the spellings PRODUCT.md accepts, or blank): every employee's predikat is the matrix entry of
 *   the ratings the report shows, and an explicit rating is the one shown (§2.4 precedence:
 *   `penilaian` > `organisasi` > `dihitung`; §2.6).
 *
 * Reproduce / explore: FC_SEED=<n> FC_RUNS=<n> npx vitest run test/property/predikat.test.ts
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predikat, ratingHasilKerja, ratingPerilaku } from '../../src/core/rules/permenpan-rb-6-2022/predikat.js';
import { EXAMPLE, makeTempDir, runCli, type Laporan62022 } from '../helpers.js';
import { fcOptions, timeoutFor } from './helpers/fc-options.js';

type Rating = 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi';
const DA: Rating = 'Di Atas Ekspektasi';
const SE: Rating = 'Sesuai Ekspektasi';
const DB: Rating = 'Di Bawah Ekspektasi';

/**
 * RULES.md §2.7, row = rating hasil kerja, column = rating perilaku:
 * | hasil kerja ↓ / perilaku → | Di Bawah          | Sesuai          | Di Atas         |
 * | Di Atas                    | Kurang/Misconduct | Baik            | Sangat Baik     |
 * | Sesuai                     | Kurang/Misconduct | Baik            | Baik            |
 * | Di Bawah                   | Sangat Kurang     | Butuh Perbaikan | Butuh Perbaikan |
 */
const MATRIX: Record<Rating, Record<Rating, string>> = {
  [DA]: { [DB]: 'Kurang/Misconduct', [SE]: 'Baik', [DA]: 'Sangat Baik' },
  [SE]: { [DB]: 'Kurang/Misconduct', [SE]: 'Baik', [DA]: 'Baik' },
  [DB]: { [DB]: 'Sangat Kurang', [SE]: 'Butuh Perbaikan', [DA]: 'Butuh Perbaikan' },
};
const expectedPredikat = (hk: Rating | null, p: Rating | null) => (hk === null || p === null ? null : MATRIX[hk][p]);

/**
 * RULES.md §1 rounding, written from its text: `x.toPrecision(15)`, then that decimal rounded half
 * away from zero to d decimals.
 */
function reported(x: number, d: number): number {
  const sign = x < 0 ? -1 : 1;
  const [mantissa = '0', exp = '0'] = Math.abs(x).toPrecision(15).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  let digits = int + frac;
  let point = int.length + Number(exp);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + d;
  if (keep >= digits.length) return x;
  let kept = BigInt(digits.slice(0, keep) || '0');
  if (digits[keep]! >= '5') kept += 1n;
  const v = Number(`${kept}e-${d}`);
  return v === 0 ? 0 : sign * v;
}

/** §2.4: c > di_atas → Di Atas (strict); sesuai ≤ c ≤ di_atas → Sesuai; c < sesuai → Di Bawah. */
function myRatingHasilKerja(capaian: number, a: { diAtas: number; sesuai: number }): Rating {
  const c = reported(capaian, 2);
  return c > a.diAtas ? DA : c >= a.sesuai ? SE : DB;
}
/** §2.5 step 5: n ≥ di_atas → Di Atas (inclusive); sesuai ≤ n < di_atas → Sesuai; else Di Bawah. */
function myRatingPerilaku(nilai: number, a: { diAtas: number; sesuai: number }): Rating {
  const n = reported(nilai, 2);
  return n >= a.diAtas ? DA : n >= a.sesuai ? SE : DB;
}

const ratingOrNull = fc.constantFrom<Rating | null>(DA, SE, DB, null);

/** Values at and beside the default thresholds (and their float traps), and anything in range. */
const capaianArb = fc.oneof(
  fc.double({ min: 0, max: 130, noNaN: true }),
  fc.constantFrom(100, 100.005, 100.004999, 99.995, 90, 89.995, 89.994999, (17.999 / 20) * 100, 100.005 - Number.EPSILON * 64),
  fc.integer({ min: 0, max: 120 }).chain((i) => fc.integer({ min: -2, max: 2 }).map((k) => i + k * 0.005)),
);
const nilaiArb = fc.oneof(
  fc.double({ min: 1, max: 5, noNaN: true }),
  fc.constantFrom(3.5, 3.495, 3.4949999, 2.5, 2.495, 2.4949999, 3.505),
  fc.integer({ min: 100, max: 500 }).map((i) => i / 100 - 0.005),
);
/** Thresholds: the defaults, or any sesuai < di_atas (config rule: `sesuai ≥ di_atas` exits 2). */
const ambangArb = (defaults: { diAtas: number; sesuai: number }, max: number) =>
  fc.oneof(
    fc.constant(defaults),
    fc
      .tuple(fc.integer({ min: 0, max: max * 100 }), fc.integer({ min: 0, max: max * 100 }))
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ diAtas: Math.max(a, b) / 100, sesuai: Math.min(a, b) / 100 })),
  );

/** The spellings PRODUCT.md accepts for each rating ("also di atas, diatas, sesuai, di bawah, dibawah, any case"). */
const SPELLINGS: Record<Rating, readonly string[]> = {
  [DA]: ['Di Atas Ekspektasi', 'di atas ekspektasi', 'di atas', 'DIATAS', 'Diatas'],
  [SE]: ['Sesuai Ekspektasi', 'SESUAI EKSPEKTASI', 'sesuai', 'Sesuai'],
  [DB]: ['Di Bawah Ekspektasi', 'di bawah', 'DIBAWAH', 'Dibawah'],
};

describe('predikat is the §2.7 matrix entry of the two ratings', () => {
  it('predikat(hasil kerja, perilaku), null when either is null', () => {
    fc.assert(
      fc.property(ratingOrNull, ratingOrNull, (hk, p) => {
        expect(predikat(hk, p)).toBe(expectedPredikat(hk, p));
      }),
      fcOptions(0x4d01, 200),
    );
  });

  it('composed with the §2.4 / §2.5 ratings of any capaian and nilai perilaku, on the reported values', () => {
    fc.assert(
      fc.property(
        capaianArb,
        nilaiArb,
        ambangArb({ diAtas: 100, sesuai: 90 }, 130),
        ambangArb({ diAtas: 3.5, sesuai: 2.5 }, 5),
        (c, n, aHk, aP) => {
          const hk = ratingHasilKerja(c, aHk);
          const p = ratingPerilaku(n, aP);
          expect(hk).toBe(myRatingHasilKerja(c, aHk));
          expect(p).toBe(myRatingPerilaku(n, aP));
          expect(predikat(hk, p)).toBe(MATRIX[myRatingHasilKerja(c, aHk)][myRatingPerilaku(n, aP)]);
        },
      ),
      fcOptions(0x4d02, 3000),
    );
  });

  const RUNS = 5;
  it(
    'end to end: the example scored with random explicit ratings',
    async () => {
      const base = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'])).stdout) as Laporan62022;
      const nips = base.pegawai.map((p) => p.nip);
      const spelled = (r: Rating | null) => (r === null ? fc.constant('') : fc.constantFrom(...SPELLINGS[r]));
      const choice = fc
        .tuple(ratingOrNull, ratingOrNull)
        .chain(([hk, p]) => fc.tuple(fc.constant(hk), fc.constant(p), spelled(hk), spelled(p)));
      const ws = makeTempDir('prop-predikat');
      cpSync(EXAMPLE, ws, { recursive: true });
      await fc.assert(
        fc.asyncProperty(fc.array(choice, { minLength: nips.length, maxLength: nips.length }), async (choices) => {
          const lines = ['nip;periode;rating_hasil_kerja;rating_perilaku'];
          choices.forEach(([hk, p, hkText, pText], i) => {
            if (hk !== null || p !== null) lines.push(`${nips[i]!};2026;${hkText};${pText}`);
          });
          writeFileSync(join(ws, 'data', 'penilaian-2026.csv'), '\ufeff' + lines.join('\r\n') + '\r\n');
          const r = await runCli(['score', ws, '--format', 'json']);
          expect(r.code).toBe(0);
          const out = JSON.parse(r.stdout) as Laporan62022;
          const given = new Map(nips.map((nip, i) => [nip, choices[i]!]));
          for (const e of out.pegawai) {
            const [hk, p] = given.get(e.nip)!;
            if (hk !== null) expect(e.rating_hasil_kerja, e.nip).toBe(hk);
            if (p !== null) expect(e.rating_perilaku, e.nip).toBe(p);
            expect(e.predikat, e.nip).toBe(expectedPredikat(e.rating_hasil_kerja as Rating | null, e.rating_perilaku as Rating | null));
          }
        }),
        fcOptions(0x4d03, RUNS),
      );
    },
    timeoutFor(RUNS, 400),
  );
});
