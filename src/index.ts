/**
 * asn-kinerja as a library: the jobs of the command line as functions that return typed,
 * located results (and the formatters that turn them into the CLI's outputs).
 *
 *   import { scoreWorkspace, buildScoreReport } from 'asn-kinerja';
 *   const result = await scoreWorkspace({ cwd: process.cwd(), workspace: 'kota-contoh' });
 *   if (result.ok) console.log(buildScoreReport(result, 'id').laporan.ringkasan);
 */
export { validateWorkspace, type ValidationResult } from './engine/validate.js';
export {
  scoreWorkspace,
  explainEmployee,
  findEmployee,
  type ScoreRequest,
  type ScoreResult,
  type ScoreRefused,
  type SumberFile,
} from './engine/score.js';
export { computeIkm, type IkmRequest, type IkmResult, type IkmRefused, type IkmSource, type Kelompok, type Per } from './engine/ikm.js';
export type { ReadOptions } from './engine/options.js';
export { buildScoreReport, SCORE_FORMATS, type ScoreReport, type ScoreFormat } from './report/score/index.js';
export { IKM_FORMATS, type IkmFormat } from './report/ikm/index.js';
export { VALIDATE_FORMATS, type ValidateFormat } from './report/validate/index.js';
export { dokumenWorkspace, type DokumenRequest, type DokumenResult } from './engine/dokumen.js';
export { buildDokumen, DOKUMEN_FORMATS, type DokumenReport, type DokumenPegawai, type PdfFonts } from './report/dokumen/index.js';
export { loadPdfFonts } from './io/pdf-fonts.js';
export { RULE_PACKS, type Metode, type RulePack } from './core/rules/index.js';
export type { PegawaiScore, UnitScore, TimScore } from './core/score/index.js';
export type { Finding, FindingCounts, Kode, Tingkat } from './core/findings.js';
export { getExitCode, EXIT } from './core/exit-code.js';
export { UsageError, InputError } from './errors.js';
export { VERSION } from './version.js';
export type { LaporanSkor } from './types/generated/laporan-skor.js';
export type { LaporanIkm } from './types/generated/laporan-ikm.js';
export type { LaporanValidasi } from './types/generated/laporan-validasi.js';
export { PLAIN as PLAIN_STYLE, type Style } from './report/style.js';
export { buildIkmReport } from './report/ikm/json.js';
