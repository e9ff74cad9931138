/**
 * Workspace discovery and loading (PRODUCT.md "Workspace"): which files a command reads, each YAML
 * parsed with positions, dispatched by `kind` and checked against its schema.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, readlinkSync, realpathSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { compileIgnore } from '../core/glob.js';
import { makeFinding, type Finding } from '../core/findings.js';
import type { LoadedDoc } from '../core/validate/types.js';
import { isYamlKind, YAML_KINDS } from '../schema/kinds.js';
import { validateAgainstSchema } from '../schema/validator.js';
import { parseYaml, type ParsedYaml } from './yaml-file.js';
import { InputError } from '../errors.js';
import type { Konfigurasi } from '../types/generated/konfigurasi.js';

import { CONFIG_FILE } from '../constants.js';
import { pushAll } from '../core/arrays.js';

export { CONFIG_FILE, DEFAULT_SIZE_LIMIT } from '../constants.js';

export interface LoadOptions {
  cwd: string;
  /** --config FILE (absolute). */
  configPath?: string;
  sizeLimit: number;
  /** A YAML file's limit (DEFAULT_YAML_SIZE_LIMIT unless --batas-ukuran was given). */
  yamlSizeLimit: number;
  /** Files named on the command line: loaded even where discovery would skip them. */
  extraFiles?: readonly string[];
}

export interface LoadedFile {
  /** Path shown to the user: relative to cwd, `/` separators. */
  path: string;
  absPath: string;
  /** `unsupported`: a spreadsheet format not read (.xls, .ods, .xlsb) or Excel's lock file, with its finding. */
  format: 'yaml' | 'csv' | 'xlsx' | 'unsupported';
  /** YAML kind or (from [2]) CSV role; null when not recognised. */
  jenis: string | null;
  findings: Finding[];
}

