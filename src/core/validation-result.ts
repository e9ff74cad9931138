import { cmp, compareFindings, countFindings, type Finding, type FindingCounts } from './findings.js';
import type { CsvCounts } from './csv/row-checker.js';

/** What was read of a CSV file or a workbook's sheet: its dialect (a sheet has none) and the row accounting. */
export interface CsvMeta {
  encoding?: string;
  pemisah?: string;
  desimal: 'koma' | 'titik';
  counts: CsvCounts;
}

export interface FileResult {
  path: string;
  /** A workbook's sheet: each sheet is reported as an entry of its own. */
  lembar?: string;
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

/** Groups findings by file (a workbook: by sheet), sorted as PRODUCT.md says; files sorted by path, then sheet. */
export function buildValidationResult(
  files: readonly { path: string; lembar?: string; jenis: string | null; csv?: CsvMeta }[],
  findings: readonly Finding[],
  configInvalid: boolean,
): ValidationResult {
  const byPath = new Map<string, FileResult>();
  const key = (f: { path: string; lembar?: string }) => (f.lembar === undefined ? f.path : `${f.path}\u0000${f.lembar}`);
  for (const f of files)
    if (!byPath.has(key(f)))
      byPath.set(key(f), {
        path: f.path,
        ...(f.lembar !== undefined ? { lembar: f.lembar } : {}),
        jenis: f.jenis,
        findings: [],
        ...(f.csv ? { csv: f.csv } : {}),
      });
  for (const f of findings) {
    let entry = byPath.get(key(f));
    if (!entry) {
      entry = { path: f.path, ...(f.lembar !== undefined ? { lembar: f.lembar } : {}), jenis: null, findings: [] };
      byPath.set(key(f), entry);
    }
    entry.findings.push(f);
  }
  const list = [...byPath.values()].sort((a, b) => cmp(a.path, b.path) || cmp(a.lembar ?? '', b.lembar ?? ''));
  for (const entry of list) entry.findings.sort(compareFindings);
  return { files: list, counts: countFindings(findings), configInvalid };
}
