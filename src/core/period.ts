/**
 * Periods (PRODUCT.md "Dates and periods"): `2026`, `2026-S1`, `2026-TW1`…`TW4` (`Q1` accepted),
 * `2026-01`…`2026-12`; case-insensitive, trimmed.
 */
export type JenisPeriode = 'tahun' | 'semester' | 'triwulan' | 'bulan';

export interface Periode {
  /** Canonical form: 2026, 2026-S1, 2026-TW3, 2026-07. */
  readonly kode: string;
  readonly jenis: JenisPeriode;
  readonly tahun: number;
  /** First and last month covered, 1–12. */
  readonly bulanAwal: number;
  readonly bulanAkhir: number;
}

const PATTERN = /^(\d{4})(?:-(?:(S)([12])|(TW|Q)([1-4])|(\d{2})))?$/;

export function parsePeriode(raw: string): Periode | null {
  const m = PATTERN.exec(raw.trim().toUpperCase());
  if (!m) return null;
  const tahun = Number(m[1]);
  if (tahun < 1900 || tahun > 2199) return null;
  if (m[2]) {
    const s = Number(m[3]);
    return { kode: `${tahun}-S${s}`, jenis: 'semester', tahun, bulanAwal: s * 6 - 5, bulanAkhir: s * 6 };
  }
  if (m[4]) {
    const q = Number(m[5]);
    return { kode: `${tahun}-TW${q}`, jenis: 'triwulan', tahun, bulanAwal: q * 3 - 2, bulanAkhir: q * 3 };
  }
  if (m[6]) {
    const bulan = Number(m[6]);
    if (bulan < 1 || bulan > 12) return null;
    return { kode: `${tahun}-${m[6]}`, jenis: 'bulan', tahun, bulanAwal: bulan, bulanAkhir: bulan };
  }
  return { kode: String(tahun), jenis: 'tahun', tahun, bulanAwal: 1, bulanAkhir: 12 };
}

export function monthsIn(p: Periode): number {
  return p.bulanAkhir - p.bulanAwal + 1;
}

/** The period of a year covering months `bulanAwal`–`bulanAkhir`: a year, a semester, a quarter or a month. */
export function periodeOfMonths(tahun: number, bulanAwal: number, bulanAkhir: number): Periode {
  const n = bulanAkhir - bulanAwal + 1;
  if (n === 12) return { kode: String(tahun), jenis: 'tahun', tahun, bulanAwal, bulanAkhir };
  if (n === 6) return { kode: `${tahun}-S${bulanAkhir / 6}`, jenis: 'semester', tahun, bulanAwal, bulanAkhir };
  if (n === 3) return { kode: `${tahun}-TW${bulanAkhir / 3}`, jenis: 'triwulan', tahun, bulanAwal, bulanAkhir };
  return { kode: `${tahun}-${String(bulanAwal).padStart(2, '0')}`, jenis: 'bulan', tahun, bulanAwal, bulanAkhir };
}

/** Whether `when` lies inside P; every row does when there is no P (validate without a year). */
export function isWithin(when: { tahun: number; bulanAwal: number; bulanAkhir: number }, P: Periode | null): boolean {
  return P === null || (when.tahun === P.tahun && when.bulanAwal >= P.bulanAwal && when.bulanAkhir <= P.bulanAkhir);
}

export type PeriodChoice =
  | { ok: true; periode: Periode; dari: 'opsi' | 'konfigurasi' | 'skp' }
  | { ok: false; alasan: 'tidak_sah' | 'tanpa_skp' | 'beberapa_tahun'; tahun: number[] };

/**
 * The period a job works on (RULES.md §2.0), the same for validate, score and ikm: `--periode`, else
 * the config's `tahun`, else the one year every schema-valid SKP names — or, when no SKP is valid, the
 * one year the broken ones name where it can be read. Jobs that can work without a period (validate,
 * ikm) take a failure as "every row".
 */
export function choosePeriod(
  raw: string | undefined,
  tahun: number | null,
  docs: readonly { kind: string; valid?: boolean; data: unknown }[],
): PeriodChoice {
  if (raw !== undefined) {
    const p = parsePeriode(raw);
    return p ? { ok: true, periode: p, dari: 'opsi' } : { ok: false, alasan: 'tidak_sah', tahun: [] };
  }
  if (tahun !== null) return { ok: true, periode: parsePeriode(String(tahun))!, dari: 'konfigurasi' };
  const skps = docs.filter((d) => d.kind === 'skp');
  const valid = skps.filter((d) => d.valid !== false);
  const years = [
    ...new Set(
      (valid.length > 0 ? valid : skps)
        .map((d) => Number((d.data as { tahun?: unknown } | null)?.tahun))
        .filter((y) => Number.isInteger(y)),
    ),
  ].sort();
  const only = years.length === 1 ? parsePeriode(String(years[0])) : null;
  if (only) return { ok: true, periode: only, dari: 'skp' };
  return { ok: false, alasan: years.length === 0 ? 'tanpa_skp' : 'beberapa_tahun', tahun: years };
}
