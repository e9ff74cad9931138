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
