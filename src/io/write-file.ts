/**
 * Writing a report file: a temp file beside the target, then rename, so a reader never sees half a
 * report. A path the report cannot be written to — a missing folder, a folder, an unwritable place, a
 * full disk — is the user's to fix (exit 2), and no temp file is left behind.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const target = statOrNull(path);
  if (target?.isDirectory())
    throw new InputError({ id: `--output menunjuk folder, bukan berkas: ${path}`, en: `--output names a folder, not a file: ${path}` });
  const parent = statOrNull(folder);
  if (!parent?.isDirectory())
    throw new InputError({
      id: `folder untuk --output tidak ada: ${folder} (buat dulu foldernya)`,
      en: `the folder for --output does not exist: ${folder} (create it first)`,
    });
  // Exclusive and unpredictable: never an existing file, never someone else's.
  const tmp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError({ id: `tidak dapat menulis ${path} (${code})`, en: `cannot write ${path} (${code})` }, { cause: e });
  }
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}
