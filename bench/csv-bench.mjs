// Issue [2] figures: CSV rows/s, against a bare csv-parse pass over the same files alternated in the
// same process (the ratio is what matters on a noisy machine), and validate's peak RSS, for a workspace of
// BENCH_EMPLOYEES (default 5,000) employees × 8 indicators × 12 months, then 4× the rows for the same
// employees (four years of monthly data; the SKPs are 2026's, so the older rows are checked and ignored).
// Run: npm run bench:csv
import { mkdtempSync, rmSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from './generate-workspace.mjs';
import { runTool as run } from './run-tool.mjs';
import { csvPhase } from './csv-phase.mjs';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5000);

async function measure(label, years) {
  const dir = mkdtempSync(join(tmpdir(), 'asn-kinerja-csvbench-'));
  try {
    const counts = await generateWorkspace(dir, { employees: EMPLOYEES, years });
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const files = readdirSync(join(dir, 'data')).map((f) => join(dir, 'data', f));
    const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
    writeFileSync(join(dir, 'tanpa-data.yaml'), 'kind: konfigurasi\ntahun: 2026\nabaikan: ["data/**"]\n');
    const yamlOnly = run(['validate', dir, '--format', 'json', '--config', join(dir, 'tanpa-data.yaml')]);
    const all = run(['validate', dir, '--format', 'json']);
    if (all.status !== 0) throw new Error(`validate exited ${all.status}: ${all.stdout.slice(0, 1500)}`);
    const report = JSON.parse(all.stdout);
    const used = report.file.reduce((a, f) => a + (f.baris_dibaca ?? 0), 0);
    const phase = await csvPhase(dir, 5);
    console.log(
      `${label}: ${rows.toLocaleString('en')} CSV rows (${(bytes / 1e6).toFixed(0)} MB), ${EMPLOYEES.toLocaleString('en')} SKP files; rows read by validate ${used.toLocaleString('en')}`,
    );
    console.log(`  validate end to end ${all.ms.toFixed(0)} ms (YAML + start-up alone ${yamlOnly.ms.toFixed(0)} ms)`);
    console.log(
      `  CSV phase in process, best of 5: ${phase.toolMs.toFixed(0)} ms = ${Math.round(phase.rows / (phase.toolMs / 1000)).toLocaleString('en')} rows/s;` +
        ` bare csv-parse (same options and read loop), best of 5 alternated: ${phase.bareMs.toFixed(0)} ms → ratio ${(phase.toolMs / phase.bareMs).toFixed(2)}×`,
    );
    console.log(`  peak RSS ${all.rssMb.toFixed(0)} MB (YAML only: ${yamlOnly.rssMb.toFixed(0)} MB)`);
    const score = run(['score', dir, '--format', 'json', '--periode', '2026']);
    if (score.status !== 0) throw new Error(`score exited ${score.status}`);
    const scoreYaml = run(['score', dir, '--format', 'json', '--periode', '2026', '--config', join(dir, 'tanpa-data.yaml')]);
    console.log(
      `  score end to end ${score.ms.toFixed(0)} ms = ${Math.round(rows / (score.ms / 1000)).toLocaleString('en')} rows/s (whole run, incl. ${EMPLOYEES.toLocaleString('en')} SKP files; without the CSVs ${scoreYaml.ms.toFixed(0)} ms); peak RSS ${score.rssMb.toFixed(0)} MB`,
    );
    return { rows, rss: all.rssMb, scoreRss: score.rssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${cpus().length} cores, node ${process.version}`);
const a = await measure('1 year', [2026]);
const b = await measure('4 years', [2023, 2024, 2025, 2026]);
console.log(
  `rows ×${(b.rows / a.rows).toFixed(2)} → peak RSS of validate ×${(b.rss / a.rss).toFixed(2)}, of score ×${(b.scoreRss / a.scoreRss).toFixed(2)}`,
);
