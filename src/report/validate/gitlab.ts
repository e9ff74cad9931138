/**
 * `validate --format gitlab`: GitLab's Code Quality report (a JSON array; `artifacts:reports:codequality`),
 * one issue per finding. Each fingerprint is stable across runs for the same finding at the same place
 * (GitLab compares merge requests by it) and unique within the report.
 */
import { createHash } from 'node:crypto';
import type { Tingkat } from '../../core/findings.js';
import type { ValidationResult } from '../../core/validation-result.js';
import { findingMessage, sheetPart } from '../findings.js';
import type { FormatOptions } from '../format.js';

const SEVERITY: Record<Tingkat, 'major' | 'minor' | 'info'> = { error: 'major', peringatan: 'minor', info: 'info' };

export function formatValidateGitlab(result: ValidationResult, options: FormatOptions): string {
  const seen = new Map<string, number>();
  const issues = result.files
    .flatMap((file) => file.findings)
    .filter((f) => !(options.quiet && f.tingkat === 'info'))
    .map((f) => {
      const key = JSON.stringify([
        f.kode,
        f.path,
        f.lembar ?? null,
        f.sel ?? null,
        f.baris ?? null,
        f.kolom ?? null,
        f.jalur ?? null,
        f.args,
      ]);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return {
        description: (f.lembar !== undefined ? `${sheetPart(f)}: ` : '') + findingMessage(f, options.lang),
        check_name: f.kode,
        fingerprint: createHash('sha256').update(`${key}#${n}`).digest('hex'),
        severity: SEVERITY[f.tingkat],
        // A workbook has no lines: GitLab needs one, the first.
        location: { path: f.path, lines: { begin: f.lembar === undefined ? (f.baris ?? 1) : 1 } },
      };
    });
  return JSON.stringify(issues, null, 2) + '\n';
}
