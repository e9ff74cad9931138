/** `score --format json` (PRODUCT.md, versi_format 1): every number rounded as RULES.md §1 says. */
import { roundReport } from '../core/number.js';
import type { Finding } from '../core/findings.js';
import type { PegawaiSkor, TimSkor, UnitSkor } from '../core/score/index.js';
import type { Target } from '../core/rules/permenpan-rb-6-2022/capaian.js';
import type { Kelompok } from '../core/score/skm.js';
import type { LaporanSkor } from '../types/generated/laporan-skor.js';
import { toTemuan } from './validate-report.js';
import type { Lang } from '../i18n/messages.js';

/** One CSV file read, as the report lists it (type generated from schemas/laporan-skor.schema.json). */
export type SumberFile = LaporanSkor['sumber'][number];

export interface ScoreReportInput {
  versiAlat: string;
  metode: string;
  versiMetode: string;
  periode: string;
  sumber: SumberFile[];
  pegawai: PegawaiSkor[];
  unit: UnitSkor[];
  tim: TimSkor[];
  /** Findings not tied to one employee's scoring. */
  temuan: Finding[];
  counts: { error: number; peringatan: number; info: number };
  lang: Lang;
}

const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));
const target = (t: Target | null) => (t === null ? null : typeof t === 'number' ? r2(t) : { min: r2(t.min)!, maks: r2(t.maks)! });

export function pegawaiJson(p: PegawaiSkor, lang: Lang) {
  return {
    nip: p.nip,
    nama: p.nama,
    unit: p.unit,
    capaian_hasil_kerja: r2(p.capaian_hasil_kerja),
    rating_hasil_kerja: p.rating_hasil_kerja,
    rating_hasil_kerja_dihitung: p.rating_hasil_kerja_dihitung,
    nilai_perilaku: r2(p.nilai_perilaku),
    rating_perilaku: p.rating_perilaku,
    rating_perilaku_dihitung: p.rating_perilaku_dihitung,
    sumber_rating: p.sumber_rating,
    predikat: p.predikat,
    alasan: p.alasan,
    angka_kredit: r2(p.angka_kredit),
    jp_kompetensi: r2(p.jp_kompetensi),
    tindak_lanjut: p.tindak_lanjut,
    hasil_kerja: p.hasil_kerja.map((h) => ({
      id: h.id,
      jenis: h.jenis,
      bobot: h.bobot,
      capaian: r2(h.capaian),
      indikator: h.indikator.map((i) => ({
        id: i.id,
        target: target(i.target),
        realisasi: r2(i.realisasi),
        capaian: r2(i.capaian),
        bulan_tercakup: i.bulan_tercakup,
      })),
    })),
    temuan: p.temuan.map((f) => toTemuan(f, lang)),
  };
}

export function unitJson(u: UnitSkor) {
  return {
    id: u.id,
    nama: u.nama,
    induk: u.induk,
    jumlah_pegawai: u.jumlah_pegawai,
    distribusi: u.distribusi,
    rata_rata_capaian: r2(u.rata_rata_capaian),
    predikat_organisasi: u.predikat_organisasi,
    kurva: {
      diperiksa: u.kurva.diperiksa,
      alasan: u.kurva.alasan,
      sesuai: u.kurva.sesuai,
      pelanggaran: u.kurva.pelanggaran,
      saran: u.saran,
    },
    ikm: u.ikm === null ? null : ikmJson(u.ikm),
    kepatuhan_jp: r2(u.kepatuhan_jp),
  };
}

const r4 = (x: number | null) => (x === null ? null : roundReport(x, 4));

/** The IKM of a group as PRODUCT.md shows it inside a unit. */
export function ikmJson(k: Kelompok) {
  return {
    ikm: r4(k.ikm),
    nilai: r2(k.nilai),
    mutu: k.mutu,
    kinerja: k.kinerja,
    responden: k.responden,
    nrr: k.nrr.map(r4),
    sampel_minimal: k.sampelMinimal,
    sampel_cukup: k.sampelCukup,
  };
}

export function formatScoreJson(input: ScoreReportInput): string {
  // Typed by the schema's generated type: a field the schema does not know fails to compile.
  const report: LaporanSkor = {
    versi_format: 1 as const,
    versi_alat: input.versiAlat,
    metode: input.metode,
    versi_metode: input.versiMetode,
    periode: input.periode,
    sumber: input.sumber,
    ringkasan: {
      pegawai: input.pegawai.length,
      dinilai: input.pegawai.filter((p) => p.predikat !== null).length,
      ...input.counts,
    },
    pegawai: input.pegawai.map((p) => pegawaiJson(p, input.lang)),
    unit: input.unit.map(unitJson),
    tim: input.tim.map((t) => ({ ...t, rata_rata_capaian: r2(t.rata_rata_capaian), kepatuhan_jp: r2(t.kepatuhan_jp) })),
    temuan: input.temuan.map((f) => toTemuan(f, input.lang)),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
