/** The score formats: one file each, registered here; `--format`'s choices come from this map. */
import type { Formatter } from '../format.js';
import type { ScoreReport } from './model.js';
import type { TabelCsv } from '../names.js';
import { formatScoreCsv } from './csv.js';
import { formatScoreJson } from './json.js';
import { formatScoreTable } from './table.js';
import { formatScoreXlsx } from './xlsx.js';
import { formatScoreHtml } from './html.js';

import type { ScoreFormat } from '../names.js';

export type { ScoreFormat } from '../names.js';

export const SCORE_FORMATS = {
  table: formatScoreTable,
  csv: formatScoreCsv,
  json: formatScoreJson,
  xlsx: formatScoreXlsx,
  html: formatScoreHtml,
} as const satisfies Record<ScoreFormat, Formatter<ScoreReport, { tabel?: TabelCsv }>>;

export { buildScoreReport, type ScoreReport } from './model.js';
export { SCORE_TABLES, type TabelCsv } from '../names.js';
export { formatExplainJson, formatExplainText } from './explain.js';
