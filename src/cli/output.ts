/**
 * Where a command's report goes, and in which format: `--format`, or else the `--output` file's
 * extension, or else the command's default. A binary format never goes to a terminal, and a file's
 * extension never contradicts its format (a text table is never written into a `.xlsx`). Exit 2.
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { writeAtomically } from '../io/write-file.js';
import type { Formatted } from '../report/format.js';
import type { CliContext } from './context.js';

/** What each known extension may hold; the first is what it holds when `--format` is not given. */
const EXTENSION_FORMATS: Record<string, readonly string[]> = {
  '.xlsx': ['xlsx'],
  '.html': ['html'],
  '.htm': ['html'],
  '.pdf': ['pdf'],
  // A GitLab Code Quality report and SARIF are JSON too (gl-code-quality.json, results.sarif.json).
  '.json': ['json', 'gitlab', 'sarif'],
  '.csv': ['csv'],
  '.sarif': ['sarif'],
  '.xml': ['junit'],
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
  const toFile = output !== undefined && output !== '-';
  const ext = toFile ? extname(output).toLowerCase() : '';
  const allowed = EXTENSION_FORMATS[ext];
  let format: F;
  if (explicit !== undefined) {
    if (allowed !== undefined && !allowed.includes(explicit))
      throw new UsageError({
        id: `--format ${explicit} tidak cocok dengan --output ${output} (${ext} berisi ${allowed.join('/')}); hapus --format atau ganti nama berkasnya`,
        en: `--format ${explicit} does not match --output ${output} (${ext} holds ${allowed.join('/')}); drop --format or rename the file`,
      });
    format = explicit;
  } else if (allowed !== undefined) {
    const first = allowed.find((f) => (available as readonly string[]).includes(f));
    if (first === undefined)
      throw new UsageError({
        id: `${command} tidak menulis ${ext}; format yang ada: ${available.join(', ')}`,
        en: `${command} does not write ${ext}; its formats: ${available.join(', ')}`,
      });
    format = first as F;
  } else format = fallback;
  if (BINARY.has(format) && !toFile && ctx.stdout.isTTY)
    throw new UsageError({
      id: `--format ${format} menulis berkas biner: beri --output BERKAS.${format}, atau alirkan ke berkas (> berkas.${format})`,
      en: `--format ${format} writes a binary file: give --output FILE.${format}, or redirect to a file (> file.${format})`,
    });
  return format;
}

/**
 * The report to `--output` (atomically), or to stdout (`--output -` too). A target that exists and is
 * not a regular file or a folder — `/dev/stdout`, a FIFO, a terminal — is written to directly, never
 * replaced by a file.
 */
export async function emit(out: Formatted, output: string | undefined, ctx: CliContext): Promise<void> {
  if (output === undefined || output === '-') {
    ctx.stdout.write(out);
    return;
  }
  const target = resolve(ctx.cwd, output);
  const st = statOrNull(target);
  if (st && !st.isFile() && !st.isDirectory()) {
    try {
      await writeFile(target, out);
    } catch (e) {
      // A full device (/dev/full), a FIFO whose reader left, a socket: the path is the user's to fix.
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new InputError({ id: `tidak dapat menulis ${output} (${code})`, en: `cannot write ${output} (${code})` }, { cause: e });
    }
  } else await writeAtomically(target, out);
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
