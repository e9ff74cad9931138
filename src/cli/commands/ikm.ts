/** `asn-kinerja ikm [PATH...]` (RULES.md §4): options → engine → formatter → stdout → exit code. */
import { getExitCode } from '../../core/exit-code.js';
import { computeIkm, type IkmResult, type Per } from '../../engine/ikm.js';
import type { Formatter } from '../../report/format.js';
import { IKM_FORMATS, type IkmFormat } from '../../report/ikm/index.js';
import type { CliContext } from '../context.js';
import { formatOptions, readOptions, type GlobalOptions } from '../options.js';
import { reportUnusableConfig } from '../unusable-config.js';
import { IKM_FORMAT_NAMES } from '../../report/names.js';
import { PLAIN } from '../../report/style.js';
import { chooseFormat, emit } from '../output.js';

export interface IkmOptions extends GlobalOptions {
  per?: Per;
  periode?: string;
  format?: IkmFormat;
  output?: string;
  strict?: boolean;
}

export async function runIkm(paths: readonly string[], opts: IkmOptions, ctx: CliContext): Promise<number> {
  const format = chooseFormat('ikm', opts.format, opts.output, IKM_FORMAT_NAMES, 'table', ctx);
  const fmt = { ...formatOptions(opts, ctx, ctx.stdout), ...(opts.output !== undefined ? { style: PLAIN } : {}) };
  const result = await computeIkm({
    ...readOptions(opts, ctx),
    ...(opts.output !== undefined && opts.output !== '-' ? { output: opts.output } : {}),
    paths,
    ...(opts.per ? { per: opts.per } : {}),
    ...(opts.periode !== undefined ? { periode: opts.periode } : {}),
  });
  if (!result.ok) return reportUnusableConfig(result.configReport, opts, ctx);
  // Through the Formatter contract: a format may be async (a heavy writer loads on first use).
  const formatter: Formatter<IkmResult> = IKM_FORMATS[format];
  await emit(await formatter(result, fmt), opts.output, ctx);
  return getExitCode({ counts: result.counts, strict: fmt.strict });
}
