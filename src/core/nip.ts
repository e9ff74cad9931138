/**
 * NIP (Nomor Induk Pegawai) and NI PPPK checks, RULES.md §5.
 * PNS:  yyyymmdd (birth) · yyyymm (TMT CPNS) · g (1|2) · nnn (from 001)
 * PPPK: yyyymmdd (birth) · yyyy (appointment) · 2 · k (1–9) · g (1|2) · nnn
 * Digit 13 tells them apart: a PNS TMT month starts with 0 or 1.
 */
import type { KodeArgs } from './findings.js';

export type JenisAsn = 'pns' | 'pppk';

export type NipKode =
  | 'NIP_FORMAT'
  | 'NIP_NOTASI_ILMIAH'
  | 'NIP_TERPOTONG'
  | 'NIP_TANGGAL_LAHIR'
  | 'NIP_TMT'
  | 'NIP_JENIS_KELAMIN'
  | 'NIP_PPPK_KONTRAK'
  | 'NIP_TMT_MUDA'
  | 'NIP_TMT_SETELAH_PERIODE';
export type NipProblem = KodeArgs<NipKode>;

export interface NipCheck {
  /** The NIP with spaces removed; present when it is 18 digits. */
  nip?: string;
  jenis?: JenisAsn;
  problems: NipProblem[];
}

export interface NipCheckOptions {
  /** Last year of the period: appointment after its last day is implausible (never today's date). */
  tahunAkhir?: number;
  /** Known NIPs, to name the one a truncated NIP most likely was. */
  findByPrefix15?: (prefix: string) => readonly string[];
}

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

export function normalizeNip(raw: string): string {
  return raw.replace(/[\s\u00a0]+/g, '');
}

export function isPppk(nip: string): boolean {
  return nip[12] === '2';
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function checkNip(raw: string, options: NipCheckOptions = {}): NipCheck {
  const value = normalizeNip(raw);
  if (SCIENTIFIC.test(value)) {
    return { problems: [{ kode: 'NIP_NOTASI_ILMIAH', args: { nilai: raw } }] };
  }
  if (!/^\d{18}$/.test(value)) {
    return {
      problems: [{ kode: 'NIP_FORMAT', args: { nilai: raw, panjang: value.length, hanya_angka: /^\d*$/.test(value) } }],
    };
  }
  if (value.endsWith('000')) {
    const similar = options.findByPrefix15?.(value.slice(0, 15)).filter((n) => n !== value) ?? [];
    return {
      nip: value,
      problems: [{ kode: 'NIP_TERPOTONG', args: { nilai: value, mirip: similar.length === 1 ? similar[0]! : null } }],
    };
  }
  const problems: NipProblem[] = [];
  const by = Number(value.slice(0, 4));
  const bm = Number(value.slice(4, 6));
  const bd = Number(value.slice(6, 8));
  const birthOk = by >= 1900 && isRealDate(by, bm, bd);
  if (!birthOk) problems.push({ kode: 'NIP_TANGGAL_LAHIR', args: { nilai: value.slice(0, 8) } });

  const jenis: JenisAsn = isPppk(value) ? 'pppk' : 'pns';
  let appointYear: number;
  let appointMonth: number;
  if (jenis === 'pns') {
    appointYear = Number(value.slice(8, 12));
    appointMonth = Number(value.slice(12, 14));
    if (appointMonth < 1 || appointMonth > 12 || appointYear < 1900) {
      problems.push({ kode: 'NIP_TMT', args: { nilai: value.slice(8, 14) } });
    }
  } else {
    appointYear = Number(value.slice(8, 12));
    // Only the year is known: take its last month, so the age check never warns without cause.
    appointMonth = 12;
    if (appointYear < 1900) problems.push({ kode: 'NIP_TMT', args: { nilai: value.slice(8, 12) } });
    if (value[13] === '0') problems.push({ kode: 'NIP_PPPK_KONTRAK', args: { nilai: value[13] } });
  }
  if (value[14] !== '1' && value[14] !== '2') {
    problems.push({ kode: 'NIP_JENIS_KELAMIN', args: { nilai: value[14]! } });
  }

  const structureOk = problems.length === 0;
  if (structureOk) {
    // Appointment before the 18th birthday: compare (year, month) of appointment with birth + 18 years.
    if (appointYear * 12 + appointMonth < (by + 18) * 12 + bm) {
      problems.push({
        kode: 'NIP_TMT_MUDA',
        args: { lahir: value.slice(0, 8), tmt: jenis === 'pns' ? value.slice(8, 14) : value.slice(8, 12) },
      });
    }
    if (options.tahunAkhir !== undefined && appointYear > options.tahunAkhir) {
      problems.push({
        kode: 'NIP_TMT_SETELAH_PERIODE',
        args: { tmt: jenis === 'pns' ? value.slice(8, 14) : value.slice(8, 12), tahun: options.tahunAkhir },
      });
    }
  }
  return { nip: value, jenis, problems };
}
