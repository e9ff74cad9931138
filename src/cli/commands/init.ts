import { mkdirSync, readdirSync, readFileSync, statSync, lstatSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { resolveLang, type GlobalOptions } from '../options.js';

const TEMPLATE_DIR = new URL('../../../templates/init/', import.meta.url);
/** The package's schemas, where it is installed: what the editor modelines written by init point at. */
const SCHEMA_DIR = new URL('../../../schemas/', import.meta.url);

/**
 * A YAML file with a `# yaml-language-server: $schema=` line for its kind, the path relative to the
 * file: it resolves wherever the package is installed (node_modules, a global install, this repo).
 */
function withModeline(text: string, file: string): string {
  const kind = /^kind:\s*([a-z-]+)\s*$/m.exec(text)?.[1];
  if (!kind || text.startsWith('# yaml-language-server:')) return text;
  const schema = relative(dirname(file), join(fileURLToPath(SCHEMA_DIR), `${kind}.schema.json`))
    .split(sep)
    .join('/');
  return `# yaml-language-server: $schema=${schema}\n${text}`;
}

function templateFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? templateFiles(abs, base) : [relative(base, abs)];
  });
}

/** Scaffolds a workspace that validates clean; never overwrites a file (exit 2 naming them). */
export function runInit(dir: string, opts: GlobalOptions, ctx: CliContext, tahun = new Date().getFullYear()): number {
  const lang = resolveLang(opts.lang, ctx.env);
  const target = resolve(ctx.cwd, dir);
  const source = fileURLToPath(TEMPLATE_DIR);
  const files = templateFiles(source).sort();
  // The workspace is a folder: a file (or anything else) at that path is not overwritten.
  const at = lstatOrNull(target);
  if (at && !at.isDirectory()) {
    throw new InputError({
      id: `${dir} sudah ada dan bukan folder; init membuat workspace di folder baru atau kosong`,
      en: `${dir} exists and is not a folder; init creates a workspace in a new or empty folder`,
    });
  }
  const existing = files.filter((f) => existsSync(join(target, f)));
  if (existing.length > 0) {
    throw new InputError({
      id: `berkas sudah ada, tidak ditimpa: ${existing.join(', ')}`,
      en: `files already exist and are not overwritten: ${existing.join(', ')}`,
    });
  }
  // A folder the workspace needs that is a file already (part/skp): said before anything is written.
  const blocked = [...new Set(files.map((f) => dirname(join(target, f))))].filter((d) => {
    const st = lstatOrNull(d);
    return st !== null && !st.isDirectory();
  });
  if (blocked.length > 0)
    throw new InputError({
      id: `bukan folder, tidak ditimpa: ${blocked.map((d) => relative(ctx.cwd, d)).join(', ')}`,
      en: `not folders, not overwritten: ${blocked.map((d) => relative(ctx.cwd, d)).join(', ')}`,
    });
  try {
    for (const f of files) {
      const raw = readFileSync(join(source, f), 'utf8').replaceAll('{{TAHUN}}', String(tahun));
      const text = /\.ya?ml$/.test(f) ? withModeline(raw, join(target, f)) : raw;
      mkdirSync(dirname(join(target, f)), { recursive: true });
      writeFileSync(join(target, f), text, { flag: 'wx' });
    }
  } catch (e) {
    // A path the system refuses (a file in the way, no permission): the user's to fix, exit 2.
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(
      { id: `tidak dapat membuat workspace di ${dir} (${code})`, en: `cannot create a workspace in ${dir} (${code})` },
      { cause: e },
    );
  }
  const shown = relative(ctx.cwd, target) || '.';
  ctx.stdout.write(
    lang === 'id'
      ? `Workspace dibuat di ${shown} (${files.length} berkas).\nLangkah berikut: ubah unit-kerja.yaml dan skp/, isi data/*.csv, lalu jalankan: asn-kinerja validate ${shown}\n`
      : `Workspace created in ${shown} (${files.length} files).\nNext: edit unit-kerja.yaml and skp/, fill data/*.csv, then run: asn-kinerja validate ${shown}\n`,
  );
  return 0;
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}
