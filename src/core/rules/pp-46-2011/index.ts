/**
 * The PP 46/2011 rule pack with Perka BKN 1/2013 (RULES.md §6.1): each utama RHK a kegiatan tugas
 * jabatan scored on kuantitas, kualitas, waktu and biaya, the tugas tambahan, Nilai SKP, 60 % of it
 * plus 40 % of the penilai's nilai perilaku, and the five sebutan. A year or a semester.
 */
import { ptr } from '../../validate/types.js';
import { monthCount } from '../../masa.js';
import type { Periode } from '../../period.js';
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
import { scorePp46, type KegiatanDetail } from './employee.js';
import { nilaiPrestasi, sebutan, type Sebutan } from './formulas.js';
import { pushAll } from '../../arrays.js';

export const SEBUTAN: readonly Sebutan[] = ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Buruk'];

/** One SKP's part: its kegiatan, the tugas tambahan and its Nilai SKP. */
export interface Pp46Detail {
  kegiatan: KegiatanDetail[];
  tambahan: { jumlah: number; nilai: number };
  nilai_skp: number | null;
}

export interface Pp46Score extends LegacyEmployee<Pp46Detail, Sebutan> {
  metode: 'pp-46-2011';
}

export type Pp46Step =
  | LegacyStep
  | ({ tingkat: number } & (
      | { langkah: 'kegiatan'; id: string; uraian: string | null }
      | {
          langkah: 'aspek';
          aspek: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya';
          indikator: string;
          target: number | null;
          realisasi: number | null;
          nilai: number | null;
          efisiensi: number | null;
          prorata: Prorata | null;
          /** false: RO = 0, the kegiatan was not carried out (every aspect 0). */
          dilaksanakan: boolean;
        }
      | { langkah: 'nilai_kegiatan'; nilai: number | null; aspek: number; dilaksanakan: boolean; alasan: string | null }
      | { langkah: 'tugas_tambahan'; jumlah: number; nilai: number }
      | { langkah: 'nilai_skp'; kegiatan: number[]; tambahan: number; nilai: number | null }
    ));

function scoreEmployee(input: EmployeeInput) {
  const r = scorePlans<Pp46Detail>(input, (plan, realisasi, window, add) => {
    const res = scorePp46({
      skp: plan.skp,
      katalog: input.katalog,
      realisasi,
      nilaiPerilaku: null,
      periode: window,
      bulanMasa: monthCount(plan.masa),
      skmRealisasi: input.skmRealisasi,
      add,
    });
    for (const k of res.kegiatan) {
      if (k.alasan === null) continue;
      const i = plan.skp.hasil_kerja.findIndex((x) => x.id === k.id);
      add('KEGIATAN_TIDAK_DINILAI', ptr('hasil_kerja', i), { rhk: k.id, sebab: k.alasan });
      // Which indicator lacks its realisation, at its line (biaya only when the kegiatan has one).
      if (k.alasan === 'TANPA_REALISASI')
        for (const [a, x] of Object.entries(k.aspek))
          if (x.realisasi === null && (a !== 'biaya' || (x.target ?? 0) > 0)) {
            const j = plan.skp.hasil_kerja[i]!.indikator.findIndex((ind) => (ind.id ?? ind.ref) === x.indikator);
            add('INDIKATOR_TANPA_REALISASI', ptr('hasil_kerja', i, 'indikator', j), {
              indikator: x.indikator,
              periode: input.periode.kode,
            });
          }
    }
    return { kegiatan: res.kegiatan, tambahan: res.tambahan, nilai_skp: res.nilai_skp };
  });
  const nilaiPerilaku = r.invalid ? null : (input.rows.penilaian.get(r.base.nip)?.nilaiPerilaku ?? null);
  const akhir = r.nilai_skp !== null && nilaiPerilaku !== null ? nilaiPrestasi(r.nilai_skp, nilaiPerilaku) : null;
  const last = r.skp.at(-1)?.path ?? input.rencana.at(-1)!.path;
  const why = whyNoNilai(r, nilaiPerilaku, { path: last, nip: r.base.nip });
  const hasil: Pp46Score = {
    metode: 'pp-46-2011',
    ...r.base,
    nilai_skp: r.nilai_skp,
    nilai_perilaku: nilaiPerilaku,
    nilai_akhir: akhir,
    predikat: akhir === null ? null : sebutan(akhir),
    alasan: why.alasan,
    skp: r.skp,
    detail: r.decisive?.detail ?? null,
  };
  return { hasil, findings: [...r.findings, ...why.findings], workspaceFindings: [] };
}

