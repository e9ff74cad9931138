/**
 * `validate --format sarif`: SARIF 2.1.0 for GitHub code scanning (upload with
 * github/codeql-action/upload-sarif). One run; a rule per finding code that occurs, linked to its
 * entry in docs/temuan.md; a result per finding at its file, line and column. A workbook's findings
 * have no lines: their sheet and cell are in the message and the result's properties.
 */
import type { Finding, Tingkat } from '../../core/findings.js';
import type { ValidationResult } from '../../core/validation-result.js';
import { VERSION } from '../../version.js';
import { findingMessage, sheetPart } from '../findings.js';
import type { FormatOptions } from '../format.js';

const LEVEL: Record<Tingkat, 'error' | 'warning' | 'note'> = { error: 'error', peringatan: 'warning', info: 'note' };
export const DOCS_URI = 'https://github.com/asn-kinerja/asn-kinerja/blob/main/docs/temuan.md';

export function formatValidateSarif(result: ValidationResult, options: FormatOptions): string {
  const findings = result.files.flatMap((f) => f.findings).filter((f) => !(options.quiet && f.tingkat === 'info'));
  const codes = [...new Set(findings.map((f) => f.kode))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const levelOf = new Map(findings.map((f) => [f.kode, f.tingkat]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'asn-kinerja',
            version: VERSION,
            informationUri: 'https://github.com/asn-kinerja/asn-kinerja',
            rules: codes.map((kode) => ({
              id: kode,
              name: kode,
              shortDescription: { text: kode },
              helpUri: DOCS_URI,
              defaultConfiguration: { level: LEVEL[levelOf.get(kode)!] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => result1(f, ruleIndex.get(f.kode)!, options)),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function result1(f: Finding, ruleIndex: number, options: FormatOptions) {
  const where = f.lembar !== undefined ? `${sheetPart(f)}: ` : '';
  // A CSV finding's `kolom` is a field number, not a character position: only its line is given. A
  // finding of a whole file (or a workbook, which has no lines) is placed at line 1.
  const column = f.kolom !== undefined && f.nama_kolom === undefined && f.lembar === undefined ? { startColumn: f.kolom } : {};
  const region = { region: { startLine: f.lembar === undefined && f.baris !== undefined ? f.baris : 1, ...column } };
  return {
    ruleId: f.kode,
    ruleIndex,
    level: LEVEL[f.tingkat],
    message: { text: where + findingMessage(f, options.lang) },
    locations: [{ physicalLocation: { artifactLocation: { uri: f.path.split('/').map(encodeURIComponent).join('/') }, ...region } }],
    ...(f.lembar !== undefined ? { properties: { lembar: f.lembar, ...(f.sel !== undefined ? { sel: f.sel } : {}) } } : {}),
  };
}
