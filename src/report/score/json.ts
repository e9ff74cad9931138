/** `score --format json` (PRODUCT.md, versi_format 1; schemas/laporan-skor.schema.json). */
import type { ScoreReport } from './model.js';

export function formatScoreJson(report: ScoreReport): string {
  return JSON.stringify(report.laporan, null, 2) + '\n';
}
