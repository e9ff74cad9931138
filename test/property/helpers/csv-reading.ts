/**
 * The tool's own path for one CSV file (src/io/csv-file.ts `readCsvFile`, what `score`, `ikm` and
 * `validate` read every real file with), against the small workspace test/fixtures/validate/base.
 */
import { join } from 'node:path';
import { readCsvFile, type CsvFileResult } from '../../../src/io/csv-file.js';
import { loadWorkspace } from '../../../src/io/workspace.js';
import { buildCsvReferences } from '../../../src/core/csv/build-references.js';
import { createCsvSession } from '../../../src/core/csv/session.js';
import { resolveConfig } from '../../../src/core/config.js';
import { parsePeriode } from '../../../src/core/period.js';
import type { CsvReferences } from '../../../src/core/csv/references.js';
import type { UsedRow } from '../../../src/core/csv/row-checker.js';
import type { Desimal } from '../../../src/core/csv/number.js';
import { FIXTURES } from '../../helpers.js';

/** The base fixture: staf 199104152015032001 (indicators dokumen-perencanaan, laporan-tepat-waktu), 2026. */
export const BASE = join(FIXTURES, 'validate', 'base');
export const STAF = '199104152015032001';

let cached: CsvReferences | undefined;

export function baseRefs(): CsvReferences {
  if (!cached) {
    const loaded = loadWorkspace(BASE, { cwd: BASE, sizeLimit: 1e9, yamlSizeLimit: 1e9 });
    cached = buildCsvReferences(loaded.docs, resolveConfig(loaded.config?.data), parsePeriode('2026'));
  }
  return cached;
}

export async function readCsv(abs: string, options: { desimal?: Desimal } = {}): Promise<{ result: CsvFileResult; rows: UsedRow[] }> {
  const rows: UsedRow[] = [];
  const result = await readCsvFile(abs, 'data.csv', {
    sizeLimit: 1e9,
    cap: 1000,
    refs: baseRefs(),
    shared: createCsvSession(),
    onRow: (row) => rows.push(row),
    ...(options.desimal ? { desimal: options.desimal } : {}),
  });
  return { result, rows };
}
