/**
 * The PP 30/2019 rule pack with PermenPAN-RB 8/2021 (RULES.md §6.2): each IKI's capaian into the nilai
 * capaian bands, Nilai KU by bobot, Nilai KT from the tambahan RHKs up to 10, 70 % of the Nilai SKP plus
 * 30 % of the nilai perilaku (60/40 with `pp_30_2019.dengan_360`), and the predikat with its innovation
 * condition. 8/2021's formula for pejabat pimpinan tinggi, applied to every jabatan. A year or a semester.
 */
import { ptr } from '../../validate/types.js';
import type { Periode } from '../../period.js';
import type { ResolvedConfig } from '../../config.js';
import type { EmployeeInput, ExplainContext, RulePack, Scored, UnitCheckInput } from '../rule-pack.js';
import {
  LEGACY_PERIODS,
  legacyUnits,
  scorePlans,
  summarize,
  whyNoNilai,
  type LegacyEmployee,
  type LegacySummary,
  type LegacyUnit,
} from '../legacy.js';
import { explainLegacy, type LegacyStep } from '../legacy-explain.js';
import type { Prorata } from '../legacy-indicator.js';
import { computePerilaku, RATER_ROLES } from '../permenpan-rb-6-2022/perilaku.js';
import { makeFinding, type Finding } from '../../findings.js';
import { endsLast, monthCount } from '../../masa.js';
import { scorePp30, type RhkPp30 } from './employee.js';
import { nilaiKinerja, perilakuSeratus, predikatPp30, type PredikatPp30 } from './formulas.js';
import { pushAll } from '../../arrays.js';
import { perilakuInOrder } from '../../score/rows.js';

export const PREDIKAT_PP30: readonly PredikatPp30[] = ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang'];

/** One SKP's part: its RHKs with their IKIs, Nilai KU, Nilai KT and Nilai SKP. */
export interface Pp30Detail {
  rhk: RhkPp30[];
  nilai_ku: number | null;
  nilai_kt: number;
  nilai_skp: number | null;
}

export interface Pp30Score extends LegacyEmployee<Pp30Detail, PredikatPp30> {
  metode: 'pp-30-2019';
  sumber_perilaku: 'penilai' | '360' | null;
  inovasi: boolean;
  /** 70/30, or 60/40 with `pp_30_2019.dengan_360`. */
  dengan_360: boolean;
}

export type Pp30Step =
  | LegacyStep
  | ({ tingkat: number } & (
      | { langkah: 'rhk'; id: string; jenis: 'utama' | 'tambahan'; bobot: number | null }
      | {
          langkah: 'iki';
          id: string;
          target: number | { min: number; maks: number } | null;
          realisasi: number | null;
          capaian: number | null;
          targetMaksimal: boolean;
          nilai: number | null;
          prorata: Prorata | null;
        }
      | { langkah: 'nilai_rhk'; nilai: number | null }
      | { langkah: 'nilai_ku'; nilai: number | null }
      | { langkah: 'nilai_kt'; bagian: { id: string; nilai: number | null; bobot: number | null }[]; nilai: number }
      | { langkah: 'nilai_skp'; ku: number | null; kt: number; nilai: number | null }
    ));

