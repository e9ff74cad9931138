// Runs the built CLI (bin/ → dist/) as its own process with the peak-RSS probe, for the benchmarks:
// wall time in ms, exit status, stdout, and the process's peak RSS in MB.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'asn-kinerja.js');
const probe = join(root, 'bench', 'rss-probe.mjs');

export function runTool(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', probe, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, status: r.status, stdout: r.stdout, rssMb: Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024 };
}
