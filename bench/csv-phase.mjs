// In-process timing of the CSV phase alone (the workspace's YAML loaded first, untimed), alternated
// with a bare csv-parse pass over the same files, so both see the same machine. Used by csv-bench.mjs.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { loadWorkspace } from '../dist/io/workspace.js';
import { readCsvFile } from '../dist/io/csv-file.js';
import { buildCsvReferences } from '../dist/core/csv/build-references.js';
import { createCsvSession } from '../dist/core/csv/session.js';
import { resolveConfig } from '../dist/core/config.js';
import { choosePeriod } from '../dist/core/period.js';

export async function bare(files) {
  let rows = 0;
  for (const f of files) {
    const parser = parse({ delimiter: ';', bom: true, relax_column_count: true, skip_empty_lines: false, skip_records_with_error: true });
    await new Promise((resolve, reject) => {
      parser.on('readable', () => {
        while (parser.read() !== null) rows++;
      });
      parser.on('end', resolve);
      parser.on('error', reject);
      createReadStream(f, { highWaterMark: 256 * 1024 }).pipe(parser);
    });
  }
  return rows;
}

export async function csvPhase(root, rounds = 3) {
  const ws = loadWorkspace(root, { cwd: root, sizeLimit: 1e12, yamlSizeLimit: 1e12 });
  const config = resolveConfig(ws.config?.data);
  const choice = choosePeriod(undefined, config.tahun, ws.docs);
  const csvFiles = ws.files.filter((f) => f.format === 'csv');
  const timings = { tool: [], bare: [] };
  let rows = 0;
  for (let r = 0; r < rounds; r++) {
    let t0 = process.hrtime.bigint();
    const refs = buildCsvReferences(ws.docs, config, choice.ok ? choice.periode : null);
    const shared = createCsvSession();
    rows = 0;
    for (const f of csvFiles) {
      const res = await readCsvFile(f.absPath, f.path, { sizeLimit: 1e12, cap: 1000, refs, shared });
      rows += res.counts?.baris_dibaca ?? 0;
    }
    timings.tool.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    await bare(csvFiles.map((f) => f.absPath));
    timings.bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const min = (xs) => Math.min(...xs);
  return { rows, toolMs: min(timings.tool), bareMs: min(timings.bare) };
}

if (process.argv[2]) {
  const r = await csvPhase(process.argv[2]);
  console.log(
    `${r.rows} rows: tool ${r.toolMs.toFixed(0)} ms (${Math.round(r.rows / (r.toolMs / 1000))} rows/s), bare csv-parse ${r.bareMs.toFixed(0)} ms → ratio ${(r.toolMs / r.bareMs).toFixed(2)}×`,
  );
}
