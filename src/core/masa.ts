/**
 * The masa of an SKP (RULES.md §2.0): the months of its year it covers — the whole year unless the
 * SKP says `masa: { mulai, selesai }` (a mutasi, a promotion, a CPNS appointed mid-year). Months are
 * 1–12 inside the SKP's `tahun`; a span is inclusive at both ends.
 */

export interface MonthSpan {
  bulanAwal: number;
  bulanAkhir: number;
}

export interface Masa extends MonthSpan {
  /** The SKP declares `masa` (false: the whole year by default). */
  declared: boolean;
  /** false: declared but unreadable, outside the year or reversed (read as the whole year; validate reports it). */
  readable: boolean;
}

export const WHOLE_YEAR: Masa = { bulanAwal: 1, bulanAkhir: 12, declared: false, readable: true };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A `YYYY-MM` month as year and month, or null. */
export function parseMonth(s: unknown): { tahun: number; bulan: number } | null {
  if (typeof s !== 'string') return null;
  const m = MONTH.exec(s);
  return m ? { tahun: Number(m[1]), bulan: Number(m[2]) } : null;
}

/**
 * An SKP's masa as months of `tahun`. Read from a document that may have failed its schema: what is
 * unreadable, outside the year or reversed is the whole year here (validate reports it).
 */
export function masaOf(raw: unknown, tahun: number): Masa {
  if (typeof raw !== 'object' || raw === null) return WHOLE_YEAR;
  const { mulai, selesai } = raw as { mulai?: unknown; selesai?: unknown };
  const a = parseMonth(mulai);
  const b = parseMonth(selesai);
  if (!a || !b || a.tahun !== tahun || b.tahun !== tahun || a.bulan > b.bulan) return { ...WHOLE_YEAR, declared: true, readable: false };
  return { bulanAwal: a.bulan, bulanAkhir: b.bulan, declared: true, readable: true };
}

export function monthCount(s: MonthSpan): number {
  return s.bulanAkhir - s.bulanAwal + 1;
}

export function meets(a: MonthSpan, b: MonthSpan): boolean {
  return a.bulanAwal <= b.bulanAkhir && b.bulanAwal <= a.bulanAkhir;
}

/** The months both spans hold; null when they do not meet. */
export function intersect(a: MonthSpan, b: MonthSpan): MonthSpan | null {
  return meets(a, b) ? { bulanAwal: Math.max(a.bulanAwal, b.bulanAwal), bulanAkhir: Math.min(a.bulanAkhir, b.bulanAkhir) } : null;
}

/** `2026-03`-style code of a month of `tahun`. */
export function monthCode(tahun: number, bulan: number): string {
  return `${tahun}-${String(bulan).padStart(2, '0')}`;
}

/** How a masa is named in findings and reports: `2026` for the whole year, `2026-05` for one month, else `2026-03..2026-12`. */
export function masaLabel(tahun: number, s: MonthSpan): string {
  if (s.bulanAwal === 1 && s.bulanAkhir === 12) return String(tahun);
  if (s.bulanAwal === s.bulanAkhir) return monthCode(tahun, s.bulanAwal);
  return `${monthCode(tahun, s.bulanAwal)}..${monthCode(tahun, s.bulanAkhir)}`;
}

/** RULES.md §2.0: of several SKPs, the one whose masa ends last (ties: the later) — where the employee counts. */
export function endsLast<T extends { masa: MonthSpan }>(list: readonly T[]): T {
  return list.reduce((a, b) => (b.masa.bulanAkhir >= a.masa.bulanAkhir ? b : a));
}
