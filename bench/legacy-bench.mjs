// Issue [9] figures: `score --format json` of the scale workspace (BENCH_EMPLOYEES, default 1,000: the
// CSV bench's generator, monthly realisasi, perilaku, penilaian) under pp-30-2019 with dengan_360 (every
// IKI through its nilai band, KU/KT, the 360° nilai on 0–100) against the same workspace under
// PermenPAN-RB 6/2022 in the same run. Rows per second, peak RSS. Run: npm run bench:legacy
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from './generate-workspace.mjs';
import { runTool as run } from './run-tool.mjs';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const best = (xs) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
const config = (metode, extra = '') => `kind: konfigurasi\ninstansi: Pemerintah Provinsi Bench\ntahun: 2026\nmetode: ${metode}\n${extra}`;

console.log(`machine: ${cpus().length} cores, node ${process.version}`);
const dir = mkdtempSync(join(tmpdir(), 'asn-kinerja-legacybench-'));
try {
  const counts = await generateWorkspace(dir, { employees: EMPLOYEES, years: [2026] });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${rows.toLocaleString('en')} rows, ${EMPLOYEES.toLocaleString('en')} SKP files`);
  const runs = { 'permenpan-rb-6-2022': [], 'pp-30-2019': [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternated in the same run, so both see the same machine state.
    writeFileSync(join(dir, 'asn-kinerja.yaml'), config('permenpan-rb-6-2022'));
    runs['permenpan-rb-6-2022'].push(run(['score', dir, '--format', 'json', '--periode', '2026']));
    writeFileSync(join(dir, 'asn-kinerja.yaml'), config('pp-30-2019', 'pp_30_2019:\n  dengan_360: true\n'));
    runs['pp-30-2019'].push(run(['score', dir, '--format', 'json', '--periode', '2026']));
  }
  for (const [k, list] of Object.entries(runs))
    for (const r of list) if (r.status !== 0 && r.status !== 1) throw new Error(`${k} exited ${r.status}: ${r.stderr}`);
  const last = JSON.parse(runs['pp-30-2019'].at(-1).stdout);
  const rated = last.pegawai.filter((p) => p.nilai_akhir !== null).length;
  const base = best(runs['permenpan-rb-6-2022']);
  for (const [k, list] of Object.entries(runs)) {
    const r = best(list);
    console.log(
      `  ${k}, best of ${RUNS}: ${r.ms.toFixed(0)} ms (${((rows / r.ms) * 1000).toFixed(0)} rows/s), peak RSS ${r.rssMb.toFixed(0)} MB` +
        (r === base ? '' : ` → time ×${(r.ms / base.ms).toFixed(2)}, memory ×${(r.rssMb / base.rssMb).toFixed(2)} of 6/2022`),
    );
  }
  console.log(`  pp-30-2019: ${rated} of ${last.pegawai.length} employees with a nilai akhir`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
