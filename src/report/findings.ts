/** The one way findings become text, for every output (JSON `pesan`, CSV, tables, annotations). */
import type { Finding, Tingkat } from '../core/findings.js';
import type { Temuan } from '../types/generated/laporan-validasi.js';
import { renderFinding, type Lang } from '../i18n/messages.js';
import type { Style } from './style.js';
import { nipCell, type CsvCell } from './csv-writer.js';
import { visible } from './safe-text.js';

/** Message and fix in one sentence pair (JSON `pesan`, CSV, annotations). */
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
    ...(f.lembar !== undefined ? { lembar: f.lembar } : {}),
    ...(f.sel !== undefined ? { sel: f.sel } : {}),
    ...(f.jalur !== undefined ? { jalur: f.jalur } : {}),
    ...(f.nip !== undefined ? { nip: f.nip } : {}),
    args: { ...f.args },
  };
}

/**
 * Where a finding is, for people: `path:line`, or for a workbook `path › Sheet!C12` (sheet and cell,
 * as a spreadsheet names them; `path › Sheet!12` for a whole row).
 */
export function findingPlace(f: Finding): string {
  if (f.lembar === undefined) return visible(f.baris !== undefined ? `${f.path}:${f.baris}` : f.path);
  return visible(`${f.path} › ${sheetPart(f)}`);
}

/** The sheet part alone: `Sheet!C12`, `Sheet!12` or `Sheet` (a sheet name with spaces quoted as Excel does: `'Data 2026'!C12`). */
export function sheetPart(f: Pick<Finding, 'lembar' | 'sel' | 'baris'>): string {
  const name = /^[\p{L}\p{N}_.]+$/u.test(f.lembar ?? '') ? f.lembar! : `'${(f.lembar ?? '').replace(/'/g, "''")}'`;
  const cell = f.sel ?? (f.baris !== undefined ? String(f.baris) : undefined);
  return cell === undefined ? name : `${name}!${cell}`;
}

export const LEVEL_LABEL: Record<Lang, Record<Tingkat, string>> = {
  id: { error: 'error', peringatan: 'peringatan', info: 'info' },
  en: { error: 'error', peringatan: 'warning', info: 'info' },
};

export function paintLevel(style: Style, tingkat: Tingkat): (s: string) => string {
  return tingkat === 'error' ? style.error : tingkat === 'peringatan' ? style.warning : style.info;
}

/** One line of a findings summary under a table: level, code, where, message. */
export function findingLine(f: Finding, lang: Lang, style: Style, where: string, showNip = true): string {
  const nip = showNip && f.nip ? ` (${f.nip})` : '';
  return `  ${paintLevel(style, f.tingkat)(LEVEL_LABEL[lang][f.tingkat].padEnd(10))} ${f.kode}  ${where}${nip}  ${renderFinding(f.kode, f.args, lang).pesan}`;
}

/** The counts line: "Temuan: 1 error, 2 peringatan, 3 info". */
export function countsLine(counts: { error: number; peringatan: number; info: number }, lang: Lang): string {
  return `${lang === 'id' ? 'Temuan' : 'Findings'}: ${counts.error} error, ${counts.peringatan} ${lang === 'id' ? 'peringatan' : 'warning(s)'}, ${counts.info} info`;
}

/** The findings as a table (the CSV and workbook exports): code, level, place, NIP as text, message. */
export const TEMUAN_HEAD = ['kode', 'tingkat', 'path', 'baris', 'kolom', 'lembar', 'sel', 'nip', 'pesan'] as const;

export function temuanRows(findings: readonly Finding[], lang: Lang): CsvCell[][] {
  return findings.map((f) => [
    f.kode,
    f.tingkat,
    f.path,
    f.baris ?? null,
    f.kolom ?? null,
    f.lembar ?? null,
    f.sel ?? null,
    f.nip ? nipCell(f.nip) : null,
    findingMessage(f, lang),
  ]);
}