export interface Workspace {
  root: string;
  files: LoadedFile[];
  docs: LoadedDoc[];
  config: { path: string; data: Konfigurasi | undefined; valid: boolean } | undefined;
  locate: (f: Finding) => Finding;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** The nearest ancestor folder holding asn-kinerja.yaml, else the file's own folder. */
export function workspaceRootOf(file: string): string {
  const start = dirname(file);
  for (let dir = start; ;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

export function statPath(abs: string, shown: string): 'file' | 'dir' {
  let st;
  try {
    st = statSync(abs);
  } catch (cause) {
    throw new InputError({ id: `path tidak ditemukan: ${shown}`, en: `path not found: ${shown}` }, { cause });
  }
  if (st.isDirectory()) return 'dir';
  if (st.isFile()) {
    // A file the user named must be readable: one that is not is their path mistake (exit 2), not a finding.
    const problem = unreadable(abs);
    if (problem !== null)
      throw new InputError({ id: `berkas tidak dapat dibaca: ${shown} (${problem})`, en: `file cannot be read: ${shown} (${problem})` });
    return 'file';
  }
  throw new InputError({ id: `bukan berkas atau folder: ${shown}`, en: `not a file or folder: ${shown}` });
}

/** Why a regular file cannot be read (its first byte), or null. Permissions alone do not tell: root reads anything. */
function unreadable(abs: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    readSync(fd, Buffer.alloc(1), 0, 1, 0);
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Every scalar of the data with its JSON pointer, in document order (iterative). */
function walkValues(data: unknown, visit: (jalur: string, v: unknown) => void): void {
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length > 0) {
    const [v, jalur] = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${jalur}/${i}`]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push([entries[i]![1], `${jalur}/${entries[i]![0].replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    } else visit(jalur, v);
  }
}

const YAML_EXT = /\.ya?ml$/i;
const CSV_EXT = /\.(csv|tsv|txt)$/i;
const XLSX_EXT = /\.xlsx$|\.xlsm$/i;
/** Spreadsheets no well-kept streaming reader exists for (docs/keputusan.md): advised, not read. */
const OTHER_SHEET_EXT = /\.(xls|xlsb|ods|fods)$/i;
/** The tabular inputs: CSV files and workbooks. */
export const isTabular = (f: { format: LoadedFile['format'] }): boolean => f.format === 'csv' || f.format === 'xlsx';

type LinkProblem = 'di_luar' | 'rusak' | 'siklus';

function specialKind(e: { isFIFO(): boolean; isSocket(): boolean }): string {
  return e.isFIFO() ? 'FIFO' : e.isSocket() ? 'SOCKET' : 'DEVICE';
}

function listFiles(
  root: string,
  ignore: (rel: string, isDirectory: boolean) => boolean,
  unreadable: (dir: string, code: string) => void,
  badLink: (link: string, sebab: LinkProblem, tujuan: string) => void,
): string[] {
  const out: string[] = [];
  const linked: { abs: string; real: string }[] = [];
  const links: string[] = [];
  const realRoot = realOrNull(root) ?? root;
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);
  // Folders already walked, by their real path: a link back up is a loop, not a second copy.
  const visited = new Set<string>([realRoot]);
  const wanted = (name: string) => YAML_EXT.test(name) || CSV_EXT.test(name) || XLSX_EXT.test(name) || OTHER_SHEET_EXT.test(name);
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      unreadable(dir, (e as NodeJS.ErrnoException).code ?? String(e));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const abs = join(dir, entry.name);
      const rel = relative(root, abs).split(sep).join('/');
      if (ignore(rel, entry.isDirectory())) continue;
      if (entry.isSymbolicLink()) {
        links.push(abs);
        continue;
      }
      if (entry.isDirectory()) {
        visited.add(realOrNull(abs) ?? abs);
        walk(abs);
      } else if (entry.isFile() && wanted(entry.name)) out.push(abs);
      // A FIFO, socket or device named like an input is said, never read (a FIFO would block) nor passed over.
      else if (wanted(entry.name)) unreadable(abs, specialKind(entry));
    }
  };
  walk(root);
  // Links after every real folder was walked: a link to a folder or a file the workspace holds directly
  // is read once, through its real place; one inside leads to what it points to; one leaving it, a
  // broken one and one back to a folder above it are findings, never a silent skip.
  for (let k = 0; k < links.length; k++) {
    const abs = links[k]!;
    const real = realOrNull(abs);
    if (real === null) badLink(abs, 'rusak', safeReadlink(abs));
    else if (!inside(real)) badLink(abs, 'di_luar', real);
    else {
      const st = statSync(real);
      if (st.isDirectory()) {
        const here = realOrNull(dirname(abs)) ?? dirname(abs);
        if (here === real || here.startsWith(real + sep)) badLink(abs, 'siklus', real);
        else if (!visited.has(real)) {
          visited.add(real);
          walk(abs);
        }
      } else if (st.isFile() && wanted(basename(abs))) linked.push({ abs, real });
      else if (!st.isFile() && wanted(basename(abs))) unreadable(abs, specialKind(st));
    }
  }
  // A linked file is read once: through the link only when the workspace does not hold it directly.
  const direct = new Set(out.map((f) => realOrNull(f) ?? f));
  for (const l of linked) {
    if (direct.has(l.real)) continue;
    direct.add(l.real);
    out.push(l.abs);
  }
  return out;
}

function realOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

function safeReadlink(p: string): string {
  try {
    return readlinkSync(p);
  } catch {
    return '';
  }
}

