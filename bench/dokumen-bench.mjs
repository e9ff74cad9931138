// Issue [8] item 3 figures: the Dokumen Evaluasi Kinerja for every employee of the scale workspace
// (BENCH_EMPLOYEES, default 1,000: the CSV bench's generator, monthly realisasi, perilaku, penilaian),
// against `score --format json` on the same workspace in the same run — the Dokumen scores first, so
// the ratio is what writing the documents costs on top. Pages per second, peak RSS. Run: npm run bench:dokumen
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from './generate-workspace.mjs';
import { runTool as run } from './run-tool.mjs';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const best = (xs) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));

console.log(`machine: ${cpus().length} cores, node ${process.version}`);
const dir = mkdtempSync(join(tmpdir(), 'asn-kinerja-dokumenbench-'));
const out = mkdtempSync(join(tmpdir(), 'asn-kinerja-dokumenbench-out-'));
try {
  const counts = await generateWorkspace(dir, { employees: EMPLOYEES, years: [2026] });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${rows.toLocaleString('en')} rows, ${EMPLOYEES.toLocaleString('en')} SKP files`);
  const runs = { score: [], pdf: [], html: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.score.push(run(['score', dir, '--format', 'json', '--periode', '2026']));
    runs.pdf.push(run(['dokumen', dir, '--periode', '2026', '--output', join(out, 'dokumen.pdf'), '--quiet']));
    runs.html.push(run(['dokumen', dir, '--periode', '2026', '--output', join(out, 'dokumen.html'), '--quiet']));
  }
  for (const [k, list] of Object.entries(runs))
    for (const r of list) if (r.status !== 0 && r.status !== 1) throw new Error(`${k} exited ${r.status}`);
  const scored = JSON.parse(runs.score[0].stdout).pegawai.length;
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, 'dokumen.pdf')], { encoding: 'utf8' }))[1]);
  const documents = readFileSync(join(out, 'dokumen.html'), 'utf8').split('<section class="sheet">').length - 1;
  const s = best(runs.score);
  const line = (label, r, size) =>
    `  ${label}, best of ${RUNS}: ${r.ms.toFixed(0)} ms (${(documents / (r.ms / 1000)).toFixed(0)} documents/s, ${(pages / (r.ms / 1000)).toFixed(0)} pages/s), ` +
    `peak RSS ${r.rssMb.toFixed(0)} MB, ${(size / 1e6).toFixed(1)} MB → time ×${(r.ms / s.ms).toFixed(2)}, memory ×${(r.rssMb / s.rssMb).toFixed(2)} of score`;
  console.log(`  score --format json, best of ${RUNS}: ${s.ms.toFixed(0)} ms, peak RSS ${s.rssMb.toFixed(0)} MB (${scored} employees)`);
  console.log(`  ${documents} documents, ${pages} PDF pages`);
  console.log(line('dokumen pdf', best(runs.pdf), statSync(join(out, 'dokumen.pdf')).size));
  console.log(line('dokumen html', best(runs.html), statSync(join(out, 'dokumen.html')).size));
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
