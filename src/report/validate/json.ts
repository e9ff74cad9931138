/** `validate --format json` (PRODUCT.md; schemas/laporan-validasi.schema.json). */
import type { ValidationResult } from '../../core/validation-result.js';
import type { LaporanValidasi } from '../../types/generated/laporan-validasi.js';
import { toTemuan } from '../findings.js';
import type { FormatOptions } from '../format.js';

export function isValid(result: ValidationResult, strict: boolean): boolean {
  return result.counts.error === 0 && !(strict && result.counts.peringatan > 0);
}

export function formatValidateJson(result: ValidationResult, options: FormatOptions): string {
  const report: LaporanValidasi = {
    versi_format: 1,
    valid: isValid(result, options.strict),
    ringkasan: { file: result.files.length, ...result.counts },
    file: result.files.map((file) => ({
      path: file.path,
      ...(file.lembar !== undefined ? { lembar: file.lembar } : {}),
      jenis: file.jenis,
      valid: !file.findings.some((f) => f.tingkat === 'error'),
      ...(file.csv
        ? {
            ...(file.csv.encoding !== undefined ? { encoding: file.csv.encoding } : {}),
            ...(file.csv.pemisah !== undefined ? { pemisah: file.csv.pemisah } : {}),
            desimal: file.csv.desimal,
            ...file.csv.counts,
          }
        : {}),
      temuan: file.findings.map((f) => toTemuan(f, options.lang)),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
