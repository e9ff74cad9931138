/**
 * One employee's SKP for P under PP 46/2011 (RULES.md §6.1): each utama RHK is a kegiatan tugas jabatan
 * whose indicators by `aspek` give TO/TK/TW/TB, and whose realisation rows in P, combined by each
 * indicator's `konsolidasi` (RULES.md §2.1), give RO/RK/RW/RB; the tambahan RHKs with a realisation
 * count toward the nilai tugas tambahan; the penilaian's 0–100 nilai perilaku completes the year.
 * Pure and unrounded; a kegiatan that cannot be scored is null with the reason (missing is never zero).
 * The pack (index.ts) scores each SKP of the year with it and combines them.
 */
import type { Skp } from '../../../types/generated/skp.js';
import type { IndikatorDefinition } from '../../validate/katalog.js';
import type { Periode } from '../../period.js';
import { ptr } from '../../validate/types.js';
import { readIndicator, type IndicatorAdd, type SkmRealisasi, type Prorata } from '../legacy-indicator.js';
import { nilaiKegiatan, nilaiPrestasi, nilaiSkp, nilaiTugasTambahan, sebutan, type KegiatanResult, type Sebutan } from './formulas.js';

type Aspek = 'kuantitas' | 'kualitas' | 'waktu' | 'biaya';

/** Why a kegiatan has no nilai. */
export type AlasanKegiatan = 'PP46_ASPEK' | 'TARGET_RENTANG' | 'TARGET_NOL' | 'TANPA_REALISASI';

export interface KegiatanDetail {
  id: string;
  uraian: string | null;
  /** Target (for P, pro-rated when `jumlah`, RULES.md §2.2) and realisation of each aspect present (null: no row in P). */
  aspek: Partial<
    Record<Aspek, { indikator: string; target: number | null; realisasi: number | null; prorata: Prorata | null; skm: boolean }>
  >;
  hasil: KegiatanResult | null;
  alasan: AlasanKegiatan | null;
}

export interface Pp46Result {
  kegiatan: KegiatanDetail[];
  /** Tambahan RHKs with at least one realisation row in P, and their nilai (1–3 → 1, 4–6 → 2, ≥ 7 → 3). */
  tambahan: { jumlah: number; nilai: number };
  /** Mean of the kegiatan nilai + tambahan; null when a kegiatan cannot be scored or there is none. */
  nilai_skp: number | null;
  nilai_perilaku: number | null;
  nilai_akhir: number | null;
  predikat: Sebutan | null;
}

export interface Pp46Input {
  skp: Skp;
  katalog: ReadonlyMap<string, IndikatorDefinition>;
  /** The used realisation rows in P by indicator key. */
  realisasi: ReadonlyMap<string, readonly { periode: Periode; nilai: number }[]>;
  /** The penilaian CSV's nilai perilaku (0–100) for P, if given. */
  nilaiPerilaku: number | null;
  /** P, or for an SKP with a masa the window masa ∩ P (its `kode` stays P's). */
  periode: Periode;
  /** Months of the SKP's masa (its targets are for them); 12 for a whole-year SKP. */
  bulanMasa?: number;
  /** The survey's IKM nilai for an indicator with `sumber: skm` (RULES.md §4.5). */
  skmRealisasi?: SkmRealisasi;
  /** Where the findings about an indicator go (a target_periode only for sub-periods, a partly covered period). */
  add?: IndicatorAdd;
}

