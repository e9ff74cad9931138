/** `validate --format github`: workflow commands GitHub turns into annotations, then the text report. */
import type { Tingkat } from '../../core/findings.js';
import type { ValidationResult } from '../../core/validation-result.js';
import { findingMessage, sheetPart } from '../findings.js';
import type { FormatOptions } from '../format.js';
import { formatValidateText } from './text.js';

/**
 * GitHub workflow commands, one per error and peringatan (info as notice). GitHub shows only 10
 * annotations of each kind per step, so the full text report follows.
 */
export function formatValidateGithub(result: ValidationResult, options: FormatOptions): string {
  const lines: string[] = [];
  const command: Record<Tingkat, string> = { error: 'error', peringatan: 'warning', info: 'notice' };
  for (const file of result.files) {
    for (const f of file.findings) {
      if (options.quiet && f.tingkat === 'info') continue;
      const props = [`file=${escapeProperty(f.path)}`];
      // A workbook has no lines: its sheet and cell go in the title (`KODE (Realisasi!C12)`).
      if (f.lembar === undefined && f.baris !== undefined) props.push(`line=${f.baris}`);
      if (f.lembar === undefined && f.kolom !== undefined) props.push(`col=${f.kolom}`);
      props.push(`title=${escapeProperty(f.lembar !== undefined ? `${f.kode} (${sheetPart(f)})` : f.kode)}`);
      lines.push(`::${command[f.tingkat]} ${props.join(',')}::${escapeData(findingMessage(f, options.lang))}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '') + formatValidateText(result, { ...options });
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
