/**
 * The score report model: built once from the engine's unrounded result, every number rounded as
 * RULES.md §1 says. Every score format (json, table, csv, …) reads this one model, so they cannot
 * disagree on a number.
 */
import { roundReport } from '../../core/number.js';
import type { Finding, FindingCounts } from '../../core/findings.js';
import type { Kelompok } from '../../core/skm/pool.js';
import type { UnitScore } from '../../core/score/index.js';
import type { ScoreResult } from '../../engine/score.js';
import type { Lang } from '../../i18n/messages.js';
import type { LaporanSkor } from '../../types/generated/laporan-skor.js';
import { toTemuan } from '../findings.js';
import { viewOf } from './packs/index.js';

export interface ScoreReport {
  laporan: LaporanSkor;
  /** Every finding, raw (the text formats word them), and their counts. */
  findings: Finding[];
  counts: FindingCounts;
  /** `metode versi`, as the table and CSV name the rule pack. */
  metode: string;
  lang: Lang;
}

const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));
const r4 = (x: number | null) => (x === null ? null : roundReport(x, 4));

/** The IKM of a group as PRODUCT.md shows it inside a unit. */
export function ikmEntry(k: Kelompok) {
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

export function unitEntry(u: UnitScore): LaporanSkor['unit'][number] {
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
    ikm: u.ikm === null ? null : ikmEntry(u.ikm),
    kepatuhan_jp: r2(u.kepatuhan_jp),
  };
}

export function buildScoreReport(result: ScoreResult, lang: Lang): ScoreReport {
  const view = viewOf(result.pack.id);
  // Typed by the schema's generated type: a field the schema does not know fails to compile.
  const laporan: LaporanSkor = {
    versi_format: 1 as const,
    versi_alat: result.versiAlat,
    metode: result.pack.id,
    versi_metode: result.pack.versi,
    periode: result.periode.kode,
    sumber: result.sumber,
    ringkasan: {
      pegawai: result.pegawai.length,
      dinilai: result.pegawai.filter((p) => p.predikat !== null).length,
      ...result.counts,
    },
    pegawai: result.pegawai.map((p) => view.entry(p, lang)),
    unit: result.unit.map(unitEntry),
    tim: result.tim.map((t) => ({
      id: t.id,
      nama: t.nama,
      jumlah_pegawai: t.jumlah_pegawai,
      distribusi: t.distribusi,
      rata_rata_capaian: r2(t.rata_rata_capaian),
      kepatuhan_jp: r2(t.kepatuhan_jp),
    })),
    temuan: result.temuan.map((f) => toTemuan(f, lang)),
  };
  return { laporan, findings: result.allFindings, counts: result.counts, metode: `${result.config.metode} ${result.pack.versi}`, lang };
}