export function loadWorkspace(root: string, options: LoadOptions): Workspace {
  const locators = new Map<string, ParsedYaml['locate']>();
  const files: LoadedFile[] = [];
  const docs: LoadedDoc[] = [];

  const rootConfig = join(root, CONFIG_FILE);
  const configAbs = options.configPath ?? (existsSync(rootConfig) ? rootConfig : undefined);
  let config: Workspace['config'];
  if (configAbs) {
    if (options.configPath) statPath(configAbs, displayPath(configAbs, options.cwd));
    const { file, doc } = loadYaml(configAbs, options, locators);
    files.push(file);
    if (doc) docs.push(doc);
    // The config file is ours by its name: one without a kind is no skipped stranger but an unusable
    // config, said as an error (the run stops with exit 2).
    const skipped = file.findings.findIndex((f) => f.kode === 'TANPA_KIND');
    if (skipped >= 0)
      file.findings[skipped] = makeFinding('KIND_TIDAK_DIKENAL', { path: file.path, jalur: '' }, { kind: '', dikenal: ['konfigurasi'] });
    const valid = doc?.kind === 'konfigurasi' && doc.valid;
    config = { path: file.path, data: valid ? doc.data : undefined, valid };
  }

  const patterns = config?.data?.abaikan ?? [];
  const ignore = compileIgnore(patterns);
  const listed = listFiles(
    root,
    ignore,
    (dir, code) => {
      const path = displayPath(dir, options.cwd);
      files.push({
        path,
        absPath: dir,
        format: 'yaml',
        jenis: null,
        findings: [makeFinding('FILE_TIDAK_TERBACA', { path }, { sebab: code })],
      });
    },
    (link, sebab, tujuan) => {
      const path = displayPath(link, options.cwd);
      files.push({
        path,
        absPath: link,
        format: 'yaml',
        jenis: null,
        findings: [makeFinding('TAUTAN_SIMBOLIK', { path }, { sebab, tujuan })],
      });
    },
  );
  const seen = new Set(listed);
  for (const extra of options.extraFiles ?? []) if (!seen.has(extra)) listed.push(extra);
  for (const abs of listed.sort(byCodeUnit)) {
    if (abs === configAbs) continue;
    if (!CSV_EXT.test(abs) && !XLSX_EXT.test(abs) && !OTHER_SHEET_EXT.test(abs)) {
      const { file, doc } = loadYaml(abs, options, locators);
      files.push(file);
      if (doc?.kind === 'konfigurasi') {
        file.findings.push(
          makeFinding('KONFIGURASI_BUKAN_AKAR', { path: file.path, jalur: '/kind' }, { akar: displayPath(root, options.cwd) }),
        );
      } else if (doc) docs.push(doc);
    } else if (/^~\$/.test(basename(abs))) {
      // Excel's owner file beside an open workbook: 165 bytes of user name, never data.
      const path = displayPath(abs, options.cwd);
      files.push({ path, absPath: abs, format: 'unsupported', jenis: null, findings: [makeFinding('XLSX_BERKAS_KUNCI', { path })] });
    } else if (OTHER_SHEET_EXT.test(abs)) {
      const path = displayPath(abs, options.cwd);
      const format = extname(abs).slice(1).toLowerCase();
      files.push({
        path,
        absPath: abs,
        format: 'unsupported',
        jenis: null,
        findings: [makeFinding('XLSX_SIMPAN_CSV', { path }, { format })],
      });
    } else if (XLSX_EXT.test(abs)) {
      files.push({ path: displayPath(abs, options.cwd), absPath: abs, format: 'xlsx', jenis: null, findings: [] });
    } else {
      files.push({ path: displayPath(abs, options.cwd), absPath: abs, format: 'csv', jenis: null, findings: [] });
    }
  }

  const locate = (f: Finding): Finding => {
    if (f.jalur === undefined || f.baris !== undefined) return f;
    const pos = locators.get(f.path)?.(f.jalur, f.pada);
    return pos ? { ...f, ...pos } : f;
  };
  return { root, files, docs, config, locate };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const BINARY_PROBE = 8192;

function loadYaml(abs: string, options: LoadOptions, locators: Map<string, ParsedYaml['locate']>): { file: LoadedFile; doc?: LoadedDoc } {
  const path = displayPath(abs, options.cwd);
  const file: LoadedFile = { path, absPath: abs, format: 'yaml', jenis: null, findings: [] };
  const fail = (finding: Finding) => {
    file.findings.push(finding);
    return { file };
  };
  let text: string;
  try {
    const size = statSync(abs).size;
    // Over the user's own --batas-ukuran, as any file; over YAML's lower default, said with its reason.
    if (size > options.sizeLimit) return fail(makeFinding('FILE_TERLALU_BESAR', { path }, { ukuran: size, batas: options.sizeLimit }));
    if (size > options.yamlSizeLimit)
      return fail(makeFinding('YAML_TERLALU_BESAR', { path }, { ukuran: size, batas: options.yamlSizeLimit }));
    const buf = readFileSync(abs);
    // UTF-16 (Notepad's "Unicode") is text in the wrong encoding, not binary: said as such.
    if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return fail(makeFinding('FILE_ENCODING', { path }));
    if (buf.subarray(0, BINARY_PROBE).includes(0)) return fail(makeFinding('FILE_BINER', { path }));
    // A NUL further in is no YAML either (a truncated copy, a file glued to another): said, never read past.
    if (buf.indexOf(0, BINARY_PROBE) >= 0) return fail(makeFinding('FILE_BINER', { path }));
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch (e) {
    if (e instanceof TypeError) return fail(makeFinding('FILE_ENCODING', { path }));
    return fail(makeFinding('FILE_TIDAK_TERBACA', { path }, { sebab: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  const parsed = parseYaml(path, text);
  locators.set(path, parsed.locate);
  pushAll(file.findings, parsed.findings);
  const data = parsed.data;
  // A document the parser could not read is dropped; one whose only YAML-level errors are values (a number
  // that is not finite) is kept, invalid, so its employee is still listed (SKP_TIDAK_VALID), never lost.
  const valueErrors = parsed.findings.filter((f) => f.kode === 'ANGKA_TIDAK_TERHINGGA');
  if (data === undefined || parsed.findings.some((f) => f.tingkat === 'error' && f.kode !== 'ANGKA_TIDAK_TERHINGGA')) return { file };
  const kind = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { kind?: unknown }).kind : undefined;
  if (kind === undefined && /^kind[ \t]*:/m.test(text)) {
    // `kind:` written but empty: a plan cut short, not a stranger's file.
    file.findings.push(makeFinding('KIND_TIDAK_DIKENAL', { path, jalur: '/kind' }, { kind: '', dikenal: YAML_KINDS }));
    return { file };
  }
  if (kind === undefined) {
    // `Kind:` or `KIND:` is our file written with the wrong case: said at the key, not skipped in silence.
    const near = typeof data === 'object' && data !== null ? Object.keys(data).find((k) => k.toLowerCase() === 'kind') : undefined;
    if (near !== undefined) file.findings.push(makeFinding('KIND_HURUF', { path, jalur: `/${near}`, pada: 'kunci' }, { kunci: near }));
    else file.findings.push(makeFinding('TANPA_KIND', { path, jalur: '' }));
    return { file };
  }
  if (!isYamlKind(kind)) {
    // A map or list under `kind:` is shown as JSON, not as "[object Object]".
    const shown = typeof kind === 'string' ? kind : JSON.stringify(kind);
    file.findings.push(makeFinding('KIND_TIDAK_DIKENAL', { path, jalur: '/kind' }, { kind: shown, dikenal: YAML_KINDS }));
    return { file };
  }
  file.jenis = kind;
  // The text of every value that would read as an infinite number, to name it as written.
  const written = new Map<string, string>();
  walkValues(data, (jalur, v) => {
    if (typeof v === 'string' && Math.abs(Number(v)) === Infinity) written.set(jalur, v);
  });
  const schemaFindings = validateAgainstSchema(kind, data, path);
  pushAll(file.findings, schemaFindings);
  // The schema reads number fields from their text, `"1e400"`, `"Infinity"` or `0x` and 300 F included:
  // a number field that came out infinite is an error where it is written, never a value (issue [10] item 4).
  const infinite: Finding[] = [];
  walkValues(data, (jalur, v) => {
    if (typeof v === 'number' && !Number.isFinite(v))
      infinite.push(makeFinding('ANGKA_TIDAK_TERHINGGA', { path, jalur }, { nilai: (written.get(jalur) ?? String(v)).slice(0, 40) }));
  });
  pushAll(file.findings, infinite);
  const doc = { path, kind, valid: schemaFindings.length === 0 && valueErrors.length === 0 && infinite.length === 0, data } as LoadedDoc;
  return { file, doc };
}
