/** `asn-kinerja ikm [PATH...]` (RULES.md §4): options → engine → formatter → stdout → exit code. */
import { getExitCode } from '../../core/exit-code.js';
import { computeIkm, type Per } from '../../engine/ikm.js';
import { IKM_FORMATS, type IkmFormat } from '../../report/ikm/index.js';
import { formatValidateText } from '../../report/validate/index.js';
import { EXIT } from '../../core/exit-code.js';
import type { CliContext } from '../context.js';
import { formatOptions, readOptions, resolveStyle, type GlobalOptions } from '../options.js';

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
  if (!result.ok) {
    ctx.stderr.write(
      formatValidateText(result.configReport, {
        ...fmt,
        style: resolveStyle(ctx.stderr, opts.color, ctx.env),
        strict: false,
        quiet: false,
      }),
    );
    return EXIT.usage;
  }
  ctx.stdout.write(await IKM_FORMATS[opts.format ?? 'table'](result, fmt));
  return getExitCode({ counts: result.counts, strict: fmt.strict });
}
