/**
 * `validate --format gitlab`: GitLab's Code Quality report (a JSON array; `artifacts:reports:codequality`),
 * one issue per finding. Each fingerprint is stable across runs for the same finding at the same place
 * (GitLab compares merge requests by it) and unique within the report.
 */
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
        fingerprint: fingerprint(`${key}#${n}`),
        severity: SEVERITY[f.tingkat],
        // A workbook has no lines: GitLab needs one, the first.
        location: { path: f.path, lines: { begin: f.lembar === undefined ? (f.baris ?? 1) : 1 } },
      };
    });
  return JSON.stringify(issues, null, 2) + '\n';
}

/**
 * 28 hex digits from two seeded 53-bit string hashes (cyrb53): a formatter does no I/O and loads no
 * crypto (DESIGN.md); GitLab needs a stable, unique id per issue, not a cryptographic one.
 */
function fingerprint(s: string): string {
  const hash = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return hash(1) + hash(2);
}
