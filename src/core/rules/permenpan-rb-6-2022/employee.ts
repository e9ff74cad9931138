/**
 * One employee's result for period P under PermenPAN-RB 6/2022 (RULES.md §2.0–§2.8). Pure: the SKP,
 * the catalogue and the rows already read (inside P, overlap-free, in canonical order) go in; the
 * unrounded result and its findings come out. Missing is never zero: what cannot be computed is null
 * with a finding that says why.
 */
import { makeFinding, type Finding, type FindingArgs, type Kode, type KodeWithoutArgs, type AlasanPredikat } from '../../findings.js';
import type { ResolvedConfig } from '../../config.js';
import { normalizeNip } from '../../nip.js';
import type { Periode } from '../../period.js';
import { endsLast, intersect, monthCount, type Masa } from '../../masa.js';
import type { EmployeePlan } from '../rule-pack.js';
import type { IndikatorDefinition } from '../../validate/katalog.js';
import { ptr } from '../../validate/types.js';
import { computeCapaian, type Target } from './capaian.js';
import { consolidate, prorateTarget, targetForP, type Konsolidasi, type RealisasiRow } from './konsolidasi.js';
import { computePerilaku, RATER_ROLES, type PerilakuResult, type PerilakuRow } from './perilaku.js';
import { predikat as matriks, ratingHasilKerja, ratingPerilaku, type Predikat, type Rating } from './predikat.js';
import { angkaKredit } from './angka-kredit.js';

export type SumberRating = 'penilai' | 'organisasi' | 'dihitung';

export interface IndikatorResult {
  id: string;
  target: Target | null;
  realisasi: number | null;
  capaian: number | null;
  bulan_tercakup: number | null;
  /** For --explain (not in the JSON report): how the numbers above were reached. */
  cara: {
    konsolidasi: Konsolidasi | 'skm';
    polaritas: 'maksimal' | 'minimal';
    targetTahunan: Target | null;
    /** The target is the SKP's `target_periode` entry for exactly P. */
    targetPeriode: boolean;
    /** A `jumlah` target scaled to the months covered: target × bulan / dariBulan. */
    prorata: { bulan: number; dariBulan: number } | null;
    dibatasi: 'atas' | 'bawah' | null;
  };
}

export interface RhkResult {
  id: string;
  jenis: 'utama' | 'tambahan';
  bobot: number | null;
  capaian: number | null;
  /** An utama RHK's own rating from its capaian (RULES.md §2.4); null for tambahan or without capaian. */
  rating: Rating | null;
  indikator: IndikatorResult[];
}

/** How the computed rating hasil kerja was reached (RULES.md §2.4), for --explain, the CSV and the JSON. */
export interface CaraRating {
  cara: 'sebaran' | 'rata_rata';
  /** Utama RHKs with a rating, and how many of them are Di Atas / Sesuai / Di Bawah. */
  jumlah: number;
  diAtas: number;
  sesuai: number;
  diBawah: number;
  /** Which clause of the Lampiran's rule decided (sebaran only). */
  alasan: AlasanSebaran | null;
}

export type AlasanSebaran = 'sebagian_besar_di_bawah' | 'sebagian_besar_di_atas' | 'sebagian_kecil_di_bawah' | 'separuh_di_bawah';

/** One SKP's own result within the employee's year (RULES.md §2.0): scored over P ∩ masa. */
export interface SkpResult {
  path: string;
  tahun: number;
  unit: string;
  jenjang: string | null;
  masa: Masa;
  /** Months of P ∩ masa: the SKP's weight in the combined capaian and its share of the angka kredit. */
  bulan: number;
  capaian_hasil_kerja: number | null;
  rating_hasil_kerja_dihitung: Rating | null;
  caraRating: CaraRating | null;
  /** This SKP's share: persen(predikat) × koefisien(its jenjang) × bulan / 12; null without jenjang. */
  angka_kredit: number | null;
  hasil_kerja: RhkResult[];
}

