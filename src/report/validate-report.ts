/** Formatters for `validate`: (result, options) → string. They never print and never exit. */
import type { Finding, Tingkat } from '../core/findings.js';
import type { CsvMeta, ValidationResult } from '../core/validation-result.js';
import type { LaporanValidasi, Temuan } from '../types/generated/laporan-validasi.js';
import { renderFinding, type Lang } from '../i18n/messages.js';
import type { Style } from './style.js';

export interface ReportOptions {
  lang: Lang;
  style: Style;
  strict: boolean;
  quiet: boolean;
}

export function findingMessage(f: Finding, lang: Lang): string {
  const { pesan, perbaikan } = renderFinding(f.kode, f.args, lang);
  return `${pesan} ${perbaikan}`;
}

export function toTemuan(f: Finding, lang: Lang): Temuan {
  // Key order as in PRODUCT.md: kode, tingkat, pesan, path, location, args.
  return {
    kode: f.kode,
    tingkat: f.tingkat,
    pesan: findingMessage(f, lang),
    path: f.path,
    ...(f.baris !== undefined ? { baris: f.baris } : {}),
    ...(f.kolom !== undefined ? { kolom: f.kolom } : {}),
    ...(f.nama_kolom !== undefined ? { nama_kolom: f.nama_kolom } : {}),
    ...(f.jalur !== undefined ? { jalur: f.jalur } : {}),
    ...(f.nip !== undefined ? { nip: f.nip } : {}),
    args: { ...f.args },
  };
}

export function isValid(result: ValidationResult, strict: boolean): boolean {
  return result.counts.error === 0 && !(strict && result.counts.peringatan > 0);
}

export function formatValidateJson(result: ValidationResult, options: ReportOptions): string {
  const report: LaporanValidasi = {
    versi_format: 1,
    valid: isValid(result, options.strict),
    ringkasan: { file: result.files.length, ...result.counts },
    file: result.files.map((file) => ({
      path: file.path,
      jenis: file.jenis,
      valid: !file.findings.some((f) => f.tingkat === 'error'),
      ...(file.csv ? { encoding: file.csv.encoding, pemisah: file.csv.pemisah, desimal: file.csv.desimal, ...file.csv.counts } : {}),
      temuan: file.findings.map((f) => toTemuan(f, options.lang)),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

const LABEL: Record<Lang, Record<Tingkat, string>> = {
  id: { error: 'error', peringatan: 'peringatan', info: 'info' },
  en: { error: 'error', peringatan: 'warning', info: 'info' },
};

export function formatValidateText(result: ValidationResult, options: ReportOptions): string {
  const { lang, style } = options;
  const paint: Record<Tingkat, (s: string) => string> = { error: style.error, peringatan: style.warning, info: style.info };
  const lines: string[] = [];
  for (const file of result.files) {
    // The dialect line of a CSV says what CSV_FORMAT says.
    const shown = file.findings.filter((f) => !(options.quiet && f.tingkat === 'info') && !(file.csv && f.kode === 'CSV_FORMAT'));
    if (shown.length === 0 && !file.csv) continue;
    lines.push(style.bold(file.path) + (file.csv ? '  ' + style.dim(csvSummary(file.jenis, file.csv, lang)) : ''));
    for (const f of shown) {
      const { pesan, perbaikan } = renderFinding(f.kode, f.args, lang);
      const loc = f.baris !== undefined ? `${f.baris}:${f.kolom ?? 1}` : '-';
      lines.push(`  ${loc.padEnd(8)} ${paint[f.tingkat](LABEL[lang][f.tingkat].padEnd(10))} ${f.kode}  ${pesan}`);
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
  return lines.join('\n') + '\n';
}

function csvSummary(jenis: string | null, csv: CsvMeta, lang: Lang): string {
  const c = csv.counts;
  const pemisah = csv.pemisah === '\t' ? 'tab' : csv.pemisah;
  return lang === 'id'
    ? `${jenis ?? '?'} · ${csv.encoding} · pemisah ${pemisah} · desimal ${csv.desimal} · ${c.baris_dibaca} dibaca, ${c.baris_dipakai} dipakai, ${c.baris_ditolak} ditolak, ${c.baris_diabaikan} diabaikan`
    : `${jenis ?? '?'} · ${csv.encoding} · delimiter ${pemisah} · decimal ${csv.desimal} · ${c.baris_dibaca} read, ${c.baris_dipakai} used, ${c.baris_ditolak} rejected, ${c.baris_diabaikan} ignored`;
}

/**
 * GitHub workflow commands, one per error and peringatan (info as notice). GitHub shows only 10
 * annotations of each kind per step, so the full text report follows.
 */
export function formatValidateGithub(result: ValidationResult, options: ReportOptions): string {
  const lines: string[] = [];
  const command: Record<Tingkat, string> = { error: 'error', peringatan: 'warning', info: 'notice' };
  for (const file of result.files) {
    for (const f of file.findings) {
      if (options.quiet && f.tingkat === 'info') continue;
      const props = [`file=${escapeProperty(f.path)}`];
      if (f.baris !== undefined) props.push(`line=${f.baris}`);
      if (f.kolom !== undefined) props.push(`col=${f.kolom}`);
      props.push(`title=${escapeProperty(f.kode)}`);
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
