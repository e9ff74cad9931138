import type { ValidationResult } from '../core/validation-result.js';
import { EXIT } from '../core/exit-code.js';
import { formatValidateText } from '../report/validate/text.js';
import type { CliContext } from './context.js';
import { resolveLang, resolveStyle, type GlobalOptions } from './options.js';

/** A job refused to run on an unusable config: its findings on stderr, exit 2. */
export function reportUnusableConfig(report: ValidationResult, opts: GlobalOptions, ctx: CliContext): number {
  const lang = resolveLang(opts.lang, ctx.env);
  ctx.stderr.write(formatValidateText(report, { lang, style: resolveStyle(ctx.stderr, opts.color, ctx.env), strict: false, quiet: false }));
  return EXIT.usage;
}
