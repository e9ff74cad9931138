/**
 * One employee's SKP for P under PP 30/2019 with PermenPAN-RB 8/2021 (RULES.md §6.2): each IKI's capaian
 * (RULES.md §2.3, not capped) gives its nilai capaian; an RHK's nilai is the mean of its IKIs'; Nilai KU
 * weighs the utama RHKs by `bobot`, Nilai KT adds the tambahan RHKs' nilai × bobot / 100 up to 10; the
 * nilai perilaku is the penilaian's 0–100 value, or with `dengan_360` the 360° nilai on 0–100. Pure and
 * unrounded; what cannot be computed is null with the reason. The pack (index.ts) scores each SKP of the
 * year with it and combines them.
 */
import type { Skp } from '../../../types/generated/skp.js';
import type { IndikatorDefinition } from '../../validate/katalog.js';
import type { Periode } from '../../period.js';
import { computeCapaian } from '../permenpan-rb-6-2022/capaian.js';
import { readIndicator, type IndicatorAdd, type SkmRealisasi, type Prorata } from '../legacy-indicator.js';
import { ptr } from '../../validate/types.js';
import { nilaiCapaianIki, nilaiKinerja, nilaiKt, nilaiKu, perilakuSeratus, predikatPp30, type PredikatPp30 } from './formulas.js';

export interface IkiDetail {
  id: string;
  target: number | { min: number; maks: number } | null;
  realisasi: number | null;
  capaian: number | null;
  target_maksimal: boolean;
  nilai: number | null;
  /** The written target and the months it was scaled by, when a `jumlah` target was pro-rated. */
  prorata: Prorata | null;
  /** Fed by the survey (`sumber: skm`): the realisation is the IKM nilai (RULES.md §4.5). */
  skm: boolean;
}

export interface RhkPp30 {
  id: string;
  jenis: 'utama' | 'tambahan';
  bobot: number | null;
  /** Mean of its IKIs' nilai; null when one of them has none. */
  nilai: number | null;
  iki: IkiDetail[];
}

export interface Pp30Result {
  rhk: RhkPp30[];
  nilai_ku: number | null;
  nilai_kt: number;
  nilai_skp: number | null;
  nilai_perilaku: number | null;
  /** Where the nilai perilaku came from: the penilaian column, or the 360° ratings (dengan_360). */
  sumber_perilaku: 'penilai' | '360' | null;
  nilai_akhir: number | null;
  inovasi: boolean;
  predikat: PredikatPp30 | null;
}

export interface Pp30Input {
  skp: Skp;
  katalog: ReadonlyMap<string, IndikatorDefinition>;
  realisasi: ReadonlyMap<string, readonly { periode: Periode; nilai: number }[]>;
  /** The penilaian CSV for P: the 0–100 nilai perilaku and inovasi, when given. */
  penilaian: { nilaiPerilaku?: number; inovasi?: boolean };
  /** §2.5's nilai perilaku from the 360° rows (on the skala), when there is one. */
  nilai360: number | null;
  dengan360: boolean;
  skala: { min: number; maks: number };
  /** P, or for an SKP with a masa the window masa ∩ P (its `kode` stays P's). */
  periode: Periode;
  /** Months of the SKP's masa (its targets are for them); 12 for a whole-year SKP. */
  bulanMasa?: number;
  /** The survey's IKM nilai for an indicator with `sumber: skm` (RULES.md §4.5). */
  skmRealisasi?: SkmRealisasi;
  add?: IndicatorAdd;
}

export function scorePp30(input: Pp30Input): Pp30Result {
  const rhk: RhkPp30[] = input.skp.hasil_kerja.map((r, i) => {
    const iki = r.indikator.map((ind, j): IkiDetail => {
      const key = ind.id ?? ind.ref ?? '';
      const def = ind.ref !== undefined ? input.katalog.get(ind.ref) : undefined;
      const jalur = ptr('hasil_kerja', i, 'indikator', j);
      const { target, realisasi, prorata, skm } = readIndicator(
        ind,
        def,
        { jalur, key },
        {
          ...input,
          ...(input.skmRealisasi ? { skm: { realisasi: input.skmRealisasi, unit: input.skp.pegawai.unit } } : {}),
        },
      );
      const polaritas = ind.polaritas ?? def?.polaritas ?? 'maksimal';
      const c =
        target === null || realisasi === null ? null : computeCapaian({ realisasi, target, polaritas, batas: Number.POSITIVE_INFINITY });
      const capaian = c?.ok ? c.capaian : null;
      // A zero-tolerance target (minimal, target 0) met scores 100, missed 0 (RULES.md §2.3): said, as under 6/2022.
      if (c?.ok && c.toleransiNol) input.add?.('TOLERANSI_NOL', jalur, { indikator: key, capaian: c.capaian });
      const maksimal = ind.target_maksimal === true;
      return {
        id: key,
        target,
        realisasi,
        capaian,
        target_maksimal: maksimal,
        nilai: capaian === null ? null : nilaiCapaianIki(capaian, maksimal),
        prorata,
        skm,
      };
    });
    let sum = 0;
    for (const i of iki) sum += i.nilai ?? 0;
    const nilai = iki.length > 0 && iki.every((i) => i.nilai !== null) ? sum / iki.length : null;
    return { id: r.id, jenis: r.jenis, bobot: r.bobot ?? null, nilai, iki };
  });
  const utama = rhk.filter((r) => r.jenis === 'utama');
  const ku = utama.every((r) => r.nilai !== null) ? nilaiKu(utama.map((r) => ({ nilai: r.nilai!, bobot: r.bobot }))) : null;
  // A tambahan RHK without a nilai adds nothing, like one without a bobot.
  const kt = nilaiKt(rhk.filter((r) => r.jenis === 'tambahan' && r.nilai !== null).map((r) => ({ nilai: r.nilai!, bobot: r.bobot })));
  const skp = ku === null ? null : ku + kt;
  const fromColumn = input.penilaian.nilaiPerilaku;
  const perilaku =
    fromColumn !== undefined
      ? fromColumn
      : input.dengan360 && input.nilai360 !== null
        ? perilakuSeratus(input.nilai360, input.skala)
        : null;
  const sumber = fromColumn !== undefined ? 'penilai' : perilaku !== null ? '360' : null;
  const akhir = skp !== null && perilaku !== null ? nilaiKinerja(skp, perilaku, input.dengan360) : null;
  const inovasi = input.penilaian.inovasi === true;
  return {
    rhk,
    nilai_ku: ku,
    nilai_kt: kt,
    nilai_skp: skp,
    nilai_perilaku: perilaku,
    sumber_perilaku: sumber,
    nilai_akhir: akhir,
    inovasi,
    predikat: akhir === null ? null : predikatPp30(akhir, inovasi),
  };
}
