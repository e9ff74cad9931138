// Issue [7] figures: reading a workbook against reading the same data as CSV files. The scale workspace
// of the CSV bench (BENCH_EMPLOYEES, default 5,000 employees: monthly realisasi, perilaku, penilaian,
// SKM) is saved once as CSVs and once as one .xlsx with a sheet per CSV (numbers typed, NIPs as text,
// shared strings, as Excel saves it), and `validate` and `score` run on each, alternated, best of
// BENCH_RUNS (default 3). The ratio xlsx/csv is what matters on a noisy machine; rows/s and peak RSS are
// reported too. Both workspaces must score identically. Run: npm run bench:xlsx
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, createReadStream } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import ExcelJS from 'exceljs';
import { generateWorkspace } from './generate-workspace.mjs';
import { runTool as run } from './run-tool.mjs';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TEXT = new Set(['nip', 'penilai_nip', 'nip_petugas', 'responden_id', 'periode', 'indikator', 'unit']);

/** The CSVs of `data/` as one workbook, streamed (exceljs's writer keeps memory flat). */
async function toWorkbook(dataDir, out) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  for (const f of readdirSync(dataDir)
    .filter((x) => x.endsWith('.csv'))
    .sort()) {
    const ws = wb.addWorksheet(f.replace(/\.csv$/, ''));
    let header;
    const dateCols = [];
    for await (const line of createInterface({ input: createReadStream(join(dataDir, f)), crlfDelay: Infinity })) {
      const cells = line.replace(/^\ufeff/, '').split(';');
      if (!header) {
        header = cells;
        header.forEach((h, i) => h.toLowerCase() === 'tanggal' && dateCols.push(i));
        ws.addRow(header).commit();
        continue;
      }
      const row = ws.addRow(
        cells.map((c, i) => {
          if (c === '') return null;
          if (TEXT.has(header[i].toLowerCase())) return c;
          const d = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(c);
          if (d) return new Date(Date.UTC(+d[3], +d[2] - 1, +d[1]));
          return /^-?\d+(,\d+)?$/.test(c) ? Number(c.replace(',', '.')) : c;
        }),
      );
      for (const i of dateCols) row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}

const best = (xs) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));

console.log(`machine: ${cpus().length} cores, node ${process.version}`);
const csvDir = mkdtempSync(join(tmpdir(), 'asn-kinerja-xlsxbench-csv-'));
const xlsxDir = mkdtempSync(join(tmpdir(), 'asn-kinerja-xlsxbench-xlsx-'));
try {
  const counts = await generateWorkspace(csvDir, { employees: EMPLOYEES, years: [2026] });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  cpSync(csvDir, xlsxDir, { recursive: true });
  for (const f of readdirSync(join(xlsxDir, 'data'))) rmSync(join(xlsxDir, 'data', f));
  const t0 = Date.now();
  await toWorkbook(join(csvDir, 'data'), join(xlsxDir, 'data', 'kinerja.xlsx'));
  const csvBytes = readdirSync(join(csvDir, 'data')).reduce((a, f) => a + statSync(join(csvDir, 'data', f)).size, 0);
  const xlsxBytes = statSync(join(xlsxDir, 'data', 'kinerja.xlsx')).size;
  console.log(
    `${rows.toLocaleString('en')} rows, ${EMPLOYEES.toLocaleString('en')} SKP files: CSVs ${(csvBytes / 1e6).toFixed(0)} MB; one workbook ${(xlsxBytes / 1e6).toFixed(0)} MB (written in ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  for (const [label, args] of [
    ['validate', ['validate', '--format', 'json']],
    ['score', ['score', '--format', 'json', '--periode', '2026']],
  ]) {
    const csv = [];
    const xlsx = [];
    for (let i = 0; i < RUNS; i++) {
      csv.push(run([args[0], csvDir, ...args.slice(1)]));
      xlsx.push(run([args[0], xlsxDir, ...args.slice(1)]));
    }
    for (const r of [...csv, ...xlsx])
      if (r.status !== 0) {
        const errors = JSON.stringify(JSON.parse(r.stdout), null, 1)
          .split('\n')
          .filter((l) => l.includes('"pesan"') && !l.includes('Tidak perlu'))
          .slice(0, 5);
        throw new Error(`${label} exited ${r.status}:\n${errors.join('\n')}`);
      }
    if (label === 'score') {
      const a = JSON.parse(csv[0].stdout);
      const b = JSON.parse(xlsx[0].stdout);
      if (JSON.stringify(a.pegawai) !== JSON.stringify(b.pegawai)) throw new Error('the workbook scored differently from the CSVs');
    }
    const c = best(csv);
    const x = best(xlsx);
    console.log(
      `  ${label} end to end, best of ${RUNS}: CSV ${c.ms.toFixed(0)} ms (${Math.round(rows / (c.ms / 1000)).toLocaleString('en')} rows/s, peak RSS ${c.rssMb.toFixed(0)} MB)` +
        ` · XLSX ${x.ms.toFixed(0)} ms (${Math.round(rows / (x.ms / 1000)).toLocaleString('en')} rows/s, peak RSS ${x.rssMb.toFixed(0)} MB) → time ×${(x.ms / c.ms).toFixed(2)}, memory ×${(x.rssMb / c.rssMb).toFixed(2)}`,
    );
  }
} finally {
  rmSync(csvDir, { recursive: true, force: true });
  rmSync(xlsxDir, { recursive: true, force: true });
}
