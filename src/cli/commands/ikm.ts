/** `asn-kinerja ikm [PATH...]` (RULES.md §4): options → engine → formatter → stdout → exit code. */
import { getExitCode } from '../../core/exit-code.js';
import { computeIkm, type IkmResult, type Per } from '../../engine/ikm.js';
import type { Formatter } from '../../report/format.js';
import { IKM_FORMATS, type IkmFormat } from '../../report/ikm/index.js';
import type { CliContext } from '../context.js';
import { formatOptions, readOptions, type GlobalOptions } from '../options.js';
import { reportUnusableConfig } from '../unusable-config.js';

export interface IkmOptions extends GlobalOptions {
  per?: Per;
  periode?: string;
  format?: IkmFormat;
  strict?: boolean;
}

export async function runIkm(paths: readonly string[], opts: IkmOptions, ctx: CliContext): Promise<number> {
  const fmt = formatOptions(opts, ctx, ctx.stdout);
  const result = await computeIkm({
    ...readOptions(opts, ctx),
    paths,
    ...(opts.per ? { per: opts.per } : {}),
    ...(opts.periode !== undefined ? { periode: opts.periode } : {}),
  });
  if (!result.ok) return reportUnusableConfig(result.configReport, opts, ctx);
  // Through the Formatter contract: a format may be async (a heavy writer loads on first use).
  const formatter: Formatter<IkmResult> = IKM_FORMATS[opts.format ?? 'table'];
  ctx.stdout.write(await formatter(result, fmt));
  return getExitCode({ counts: result.counts, strict: fmt.strict });
}
