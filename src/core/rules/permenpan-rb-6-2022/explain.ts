/**
 * `--explain` as data (PRODUCT.md "Human output"): every step from each row to the predikat, with the
 * rule and threshold used. The pack records the steps; src/report/score/explain.ts words them.
 */
import type { ExplainContext, Scored } from '../rule-pack.js';
import { readRealisasi, type RowOrigin } from '../../score/rows.js';
import type { Target } from './capaian.js';
import type { Konsolidasi } from './konsolidasi.js';
import type { RaterRole } from './perilaku.js';
import type { Predikat, Rating } from './predikat.js';
import { KOEFISIEN, PERSEN_PREDIKAT, type Jenjang } from './angka-kredit.js';
import type { PegawaiScore } from './index.js';
import type { CaraRating, RhkResult } from './employee.js';
import { intersect, masaLabel, WHOLE_YEAR, type MonthSpan } from '../../masa.js';

type Ambang = { diAtas: number; sesuai: number };

/** One step; `tingkat` is its depth in the outline. */
export type ExplainStep = { tingkat: number } & (
  | { langkah: 'pegawai'; nama: string; nip: string; unit: string; periode: string; metode: string; versi: string }
  | { langkah: 'skp_tidak_valid' }
  | { langkah: 'bagian'; bagian: 'hasil_kerja' | 'perilaku' }
  | { langkah: 'skp'; path: string; masa: string; bulan: number; unit: string; jenjang: string | null }
  | {
      langkah: 'gabungan';
      bagian: { path: string; bulan: number; capaian: number | null }[];
      capaian: number | null;
      /** The SKP whose computed rating is the employee's: the most months in P (ties: the later). */
      penentu: string;
    }
  | { langkah: 'rhk'; id: string; jenis: 'utama' | 'tambahan'; bobot: number | null }
  | { langkah: 'indikator'; id: string }
  | {
      langkah: 'baris_realisasi';
      periode: string;
      nilai: number;
      asal: RowOrigin;
      /** The months of the row this SKP counts, when its masa holds only part of the row (§2.0). */
      dihitung: string | null;
    }
  | { langkah: 'tanpa_realisasi' }
  | { langkah: 'realisasi'; nilai: number; konsolidasi: Konsolidasi | 'skm'; bulanTercakup: number | null }
  | {
      langkah: 'target';
      target: Target | null;
      /** The SKP's `target_periode` entry for P (not the annual target). */
      targetPeriode: string | null;
      prorata: { dari: Target; bulan: number; dariBulan: number } | null;
    }
  | {
      langkah: 'capaian';
      realisasi: number;
      target: Target | null;
      polaritas: 'maksimal' | 'minimal';
      capaian: number | null;
      dibatasi: 'atas' | 'bawah' | null;
      batas: number;
    }
  | { langkah: 'capaian_rhk'; capaian: number | null }
  | { langkah: 'rating_rhk'; capaian: number; rating: Rating; ambang: Ambang }
  | { langkah: 'capaian_hasil_kerja'; capaian: number | null }
  | { langkah: 'rating_hasil_kerja_dihitung'; rating: Rating | null; ambang: Ambang; cara: CaraRating | null }
  | { langkah: 'rating_hasil_kerja'; rating: Rating | null; sumber: string | null }
  | {
      langkah: 'baris_perilaku';
      periode: string;
      peran: RaterRole;
      penilaiNip: string;
      nilai: readonly (number | null)[];
      asal: RowOrigin;
    }
  | { langkah: 'skor_peran'; peran: RaterRole; skor: number | null; penilai: number; bobot: number; cukup: boolean }
  | { langkah: 'nilai_perilaku'; nilai: number | null; rating: Rating | null; ambang: Ambang }
  | { langkah: 'rating_perilaku'; rating: Rating | null; sumber: string | null }
  | { langkah: 'predikat'; predikat: Predikat | null; hasilKerja: Rating | null; perilaku: Rating | null; alasan: PegawaiScore['alasan'] }
  | { langkah: 'angka_kredit'; persen: number; koefisien: number; bulan: number; nilai: number; path: string | null }
  | { langkah: 'angka_kredit_total'; nilai: number }
);