export interface PegawaiResult {
  nip: string;
  nama: string;
  unit: string;
  capaian_hasil_kerja: number | null;
  rating_hasil_kerja: Rating | null;
  rating_hasil_kerja_dihitung: Rating | null;
  nilai_perilaku: number | null;
  rating_perilaku: Rating | null;
  rating_perilaku_dihitung: Rating | null;
  sumber_rating: { hasil_kerja: SumberRating | null; perilaku: SumberRating | null };
  predikat: Predikat | null;
  alasan: (AlasanPredikat | 'SKP_TIDAK_VALID')[];
  angka_kredit: number | null;
  hasil_kerja: RhkResult[];
  /** Role and per-value scores, for --explain and the follow-up advice. */
  perilaku: PerilakuResult | null;
  /** How rating_hasil_kerja_dihitung was reached; null when no utama RHK has a capaian. */
  caraRating: CaraRating | null;
  /**
   * Each SKP scored for P, in masa order (one for most employees). `hasil_kerja` and `caraRating`
   * above are those of the SKP that decides the computed rating (the most months in P; ties: the later).
   */
  skp: SkpResult[];
  /** The path of the SKP whose computed rating is the employee's (null when the SKP is not valid). */
  skpPenentu: string | null;
  /** Some SKP of the employee declares its `masa`: the reports then show each SKP. */
  masaDeclared: boolean;
}

export interface PegawaiInput {
  /** The employee's SKPs whose masa meets P, in masa order; at least one. */
  rencana: readonly EmployeePlan[];
  katalog: ReadonlyMap<string, IndikatorDefinition>;
  /** Used realisasi rows inside P by indicator key (every SKP's: each takes the rows its masa meets). */
  realisasi: ReadonlyMap<string, readonly { periode: Periode; nilai: number }[]>;
  perilaku: readonly PerilakuRow[];
  penilaian: { hasilKerja?: Rating; perilaku?: Rating };
  /** The rating from the unit's predikat organisasi when this employee heads it (§2.4), and that unit. */
  organisasi: Rating | null;
  organisasiUnit?: string | null;
  /** No 360° row lies in P and the files rate longer periods (PERILAKU_PERIODE_LEBIH_PANJANG). */
  perilakuDiLuarP?: boolean;
  config: ResolvedConfig;
  periode: Periode;
  /** RULES.md §4.5: the unrounded IKM nilai of the responses in P for an indicator fed by the survey. */
  skmRealisasi?: (lingkup: 'unit' | 'layanan' | 'petugas', layanan: string | undefined, unit: string) => number | null;
}

type Add = <K extends Kode>(kode: K, jalur: string, ...args: K extends KodeWithoutArgs ? [] : [FindingArgs[K]]) => void;