function scoreEmployee(input: EmployeeInput) {
  const { config } = input;
  const dengan360 = config.pp30.dengan360;
  const r = scorePlans<Pp30Detail>(input, (plan, realisasi, window, add) => {
    const res = scorePp30({
      skp: plan.skp,
      katalog: input.katalog,
      realisasi,
      penilaian: {},
      nilai360: null,
      dengan360,
      skala: config.perilaku.skala,
      periode: window,
      bulanMasa: monthCount(plan.masa),
      skmRealisasi: input.skmRealisasi,
      add,
    });
    res.rhk.forEach((rhk, i) =>
      rhk.iki.forEach((iki, j) => {
        if (iki.realisasi === null)
          add('INDIKATOR_TANPA_REALISASI', ptr('hasil_kerja', i, 'indikator', j), { indikator: iki.id, periode: input.periode.kode });
      }),
    );
    return { rhk: res.rhk, nilai_ku: res.nilai_ku, nilai_kt: res.nilai_kt, nilai_skp: res.nilai_skp };
  });
  const nip = r.base.nip;
  const penilaian = input.rows.penilaian.get(nip) ?? {};
  let nilaiPerilaku: number | null = null;
  let sumber: Pp30Score['sumber_perilaku'] = null;
  const perilakuFindings: Finding[] = [];
  if (!r.invalid && penilaian.nilaiPerilaku !== undefined) {
    nilaiPerilaku = penilaian.nilaiPerilaku;
    sumber = 'penilai';
  } else if (!r.invalid && dengan360) {
    // §2.5's n from the 360° rows, in period-start then canonical order, converted to 0–100.
    const p = computePerilaku(perilakuInOrder(input.rows, nip), config.perilaku);
    if (p.nilai !== null) {
      nilaiPerilaku = perilakuSeratus(p.nilai, config.perilaku.skala);
      sumber = '360';
    }
    // What §2.5 says about the ratings, as under 6/2022: a role below its minimum is left out; no atasan, no nilai.
    const at = { path: endsLast(input.rencana).path, jalur: '', nip };
    for (const peran of RATER_ROLES) {
      const s = p.peran[peran];
      if (!s.cukup && s.penilai > 0)
        perilakuFindings.push(
          makeFinding('PERAN_PENILAI_KURANG', at, { peran, penilai: s.penilai, minimal: config.perilaku.minimalPenilai[peran] }),
        );
    }
    if (p.nilai === null && !(input.rows.perilaku.size === 0 && input.rows.perilakuLebihPanjang))
      perilakuFindings.push(makeFinding('PERILAKU_TANPA_ATASAN', at));
  }
  const inovasi = penilaian.inovasi === true;
  const akhir = r.nilai_skp !== null && nilaiPerilaku !== null ? nilaiKinerja(r.nilai_skp, nilaiPerilaku, dengan360) : null;
  const last = r.skp.at(-1)?.path ?? input.rencana.at(-1)!.path;
  const why = whyNoNilai(r, nilaiPerilaku, { path: last, nip });
  const hasil: Pp30Score = {
    metode: 'pp-30-2019',
    ...r.base,
    nilai_skp: r.nilai_skp,
    nilai_perilaku: nilaiPerilaku,
    sumber_perilaku: sumber,
    nilai_akhir: akhir,
    inovasi,
    dengan_360: dengan360,
    predikat: akhir === null ? null : predikatPp30(akhir, inovasi),
    alasan: why.alasan,
    skp: r.skp,
    detail: r.decisive?.detail ?? null,
  };
  return { hasil, findings: [...r.findings, ...perilakuFindings, ...why.findings], workspaceFindings: [] };
}

function explain(h: Scored<Pp30Score>, ctx: ExplainContext): Pp30Step[] {
  return explainLegacy<Pp30Detail, PredikatPp30, Pp30Step>(
    h,
    ctx,
    (skp, rowsOf, t) => {
      const out: Pp30Step[] = [];
      for (const rhk of skp.detail.rhk) {
        out.push({ tingkat: t, langkah: 'rhk', id: rhk.id, jenis: rhk.jenis, bobot: rhk.bobot });
        for (const i of rhk.iki) {
          out.push({
            tingkat: t + 1,
            langkah: 'iki',
            id: i.id,
            target: i.target,
            realisasi: i.realisasi,
            capaian: i.capaian,
            targetMaksimal: i.target_maksimal,
            nilai: i.nilai,
            prorata: i.prorata,
          });
          pushAll(out, rowsOf(i.id, t + 2, i.skm ? { nilai: i.realisasi } : undefined));
        }
        out.push({ tingkat: t + 1, langkah: 'nilai_rhk', nilai: rhk.nilai });
      }
      const tambahan = skp.detail.rhk.filter((x) => x.jenis === 'tambahan');
      out.push({ tingkat: t, langkah: 'nilai_ku', nilai: skp.detail.nilai_ku });
      out.push({
        tingkat: t,
        langkah: 'nilai_kt',
        bagian: tambahan.map((x) => ({ id: x.id, nilai: x.nilai, bobot: x.bobot })),
        nilai: skp.detail.nilai_kt,
      });
      out.push({ tingkat: t, langkah: 'nilai_skp', ku: skp.detail.nilai_ku, kt: skp.detail.nilai_kt, nilai: skp.nilai_skp });
      return out;
    },
    { bobot: h.dengan_360 ? [60, 40] : [70, 30], sumberPerilaku: h.sumber_perilaku, inovasi: h.inovasi },
  );
}

export const pp302019 = {
  id: 'pp-30-2019',
  versi: '1.0.0',
  sumber: 'PP 30/2019; PermenPAN-RB 8/2021',
  available: true,
  periodes: LEGACY_PERIODS,
  nilaiPerilaku: true,
  ratings: false,
  // The 360° nilai only with dengan_360 (RULES.md §6.2).
  perilaku360: (config: ResolvedConfig) => config.pp30.dengan360,
  inovasi: true,
  scoreEmployee,
  checkUnits: (input: UnitCheckInput<Pp30Score>) => legacyUnits(input, PREDIKAT_PP30),
  summarizeTeam: (members: readonly Pp30Score[], _periode: Periode): LegacySummary<PredikatPp30> => summarize(members, PREDIKAT_PP30),
  explain,
} as const satisfies RulePack<Pp30Score, LegacyUnit<PredikatPp30>, Pp30Step, LegacySummary<PredikatPp30>>;
