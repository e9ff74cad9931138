/**
 * Writing a report file: a temp file beside the target, then rename, so a reader never sees half a
 * report. A path the report cannot be written to — a missing folder, a folder, an unwritable place, a
 * full disk — is the user's to fix (exit 2), and no temp file is left behind.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';
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
  // Exclusive and unpredictable: never an existing file, never someone else's, never through a link
  // (O_EXCL fails on a link in its place). The report replaces a file with that file's own mode.
  const tmp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  removeOnSignal(tmp);
  try {
    // A new report as any new file (0666 less the umask); one replacing a file, private until it has that file's mode.
    await writeFile(tmp, data, { flag: 'wx', mode: target?.isFile() ? 0o600 : 0o666 });
    // Its permission bits only (never setuid, setgid or sticky); a filesystem without modes keeps its own.
    if (target?.isFile()) await chmod(tmp, target.mode & 0o777).catch(() => undefined);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError({ id: `tidak dapat menulis ${path} (${code})`, en: `cannot write ${path} (${code})` }, { cause: e });
  } finally {
    pending.delete(tmp);
    if (pending.size === 0) unhook();
  }
}

/** Temp files being written: an interrupt (SIGINT, SIGTERM) removes them before the process ends. */
const pending = new Set<string>();
const onSignal = (signal: NodeJS.Signals) => {
  for (const p of pending) rmSync(p, { force: true });
  pending.clear();
  unhook();
  // Then end as the signal would have (exit 130 / 143).
  process.kill(process.pid, signal);
};
let hooked = false;
function removeOnSignal(tmp: string): void {
  pending.add(tmp);
  if (hooked) return;
  hooked = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
/** Installed only while a report is being written: Ctrl-C at any other time is Node's own. */
function unhook(): void {
  if (!hooked) return;
  hooked = false;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}