export function explainEmployee(p: Scored<PegawaiScore>, ctx: ExplainContext): ExplainStep[] {
  const steps: ExplainStep[] = [];
  const { hasilKerja: hk, perilaku: pk } = ctx.config;
  steps.push({
    tingkat: 0,
    langkah: 'pegawai',
    nama: p.nama,
    nip: p.nip,
    unit: p.unit,
    periode: ctx.periode.kode,
    metode: ctx.config.metode,
    versi: ctx.versi,
  });
  if (p.alasan.includes('SKP_TIDAK_VALID')) {
    steps.push({ tingkat: 0, langkah: 'skp_tidak_valid' });
  } else {
    steps.push({ tingkat: 0, langkah: 'bagian', bagian: 'hasil_kerja' });
    if (!p.masaDeclared) hasilKerjaSteps(steps, p.hasil_kerja, WHOLE_YEAR, p.nip, ctx, 1);
    else {
      // Several SKPs in the year, or one with a masa (RULES.md §2.0): each over P ∩ masa, then combined.
      for (const x of p.skp) {
        steps.push({
          tingkat: 1,
          langkah: 'skp',
          path: x.path,
          masa: masaLabel(ctx.periode.tahun, x.masa),
          bulan: x.bulan,
          unit: x.unit,
          jenjang: x.jenjang,
        });
        hasilKerjaSteps(steps, x.hasil_kerja, x.masa, p.nip, ctx, 2);
        steps.push({ tingkat: 2, langkah: 'capaian_hasil_kerja', capaian: x.capaian_hasil_kerja });
        steps.push({
          tingkat: 2,
          langkah: 'rating_hasil_kerja_dihitung',
          rating: x.rating_hasil_kerja_dihitung,
          ambang: hk.ambang,
          cara: x.caraRating,
        });
      }
      steps.push({
        tingkat: 1,
        langkah: 'gabungan',
        bagian: p.skp.map((x) => ({ path: x.path, bulan: x.bulan, capaian: x.capaian_hasil_kerja })),
        capaian: p.capaian_hasil_kerja,
        penentu: p.skpPenentu ?? '',
      });
    }
    if (!p.masaDeclared) {
      steps.push({ tingkat: 1, langkah: 'capaian_hasil_kerja', capaian: p.capaian_hasil_kerja });
      steps.push({
        tingkat: 1,
        langkah: 'rating_hasil_kerja_dihitung',
        rating: p.rating_hasil_kerja_dihitung,
        ambang: hk.ambang,
        cara: p.caraRating,
      });
    }
    steps.push({ tingkat: 1, langkah: 'rating_hasil_kerja', rating: p.rating_hasil_kerja, sumber: p.sumber_rating.hasil_kerja });

    steps.push({ tingkat: 0, langkah: 'bagian', bagian: 'perilaku' });
    for (const r of ctx.rows.perilaku.get(p.nip) ?? [])
      steps.push({
        tingkat: 1,
        langkah: 'baris_perilaku',
        periode: r.periode.kode,
        peran: r.peran,
        penilaiNip: r.penilaiNip,
        nilai: r.nilai,
        asal: r.origin,
      });
    if (p.perilaku) {
      for (const [peran, s] of Object.entries(p.perilaku.peran) as [RaterRole, (typeof p.perilaku.peran)[RaterRole]][]) {
        if (s.penilai > 0)
          steps.push({
            tingkat: 1,
            langkah: 'skor_peran',
            peran,
            skor: s.skor,
            penilai: s.penilai,
            bobot: pk.bobotPeran[peran],
            cukup: s.cukup,
          });
      }
    }
    steps.push({ tingkat: 1, langkah: 'nilai_perilaku', nilai: p.nilai_perilaku, rating: p.rating_perilaku_dihitung, ambang: pk.ambang });
    steps.push({ tingkat: 1, langkah: 'rating_perilaku', rating: p.rating_perilaku, sumber: p.sumber_rating.perilaku });
  }
  steps.push({
    tingkat: 0,
    langkah: 'predikat',
    predikat: p.predikat,
    hasilKerja: p.rating_hasil_kerja,
    perilaku: p.rating_perilaku,
    alasan: p.alasan,
  });
  if (p.angka_kredit !== null && p.predikat !== null) {
    // Per SKP with its own jenjang and months in P (RULES.md §2.8, §2.0); one SKP of the year: one step.
    const shares = p.masaDeclared
      ? p.skp.filter((x) => x.angka_kredit !== null && x.jenjang)
      : [{ path: null, jenjang: p.jenjang, bulan: ctx.periode.bulanAkhir - ctx.periode.bulanAwal + 1, angka_kredit: p.angka_kredit }];
    for (const x of shares)
      steps.push({
        tingkat: 0,
        langkah: 'angka_kredit',
        persen: PERSEN_PREDIKAT[p.predikat],
        koefisien: KOEFISIEN[x.jenjang as Jenjang],
        bulan: x.bulan,
        nilai: x.angka_kredit!,
        path: p.masaDeclared ? x.path : null,
      });
    if (shares.length > 1) steps.push({ tingkat: 0, langkah: 'angka_kredit_total', nilai: p.angka_kredit });
  }
  return steps;
}

