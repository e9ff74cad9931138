import { compareFindings, countFindings, type Finding, type FindingCounts } from './findings.js';
import type { CsvCounts } from './csv/row-checker.js';

/** What was read of a CSV file: its dialect and the row accounting. */
export interface CsvMeta {
  encoding: string;
  pemisah: string;
  desimal: 'koma' | 'titik';
  counts: CsvCounts;
}

export interface FileResult {
  path: string;
  jenis: string | null;
  findings: Finding[];
  csv?: CsvMeta;
}

export interface ValidationResult {
  files: FileResult[];
  counts: FindingCounts;
  /** The configuration was invalid: the report is complete but the exit code is 2. */
  configInvalid: boolean;
}

/** Groups findings by file, sorted as PRODUCT.md says; files sorted by path. */
export function buildValidationResult(
  files: readonly { path: string; jenis: string | null; csv?: CsvMeta }[],
  findings: readonly Finding[],
  configInvalid: boolean,
): ValidationResult {
  const byPath = new Map<string, FileResult>();
  for (const f of files)
    if (!byPath.has(f.path)) byPath.set(f.path, { path: f.path, jenis: f.jenis, findings: [], ...(f.csv ? { csv: f.csv } : {}) });
  for (const f of findings) {
    let entry = byPath.get(f.path);
    if (!entry) {
      entry = { path: f.path, jenis: null, findings: [] };
      byPath.set(f.path, entry);
    }
    entry.findings.push(f);
  }
  const list = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of list) entry.findings.sort(compareFindings);
  return { files: list, counts: countFindings(findings), configInvalid };
}