export function rateEmployee(input: PegawaiInput): { hasil: PegawaiResult; findings: Finding[] } {
  const { config, periode: P } = input;
  const first = input.rencana[0]!;
  // The SKP whose masa ends last in P names the employee's unit (RULES.md §2.0; ties: the later).
  const last = endsLast(input.rencana);
  const nip = normalizeNip(first.skp.pegawai.nip);
  const findings: Finding[] = [];
  const adder =
    (path: string): Add =>
    (kode, jalur, ...args) => {
      findings.push(makeFinding<Kode>(kode, { path, jalur, nip }, (args[0] ?? {}) as FindingArgs[Kode]));
    };
  const add = adder(last.path);
  const empty: PegawaiResult = {
    nip,
    nama: last.skp.pegawai.nama,
    unit: last.skp.pegawai.unit,
    capaian_hasil_kerja: null,
    rating_hasil_kerja: null,
    rating_hasil_kerja_dihitung: null,
    nilai_perilaku: null,
    rating_perilaku: null,
    rating_perilaku_dihitung: null,
    sumber_rating: { hasil_kerja: null, perilaku: null },
    predikat: null,
    alasan: [],
    angka_kredit: null,
    hasil_kerja: [],
    perilaku: null,
    caraRating: null,
    skp: [],
    skpPenentu: null,
    masaDeclared: input.rencana.some((r) => r.masa.declared),
  };
  const invalid = input.rencana.filter((r) => !r.valid);
  if (invalid.length > 0) {
    for (const r of invalid) adder(r.path)('SKP_TIDAK_VALID', '');
    return { hasil: { ...empty, alasan: ['SKP_TIDAK_VALID'] }, findings };
  }

  // ---- hasil kerja, per SKP over P ∩ masa (§2.0–§2.4) ---------------------------------------------
  const plans = input.rencana.map((r) => ({ plan: r, ...scoreHasilKerja(r, input, adder(r.path)) }));
  let sum = 0;
  let months = 0;
  for (const x of plans) {
    if (x.capaian === null) continue;
    sum += x.bulan * x.capaian;
    months += x.bulan;
  }
  const capaian = months > 0 ? sum / months : null;
  // The computed rating is the one of the SKP with the most months in P (ties: the later).
  const decisive = plans.reduce((a, b) => (b.bulan >= a.bulan ? b : a));
  const kuantitatif = (decisive.plan.skp.pendekatan ?? 'kuantitatif') === 'kuantitatif';
  const hkDihitung = decisive.dihitung;
  const cara = decisive.cara;

  // ---- ratings (§2.4, §2.6) -----------------------------------------------------------------
  // A unit head's organisation result (§2.4) is the rating of the SKP held as head: for an employee
  // whose SKPs declare a masa, the deciding SKP must name the unit they head (a mover who headed a
  // unit for four months is not rated by it for the year); one whole-year SKP is the head's, as always.
  const organisasi =
    input.organisasi !== null && (!input.rencana.some((r) => r.masa.declared) || decisive.plan.skp.pegawai.unit === input.organisasiUnit)
      ? input.organisasi
      : null;
  const hk = choose(
    'hasil_kerja',
    [
      ['penilai', input.penilaian.hasilKerja ?? null],
      ['organisasi', organisasi],
      ['dihitung', hkDihitung],
    ],
    add,
  );
  const atDecisive = adder(decisive.plan.path);
  if (!kuantitatif && hk.rating === null) atDecisive('KUALITATIF_TANPA_RATING', '/pendekatan');
  // Exactly half below: the Lampiran's rule decides nothing; only the penilai can (§2.6).
  if (kuantitatif && cara !== null && hkDihitung === null && hk.rating === null)
    atDecisive('RATING_PERLU_PENILAI', '/hasil_kerja', {
      rhk: decisive.hasilKerja.filter((r) => r.rating === 'Di Bawah Ekspektasi').map((r) => r.id),
      di_bawah: cara.diBawah,
      jumlah: cara.jumlah,
    });

  const perilaku = computePerilaku(input.perilaku, config.perilaku);
  for (const peran of RATER_ROLES) {
    const s = perilaku.peran[peran];
    if (!s.cukup && s.penilai > 0)
      add('PERAN_PENILAI_KURANG', '', { peran, penilai: s.penilai, minimal: config.perilaku.minimalPenilai[peran] });
  }
  // No 360° row in P at all because the files rate longer periods: said once per file, not here.
  if (perilaku.nilai === null && !input.perilakuDiLuarP) add('PERILAKU_TANPA_ATASAN', '');
  const pkDihitung = perilaku.nilai !== null ? ratingPerilaku(perilaku.nilai, config.perilaku.ambang) : null;
  const pk = choose(
    'perilaku',
    [
      ['penilai', input.penilaian.perilaku ?? null],
      ['dihitung', pkDihitung],
    ],
    add,
  );

  // ---- predikat and angka kredit (§2.7, §2.8; per SKP with its own jenjang, §2.0) -------------------
  const predikat = matriks(hk.rating, pk.rating);
  const alasan: AlasanPredikat[] = [];
  if (hk.rating === null) alasan.push('HASIL_KERJA_TIDAK_DINILAI');
  if (pk.rating === null) alasan.push('PERILAKU_TIDAK_DINILAI');
  if (predikat === null) add('PREDIKAT_TIDAK_DINILAI', '', { alasan });
  const skp: SkpResult[] = plans.map((x) => ({
    path: x.plan.path,
    tahun: P.tahun,
    unit: x.plan.skp.pegawai.unit,
    jenjang: x.plan.skp.pegawai.jenjang ?? null,
    masa: x.plan.masa,
    bulan: x.bulan,
    capaian_hasil_kerja: x.capaian,
    rating_hasil_kerja_dihitung: x.dihitung,
    caraRating: x.cara,
    angka_kredit: angkaKredit(predikat, x.plan.skp.pegawai.jenjang, x.bulan),
    hasil_kerja: x.hasilKerja,
  }));
  const shares = skp.map((x) => x.angka_kredit).filter((x): x is number => x !== null);

  return {
    hasil: {
      ...empty,
      capaian_hasil_kerja: capaian,
      rating_hasil_kerja: hk.rating,
      rating_hasil_kerja_dihitung: hkDihitung,
      nilai_perilaku: perilaku.nilai,
      rating_perilaku: pk.rating,
      rating_perilaku_dihitung: pkDihitung,
      sumber_rating: { hasil_kerja: hk.sumber, perilaku: pk.sumber },
      predikat,
      alasan,
      angka_kredit: shares.length > 0 ? shares.reduce((a, b) => a + b, 0) : null,
      hasil_kerja: decisive.hasilKerja,
      perilaku,
      caraRating: cara,
      skp,
      skpPenentu: decisive.plan.path,
    },
    findings,
  };
}

