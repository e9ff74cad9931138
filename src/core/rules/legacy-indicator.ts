/**
 * How the legacy packs read one indicator for P (RULES.md §2.0–§2.2, which §6 keeps): the same rows,
 * consolidation, target_periode and pro-rating as PermenPAN-RB 6/2022, with the same findings.
 */
import type { FindingArgs } from '../finding-codes.js';
import type { Periode } from '../period.js';
import type { Skp } from '../../types/generated/skp.js';
import type { IndikatorDefinition } from '../validate/katalog.js';
import { indicatorInWindow, targetForP } from './permenpan-rb-6-2022/konsolidasi.js';
import type { Target } from './permenpan-rb-6-2022/capaian.js';

/** A `jumlah` target scaled to the months covered: target × bulan / dariBulan. */
export interface Prorata {
  dari: number | { min: number; maks: number };
  bulan: number;
  dariBulan: number;
}

/** Findings about one indicator as it is read for P. */
export type IndicatorAdd = <K extends 'TARGET_PERIODE_SUB' | 'CAKUPAN_SEBAGIAN' | 'TOLERANSI_NOL'>(
  kode: K,
  jalur: string,
  args: FindingArgs[K],
) => void;

/** RULES.md §4.5: the IKM nilai in P for an indicator fed by the survey (the engine's pooled groups). */
export type SkmRealisasi = (lingkup: 'unit' | 'layanan' | 'petugas', layanan: string | undefined, unit: string) => number | null;

/**
 * One indicator's target and realisation for P over the window (RULES.md §2.0–§2.2): the rows inside
 * it by `cara`, a `target_periode` entry for P or the SKP's target for its masa, `jumlah` pro-rated to the
 * months covered (never counting a missing month as zero), as 6/2022 reads them.
 */
export function readIndicator(
  ind: Skp['hasil_kerja'][number]['indikator'][number],
  def: IndikatorDefinition | undefined,
  at: { jalur: string; key: string },
  input: {
    realisasi: ReadonlyMap<string, readonly { periode: Periode; nilai: number }[]>;
    periode: Periode;
    bulanMasa?: number;
    add?: IndicatorAdd;
    /** The survey's IKM nilai and the SKP's unit, for an indicator with `sumber: skm`. */
    skm?: { realisasi: SkmRealisasi; unit: string };
  },
): { target: Target | null; realisasi: number | null; prorata: Prorata | null; skm: boolean } {
  const P = input.periode;
  if ((ind.sumber ?? def?.sumber) === 'skm') {
    // Fed by the survey: the IKM nilai itself, no consolidation, no pro-rating (RULES.md §4.5), as under 6/2022.
    const t = targetForP(ind.target, ind.target_periode, P, () => undefined);
    const nilai =
      input.skm?.realisasi(ind.skm_lingkup ?? def?.skm_lingkup ?? 'unit', ind.skm_layanan ?? def?.skm_layanan, input.skm.unit) ?? null;
    return { target: t.target ?? null, realisasi: nilai, prorata: null, skm: true };
  }
  const cara = ind.konsolidasi ?? def?.konsolidasi ?? 'rata-rata';
  const t = targetForP(ind.target, ind.target_periode, P, (keys) =>
    input.add?.('TARGET_PERIODE_SUB', `${at.jalur}/target_periode`, { kunci: keys, periode: P.kode }),
  );
  const k = indicatorInWindow(input.realisasi.get(at.key), cara, P, {
    tahunan: t.override ? undefined : t.target,
    periode: t.override ? t.target : undefined,
    bulanMasa: input.bulanMasa ?? 12,
  });
  const bulanP = P.bulanAkhir - P.bulanAwal + 1;
  if (k && k.bulanKosong.length > 0)
    input.add?.('CAKUPAN_SEBAGIAN', at.jalur, {
      indikator: at.key,
      bulan_tercakup: k.bulanTercakup,
      bulan_periode: bulanP,
      bulan_kosong: k.bulanKosong,
    });
  // What the explain shows of a pro-rated target: the target written, and the months it was scaled by.
  const dariBulan = t.override ? bulanP : (input.bulanMasa ?? 12);
  const prorata: Prorata | null =
    k && cara === 'jumlah' && t.target !== undefined && k.bulanTercakup !== dariBulan
      ? { dari: t.target, bulan: k.bulanTercakup, dariBulan }
      : null;
  return { target: k ? k.target : (t.target ?? null), realisasi: k?.realisasi ?? null, prorata, skm: false };
}