/** The steps of one SKP's RHKs (§2.1–§2.4), with the rows its masa meets. */
function hasilKerjaSteps(
  steps: ExplainStep[],
  list: readonly RhkResult[],
  masa: MonthSpan,
  nip: string,
  ctx: ExplainContext,
  depth: number,
): void {
  const { hasilKerja: hk } = ctx.config;
  const rows = ctx.rows.realisasi.get(nip);
  for (const rhk of list) {
    steps.push({ tingkat: depth, langkah: 'rhk', id: rhk.id, jenis: rhk.jenis, bobot: rhk.bobot });
    for (const ind of rhk.indikator) {
      steps.push({ tingkat: depth + 1, langkah: 'indikator', id: ind.id });
      for (const r of readRealisasi(rows?.get(ind.id) ?? [], ctx.periode.tahun)) {
        const m = intersect(r.periode, masa);
        if (!m) continue;
        const clipped = m.bulanAwal !== r.periode.bulanAwal || m.bulanAkhir !== r.periode.bulanAkhir;
        steps.push({
          tingkat: depth + 2,
          langkah: 'baris_realisasi',
          periode: r.periode.kode,
          nilai: r.nilai,
          asal: r.origin,
          dihitung: clipped ? masaLabel(ctx.periode.tahun, m) : null,
        });
      }
      if (ind.realisasi === null) {
        steps.push({ tingkat: depth + 2, langkah: 'tanpa_realisasi' });
        continue;
      }
      const cara = ind.cara;
      steps.push({
        tingkat: depth + 2,
        langkah: 'realisasi',
        nilai: ind.realisasi,
        konsolidasi: cara.konsolidasi,
        bulanTercakup: ind.bulan_tercakup,
      });
      steps.push({
        tingkat: depth + 2,
        langkah: 'target',
        target: ind.target,
        targetPeriode: cara.targetPeriode ? ctx.periode.kode : null,
        prorata: cara.prorata && cara.targetTahunan !== null ? { dari: cara.targetTahunan, ...cara.prorata } : null,
      });
      steps.push({
        tingkat: depth + 2,
        langkah: 'capaian',
        realisasi: ind.realisasi,
        target: ind.target,
        polaritas: cara.polaritas,
        capaian: ind.capaian,
        dibatasi: cara.dibatasi,
        batas: hk.batasCapaian,
      });
    }
    steps.push({ tingkat: depth + 1, langkah: 'capaian_rhk', capaian: rhk.capaian });
    if (rhk.rating !== null && rhk.capaian !== null)
      steps.push({ tingkat: depth + 1, langkah: 'rating_rhk', capaian: rhk.capaian, rating: rhk.rating, ambang: hk.ambang });
  }
}
