/**
 * Where a command's report goes, and in which format: `--format`, or else the `--output` file's
 * extension, or else the command's default. A binary format never goes to a terminal, and a file's
 * extension never contradicts its format (a text table is never written into a `.xlsx`). Exit 2.
 */
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeAtomically } from '../io/write-file.js';
import type { Formatted } from '../report/format.js';
import type { CliContext } from './context.js';

/** What each known extension holds. */
const EXTENSION_FORMATS: Record<string, string> = {
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.json': 'json',
  '.csv': 'csv',
  '.sarif': 'sarif',
  '.xml': 'junit',
};
const BINARY = new Set(['xlsx', 'pdf']);

export function chooseFormat<F extends string>(
  command: string,
  explicit: F | undefined,
  output: string | undefined,
  available: readonly F[],
  fallback: F,
  ctx: CliContext,
): F {
  const ext = output !== undefined ? extname(output).toLowerCase() : '';
  const byExtension = EXTENSION_FORMATS[ext];
  let format: F;
  if (explicit !== undefined) {
    if (byExtension !== undefined && byExtension !== explicit)
      throw new UsageError({
        id: `--format ${explicit} tidak cocok dengan --output ${output} (${ext} berisi ${byExtension}); hapus --format atau ganti nama berkasnya`,
        en: `--format ${explicit} does not match --output ${output} (${ext} holds ${byExtension}); drop --format or rename the file`,
      });
    format = explicit;
  } else if (byExtension !== undefined) {
    if (!(available as readonly string[]).includes(byExtension))
      throw new UsageError({
        id: `${command} tidak menulis ${ext}; format yang ada: ${available.join(', ')}`,
        en: `${command} does not write ${ext}; its formats: ${available.join(', ')}`,
      });
    format = byExtension as F;
  } else format = fallback;
  if (BINARY.has(format) && output === undefined && ctx.stdout.isTTY)
    throw new UsageError({
      id: `--format ${format} menulis berkas biner: beri --output BERKAS.${format}, atau alirkan ke berkas (> berkas.${format})`,
      en: `--format ${format} writes a binary file: give --output FILE.${format}, or redirect to a file (> file.${format})`,
    });
  return format;
}

/** The report to `--output` (atomically) or to stdout. */
export async function emit(out: Formatted, output: string | undefined, ctx: CliContext): Promise<void> {
  if (output !== undefined) await writeAtomically(resolve(ctx.cwd, output), out);
  else ctx.stdout.write(out);
}
