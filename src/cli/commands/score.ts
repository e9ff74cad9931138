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
import { anonimKey, anonymizeReport, makeAnonymizer, peopleOf, ANONIM_KEY_ENV } from '../anonim.js';

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
  anonim?: boolean;
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

  // --anonim: every NIP and nama replaced before any format sees the report (report/anonim.ts).
  let anonymize: ((s: string) => string) | undefined;
  if (opts.anonim) {
    const { key, random } = anonimKey(ctx.env);
    anonymize = makeAnonymizer(key, [...peopleOf(result.docs), ...result.allPegawai.map((p) => ({ nip: p.nip, nama: p.nama }))]);
    if (random && !fmt.quiet)
      ctx.stderr.write(
        fmt.lang === 'id'
          ? `asn-kinerja: --anonim tanpa ${ANONIM_KEY_ENV}: kunci acak sekali jalan dipakai, jadi samaran berbeda tiap jalan dan keluaran ini tidak dapat diulang. Isi ${ANONIM_KEY_ENV} untuk samaran yang tetap.\n`
          : `asn-kinerja: --anonim without ${ANONIM_KEY_ENV}: a random key for this run only, so the pseudonyms differ from run to run and this output cannot be reproduced. Set ${ANONIM_KEY_ENV} for stable pseudonyms.\n`,
      );
  }

  let out: string | Uint8Array;
  if (opts.explain !== undefined) {
    // Under --anonim the employee may be named by the pseudonym an earlier anonymised report showed.
    const named =
      anonymize && /^P-[0-9a-f]{10}$/.test(opts.explain)
        ? result.allPegawai.find((p) => anonymize(p.nip) === opts.explain)?.nip
        : undefined;
    const explanation = explainEmployee(result, named ?? opts.explain);
    out = format === 'json' ? formatExplainJson(result, explanation, fmt.lang) : formatExplainText(result, explanation, fmt.lang);
    // Plain text, never cut short or escaped for markup: the words can be rewritten as they stand.
    if (anonymize) out = anonymize(out);
  } else {
    // Through the Formatter contract: a format may be async (a heavy writer loads on first use).
    const formatter: Formatter<ScoreReport, { tabel?: TabelCsv }> = SCORE_FORMATS[format];
    const report = buildScoreReport(result, fmt.lang);
    out = await formatter(anonymize ? anonymizeReport(report, anonymize) : report, {
      ...fmt,
      ...(opts.tabel ? { tabel: opts.tabel } : {}),
    });
  }
  await emit(out, opts.output, ctx);
  return getExitCode({ counts: result.scopedCounts, strict: fmt.strict });
}
