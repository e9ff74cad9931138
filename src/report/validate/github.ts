/** `validate --format github`: workflow commands GitHub turns into annotations, then the text report. */
import type { Tingkat } from '../../core/findings.js';
import type { ValidationResult } from '../../core/validation-result.js';
import { findingMessage, sheetPart } from '../findings.js';
import type { FormatOptions } from '../format.js';
import { formatValidateText } from './text.js';
import { visible } from '../safe-text.js';

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
  // The full report follows with workflow commands stopped, so no line of it — a cell that holds
  // "\n::error file=…::" — can become a runner command (docs.github.com, workflow commands,
  // stop-commands). Only a line `::TOKEN::` resumes them, and the token is one the report does not contain.
  const text = formatValidateText(result, { ...options });
  const token = tokenNotIn(text);
  return lines.join('\n') + (lines.length ? '\n' : '') + `::stop-commands::${token}\n${text}::${token}::\n`;
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(visible(s)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A 32-hex-digit token, derived from the text (so the output is reproducible), that the text does not contain. */
function tokenNotIn(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  for (let n = 0; ; n++) {
    let token = '';
    let x = (h + n) >>> 0;
    for (let k = 0; k < 4; k++) {
      x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
      x = Math.imul(x ^ (x >>> 12), 0x297a2d39) >>> 0;
      token += (x >>> 0).toString(16).padStart(8, '0');
    }
    if (!text.includes(token)) return token;
  }
}
