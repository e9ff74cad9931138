/**
 * The `--explain` steps both legacy packs record (RULES.md §6): the employee, each SKP and its rows,
 * the months-weighted Nilai SKP of several SKPs, the nilai perilaku, the nilai akhir and the predikat.
 * Each pack adds its own steps between them (a kegiatan's aspects, an IKI's band).
 */
import { meets, masaLabel } from '../masa.js';
import { perilakuInOrder, readRealisasi, type RowOrigin } from '../score/rows.js';
import type { ExplainContext, Scored } from './rule-pack.js';
import type { LegacyEmployee, LegacySkp } from './legacy.js';
import { computePerilaku, RATER_ROLES } from './permenpan-rb-6-2022/perilaku.js';
import { perilakuSeratus } from './pp-30-2019/formulas.js';
import { pushAll } from '../arrays.js';

export type LegacyStep = { tingkat: number } & (
  | { langkah: 'pegawai'; nama: string; nip: string; unit: string; periode: string; metode: string; versi: string }
  | { langkah: 'skp_tidak_valid' }
  | { langkah: 'skp'; path: string; masa: string; bulan: number; unit: string }
  | { langkah: 'baris_realisasi'; periode: string; nilai: number; asal: RowOrigin }
  | { langkah: 'tanpa_realisasi' }
  | { langkah: 'realisasi_skm'; nilai: number | null }
  | { langkah: 'gabungan'; bagian: { path: string; bulan: number; nilai: number | null }[]; nilai: number | null }
  | { langkah: 'baris_perilaku'; periode: string; peran: string; penilaiNip: string; nilai: readonly (number | null)[]; asal: RowOrigin }
  | { langkah: 'skor_peran'; peran: string; skor: number | null; penilai: number; bobot: number; cukup: boolean }
  | { langkah: 'perilaku_360'; n: number; min: number; maks: number; nilai: number }
  | { langkah: 'nilai_perilaku'; nilai: number | null; sumber: 'penilai' | '360' | null }
  | { langkah: 'nilai_akhir'; nilaiSkp: number | null; nilaiPerilaku: number | null; bobot: [number, number]; nilai: number | null }
  | { langkah: 'predikat'; predikat: string | null; nilai: number | null; inovasi: boolean | null; alasan: string[] }
);

/** The recorded steps of a legacy result: `body` adds the pack's steps for one SKP's detail. */
export function explainLegacy<D, L extends string, S>(
  h: Scored<LegacyEmployee<D, L> & { metode: string }>,
  ctx: ExplainContext,
  body: (
    skp: LegacySkp<D>,
    rowsOf: (key: string, tingkat: number, skm?: { nilai: number | null }) => LegacyStep[],
    tingkat: number,
  ) => (S | LegacyStep)[],
  end: { bobot: [number, number]; sumberPerilaku: 'penilai' | '360' | null; inovasi: boolean | null },
): (S | LegacyStep)[] {
  const P = ctx.periode;
  const steps: (S | LegacyStep)[] = [
    { tingkat: 0, langkah: 'pegawai', nama: h.nama, nip: h.nip, unit: h.unit, periode: P.kode, metode: h.metode, versi: ctx.versi },
  ];
  if (h.alasan.includes('SKP_TIDAK_VALID')) {
    steps.push({ tingkat: 1, langkah: 'skp_tidak_valid' });
    return steps;
  }
  const byKey = ctx.rows.realisasi.get(h.nip);
  const several = h.skp.length > 1 || h.masaDeclared;
  for (const skp of h.skp) {
    const rowsOf = (key: string, tingkat: number, skm?: { nilai: number | null }): LegacyStep[] => {
      // Fed by the survey: its IKM nilai, not a CSV row (RULES.md §4.5).
      if (skm) return [{ tingkat, langkah: 'realisasi_skm', nilai: skm.nilai }];
      const list = byKey?.get(key);
      const rows = list ? readRealisasi(list, P.tahun).filter((r) => meets(r.periode, skp.jendela)) : [];
      if (rows.length === 0) return [{ tingkat, langkah: 'tanpa_realisasi' }];
      return rows.map((r) => ({ tingkat, langkah: 'baris_realisasi' as const, periode: r.periode.kode, nilai: r.nilai, asal: r.origin }));
    };
    const t = several ? 2 : 1;
    if (several)
      steps.push({ tingkat: 1, langkah: 'skp', path: skp.path, masa: masaLabel(skp.tahun, skp.masa), bulan: skp.bulan, unit: skp.unit });
    pushAll(steps, body(skp, rowsOf, t));
  }
  if (h.skp.length > 1)
    steps.push({
      tingkat: 1,
      langkah: 'gabungan',
      bagian: h.skp.map((s) => ({ path: s.path, bulan: s.bulan, nilai: s.nilai_skp })),
      nilai: h.nilai_skp,
    });
  steps.push({ tingkat: 1, langkah: 'nilai_perilaku', nilai: h.nilai_perilaku, sumber: end.sumberPerilaku });
  if (end.sumberPerilaku === '360') pushAll(steps, perilaku360(h.nip, ctx));
  steps.push({
    tingkat: 1,
    langkah: 'nilai_akhir',
    nilaiSkp: h.nilai_skp,
    nilaiPerilaku: h.nilai_perilaku,
    bobot: end.bobot,
    nilai: h.nilai_akhir,
  });
  steps.push({ tingkat: 1, langkah: 'predikat', predikat: h.predikat, nilai: h.nilai_akhir, inovasi: end.inovasi, alasan: h.alasan });
  return steps;
}

/** RULES.md §2.5 from the 360° rows, as pp-30-2019's dengan_360 reads them: each row, each role, then 0–100. */
function perilaku360(nip: string, ctx: ExplainContext): LegacyStep[] {
  const rows = perilakuInOrder(ctx.rows, nip);
  const p = computePerilaku(rows, ctx.config.perilaku);
  const steps: LegacyStep[] = rows.map((r) => ({
    tingkat: 2,
    langkah: 'baris_perilaku' as const,
    periode: r.periode.kode,
    peran: r.peran,
    penilaiNip: r.penilaiNip,
    nilai: r.nilai,
    asal: r.origin,
  }));
  for (const peran of RATER_ROLES) {
    const s = p.peran[peran];
    if (s.penilai === 0) continue;
    steps.push({
      tingkat: 2,
      langkah: 'skor_peran',
      peran,
      skor: s.skor,
      penilai: s.penilai,
      bobot: ctx.config.perilaku.bobotPeran[peran],
      cukup: s.cukup,
    });
  }
  const { min, maks } = ctx.config.perilaku.skala;
  if (p.nilai !== null)
    steps.push({ tingkat: 2, langkah: 'perilaku_360', n: p.nilai, min, maks, nilai: perilakuSeratus(p.nilai, { min, maks }) });
  return steps;
}
