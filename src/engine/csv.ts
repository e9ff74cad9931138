/**
 * Reading a workspace's CSV files and workbooks in canonical order with one shared session (overlaps
 * and duplicate penilaian rows are found across files and sheets), each used row handed to the job.
 * After the last file the session's groups of repeated or contradicting rows are settled: each file's
 * counts and findings include them, and `withdrawn` lists the used rows the job must drop (rows whose
 * group disagrees: core/csv/settle.ts). A workbook gives one result per sheet.
 */
import { buildCsvReferences } from '../core/csv/build-references.js';
import { RULE_PACKS } from '../core/rules/index.js';
import { createCsvSession } from '../core/csv/session.js';
import { applySettlement, settleSession, type WithdrawnRow } from '../core/csv/settle.js';
import type { SharedCsvState, UsedRow } from '../core/csv/row-checker.js';
import type { ResolvedConfig } from '../core/config.js';
import type { Periode } from '../core/period.js';
import type { LoadedDoc } from '../core/validate/types.js';
import type { LoadedFile } from '../io/workspace.js';
import { readCsvFile, type CsvFileResult, type CsvReadOptions } from '../io/csv-file.js';
import { readDefaults, type ReadOptions } from './options.js';

export interface CsvReading {
  files: { file: LoadedFile; result: CsvFileResult }[];
  session: SharedCsvState;
  /** Rows handed to `onRow` that no longer count, to drop before anything is computed. */
  withdrawn: WithdrawnRow[];
}

export async function readCsvFiles(
  files: readonly LoadedFile[],
  context: { docs: readonly LoadedDoc[]; config: ResolvedConfig; periode: Periode | null },
  options: ReadOptions & { onRow?: (row: UsedRow) => void; onlyRoles?: CsvReadOptions['onlyRoles'] },
): Promise<CsvReading> {
  const { sizeLimit, findingCap } = readDefaults(options);
  const refs = buildCsvReferences(context.docs, context.config, context.periode, RULE_PACKS[context.config.metode]);
  const session = createCsvSession();
  const out: CsvReading['files'] = [];
  for (const file of files) {
    const read = file.format === 'xlsx' ? (await import('../io/xlsx-file.js')).readXlsxFile : readCsvFile;
    const results = await read(file.absPath, file.path, {
      sizeLimit,
      cap: findingCap,
      refs,
      shared: session,
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.desimal ? { desimal: options.desimal } : {}),
      ...(options.onlyRoles ? { onlyRoles: options.onlyRoles } : {}),
      ...(options.onRow ? { onRow: options.onRow } : {}),
      ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!(file.path, done, total) } : {}),
    });
    options.onFileDone?.(file.path);
    for (const result of Array.isArray(results) ? results : [results]) out.push({ file, result });
  }
  const settled = settleSession(session, context.periode);
  const settledFiles = out.map(({ file, result }) => ({
    file,
    result: result.sessionIndex === undefined ? result : applySettlement(result, settled.files.get(result.sessionIndex)),
  }));
  return { files: settledFiles, session, withdrawn: settled.withdrawn };
}