/**
 * One SKP's hasil kerja over W = P ∩ masa (RULES.md §2.0–§2.4): the rows its masa meets, clipped to
 * it; coverage against W; a `jumlah` target for the masa pro-rated by covered months / months(masa).
 * For an SKP of the whole year W is P and months(masa) is 12: the rules of §2.1–§2.2 as written.
 */
function scoreHasilKerja(plan: EmployeePlan, input: PegawaiInput, add: Add) {
  const { config, periode: P } = input;
  const { skp, masa } = plan;
  const W = intersect(masa, P)!;
  const bulan = monthCount(W);
  const bulanMasa = monthCount(masa);
  const kuantitatif = (skp.pendekatan ?? 'kuantitatif') === 'kuantitatif';
  const hasilKerja: RhkResult[] = skp.hasil_kerja.map((rhk, i) => {
    const indikator = rhk.indikator.map((ind, j): IndikatorResult => {
      const jalur = ptr('hasil_kerja', i, 'indikator', j);
      const key = (ind.id ?? ind.ref)!;
      const base = ind.ref !== undefined ? input.katalog.get(ind.ref) : undefined;
      const polaritas = ind.polaritas ?? base?.polaritas ?? 'maksimal';
      const cara: Konsolidasi = ind.konsolidasi ?? base?.konsolidasi ?? 'rata-rata';
      const sumber = ind.sumber ?? base?.sumber ?? 'realisasi';
      const { target: annual, override } = targetForP(ind.target, ind.target_periode, P, (keys) =>
        add('TARGET_PERIODE_SUB', `${jalur}/target_periode`, { kunci: keys, periode: P.kode }),
      );
      const result: IndikatorResult = {
        id: key,
        target: null,
        realisasi: null,
        capaian: null,
        bulan_tercakup: null,
        cara: {
          konsolidasi: sumber === 'skm' ? 'skm' : cara,
          polaritas,
          targetTahunan: annual ?? null,
          targetPeriode: override,
          prorata: null,
          dibatasi: null,
        },
      };
      if (sumber === 'skm') {
        // Fed by the survey: the IKM nilai itself, no consolidation, no pro-rating (RULES.md §4.5).
        const nilai =
          input.skmRealisasi?.(ind.skm_lingkup ?? base?.skm_lingkup ?? 'unit', ind.skm_layanan ?? base?.skm_layanan, skp.pegawai.unit) ??
          null;
        result.target = annual ?? null;
        if (nilai === null) {
          add('INDIKATOR_TANPA_REALISASI', jalur, { indikator: key, periode: P.kode });
          return result;
        }
        result.realisasi = nilai;
        if (annual !== undefined) {
          const c = computeCapaian({ realisasi: nilai, target: annual, polaritas, batas: config.hasilKerja.batasCapaian });
          if (c.ok) {
            result.capaian = c.capaian;
            result.cara.dibatasi = c.dibatasi;
          }
        }
        return result;
      }
      // The rows this SKP's masa meets, counted for the months inside it (RULES.md §2.0).
      const rows: RealisasiRow[] = [];
      for (const r of input.realisasi.get(key) ?? []) {
        const m = intersect(r.periode, masa);
        if (m) rows.push({ bulanAwal: m.bulanAwal, bulanAkhir: m.bulanAkhir, nilai: r.nilai });
      }
      const k = consolidate(rows, cara, W.bulanAwal, W.bulanAkhir);
      if (!k) {
        add('INDIKATOR_TANPA_REALISASI', jalur, { indikator: key, periode: P.kode });
        result.target = annual ?? null;
        return result;
      }
      result.realisasi = k.realisasi;
      result.bulan_tercakup = k.bulanTercakup;
      if (k.bulanKosong.length > 0) {
        add('CAKUPAN_SEBAGIAN', jalur, {
          indikator: key,
          bulan_tercakup: k.bulanTercakup,
          bulan_periode: bulan,
          bulan_kosong: k.bulanKosong,
        });
      }
      if (annual === undefined) return result;
      // An override is the target for exactly P (for the months of P this SKP holds); the annual one
      // is for the masa. jumlah targets are pro-rated to the covered months.
      const dariBulan = override ? bulan : bulanMasa;
      const target = prorateTarget(annual, cara, k.bulanTercakup, dariBulan);
      result.target = target;
      if (cara === 'jumlah' && k.bulanTercakup !== dariBulan) result.cara.prorata = { bulan: k.bulanTercakup, dariBulan };
      const c = computeCapaian({ realisasi: k.realisasi, target, polaritas, batas: config.hasilKerja.batasCapaian });
      if (c.ok) {
        result.capaian = c.capaian;
        result.cara.dibatasi = c.dibatasi;
        if (c.toleransiNol) add('TOLERANSI_NOL', jalur, { indikator: key, capaian: c.capaian });
      }
      return result;
    });
    const present = indikator.filter((x) => x.capaian !== null).map((x) => x.capaian!);
    const rhkCapaian = present.length > 0 ? mean(present) : null;
    return {
      id: rhk.id,
      jenis: rhk.jenis,
      bobot: rhk.bobot ?? null,
      capaian: rhkCapaian,
      rating: rhk.jenis === 'utama' && rhkCapaian !== null ? ratingHasilKerja(rhkCapaian, config.hasilKerja.ambang) : null,
      indikator,
    };
  });

  const utama = hasilKerja.filter((r) => r.jenis === 'utama');
  const weightOf = (r: RhkResult) => r.bobot ?? 1;
  let sum = 0;
  let weights = 0;
  let planned = 0;
  for (const r of utama) {
    planned += weightOf(r);
    if (r.capaian === null) continue;
    sum += weightOf(r) * r.capaian;
    weights += weightOf(r);
  }
  const capaian = weights > 0 ? sum / weights : null;
  if (capaian === null)
    add('CAPAIAN_TIDAK_TERHITUNG', '/hasil_kerja', { sebab: utama.length === 0 ? 'TANPA_RHK_UTAMA' : 'TANPA_REALISASI' });
  else if (weights < planned / 2) add('CAPAIAN_DATA_SEBAGIAN', '/hasil_kerja', { bobot_ada: weights, bobot_total: planned });

  // The computed rating of this SKP (§2.4).
  const rated = utama.filter((r) => r.rating !== null);
  const cara: CaraRating | null =
    rated.length === 0
      ? null
      : {
          cara: config.hasilKerja.caraRating,
          jumlah: rated.length,
          diAtas: rated.filter((r) => r.rating === 'Di Atas Ekspektasi').length,
          sesuai: rated.filter((r) => r.rating === 'Sesuai Ekspektasi').length,
          diBawah: rated.filter((r) => r.rating === 'Di Bawah Ekspektasi').length,
          alasan: null,
        };
  if (cara?.cara === 'sebaran') cara.alasan = ratingBySpread(cara).alasan;
  const dihitung =
    !kuantitatif || capaian === null || cara === null
      ? null
      : cara.cara === 'rata_rata'
        ? ratingHasilKerja(capaian, config.hasilKerja.ambang)
        : ratingBySpread(cara).rating;
  return { bulan, hasilKerja, capaian, cara, dihitung };
}