export function scorePp46(input: Pp46Input): Pp46Result {
  const kegiatan: KegiatanDetail[] = [];
  let tambahan = 0;
  for (const [i, rhk] of input.skp.hasil_kerja.entries()) {
    const aspek: KegiatanDetail['aspek'] = {};
    const seen: Record<Aspek, number> = { kuantitas: 0, kualitas: 0, waktu: 0, biaya: 0 };
    let rentang = false;
    // A tambahan RHK counts when any of its indicators has a realisation above 0 in P, two of one aspek too.
    let realised = false;
    for (const [j, ind] of rhk.indikator.entries()) {
      const key = ind.id ?? ind.ref ?? '';
      const def = ind.ref !== undefined ? input.katalog.get(ind.ref) : undefined;
      const a = ind.aspek ?? def?.aspek;
      if (a === undefined) continue;
      seen[a]++;
      const r = readIndicator(
        ind,
        def,
        { jalur: ptr('hasil_kerja', i, 'indikator', j), key },
        {
          ...input,
          // A tambahan RHK only counts as done or not: no coverage finding for it.
          add: rhk.jenis === 'tambahan' ? undefined : input.add,
          ...(input.skmRealisasi ? { skm: { realisasi: input.skmRealisasi, unit: input.skp.pegawai.unit } } : {}),
        },
      );
      // A tugas tambahan reported as 0 was not carried out, as a kegiatan with RO = 0 (RULES.md §6.1).
      if (r.realisasi !== null && r.realisasi > 0) realised = true;
      if (r.target !== null && typeof r.target !== 'number') rentang = true;
      aspek[a] = {
        indikator: key,
        target: typeof r.target === 'number' ? r.target : null,
        realisasi: r.realisasi,
        prorata: r.prorata,
        skm: r.skm,
      };
    }
    if (rhk.jenis === 'tambahan') {
      if (realised) tambahan++;
      continue;
    }
    const base = { id: rhk.id, uraian: rhk.uraian ?? null, aspek };
    const { kuantitas: q, kualitas: k, waktu: w, biaya: b } = aspek;
    if (seen.kuantitas !== 1 || seen.kualitas !== 1 || seen.waktu !== 1 || seen.biaya > 1 || !q || !k || !w) {
      kegiatan.push({ ...base, hasil: null, alasan: 'PP46_ASPEK' });
      continue;
    }
    if (rentang) {
      kegiatan.push({ ...base, hasil: null, alasan: 'TARGET_RENTANG' });
      continue;
    }
    if (!q.target || !k.target || !w.target) {
      kegiatan.push({ ...base, hasil: null, alasan: 'TARGET_NOL' });
      continue;
    }
    // Not carried out: a kuantitas of 0 reported (RO = 0 scores 0 on every aspect); no row at all is missing, not 0.
    if (q.realisasi === 0) {
      kegiatan.push({
        ...base,
        hasil: nilaiKegiatan({ TO: q.target, RO: 0, TK: k.target, RK: 0, TW: w.target, RW: 0, TB: b?.target ?? null }),
        alasan: null,
      });
      continue;
    }
    if (q.realisasi === null || k.realisasi === null || w.realisasi === null || (b && b.target && b.realisasi === null)) {
      kegiatan.push({ ...base, hasil: null, alasan: 'TANPA_REALISASI' });
      continue;
    }
    kegiatan.push({
      ...base,
      hasil: nilaiKegiatan({
        TO: q.target,
        RO: q.realisasi,
        TK: k.target,
        RK: k.realisasi,
        TW: w.target,
        RW: w.realisasi,
        TB: b?.target ?? null,
        RB: b?.realisasi ?? null,
      }),
      alasan: null,
    });
  }
  const nilaiTambahan = nilaiTugasTambahan(tambahan);
  const scored = kegiatan.every((x) => x.hasil !== null);
  const skp = scored
    ? nilaiSkp(
        kegiatan.map((x) => x.hasil!.nilai),
        nilaiTambahan,
      )
    : null;
  const akhir = skp !== null && input.nilaiPerilaku !== null ? nilaiPrestasi(skp, input.nilaiPerilaku) : null;
  return {
    kegiatan,
    tambahan: { jumlah: tambahan, nilai: nilaiTambahan },
    nilai_skp: skp,
    nilai_perilaku: input.nilaiPerilaku,
    nilai_akhir: akhir,
    predikat: akhir === null ? null : sebutan(akhir),
  };
}
