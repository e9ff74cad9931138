/**
 * The score report model: built once from the engine's unrounded result, every number rounded as
 * RULES.md §1 says. Every score format (json, table, csv, …) reads this one model, so they cannot
 * disagree on a number.
 */
import type { Finding, FindingCounts } from '../../core/findings.js';
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

export function buildScoreReport(result: ScoreResult, lang: Lang): ScoreReport {
  const view = viewOf(result.pack.id);
  // Each pack's entries are typed by its branch of the schema's generated type (the views), so a field
  // the schema does not know fails to compile there; the report pairs them with the same metode.
  const laporan = {
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
    unit: result.unit.map((u) => view.unitEntry(u)),
    tim: result.tim.map((t) => view.timEntry(t)),
    temuan: result.temuan.map((f) => toTemuan(f, lang)),
  } as LaporanSkor;
  return { laporan, findings: result.allFindings, counts: result.counts, metode: `${result.config.metode} ${result.pack.versi}`, lang };
}
