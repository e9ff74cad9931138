/**
 * Property 3 — capaian of one indicator (RULES.md §2.3), `computeCapaian` in
 * src/core/rules/permenpan-rb-6-2022/capaian.ts.
 *
 * For positive targets (a number t > 0, or a range {min, maks} with 0 ≤ min ≤ maks, maks > 0):
 * - `polaritas: maksimal` — capaian is non-decreasing in the realisation r ("higher is better",
 *   `r * 100 / t`); `minimal` — non-increasing (`(2 − r / t) × 100`, PermenPAN-RB 8/2021);
 * - the value is exactly the §2.3 formula (RULES.md §1: "a percentage is r * 100 / t"), capped at
 *   `hasil_kerja.batas_capaian` and floored at 0, and `dibatasi` says which bound applied;
 * - r < 0 rejects.
 *
 * Reproduce / explore: FC_SEED=<n> FC_RUNS=<n> npx vitest run test/property/capaian.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCapaian, type Polaritas, type Target } from '../../src/core/rules/permenpan-rb-6-2022/capaian.js';
import { fcOptions } from './helpers/fc-options.js';

/** Realisations: everyday values, whole numbers, and any non-negative finite double. */
const realisasiArb = fc.oneof(
  fc.double({ min: 0, max: 1000, noNaN: true }),
  fc.integer({ min: 0, max: 500 }),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
);

const positiveArb = fc.oneof(
  fc.double({ min: 0.01, max: 1000, noNaN: true }),
  fc.integer({ min: 1, max: 500 }),
  fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
);

const targetArb: fc.Arbitrary<Target> = fc.oneof(
  positiveArb,
  fc.tuple(fc.oneof(fc.constant(0), positiveArb), positiveArb).map(([a, b]) => ({ min: Math.min(a, b), maks: Math.max(a, b) })),
);

/** batas_capaian: the default 120, any positive number (schema: exclusiveMinimum 0), or none (pp-30-2019 passes Infinity). */
const batasArb = fc.oneof(fc.constant(120), fc.double({ min: 0.001, max: 10_000, noNaN: true }), fc.constant(Number.POSITIVE_INFINITY));

const polaritasArb = fc.constantFrom<Polaritas>('maksimal', 'minimal');

/** RULES.md §2.3 written out again, before the cap and the floor. */
function formula(r: number, target: Target, polaritas: Polaritas): number {
  if (typeof target === 'number') return polaritas === 'maksimal' ? (r * 100) / target : (2 - r / target) * 100;
  const { min, maks } = target;
  if (min <= r && r <= maks) return 100; // inside the range (inclusive) → 100
  // Otherwise the nearer bound is t.
  const t = r > maks ? maks : min;
  if (polaritas === 'maksimal') return t === 0 ? 0 : (r * 100) / t;
  return (2 - r / t) * 100;
}

function capaianOf(r: number, target: Target, polaritas: Polaritas, batas: number): number {
  const res = computeCapaian({ realisasi: r, target, polaritas, batas });
  if (!res.ok) throw new Error(`rejected: ${res.alasan}`);
  return res.capaian;
}

describe('capaian (RULES.md §2.3)', () => {
  it('is monotonic in the realisation: non-decreasing for maksimal, non-increasing for minimal', () => {
    fc.assert(
      fc.property(realisasiArb, realisasiArb, targetArb, polaritasArb, batasArb, (a, b, target, polaritas, batas) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cLo = capaianOf(lo, target, polaritas, batas);
        const cHi = capaianOf(hi, target, polaritas, batas);
        if (polaritas === 'maksimal') expect(cLo).toBeLessThanOrEqual(cHi);
        else expect(cLo).toBeGreaterThanOrEqual(cHi);
      }),
      fcOptions(0x3c01, 3000),
    );
  });

  it('is the §2.3 formula, capped at batas_capaian and floored at 0', () => {
    fc.assert(
      fc.property(realisasiArb, targetArb, polaritasArb, batasArb, (r, target, polaritas, batas) => {
        const res = computeCapaian({ realisasi: r, target, polaritas, batas });
        const raw = formula(r, target, polaritas);
        const want = raw > batas ? batas : raw < 0 ? 0 : raw;
        expect(res).toEqual({
          ok: true,
          capaian: want,
          dibatasi: raw > batas ? 'atas' : raw < 0 ? 'bawah' : null,
          toleransiNol: false,
        });
        if (res.ok) {
          expect(res.capaian).toBeGreaterThanOrEqual(0);
          expect(res.capaian).toBeLessThanOrEqual(batas);
        }
      }),
      fcOptions(0x3c02, 3000),
    );
  });

  it('rejects a negative realisation', () => {
    fc.assert(
      fc.property(fc.double({ max: -Number.MIN_VALUE, noNaN: true }), targetArb, polaritasArb, batasArb, (r, target, polaritas, batas) => {
        expect(computeCapaian({ realisasi: r, target, polaritas, batas })).toEqual({ ok: false, alasan: 'REALISASI_NEGATIF' });
      }),
      fcOptions(0x3c03, 500),
    );
  });
});
