/**
 * `validate --format junit`: JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins,
 * Azure). A test case per file (a workbook: per sheet) that fails when the file has an error (and, with
 * --strict, a warning), the findings listed in its failure; warnings and info go to its system-out.
 */
import type { ValidationResult } from '../../core/validation-result.js';
import { findingMessage, sheetPart } from '../findings.js';
import type { FormatOptions } from '../format.js';

export function formatValidateJunit(result: ValidationResult, options: FormatOptions): string {
  const cases: string[] = [];
  let failures = 0;
  for (const file of result.files) {
    const name = file.lembar !== undefined ? `${file.path} › ${sheetPart({ lembar: file.lembar })}` : file.path;
    const shown = file.findings.filter((f) => !(options.quiet && f.tingkat === 'info'));
    const failing = shown.filter((f) => f.tingkat === 'error' || (options.strict && f.tingkat === 'peringatan'));
    const rest = shown.filter((f) => !failing.includes(f));
    const line = (f: (typeof shown)[number]) => {
      const at = f.lembar !== undefined ? sheetPart(f) : f.baris !== undefined ? `${f.baris}:${f.kolom ?? 1}` : '-';
      return `${at} ${f.tingkat} ${f.kode} ${findingMessage(f, options.lang)}`;
    };
    let body = '';
    if (failing.length > 0) {
      failures++;
      const message = options.lang === 'id' ? `${failing.length} temuan yang menggagalkan` : `${failing.length} failing finding(s)`;
      body += `\n      <failure message="${xml(message)}" type="${xml(failing[0]!.kode)}">${xml(failing.map(line).join('\n'))}</failure>`;
    }
    if (rest.length > 0) body += `\n      <system-out>${xml(rest.map(line).join('\n'))}</system-out>`;
    cases.push(`    <testcase classname="asn-kinerja.validate" name="${xml(name)}">${body}${body ? '\n    ' : ''}</testcase>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="asn-kinerja validate" tests="${result.files.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="asn-kinerja validate" tests="${result.files.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Text and attribute values for XML; characters XML 1.0 cannot hold at all are dropped. */
function xml(s: string): string {
  let kept = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    kept += ch;
  }
  return kept.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
