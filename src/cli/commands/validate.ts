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
import { VALIDATE_FORMAT_NAMES } from '../../report/names.js';
import { PLAIN } from '../../report/style.js';
import { chooseFormat, emit } from '../output.js';

export interface ValidateOptions extends GlobalOptions {
  format?: ValidateFormat;
  output?: string;
  strict?: boolean;
  semuaTemuan?: boolean;
}

export async function runValidate(paths: readonly string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  const fallback = ctx.env.GITHUB_ACTIONS === 'true' && opts.output === undefined ? 'github' : 'text';
  const format = chooseFormat('validate', opts.format, opts.output, VALIDATE_FORMAT_NAMES, fallback, ctx);
  // A report written to a file carries no colour, whatever FORCE_COLOR says.
  const fmt = { ...formatOptions(opts, ctx, ctx.stdout), ...(opts.output !== undefined ? { style: PLAIN } : {}) };
  const progress = progressReporter(ctx.stderr);
  const result = await validateWorkspace(paths, {
    ...readOptions(opts, ctx),
    ...(opts.output !== undefined && opts.output !== '-' ? { output: opts.output } : {}),
    findingCap: opts.semuaTemuan ? Number.POSITIVE_INFINITY : FINDING_CAP,
    onProgress: progress,
    onFileDone: () => progress.done(),
  });
  // Through the Formatter contract: a format may be async (a heavy writer loads on first use).
  const formatter: Formatter<ValidationResult> = VALIDATE_FORMATS[format];
  await emit(await formatter(result, fmt), opts.output, ctx);
  return getExitCode({ counts: result.counts, strict: fmt.strict, cannotRun: result.configInvalid });
}
