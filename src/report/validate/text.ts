/** `validate` as text: per file its findings with line:col, message and fix, then the summary. */
import type { Tingkat } from '../../core/findings.js';
import type { CsvMeta, ValidationResult } from '../../core/validation-result.js';
import { renderFinding, type Lang } from '../../i18n/messages.js';
import { LEVEL_LABEL, sheetPart } from '../findings.js';
import type { FormatOptions } from '../format.js';
import { isValid } from './json.js';
import { isColoured, terminalSafe, visible } from '../safe-text.js';

export function formatValidateText(result: ValidationResult, options: Pick<FormatOptions, 'lang' | 'style' | 'strict' | 'quiet'>): string {
  const { lang, style } = options;
  const paint: Record<Tingkat, (s: string) => string> = { error: style.error, peringatan: style.warning, info: style.info };
  const lines: string[] = [];
  for (const file of result.files) {
    // The dialect line of a CSV says what CSV_FORMAT says.
    const shown = file.findings.filter((f) => !(options.quiet && f.tingkat === 'info') && !(file.csv && f.kode === 'CSV_FORMAT'));
    if (shown.length === 0 && !file.csv) continue;
    const title = visible(file.lembar !== undefined ? `${file.path} › ${sheetPart({ lembar: file.lembar })}` : file.path);
    lines.push(style.bold(title) + (file.csv ? '  ' + style.dim(csvSummary(file.jenis, file.csv, lang)) : ''));
    for (const f of shown) {
      const { pesan, perbaikan } = renderFinding(f.kode, f.args, lang);
      // A sheet's finding is placed by its cell (C12), or its row; a text file's by line:column.
      const loc =
        f.lembar !== undefined
          ? (f.sel ?? (f.baris !== undefined ? String(f.baris) : '-'))
          : f.baris !== undefined
            ? `${f.baris}:${f.kolom ?? 1}`
            : '-';
      lines.push(`  ${loc.padEnd(8)} ${paint[f.tingkat](LEVEL_LABEL[lang][f.tingkat].padEnd(10))} ${f.kode}  ${pesan}`);
      lines.push(`  ${' '.repeat(8)} ${' '.repeat(10)} ${style.dim('→ ' + perbaikan)}`);
    }
    lines.push('');
  }
  const c = result.counts;
  const n = result.files.length;
  const summary =
    lang === 'id'
      ? `${n} berkas: ${c.error} error, ${c.peringatan} peringatan, ${c.info} info`
      : `${n} file(s): ${c.error} error(s), ${c.peringatan} warning(s), ${c.info} info`;
  const ok = isValid(result, options.strict);
  lines.push(ok ? style.ok(`✔ ${summary}`) : style.error(`✖ ${summary}`));
  if (result.configInvalid) {
    lines.push(
      style.error(
        lang === 'id'
          ? 'Konfigurasi tidak sah: perbaiki asn-kinerja.yaml (keluar dengan kode 2).'
          : 'Invalid configuration: fix asn-kinerja.yaml (exit code 2).',
      ),
    );
  }
  return terminalSafe(lines.join('\n') + '\n', isColoured(style));
}

function csvSummary(jenis: string | null, csv: CsvMeta, lang: Lang): string {
  const c = csv.counts;
  const pemisah = csv.pemisah === '\t' ? 'tab' : csv.pemisah;
  // A sheet has no encoding or delimiter: its numbers are typed, and only text cells use the decimal convention.
  const dialect =
    csv.encoding === undefined
      ? lang === 'id'
        ? `desimal teks ${csv.desimal}`
        : `text decimals ${csv.desimal}`
      : lang === 'id'
        ? `${csv.encoding} · pemisah ${pemisah} · desimal ${csv.desimal}`
        : `${csv.encoding} · delimiter ${pemisah} · decimal ${csv.desimal}`;
  return lang === 'id'
    ? `${jenis ?? '?'} · ${dialect} · ${c.baris_dibaca} dibaca, ${c.baris_dipakai} dipakai, ${c.baris_ditolak} ditolak, ${c.baris_diabaikan} diabaikan`
    : `${jenis ?? '?'} · ${dialect} · ${c.baris_dibaca} read, ${c.baris_dipakai} used, ${c.baris_ditolak} rejected, ${c.baris_diabaikan} ignored`;
}