/**
 * RULES.md §2.4 `sebaran`, in integers over the m utama RHKs that have a rating: most below → Di Bawah;
 * most above and none below → Di Atas; only a small share below (less than half) → Sesuai; exactly
 * half below → null (the penilai decides). `bobot` does not enter.
 */
export function ratingBySpread(c: Pick<CaraRating, 'jumlah' | 'diAtas' | 'diBawah'>): { rating: Rating | null; alasan: AlasanSebaran } {
  const m = c.jumlah;
  if (2 * c.diBawah > m) return { rating: 'Di Bawah Ekspektasi', alasan: 'sebagian_besar_di_bawah' };
  if (2 * c.diAtas > m && c.diBawah === 0) return { rating: 'Di Atas Ekspektasi', alasan: 'sebagian_besar_di_atas' };
  if (2 * c.diBawah < m) return { rating: 'Sesuai Ekspektasi', alasan: 'sebagian_kecil_di_bawah' };
  return { rating: null, alasan: 'separuh_di_bawah' };
}

const mean = (xs: readonly number[]) => {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
};

/** Precedence penilai > organisasi > dihitung; an info finding when a lower source disagrees. */
function choose(
  which: 'hasil_kerja' | 'perilaku',
  sources: [SumberRating, Rating | null][],
  add: (kode: 'RATING_BERBEDA', jalur: string, args: FindingArgs['RATING_BERBEDA']) => void,
): { rating: Rating | null; sumber: SumberRating | null } {
  const chosen = sources.find(([, r]) => r !== null);
  if (!chosen) return { rating: null, sumber: null };
  for (const [sumber, r] of sources.slice(sources.indexOf(chosen) + 1)) {
    if (r !== null && r !== chosen[1])
      add('RATING_BERBEDA', '', { rating: which, sumber: chosen[0], dipakai: chosen[1]!, sumber_lain: sumber, lain: r });
  }
  return { rating: chosen[1], sumber: chosen[0] };
}