function explain(h: Scored<Pp46Score>, ctx: ExplainContext): Pp46Step[] {
  return explainLegacy<Pp46Detail, Sebutan, Pp46Step>(
    h,
    ctx,
    (skp, rowsOf, t) => {
      const out: Pp46Step[] = [];
      for (const k of skp.detail.kegiatan) {
        out.push({ tingkat: t, langkah: 'kegiatan', id: k.id, uraian: k.uraian });
        for (const a of ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const) {
          const x = k.aspek[a];
          if (!x) continue;
          const res = k.hasil;
          const part =
            res === null
              ? null
              : a === 'kuantitas'
                ? res.kuantitas
                : a === 'kualitas'
                  ? res.kualitas
                  : a === 'waktu'
                    ? res.waktu
                    : res.biaya;
          const nilai = part === null ? null : typeof part === 'number' ? part : part.nilai;
          const efisiensi = part !== null && typeof part === 'object' ? part.efisiensi : null;
          out.push({
            tingkat: t + 1,
            langkah: 'aspek',
            aspek: a,
            indikator: x.indikator,
            target: x.target,
            realisasi: x.realisasi,
            nilai,
            efisiensi: res?.dilaksanakan === false ? null : efisiensi,
            prorata: x.prorata,
            dilaksanakan: res?.dilaksanakan !== false,
          });
          pushAll(out, rowsOf(x.indikator, t + 2, x.skm ? { nilai: x.realisasi } : undefined));
        }
        out.push({
          tingkat: t + 1,
          langkah: 'nilai_kegiatan',
          nilai: k.hasil?.nilai ?? null,
          aspek: k.hasil?.biaya ? 4 : 3,
          dilaksanakan: k.hasil?.dilaksanakan ?? true,
          alasan: k.alasan,
        });
      }
      out.push({ tingkat: t, langkah: 'tugas_tambahan', jumlah: skp.detail.tambahan.jumlah, nilai: skp.detail.tambahan.nilai });
      out.push({
        tingkat: t,
        langkah: 'nilai_skp',
        kegiatan: skp.detail.kegiatan.flatMap((k) => (k.hasil ? [k.hasil.nilai] : [])),
        tambahan: skp.detail.tambahan.nilai,
        nilai: skp.nilai_skp,
      });
      return out;
    },
    { bobot: [60, 40], sumberPerilaku: h.nilai_perilaku === null ? null : 'penilai', inovasi: null },
  );
}

export const pp462011 = {
  id: 'pp-46-2011',
  versi: '1.0.0',
  sumber: 'PP 46/2011; Perka BKN 1/2013',
  available: true,
  periodes: LEGACY_PERIODS,
  nilaiPerilaku: true,
  // The penilai's explicit ratings are 6/2022's (RULES.md §2.6).
  ratings: false,
  // PP 46/2011's nilai perilaku is the penilai's 0–100 (RULES.md §6.1): 360° rows enter nothing.
  perilaku360: () => false,
  // The innovation condition is PP 30/2019's.
  inovasi: false,
  scoreEmployee,
  checkUnits: (input: UnitCheckInput<Pp46Score>) => legacyUnits(input, SEBUTAN),
  summarizeTeam: (members: readonly Pp46Score[], _periode: Periode): LegacySummary<Sebutan> => summarize(members, SEBUTAN),
  explain,
} as const satisfies RulePack<Pp46Score, LegacyUnit<Sebutan>, Pp46Step, LegacySummary<Sebutan>>;
