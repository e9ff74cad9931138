/**
 * `score --explain NIP`: the rule pack's recorded steps in words the employee concerned can follow,
 * each row step with its file:line. Text under `table`, `jejak` under json.
 */
import { sourceLine } from '../../core/csv/source.js';
import type { explainEmployee, ScoreResult } from '../../engine/score.js';
import type { Lang } from '../../i18n/messages.js';
import { viewOf } from './packs/index.js';
import { noWorkflowCommands, visible } from '../safe-text.js';

/** What the engine's `explainEmployee` returns: the employee and the pack's recorded steps. */
export type Explanation = ReturnType<typeof explainEmployee>;

function worded(result: ScoreResult, e: Explanation, lang: Lang) {
  const view = viewOf(result.pack.id);
  return e.langkah.map((s) => {
    const line = view.explainLine(s, lang);
    return {
      tingkat: s.tingkat,
      // One line each, whatever the names and ids in it hold.
      teks: visible(line.teks),
      ...(line.asal ? { sumber: visible(sourceLine(result.paths[line.asal.file]!, line.asal.line)) } : {}),
    };
  });
}

export function formatExplainText(result: ScoreResult, e: Explanation, lang: Lang): string {
  return noWorkflowCommands(
    worded(result, e, lang)
      .map((s) => `${'  '.repeat(s.tingkat)}${s.teks}${s.sumber ? `   [${s.sumber}]` : ''}`)
      .join('\n') + '\n',
  );
}

export function formatExplainJson(result: ScoreResult, e: Explanation, lang: Lang): string {
  const report = {
    versi_format: 1,
    nip: e.pegawai.nip,
    periode: result.periode.kode,
    metode: result.config.metode,
    versi_metode: result.pack.versi,
    jejak: worded(result, e, lang),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
