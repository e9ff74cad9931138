import type { FindingCounts } from './findings.js';

/** Exit codes of PRODUCT.md, decided in one place. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface ExitInputs {
  counts: FindingCounts;
  strict: boolean;
  /** The tool could not run as asked (invalid config and the like), though a report was made. */
  cannotRun?: boolean;
}

export function getExitCode({ counts, strict, cannotRun = false }: ExitInputs): ExitCode {
  if (cannotRun) return EXIT.usage;
  if (counts.error > 0) return EXIT.findings;
  if (strict && counts.peringatan > 0) return EXIT.findings;
  return EXIT.ok;
}
