/** Parsers for the text cells of CSV rows: periods, dates, ratings, roles. Pure, allocation-light. */
import { RATER_ROLES, type RaterRole } from '../config.js';
import { parsePeriode, type Periode } from '../period.js';

const EXCEL_DATE = [
  /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/, // 01/01/2026, 1-1-26
  /^\d{4}-\d{1,2}-\d{1,2}$/, // 2026-01-01
  /^[a-z]{3,9}[-/ ]\d{2,4}$/i, // Jan-26, Januari 2026
  /^\d{1,2}[-/ ][a-z]{3,9}([-/ ]\d{2,4})?$/i, // 1-Jan, 01-Jan-26
  /^\d{5}$/, // a date serial: 46023
];

export type PeriodeCell = { ok: true; periode: Periode } | { ok: false; excel: boolean };

/** A period cell; a cell that Excel turned into a date is told apart so the fix can say so. */
export function parsePeriodeCell(raw: string): PeriodeCell {
  const p = parsePeriode(raw);
  if (p) return { ok: true, periode: p };
  const s = raw.trim();
  return { ok: false, excel: EXCEL_DATE.some((re) => re.test(s)) };
}

export interface Tanggal {
  tahun: number;
  bulan: number;
  hari: number;
}

export type TanggalCell =
  | {
      ok: true;
      tanggal: Tanggal;
      /** Day-first with both numbers ≤ 12 (`03/04/2026`): month-first would read it otherwise. */
      ambigu: boolean;
    }
  | { ok: false; bulanKedua: boolean };

// A time of day after the date, as survey forms export it: `15/03/2026 10:23:45`, `2026-03-15T10:23:00`,
// `…10:23:00.000Z`, `…10:23 +07:00`, `3/15/2026 10:23:45 AM`, and the Indonesian locale's
// `15/3/2026, 10.23.45` (a comma after the date, dots between hours, minutes and seconds). The date is the one written (no time-zone
// conversion): the form's own calendar day.
const WITH_TIME = /^(\S+?),?(?:[T ]\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `yyyy-mm-dd`, or day-first `dd/mm/yyyy` / `dd-mm-yyyy`; either may carry a time of day. */
export function parseTanggalCell(raw: string): TanggalCell {
  const whole = WITH_TIME.exec(raw.trim());
  if (!whole) return { ok: false, bulanKedua: false };
  const [, s = '', hh, mm, ss, ampm] = whole;
  if (hh !== undefined) {
    const h = Number(hh);
    if ((ampm ? h < 1 || h > 12 : h > 23) || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59))
      return { ok: false, bulanKedua: false };
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  let ambigu = false;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s);
    if (!m) return { ok: false, bulanKedua: false };
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // 03/15/2026 is month-first (US): the second place must be a month.
    if (mo > 12 && d <= 12) return { ok: false, bulanKedua: true };
    ambigu = d <= 12 && d !== mo;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return { ok: false, bulanKedua: false };
  return { ok: true, tanggal: { tahun: y, bulan: mo, hari: d }, ambigu };
}

export type Rating = 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi';
export const RATINGS: readonly Rating[] = ['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'];

const RATING_WORDS = new Map<string, Rating>([
  ['di atas ekspektasi', 'Di Atas Ekspektasi'],
  ['di atas', 'Di Atas Ekspektasi'],
  ['diatas', 'Di Atas Ekspektasi'],
  ['diatas ekspektasi', 'Di Atas Ekspektasi'],
  ['sesuai ekspektasi', 'Sesuai Ekspektasi'],
  ['sesuai', 'Sesuai Ekspektasi'],
  ['di bawah ekspektasi', 'Di Bawah Ekspektasi'],
  ['di bawah', 'Di Bawah Ekspektasi'],
  ['dibawah', 'Di Bawah Ekspektasi'],
  ['dibawah ekspektasi', 'Di Bawah Ekspektasi'],
]);
const PREDIKAT_WORDS = new Set([
  'sangat baik',
  'baik',
  'butuh perbaikan',
  'cukup',
  'kurang',
  'kurang/misconduct',
  'misconduct',
  'sangat kurang',
]);

export type RatingCell = { ok: true; rating: Rating } | { ok: false; predikat: boolean };

export function parseRatingCell(raw: string): RatingCell {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const rating = RATING_WORDS.get(s);
  if (rating) return { ok: true, rating };
  return { ok: false, predikat: PREDIKAT_WORDS.has(s) };
}

const RATER_ROLE_WORDS = new Set<string>(RATER_ROLES);

/** Who rated, in a perilaku row's `peran` column. */
export function parseRaterRoleCell(raw: string): RaterRole | null {
  const s = raw.trim().toLowerCase();
  return RATER_ROLE_WORDS.has(s) ? (s as RaterRole) : null;
}
