/**
 * Capaian of one indicator, in percent (RULES.md §2.3; PermenPAN-RB 8/2021 formulas).
 * Returns the unrounded value: aggregates are computed from unrounded values (RULES.md §1).
 */
export type Polaritas = 'maksimal' | 'minimal';
export type Target = number | { min: number; maks: number };

export interface CapaianInput {
  realisasi: number;
  target: Target;
  polaritas: Polaritas;
  /** hasil_kerja.batas_capaian (default 120). */
  batas: number;
}

export type CapaianResult =
  | { ok: true; capaian: number; dibatasi: 'atas' | 'bawah' | null; toleransiNol: boolean }
  | { ok: false; alasan: 'REALISASI_NEGATIF' | 'TARGET_NOL' };

export function computeCapaian({ realisasi: r, target, polaritas, batas }: CapaianInput): CapaianResult {
  if (r < 0) return { ok: false, alasan: 'REALISASI_NEGATIF' };
  let raw: number;
  let toleransiNol = false;
  if (typeof target === 'number') {
    const t = target;
    if (polaritas === 'maksimal') {
      if (t <= 0) return { ok: false, alasan: 'TARGET_NOL' };
      raw = (r * 100) / t;
    } else if (t === 0) {
      // Zero-tolerance target: 100 when nothing happened, else 0 (RULES.md §2.3).
      toleransiNol = true;
      raw = r === 0 ? 100 : 0;
    } else {
      raw = (2 - r / t) * 100;
    }
  } else {
    const { min, maks } = target;
    if (r >= min && r <= maks) raw = 100;
    else if (polaritas === 'maksimal') {
      // The nearer bound is the target: above the range r/maks, below it r/min.
      raw = r > maks ? (r * 100) / maks : min > 0 ? (r * 100) / min : 0;
    } else {
      raw = r < min ? (2 - r / min) * 100 : (2 - r / maks) * 100;
    }
  }
  if (raw > batas) return { ok: true, capaian: batas, dibatasi: 'atas', toleransiNol };
  if (raw < 0) return { ok: true, capaian: 0, dibatasi: 'bawah', toleransiNol };
  return { ok: true, capaian: raw, dibatasi: null, toleransiNol };
}
