/** `asn-kinerja score [WORKSPACE] [FILE...]`: options → engine → report model → formatter → write → exit code. */
import { getExitCode } from '../../core/exit-code.js';
import { FINDING_CAP } from '../../constants.js';
import { explainEmployee, scoreWorkspace } from '../../engine/score.js';
import {
  buildScoreReport,
  formatExplainJson,
  formatExplainText,
  SCORE_FORMATS,
  type ScoreFormat,
  type ScoreReport,
  type TabelCsv,
} from '../../report/score/index.js';
import type { Formatter } from '../../report/format.js';
import { SCORE_FORMAT_NAMES } from '../../report/names.js';
import { chooseFormat, emit } from '../output.js';
import { UsageError } from '../../errors.js';
import { PLAIN } from '../../report/style.js';
import type { CliContext } from '../context.js';
import { formatOptions, readOptions, type GlobalOptions } from '../options.js';
import { reportUnusableConfig } from '../unusable-config.js';
import { progressReporter } from '../progress.js';

export interface ScoreOptions extends GlobalOptions {
  periode?: string;
  format?: ScoreFormat;
  output?: string;
  tabel?: TabelCsv;
  outputDelimiter?: string;
  explain?: string;
  unit?: string;
  strict?: boolean;
  semuaTemuan?: boolean;
}

export async function runScore(
  workspace: string | undefined,
  extra: readonly string[],
  opts: ScoreOptions,
  ctx: CliContext,
): Promise<number> {
  const format = chooseFormat('score', opts.format, opts.output, SCORE_FORMAT_NAMES, 'table', ctx);
  // A report written to a file carries no colour, whatever FORCE_COLOR says.
  const fmt = { ...formatOptions(opts, ctx, ctx.stdout), ...(opts.output !== undefined ? { style: PLAIN } : {}) };
  if (opts.explain !== undefined && format !== 'table' && format !== 'json')
    throw new UsageError({ id: '--explain hanya dengan --format table atau json', en: '--explain works only with --format table or json' });
  const progress = progressReporter(ctx.stderr);
  const result = await scoreWorkspace({
    ...readOptions(opts, ctx),
    ...(workspace !== undefined ? { workspace } : {}),
    files: extra,
    ...(opts.periode !== undefined ? { periode: opts.periode } : {}),
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
    ...(opts.output !== undefined && opts.output !== '-' ? { output: opts.output } : {}),
    findingCap: opts.semuaTemuan ? Number.POSITIVE_INFINITY : FINDING_CAP,
    onProgress: progress,
    onFileDone: () => progress.done(),
  });
  if (!result.ok) return reportUnusableConfig(result.configReport, opts, ctx);

  let out: string | Uint8Array;
  if (opts.explain !== undefined) {
    const explanation = explainEmployee(result, opts.explain);
    out = format === 'json' ? formatExplainJson(result, explanation, fmt.lang) : formatExplainText(result, explanation, fmt.lang);
  } else {
    // Through the Formatter contract: a format may be async (a heavy writer loads on first use).
    const formatter: Formatter<ScoreReport, { tabel?: TabelCsv }> = SCORE_FORMATS[format];
    out = await formatter(buildScoreReport(result, fmt.lang), { ...fmt, ...(opts.tabel ? { tabel: opts.tabel } : {}) });
  }
  await emit(out, opts.output, ctx);
  return getExitCode({ counts: result.scopedCounts, strict: fmt.strict });
}
