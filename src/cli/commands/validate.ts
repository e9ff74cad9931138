/** `asn-kinerja validate [PATH...]`: options → engine → formatter → stdout → exit code. */
import { getExitCode } from '../../core/exit-code.js';
import { FINDING_CAP } from '../../constants.js';
import { validateWorkspace } from '../../engine/validate.js';
import type { ValidationResult } from '../../core/validation-result.js';
import type { Formatter } from '../../report/format.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../../report/validate/index.js';
import type { CliContext } from '../context.js';
import { formatOptions, readOptions, type GlobalOptions } from '../options.js';
import { progressReporter } from '../progress.js';

export interface ValidateOptions extends GlobalOptions {
  format?: ValidateFormat;
  strict?: boolean;
  semuaTemuan?: boolean;
}

export async function runValidate(paths: readonly string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  const format = opts.format ?? (ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const fmt = formatOptions(opts, ctx, ctx.stdout);
  const progress = progressReporter(ctx.stderr);
  const result = await validateWorkspace(paths, {
    ...readOptions(opts, ctx),
    findingCap: opts.semuaTemuan ? Number.POSITIVE_INFINITY : FINDING_CAP,
    onProgress: progress,
    onFileDone: () => progress.done(),
  });
  // Through the Formatter contract: a format may be async (a heavy writer loads on first use).
  const formatter: Formatter<ValidationResult> = VALIDATE_FORMATS[format];
  ctx.stdout.write(await formatter(result, fmt));
  return getExitCode({ counts: result.counts, strict: fmt.strict, cannotRun: result.configInvalid });
}
