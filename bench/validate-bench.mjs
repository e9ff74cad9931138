// Issue [1] figures: plan files validated per second on 2,000 files, and `--version` start-up time.
// Run: npm run bench   (builds first). Set BENCH_FILES to change the workspace size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlans } from './generate-plans.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'asn-kinerja.js');
const probe = join(root, 'bench', 'rss-probe.mjs');
const N = Number(process.env.BENCH_FILES ?? 2000);
const RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timed(args, cwd = root) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, status: r.status, stdout: r.stdout, rssMb: rss / 1024 };
}

const dir = mkdtempSync(join(tmpdir(), 'asn-kinerja-bench-'));
try {
  const { files } = generatePlans(dir, N);
  console.log(`machine: ${cpus().length} cores, node ${process.version}`);
  console.log(`workspace: ${N} SKP files (+ config, unit list, catalogue) in ${dir}`);

  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = timed(['--import', probe, bin, 'validate', dir, '--format', 'json']);
    if (r.status !== 0) throw new Error(`validate exited ${r.status}:\n${r.stdout.slice(0, 2000)}`);
    runs.push(r);
  }
  const ms = median(runs.map((r) => r.ms));
  console.log(
    `validate (end to end, ${RUNS} runs): median ${ms.toFixed(0)} ms → ${(files / (ms / 1000)).toFixed(0)} files/s; peak RSS ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB`,
  );

  const baseline = median(Array.from({ length: 15 }, () => timed(['-e', '0']).ms));
  const version = Array.from({ length: 15 }, () => timed([bin, '--version']).ms);
  console.log(
    `start-up: asn-kinerja --version median ${median(version).toFixed(0)} ms (min ${Math.min(...version).toFixed(0)} ms); bare \`node -e 0\` median ${baseline.toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
