/**
 * Seeds and run counts for the property tests. Each property has its own fixed seed and run count, so
 * CI runs the same cases every time; the environment overrides both for exploration:
 *
 *   FC_SEED=123 FC_RUNS=2000 npx vitest run test/property/number.test.ts
 *
 * FC_SEED replaces every property's seed, FC_RUNS its number of runs. fast-check prints the seed and
 * the shrunk counterexample of a failure; re-run with that FC_SEED to reproduce it.
 */
import type { Parameters } from 'fast-check';

function fromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** `{ seed, numRuns }` for `fc.assert`: the property's own, unless FC_SEED / FC_RUNS say otherwise. */
export function fcOptions<T>(seed: number, numRuns: number, extra: Parameters<T> = {}): Parameters<T> {
  return { ...extra, seed: fromEnv('FC_SEED') ?? seed, numRuns: fromEnv('FC_RUNS') ?? numRuns };
}

/** A test timeout that grows with FC_RUNS (vitest's default here is 30 s). */
export function timeoutFor(numRuns: number, msPerRun: number, floor = 30_000): number {
  const runs = fromEnv('FC_RUNS') ?? numRuns;
  return Math.max(floor, runs * msPerRun * 3);
}
