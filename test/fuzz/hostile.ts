/**
 * A seeded generator of hostile workspaces (issue [10], the fuzz suite). Each case copies a base
 * workspace (examples/kota-contoh, or a workspace made by `asn-kinerja init`) into a fresh folder and
 * applies one mutation, a *variant* of a *class*: injection strings in names, ids, NIPs, keys, cells and
 * file names; broken CSV; hostile YAML; odd file-system entries; or a mix of several. The same seed gives
 * the same case, byte for byte, so a failure is reproduced with its seed alone.
 *
 * A variant says what the tool must find, when the mutation is a fault in the data: an error (or, for a
 * `note`, a finding of any level) at the file's path and, where the fault is in one line, that line.
 *
 * This module imports only Node's built-ins and scripts/random.mjs: scripts/fuzz.mjs transpiles it on
 * its own to drive the built binary.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, sep } from 'node:path';
import { mulberry32 } from '../../scripts/random.mjs';

// ---------------------------------------------------------------------------------------------------
// Randomness

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed >>> 0);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------------
// Hostile strings

const ESC = '\u001b';
const BEL = '\u0007';

/**
 * Strings that would act on whoever reads an output if they reached it raw: a terminal (OSC 52
 * clipboard, clear screen, CR overwrite, C1 CSI), a reader (bidi overrides and isolates), a CI runner
 * (workflow commands, after a newline or at a line start), a spreadsheet (formulas, with a TAB or CR
 * before them) and a browser (markup).
 */
export const INJECTIONS: readonly string[] = [
  `${ESC}]52;c;ZXZpbA==${BEL}`,
  `${ESC}]52;c;ZXZpbA==${ESC}\\`,
  `${ESC}[2J${ESC}[H`,
  `${ESC}[31mMERAH${ESC}[0m`,
  `${ESC}]8;;http://evil.example/${ESC}\\klik${ESC}]8;;${ESC}\\`,
  `${ESC}P+q${ESC}\\`,
  'awal\rTIMPA',
  '\rTIMPA',
  '\u202eevil\u202c',
  '\u2066isolasi\u2069',
  '\u2067\u2068\u202a\u202b\u202d',
  '\u200f\u200e\u061c',
  '\n::error file=x,line=1::pwn',
  '\r\n::warning file=x::pwn',
  '::stop-commands::x',
  '::error::pwn',
  '::add-mask::rahasia',
  '%0A::error::encoded',
  '=HYPERLINK("http://evil.example/","klik")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1',
  '\r=1',
  '\n=1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u0085NEL',
  '\u009b31mCSI',
  '\u009d0;judul\u009c',
  '\u2028baris\u2029paragraf',
  '\u0008\u0008\u0008mundur',
  '\u007fDEL',
  '\u000bVT\u000cFF',
  '\ufeffBOM',
];

/** One injection string, sometimes two, around ordinary text. */
export function hostileText(rng: Rng): string {
  const parts = [rng.pick(INJECTIONS)];
  if (rng.chance(0.3)) parts.push(rng.pick(INJECTIONS));
  const prefix = rng.pick(['', 'Budi ', 'x']);
  return prefix + parts.join(rng.pick(['', ' ']));
}

/**
 * A file name from a hostile string: no `/` (it would be a folder) and no NUL (the OS refuses it), at
 * most 120 bytes. Every other character is kept, control characters included.
 */
export function hostileFileName(s: string, ext: string): string {
  let name = s.replace(/\//g, '\u2215').replace(/\0/g, '');
  while (Buffer.byteLength(name) > 120) name = name.slice(0, -1);
  if (name === '' || name === '.' || name === '..' || name.startsWith('.')) name = `x${name}`;
  return name + ext;
}

/** A YAML double-quoted scalar holding `s` exactly: every non-printable character escaped. */
export function yamlQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** A CSV cell: quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvCell(s: string, delimiter: string): string {
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ---------------------------------------------------------------------------------------------------
// What the generator knows about the base workspace

export type BaseName = 'kota-contoh' | 'init';
export type Bases = Record<BaseName, string>;

export interface Facts {
  tahun: string;
  /** Unit ids, in the unit list's order. */
  units: string[];
  /** SKP files, workspace-relative with `/`. */
  skpFiles: string[];
  /** An SKP whose penilai has a NIP: its file, employee, penilai, unit and first catalogue indicator. */
  skp: { file: string; nip: string; penilaiNip: string; unit: string; indicator: string };
}

function walkFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(abs, root));
    else if (entry.isFile()) out.push(relative(root, abs).split(sep).join('/'));
  }
  return out.sort();
}

export function readFacts(ws: string): Facts {
  const config = readFileSync(join(ws, 'asn-kinerja.yaml'), 'utf8');
  const tahun = /^tahun: (\d{4})/m.exec(config)?.[1] ?? '2026';
  const unitText = readFileSync(join(ws, 'unit-kerja.yaml'), 'utf8');
  const units = [...unitText.matchAll(/^\s*- id: (\S+)/gm)].map((m) => m[1]!);
  const skpFiles = walkFiles(join(ws, 'skp')).map((f) => `skp/${f}`);
  for (const file of skpFiles) {
    const text = readFileSync(join(ws, file), 'utf8');
    const nips = [...text.matchAll(/nip: "(\d{18})"/g)].map((m) => m[1]!);
    const indicator = /^\s*- ref: (\S+)/m.exec(text)?.[1];
    const unit = /^ {2}unit: (\S+)/m.exec(text)?.[1];
    if (nips.length >= 2 && indicator && unit) {
      return { tahun, units, skpFiles, skp: { file, nip: nips[0]!, penilaiNip: nips[1]!, unit, indicator } };
    }
  }
  throw new Error(`no SKP with a penilai NIP and a catalogue indicator in ${ws}`);
}

// ---------------------------------------------------------------------------------------------------
// Cases

/** A fault the tool must report: a finding at `path` (workspace-relative), at `line` when given. */
export interface Fault {
  path: string;
  line?: number;
  /** `error`: an error-level finding and exit 1 or 2; `note`: a finding of any level, any exit. */
  level: 'error' | 'note';
  /** The exit code the contract fixes (2 for an invalid config); else 1 or 2 for an error. */
  exit?: 2;
  /** ikm reads it too (an SKM file, the unit list), so ikm must report it as well. */
  ikm?: boolean;
}

export interface HostileCase {
  seed: number;
  klass: string;
  variant: string;
  base: BaseName;
  /** The case folder: `ws/` the workspace, `outside/` what links point to, `out/` for --output. */
  root: string;
  ws: string;
  /** Whether commands run inside the workspace (cwd = ws, path `.`) or beside it (cwd = root, path `ws`). */
  cwdInside: boolean;
  faults: Fault[];
  /** What the mutation did, in words, for a failure report. */
  notes: string[];
  /** A string that lives only outside the workspace: it must never appear in an output. */
  secret: string;
  /** An employee of the base workspace (for --explain). */
  nip: string;
}

interface Ctx {
  ws: string;
  root: string;
  rng: Rng;
  facts: Facts;
  faults: Fault[];
  notes: string[];
  /** Large sizes (a huge cell, many keys) scale by this: below 1 in the quick suite, 1 or more in `npm run fuzz`. */
  scale: number;
  /** The string kept outside the workspace (link targets hold it). */
  secret: string;
  /** Whether commands run inside the workspace; a variant may need it one way. */
  cwdInside: boolean;
  read(rel: string): string;
  write(rel: string, data: string | Uint8Array): void;
}

/** A size scaled by the run's factor (at least 1). */
function sized(ctx: Ctx, n: number): number {
  return Math.max(1, Math.round(n * ctx.scale));
}

interface Variant {
  name: string;
  apply(ctx: Ctx): void;
}

// ---------------------------------------------------------------------------------------------------
// CSV helpers

type Role = 'realisasi' | 'perilaku' | 'penilaian' | 'skm' | 'kompetensi';
const VALUES = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];
const HEADERS: Record<Role, string[]> = {
  realisasi: ['nip', 'periode', 'indikator', 'realisasi', 'catatan'],
  perilaku: ['nip', 'periode', 'penilai_nip', 'peran', ...VALUES, 'catatan'],
  penilaian: ['nip', 'periode', 'rating_hasil_kerja', 'rating_perilaku', 'catatan'],
  skm: ['unit', 'tanggal', 'layanan', 'nip_petugas', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'],
  kompetensi: ['nip', 'tanggal', 'kegiatan', 'jp'],
};

/** A valid row of `role`, as a map from column to cell. */
function validRow(role: Role, f: Facts, k = 0): Record<string, string> {
  const { nip, penilaiNip, indicator } = f.skp;
  switch (role) {
    case 'realisasi':
      return { nip, periode: `${f.tahun}-${String(1 + (k % 12)).padStart(2, '0')}`, indikator: indicator, realisasi: '10', catatan: '' };
    case 'perilaku':
      return {
        nip,
        periode: f.tahun,
        penilai_nip: penilaiNip,
        peran: 'atasan',
        ...Object.fromEntries(VALUES.map((v) => [v, '4'])),
        catatan: '',
      };
    case 'penilaian':
      return { nip, periode: f.tahun, rating_hasil_kerja: 'Sesuai Ekspektasi', rating_perilaku: 'Sesuai Ekspektasi', catatan: '' };
    case 'skm':
      return {
        unit: f.skp.unit,
        tanggal: `${f.tahun}-02-${String(1 + (k % 28)).padStart(2, '0')}`,
        layanan: 'Layanan Umum',
        nip_petugas: '',
        ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, String(1 + ((k + i) % 4))])),
      };
    case 'kompetensi':
      return { nip, tanggal: `${f.tahun}-03-${String(1 + (k % 28)).padStart(2, '0')}`, kegiatan: 'Pelatihan', jp: '4' };
  }
}

interface CsvSpec {
  role: Role;
  /** Cells of the hostile row that differ from a valid row. */
  cells?: Record<string, string>;
  /** A whole hostile line, written as is (no quoting). */
  rawLine?: string;
  delimiter?: string;
  eol?: string;
  bom?: boolean;
  /** Valid rows before the hostile one. */
  before?: number;
  after?: number;
  /** Cells written exactly as given, not quoted even when they hold the delimiter. */
  raw?: boolean;
}

/** A CSV of `role` with valid rows around one hostile row; returns the text and the hostile row's line. */
function buildCsv(f: Facts, spec: CsvSpec): { text: string; line: number } {
  const d = spec.delimiter ?? ';';
  const eol = spec.eol ?? '\r\n';
  const header = HEADERS[spec.role];
  const line = (cells: Record<string, string>) => header.map((h) => (spec.raw ? (cells[h] ?? '') : csvCell(cells[h] ?? '', d))).join(d);
  let text = (spec.bom ? '\ufeff' : '') + header.join(d) + eol;
  const before = spec.before ?? 2;
  for (let k = 0; k < before; k++) text += line(validRow(spec.role, f, k)) + eol;
  const at = 1 + (text.match(/\n/g)?.length ?? 0);
  text += (spec.rawLine ?? line({ ...validRow(spec.role, f, before), ...spec.cells })) + eol;
  for (let k = 0; k < (spec.after ?? 1); k++) text += line(validRow(spec.role, f, before + 1 + k)) + eol;
  return { text, line: at };
}

/** Writes a CSV with one hostile row into data/ and expects an error at that row. */
function csvFault(ctx: Ctx, name: string, spec: CsvSpec, level: Fault['level'] = 'error', withLine = true): void {
  const rel = `data/${name}.csv`;
  const { text, line } = buildCsv(ctx.facts, spec);
  ctx.write(rel, text);
  ctx.faults.push({ path: rel, level, ikm: spec.role === 'skm', ...(withLine ? { line } : {}) });
  ctx.notes.push(
    `${rel}: ${spec.role} CSV, hostile row at line ${line}: ${JSON.stringify(spec.cells ?? spec.rawLine ?? '')}`.slice(0, 400),
  );
}

/** Writes a CSV with a hostile but legal value; no finding required, only safe outputs. */
function csvBenign(ctx: Ctx, name: string, spec: CsvSpec): void {
  const rel = `data/${name}.csv`;
  ctx.write(rel, buildCsv(ctx.facts, spec).text);
  ctx.notes.push(`${rel}: ${spec.role} CSV with ${JSON.stringify(spec.cells ?? spec.rawLine ?? '')}`.slice(0, 400));
}

function encodeWindows1252(s: string): Buffer {
  // Latin-1 covers the characters used here; the Windows-1252 extras (€, “, ”) are mapped by hand.
  const extra: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Buffer.from([...s].map((c) => extra[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

// ---------------------------------------------------------------------------------------------------
// YAML helpers

/** The 1-based line of the first line of `text` matching `re`. */
function lineOf(text: string, re: RegExp): number {
  const i = text.split('\n').findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  return i + 1;
}

/** Replaces the first line matching `re` by `replacement(line)`; returns the new text and that line. */
function replaceLine(text: string, re: RegExp, replacement: (l: string) => string): { text: string; line: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  lines[i] = replacement(lines[i]!);
  return { text: lines.join('\n'), line: i + 1 };
}

/** Inserts `inserted` after the first line matching `re`, at that line's indentation; returns its line. */
function insertAfter(text: string, re: RegExp, inserted: string): { text: string; line: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  const indent = /^\s*(- )?/.exec(lines[i]!)![0].replace('- ', '  ');
  lines.splice(i + 1, 0, indent + inserted);
  return { text: lines.join('\n'), line: i + 2 };
}

/** A plain SKP for the base's employee, as the generator's own YAML (for kinds written from scratch). */
function skpText(f: Facts, nama = 'Pegawai Uji', nip = '199912312020121001'): string {
  return [
    'kind: skp',
    `tahun: ${f.tahun}`,
    'pegawai:',
    `  nip: "${nip}"`,
    `  nama: ${nama}`,
    '  jabatan: Analis',
    `  unit: ${f.skp.unit}`,
    'penilai:',
    `  nip: "${f.skp.nip}"`,
    '  nama: Penilai',
    'hasil_kerja:',
    '  - id: rhk-1',
    '    jenis: utama',
    '    uraian: Terlaksananya tugas',
    '    indikator:',
    `      - ref: ${f.skp.indicator}`,
    '        target: 10',
    '',
  ].join('\n');
}

/** The config, written whole, with `line` replacing one of its keys (for number and type faults). */
function configText(f: Facts, overrides: Record<string, string>): string {
  const keys: Record<string, string> = {
    kind: 'konfigurasi',
    instansi: 'Instansi Uji',
    tahun: f.tahun,
    metode: 'permenpan-rb-6-2022',
    hasil_kerja: '{ ambang: { di_atas: 100, sesuai: 90 }, batas_capaian: 120 }',
    perilaku:
      '{ skala: { min: 1, maks: 5 }, ambang: { di_atas: 3.5, sesuai: 2.5 }, bobot_peran: { atasan: 60, rekan: 20, bawahan: 20, diri: 0 } }',
    kurva: '{ minimal_pegawai: 5 }',
    kompetensi: '{ minimal_jp: 20 }',
    ...overrides,
  };
  return Object.entries(keys)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')
    .concat('\n');
}

/** Numbers that are not finite, or are written so that a parser may make them infinite. */
const NON_FINITE_PLAIN = ['1e400', '-1e400', '.inf', '-.inf', '.nan', '.NaN', '.Inf', '9'.repeat(400), `1${'0'.repeat(400)}.5`];
const NON_FINITE_QUOTED = [
  '"1e400"',
  "'1e400'",
  '"Infinity"',
  '"-Infinity"',
  '" 1e400"',
  '"NaN"',
  `"${'9'.repeat(400)}"`,
  `0x${'F'.repeat(300)}`,
];

// ---------------------------------------------------------------------------------------------------
// Variants, by class

const inject: Variant[] = [
  {
    name: 'skp-nama',
    apply(ctx) {
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const s = hostileText(ctx.rng);
      ctx.write(file, replaceLine(ctx.read(file), /^ {2}nama: /, () => `  nama: ${yamlQuoted(s)}`).text);
      ctx.notes.push(`${file}: pegawai.nama = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'skp-nama-raw',
    apply(ctx) {
      // The control characters written raw in the file, not as YAML escapes: the parser decides.
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const s = hostileText(ctx.rng).replace(/\0/g, '');
      ctx.write(file, replaceLine(ctx.read(file), /^ {2}nama: /, () => `  nama: "${s.replace(/["\\]/g, '\\$&')}"`).text);
      ctx.notes.push(`${file}: pegawai.nama raw = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'skp-nip',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const s = hostileText(ctx.rng);
      const r = replaceLine(ctx.read(file), /^ {2}nip: /, () => `  nip: ${yamlQuoted(s)}`);
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: pegawai.nip = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'penilai-nama',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const s = hostileText(ctx.rng);
      const text = ctx.read(file);
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('penilai:'));
      const i = lines.findIndex((l, k) => k > at && /^ {2}nama: /.test(l));
      lines[i] = `  nama: ${yamlQuoted(s)}`;
      ctx.write(file, lines.join('\n'));
      ctx.notes.push(`${file}: penilai.nama = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'rhk-id',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const s = hostileText(ctx.rng);
      const r = replaceLine(ctx.read(file), /^ {2}- id: /, () => `  - id: ${yamlQuoted(s)}`);
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: hasil_kerja[0].id = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'rhk-uraian',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const s = hostileText(ctx.rng);
      ctx.write(file, replaceLine(ctx.read(file), /^ {4}uraian: /, () => `    uraian: ${yamlQuoted(s)}`).text);
      ctx.notes.push(`${file}: uraian = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'indicator-ref',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const s = hostileText(ctx.rng);
      const r = replaceLine(ctx.read(file), /^\s*- ref: /, (l) => l.replace(/ref: .*/, `ref: ${yamlQuoted(s)}`));
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: indikator ref = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'indicator-inline-id',
    apply(ctx) {
      // An indicator carrying a hostile `id` as its CSV key, and a realisation row naming that key.
      const file = ctx.facts.skp.file;
      const s = hostileText(ctx.rng);
      const r = insertAfter(ctx.read(file), /^\s*- ref: /, `id: ${yamlQuoted(s)}`);
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      csvBenign(ctx, 'realisasi-kunci', { role: 'realisasi', cells: { indikator: s } });
      ctx.notes.push(`${file}:${r.line}: indikator id = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'catalogue-nama',
    apply(ctx) {
      const file = walkFiles(join(ctx.ws, 'katalog')).map((f) => `katalog/${f}`)[0]!;
      const s = hostileText(ctx.rng);
      ctx.write(file, replaceLine(ctx.read(file), /^ {4}nama: /, () => `    nama: ${yamlQuoted(s)}`).text);
      ctx.notes.push(`${file}: indikator nama = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'unit-nama',
    apply(ctx) {
      const s = hostileText(ctx.rng);
      const text = ctx.read('unit-kerja.yaml');
      const all = text.split('\n').map((l, i) => [l, i] as const);
      const namaLines = all.filter(([l]) => /^ {4}nama: /.test(l)).map(([, i]) => i);
      const lines = text.split('\n');
      const i = ctx.rng.pick(namaLines);
      lines[i] = `    nama: ${yamlQuoted(s)}`;
      ctx.write('unit-kerja.yaml', lines.join('\n'));
      ctx.notes.push(`unit-kerja.yaml:${i + 1}: unit nama = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'unit-id',
    apply(ctx) {
      const s = hostileText(ctx.rng);
      const r = replaceLine(ctx.read('unit-kerja.yaml'), /^\s*- id: /, () => `  - id: ${yamlQuoted(s)}`);
      ctx.write('unit-kerja.yaml', r.text);
      ctx.faults.push({ path: 'unit-kerja.yaml', line: r.line, level: 'error', ikm: true });
      ctx.notes.push(`unit-kerja.yaml:${r.line}: unit id = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'config-instansi',
    apply(ctx) {
      const s = hostileText(ctx.rng);
      ctx.write('asn-kinerja.yaml', configText(ctx.facts, { instansi: yamlQuoted(s) }));
      ctx.notes.push(`asn-kinerja.yaml: instansi = ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'tim',
    apply(ctx) {
      const s = hostileText(ctx.rng);
      const t = hostileText(ctx.rng);
      ctx.write(
        'tim-kerja.yaml',
        `kind: tim-kerja\ntim:\n  - id: tim-uji\n    nama: ${yamlQuoted(s)}\n    ketua: "${ctx.facts.skp.penilaiNip}"\n    anggota: ["${ctx.facts.skp.nip}", ${yamlQuoted(t)}]\n`,
      );
      ctx.faults.push({ path: 'tim-kerja.yaml', line: 6, level: 'error' });
      ctx.notes.push(`tim-kerja.yaml: nama = ${JSON.stringify(s)}, anggota = ${JSON.stringify(t)}`);
    },
  },
  {
    name: 'csv-catatan',
    apply(ctx) {
      csvBenign(ctx, 'realisasi-catatan', { role: 'realisasi', cells: { catatan: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'csv-nip',
    apply(ctx) {
      const role = ctx.rng.pick<Role>(['realisasi', 'perilaku', 'penilaian', 'kompetensi']);
      csvFault(ctx, `${role}-nip`, { role, cells: { nip: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'csv-indikator',
    apply(ctx) {
      csvFault(ctx, 'realisasi-indikator', { role: 'realisasi', cells: { indikator: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'csv-periode',
    apply(ctx) {
      const role = ctx.rng.pick<Role>(['realisasi', 'perilaku', 'penilaian']);
      csvFault(ctx, `${role}-periode`, { role, cells: { periode: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'csv-peran',
    apply(ctx) {
      csvFault(ctx, 'perilaku-peran', { role: 'perilaku', cells: { peran: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'csv-rating',
    apply(ctx) {
      csvFault(ctx, 'penilaian-rating', { role: 'penilaian', cells: { rating_perilaku: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'skm-layanan',
    apply(ctx) {
      csvBenign(ctx, 'skm-layanan', { role: 'skm', cells: { layanan: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'skm-unit',
    apply(ctx) {
      csvFault(ctx, 'skm-unit', { role: 'skm', cells: { unit: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'skm-nip-petugas',
    apply(ctx) {
      csvFault(ctx, 'skm-petugas', { role: 'skm', cells: { nip_petugas: hostileText(ctx.rng) } }, 'note');
    },
  },
  {
    name: 'kompetensi-kegiatan',
    apply(ctx) {
      csvBenign(ctx, 'kompetensi-kegiatan', { role: 'kompetensi', cells: { kegiatan: hostileText(ctx.rng) } });
    },
  },
  {
    name: 'csv-header',
    apply(ctx) {
      // A hostile extra column name: ignored with an info finding that names it.
      const s = hostileText(ctx.rng).replace(/[;\r\n"]/g, '');
      const { text } = buildCsv(ctx.facts, { role: 'realisasi' });
      const [head, ...rest] = text.split('\r\n');
      ctx.write('data/header-lain.csv', [`${head};${s}`, ...rest.map((l) => (l ? `${l};x` : l))].join('\r\n'));
      ctx.notes.push(`data/header-lain.csv: extra column ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'file-name',
    apply(ctx) {
      // A valid CSV, and an SKP without faults, under hostile names, at the root or in a folder.
      const s = hostileText(ctx.rng);
      const where = ctx.rng.pick(['', 'data/', 'skp/']);
      const csvName = `${where}${hostileFileName(s, '.csv')}`;
      ctx.write(csvName, buildCsv(ctx.facts, { role: 'kompetensi' }).text);
      const yamlName = `${where}${hostileFileName(hostileText(ctx.rng), '.yaml')}`;
      ctx.write(yamlName, 'catatan: tanpa kind\n');
      ctx.notes.push(`files ${JSON.stringify(csvName)} and ${JSON.stringify(yamlName)}`);
    },
  },
  {
    name: 'file-name-fault',
    apply(ctx) {
      // A hostile name on a file with a fault, so that the name is in a finding's place.
      const s = hostileText(ctx.rng);
      const where = ctx.rng.pick(['', 'data/']);
      const rel = `${where}${hostileFileName(s, '.csv')}`;
      const { text, line } = buildCsv(ctx.facts, { role: 'realisasi', cells: { realisasi: 'abc' } });
      ctx.write(rel, text);
      ctx.faults.push({ path: rel, line, level: 'error' });
      const yamlName = `${where}${hostileFileName(hostileText(ctx.rng), '.yaml')}`;
      ctx.write(yamlName, 'kind: skp\ntahun: [\n');
      ctx.faults.push({ path: yamlName, level: 'error' });
      ctx.notes.push(`files ${JSON.stringify(rel)} (realisasi 'abc' at line ${line}) and ${JSON.stringify(yamlName)} (broken YAML)`);
    },
  },
  {
    name: 'root-file-name',
    apply(ctx) {
      // A file at the workspace root named like a workflow command, the command run from the root
      // (`validate .` in CI): the name is where a report line starts.
      ctx.cwdInside = true;
      const s = ctx.rng.pick([
        '::error file=x,line=1::pwn',
        '::warning::pwn',
        '::add-mask::rahasia',
        '::stop-commands::x',
        '::notice::x',
        '  ::error::spasi',
      ]);
      const ext = ctx.rng.pick(['.csv', '.yaml']);
      const rel = hostileFileName(s, ext);
      ctx.write(rel, ext === '.csv' ? buildCsv(ctx.facts, { role: 'kompetensi', cells: { jp: 'x' } }).text : 'kind: skp\ntahun: [\n');
      ctx.faults.push({ path: rel, level: 'error' });
      ctx.notes.push(`file ${JSON.stringify(rel)} at the workspace root, with a fault; commands run from the root`);
    },
  },
  {
    name: 'folder-name',
    apply(ctx) {
      const dir = hostileFileName(hostileText(ctx.rng), '');
      ctx.write(`${dir}/kompetensi.csv`, buildCsv(ctx.facts, { role: 'kompetensi', cells: { jp: 'x' } }).text);
      ctx.faults.push({ path: `${dir}/kompetensi.csv`, line: 4, level: 'error' });
      ctx.notes.push(`folder ${JSON.stringify(dir)} holding a kompetensi CSV with jp 'x' at line 4`);
    },
  },
];

const csv: Variant[] = [
  {
    name: 'unbalanced-quote',
    apply(ctx) {
      const f = ctx.facts;
      csvFault(ctx, 'kutip', { role: 'realisasi', rawLine: `${f.skp.nip};${f.tahun}-TW1;"${f.skp.indicator};10;catatan tanpa penutup` });
    },
  },
  {
    name: 'quote-mid-cell',
    apply(ctx) {
      const f = ctx.facts;
      csvFault(ctx, 'kutip-tengah', { role: 'realisasi', rawLine: `${f.skp.nip};${f.tahun}-TW1;${f.skp.indicator};1"0;x"y` }, 'note');
    },
  },
  {
    name: 'huge-cell',
    apply(ctx) {
      const n = sized(ctx, ctx.rng.range(256, 2048) * 1024);
      csvBenign(ctx, 'sel-besar', { role: 'realisasi', cells: { catatan: 'A'.repeat(n) } });
    },
  },
  {
    name: 'huge-cell-nip',
    apply(ctx) {
      const n = sized(ctx, ctx.rng.range(256, 1024) * 1024);
      csvFault(ctx, 'nip-besar', { role: 'realisasi', cells: { nip: '1'.repeat(n) } });
    },
  },
  {
    name: 'huge-cell-hostile',
    apply(ctx) {
      // A large cell made of escape sequences: the escaping must stay linear.
      const n = sized(ctx, ctx.rng.range(2000, 20000));
      csvFault(ctx, 'nip-escape', { role: 'realisasi', cells: { nip: `${ESC}[2J\u202e`.repeat(n) } });
    },
  },
  {
    name: 'many-columns',
    apply(ctx) {
      const n = sized(ctx, ctx.rng.range(2000, 6000));
      const { text } = buildCsv(ctx.facts, { role: 'realisasi' });
      const extra = Array.from({ length: n }, (_, i) => `k${i}`).join(';');
      const fill = Array.from({ length: n }, (_, i) => String(i)).join(';');
      const [head, ...rest] = text.split('\r\n');
      ctx.write('data/kolom-banyak.csv', [`${head};${extra}`, ...rest.map((l) => (l ? `${l};${fill}` : l))].join('\r\n'));
      ctx.notes.push(`data/kolom-banyak.csv: ${n} extra columns`);
    },
  },
  {
    name: 'many-columns-row',
    apply(ctx) {
      // One row with thousands of cells more than the header has.
      const n = sized(ctx, ctx.rng.range(2000, 6000));
      const f = ctx.facts;
      csvFault(ctx, 'baris-lebar', { role: 'realisasi', rawLine: `${f.skp.nip};${f.tahun}-TW1;${f.skp.indicator};10;x${';1'.repeat(n)}` });
    },
  },
  {
    name: 'duplicate-header',
    apply(ctx) {
      const { text } = buildCsv(ctx.facts, { role: 'realisasi' });
      const [head, ...rest] = text.split('\r\n');
      const dup = ctx.rng.pick(['nip', 'periode', 'NIP', ' Realisasi ', 'indikator']);
      ctx.write('data/header-ganda.csv', [`${head};${dup}`, ...rest.map((l) => (l ? `${l};x` : l))].join('\r\n'));
      ctx.faults.push({ path: 'data/header-ganda.csv', level: 'error' });
      ctx.notes.push(`data/header-ganda.csv: header repeats ${JSON.stringify(dup)}`);
    },
  },
  {
    name: 'truncated-last-line',
    apply(ctx) {
      const f = ctx.facts;
      const { text, line } = buildCsv(f, { role: 'perilaku', after: 0 });
      const cut = text.slice(0, text.length - 2);
      const last = cut.lastIndexOf('\n');
      const trimmed = cut.slice(0, last + 1 + ctx.rng.range(5, 40));
      ctx.write('data/terpotong.csv', trimmed);
      ctx.faults.push({ path: 'data/terpotong.csv', line, level: 'error' });
      ctx.notes.push(`data/terpotong.csv: perilaku, line ${line} cut to ${JSON.stringify(trimmed.slice(last + 1))}`);
    },
  },
  {
    name: 'truncated-in-quote',
    apply(ctx) {
      const f = ctx.facts;
      const { text, line } = buildCsv(f, { role: 'realisasi', after: 0 });
      ctx.write('data/terpotong-kutip.csv', `${text}${f.skp.nip};${f.tahun}-TW2;${f.skp.indicator};10;"catatan tanpa akhir`);
      ctx.faults.push({ path: 'data/terpotong-kutip.csv', line: line + 1, level: 'error' });
      ctx.notes.push(`data/terpotong-kutip.csv: the file ends inside a quoted cell at line ${line + 1}`);
    },
  },
  {
    name: 'nul-bytes',
    apply(ctx) {
      const where = ctx.rng.pick(['catatan', 'nip', 'realisasi']);
      csvFault(ctx, 'nul', { role: 'realisasi', cells: { [where]: `1\u00002` } }, 'error', false);
    },
  },
  {
    name: 'invalid-utf8',
    apply(ctx) {
      // Bytes that are not UTF-8 in a name cell: read as Windows-1252 (with a note) or refused, never lost.
      const { text } = buildCsv(ctx.facts, { role: 'kompetensi', cells: { kegiatan: 'Pelatihan @@' } });
      const bytes = Buffer.from(text, 'utf8');
      const at = bytes.indexOf('@@');
      const bad = ctx.rng.pick([
        [0xc3, 0x28],
        [0xff, 0xfe],
        [0xed, 0xa0],
        [0xe2, 0x82],
        [0xf0, 0x9f],
      ]);
      bytes[at] = bad[0]!;
      bytes[at + 1] = bad[1]!;
      ctx.write('data/utf8-rusak.csv', bytes);
      ctx.faults.push({ path: 'data/utf8-rusak.csv', level: 'note' });
      ctx.notes.push(`data/utf8-rusak.csv: bytes ${bad.map((b) => b.toString(16)).join(' ')} in a kegiatan cell`);
    },
  },
  {
    name: 'invalid-utf8-nip',
    apply(ctx) {
      const { text, line } = buildCsv(ctx.facts, { role: 'realisasi', cells: { nip: `1987@@` } });
      const bytes = Buffer.from(text, 'utf8');
      const at = bytes.indexOf('@@');
      bytes[at] = 0xc3;
      bytes[at + 1] = 0x28;
      ctx.write('data/utf8-nip.csv', bytes);
      ctx.faults.push({ path: 'data/utf8-nip.csv', line, level: 'error' });
      ctx.notes.push(`data/utf8-nip.csv: invalid UTF-8 in the NIP at line ${line}`);
    },
  },
  {
    name: 'utf16-bom',
    apply(ctx) {
      const { text } = buildCsv(ctx.facts, { role: 'realisasi' });
      const le = ctx.rng.chance(0.5);
      const body = Buffer.from(text, 'utf16le');
      if (!le) body.swap16();
      const bytes = Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
      ctx.write('data/utf16.csv', bytes);
      ctx.faults.push({ path: 'data/utf16.csv', level: 'note' });
      ctx.notes.push(`data/utf16.csv: UTF-16${le ? 'LE' : 'BE'} with BOM`);
    },
  },
  {
    name: 'windows-1252',
    apply(ctx) {
      const { text } = buildCsv(ctx.facts, { role: 'kompetensi', cells: { kegiatan: 'Pelatihan “Café” – 5 €' } });
      ctx.write('data/cp1252.csv', encodeWindows1252(text));
      ctx.faults.push({ path: 'data/cp1252.csv', level: 'note' });
      ctx.notes.push('data/cp1252.csv: Windows-1252 bytes for “Café” – €');
    },
  },
  {
    name: 'mixed-delimiters',
    apply(ctx) {
      const f = ctx.facts;
      csvFault(ctx, 'pemisah-campur', { role: 'realisasi', rawLine: `${f.skp.nip},${f.tahun}-TW1,${f.skp.indicator},10,` });
    },
  },
  {
    name: 'mixed-delimiters-tab',
    apply(ctx) {
      const f = ctx.facts;
      csvFault(ctx, 'pemisah-tab', { role: 'realisasi', rawLine: `${f.skp.nip}\t${f.tahun}-TW1;${f.skp.indicator}\t10;` });
    },
  },
  {
    name: 'header-only',
    apply(ctx) {
      const role = ctx.rng.pick<Role>(['realisasi', 'perilaku', 'penilaian', 'skm', 'kompetensi']);
      ctx.write(`data/hanya-header-${role}.csv`, HEADERS[role].join(ctx.rng.pick([';', ',', '\t'])) + ctx.rng.pick(['', '\n', '\r\n']));
      ctx.notes.push(`data/hanya-header-${role}.csv: header only`);
    },
  },
  {
    name: 'empty-file',
    apply(ctx) {
      const content = ctx.rng.pick(['', '\ufeff', '\r\n', '\n\n\n', ' ', ';;;']);
      ctx.write('data/kosong.csv', content);
      ctx.faults.push({ path: 'data/kosong.csv', level: 'note' });
      ctx.notes.push(`data/kosong.csv: ${JSON.stringify(content)}`);
    },
  },
  {
    name: 'number-not-finite',
    apply(ctx) {
      const v = ctx.rng.pick([
        '1e400',
        '-1e400',
        'Infinity',
        '-Infinity',
        'NaN',
        'inf',
        '9'.repeat(400),
        `${'9'.repeat(400)},5`,
        '1e-400x',
        '0x10',
        '1_000',
      ]);
      csvFault(ctx, 'angka-aneh', { role: 'realisasi', cells: { realisasi: v } });
    },
  },
  {
    name: 'realisasi-negative',
    apply(ctx) {
      const v = ctx.rng.pick(['-1', '-0,5', '-100', '−5', '(5)']);
      csvFault(ctx, 'realisasi-negatif', { role: 'realisasi', cells: { realisasi: v } });
    },
  },
  {
    name: 'perilaku-out-of-scale',
    apply(ctx) {
      const col = ctx.rng.pick(VALUES);
      const v = ctx.rng.pick(['9999', '0', '-1', '5,5', '6', '1e400', 'NaN', '4.0.0', '0,99']);
      csvFault(ctx, 'perilaku-skala', { role: 'perilaku', cells: { [col]: v } });
    },
  },
  {
    name: 'skm-answer-out-of-scale',
    apply(ctx) {
      const col = `u${ctx.rng.range(1, 9)}`;
      const v = ctx.rng.pick(['7', '0', '5', '-1', '2,5', '4.0', '1e400', 'NaN', 'empat']);
      csvFault(ctx, 'skm-jawaban', { role: 'skm', cells: { [col]: v } });
    },
  },
  {
    name: 'kompetensi-jp',
    apply(ctx) {
      const v = ctx.rng.pick(['-4', '1e400', 'NaN', '9'.repeat(400), 'empat']);
      csvFault(ctx, 'kompetensi-jp', { role: 'kompetensi', cells: { jp: v } });
    },
  },
  {
    name: 'nip-scientific',
    apply(ctx) {
      const v = ctx.rng.pick(['1,98703E+17', '1.98703E+17', '1,98703152010012E+17', '198703152010012000', '1.98703E17']);
      const role = ctx.rng.pick<Role>(['realisasi', 'perilaku', 'penilaian']);
      csvFault(ctx, `nip-ilmiah-${role}`, { role, cells: { nip: v } });
    },
  },
  {
    name: 'periode-excel-date',
    apply(ctx) {
      const t = ctx.facts.tahun;
      const v = ctx.rng.pick([`Jan-${t.slice(2)}`, `01/01/${t}`, `1/1/${t}`, '46023', `${t}-13`, `${t}-TW5`, `${t}-Q0`]);
      csvFault(ctx, 'periode-excel', { role: 'realisasi', cells: { periode: v } });
    },
  },
  {
    name: 'tanggal-excel-date',
    apply(ctx) {
      const t = ctx.facts.tahun;
      const role = ctx.rng.pick<Role>(['skm', 'kompetensi']);
      const v = ctx.rng.pick(['46023', `13/25/${t}`, `02/30/${t}`, `${t}-02-30`, `31-31-${t}`, 'Feb-26', `${t}/02/03`]);
      csvFault(ctx, `tanggal-${role}`, { role, cells: { tanggal: v } });
    },
  },
  {
    name: 'line-endings',
    apply(ctx) {
      // Lone CR line ends (classic Mac), or a mix of CR, LF and CRLF in one file.
      const eol = ctx.rng.pick(['\r', '\n', '\r\n']);
      const { text } = buildCsv(ctx.facts, { role: 'kompetensi', eol, before: 4 });
      const mixed = ctx.rng.chance(0.5) ? text : text.replace(/\r\n/g, () => ctx.rng.pick(['\r', '\n', '\r\n']));
      ctx.write('data/akhir-baris.csv', mixed);
      ctx.notes.push(`data/akhir-baris.csv: line ends ${JSON.stringify(mixed.match(/\r\n|\r|\n/g)?.slice(0, 8))}`);
    },
  },
  {
    name: 'quoted-line-breaks',
    apply(ctx) {
      // A quoted cell spanning lines before a faulty row: the fault's line is where its record starts.
      const f = ctx.facts;
      const { text } = buildCsv(f, { role: 'realisasi', before: 0, after: 0, cells: { catatan: 'satu\ndua\r\ntiga\n\n' } });
      const line = 1 + (text.match(/\n/g)?.length ?? 0);
      ctx.write('data/multibaris.csv', `${text}${f.skp.nip};${f.tahun}-TW1;${f.skp.indicator};abc;\r\n`);
      ctx.faults.push({ path: 'data/multibaris.csv', line, level: 'error' });
      ctx.notes.push(`data/multibaris.csv: quoted line breaks, then realisasi 'abc' at line ${line}`);
    },
  },
  {
    name: 'bom-inside',
    apply(ctx) {
      const f = ctx.facts;
      // U+FEFF inside cells (a file pasted together): invisible, so read as if absent, or refused.
      csvBenign(ctx, 'bom-tengah', { role: 'realisasi', cells: { nip: `\ufeff${f.skp.nip}`, realisasi: '\ufeff10' } });
    },
  },
  {
    name: 'blank-and-space-rows',
    apply(ctx) {
      const { text } = buildCsv(ctx.facts, { role: 'kompetensi', before: 1 });
      ctx.write('data/baris-kosong.csv', text.replace('\r\n', '\r\n\r\n   \r\n;;;\r\n'));
      ctx.faults.push({ path: 'data/baris-kosong.csv', level: 'note' });
      ctx.notes.push('data/baris-kosong.csv: blank, space-only and delimiter-only rows after the header');
    },
  },
  {
    name: 'duplicate-rows',
    apply(ctx) {
      // The same row twice (a copy pasted again), or the same key with another value: one must be refused.
      const role = ctx.rng.pick<Role>(['realisasi', 'perilaku', 'penilaian']);
      const row = validRow(role, ctx.facts, 0);
      const changed = ctx.rng.chance(0.5)
        ? { ...row, ...(role === 'penilaian' ? { rating_perilaku: 'Di Bawah Ekspektasi' } : { catatan: 'lagi' }) }
        : row;
      const line = (r: Record<string, string>) => HEADERS[role].map((h) => csvCell(r[h] ?? '', ';')).join(';');
      ctx.write(`data/ganda-${role}.csv`, `${HEADERS[role].join(';')}\r\n${line(row)}\r\n${line(changed)}\r\n`);
      ctx.faults.push({ path: `data/ganda-${role}.csv`, line: 3, level: 'error' });
      ctx.notes.push(`data/ganda-${role}.csv: line 3 repeats line 2's key`);
    },
  },
  {
    name: 'many-rows',
    apply(ctx) {
      // Thousands of rejected rows: the findings are summarised past 1,000 per code, the run stays quick.
      const n = sized(ctx, ctx.rng.range(5000, 30000));
      const f = ctx.facts;
      const rows = Array.from({ length: n }, (_, i) => `${f.skp.nip};${f.tahun}-TW1;${f.skp.indicator};x${i}`);
      ctx.write('data/baris-banyak.csv', `nip;periode;indikator;realisasi\n${rows.join('\n')}\n`);
      ctx.faults.push({ path: 'data/baris-banyak.csv', line: 2, level: 'error' });
      ctx.notes.push(`data/baris-banyak.csv: ${n} rows, each realisasi not a number`);
    },
  },
  {
    name: 'excel-formula-cells',
    apply(ctx) {
      // Formulas typed into input cells: read as text (a fault where a number or NIP is due).
      const col = ctx.rng.pick(['realisasi', 'nip', 'periode']);
      csvFault(ctx, 'rumus', {
        role: 'realisasi',
        cells: { [col]: ctx.rng.pick(['=1+1', '=HYPERLINK("http://x")', '@SUM(1)', '+1', '=A1']) },
      });
    },
  },
];

const yaml: Variant[] = [
  {
    name: 'alias-bomb',
    apply(ctx) {
      const lines = ['kind: skp', 'a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]`);
      ctx.write('skp/bom.yaml', lines.join('\n') + '\n');
      ctx.faults.push({ path: 'skp/bom.yaml', level: 'error' });
      ctx.notes.push('skp/bom.yaml: billion laughs, 10 levels of 10');
    },
  },
  {
    name: 'alias-bomb-padded',
    apply(ctx) {
      const pad = `# ${'p'.repeat(78)}\n`.repeat(sized(ctx, ctx.rng.range(5000, 20000)));
      const lines = ['kind: katalog-indikator', 'a0: &a0 ["x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 8 }, () => `*a${i - 1}`).join(',')}]`);
      ctx.write('katalog/bom.yaml', pad + lines.join('\n') + '\n');
      ctx.faults.push({ path: 'katalog/bom.yaml', level: 'error' });
      ctx.notes.push(`katalog/bom.yaml: an 8×8 alias bomb after ${pad.length} bytes of comments`);
    },
  },
  {
    name: 'alias-bomb-keys',
    apply(ctx) {
      // Aliases used as keys and merge keys, nested.
      const lines = ['kind: skp', 'a0: &a0 { k0: x, k1: x, k2: x, k3: x }'];
      for (let i = 1; i <= 12; i++)
        lines.push(`a${i}: &a${i} { <<: [*a${i - 1}], x${i}: [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}] }`);
      ctx.write('skp/bom-kunci.yaml', lines.join('\n') + '\n');
      ctx.faults.push({ path: 'skp/bom-kunci.yaml', level: 'error' });
      ctx.notes.push('skp/bom-kunci.yaml: merge keys over a 12-level alias chain');
    },
  },
  {
    name: 'deep-flow',
    apply(ctx) {
      const depth = ctx.rng.pick([1000, 5000, 20000, 100000]) * Math.max(1, Math.round(ctx.scale));
      const open = ctx.rng.pick(['[', '{a: ']);
      const close = open === '[' ? ']' : '}';
      ctx.write('skp/dalam.yaml', `kind: skp\ntahun: ${open.repeat(depth)}1${close.repeat(ctx.rng.chance(0.5) ? depth : 0)}\n`);
      ctx.faults.push({ path: 'skp/dalam.yaml', level: 'error' });
      ctx.notes.push(`skp/dalam.yaml: ${depth} levels of ${open}`);
    },
  },
  {
    name: 'deep-block',
    apply(ctx) {
      const depth = ctx.rng.pick([500, 2000, 10000]) * Math.max(1, Math.round(ctx.scale));
      const kind = ctx.rng.chance(0.5);
      // Compact nested block sequences (`- - - x`) on one line, or block maps indented one space a level.
      const body = kind
        ? `hasil_kerja:\n${'- '.repeat(depth)}x\n`
        : Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n';
      ctx.write('skp/dalam-blok.yaml', `kind: skp\n${body}`);
      ctx.faults.push({ path: 'skp/dalam-blok.yaml', level: 'error' });
      ctx.notes.push(`skp/dalam-blok.yaml: ${kind ? `${depth} nested block sequences` : 'nested block maps'}`);
    },
  },
  {
    name: 'many-keys',
    apply(ctx) {
      const n = sized(ctx, ctx.rng.range(5000, 40000));
      const keys = Array.from({ length: n }, (_, i) => `  k${i}: ${i}`).join('\n');
      ctx.write('skp/kunci-banyak.yaml', `${skpText(ctx.facts)}perilaku:\n  ekspektasi_khusus:\n${keys.replace(/^ {2}/gm, '    ')}\n`);
      ctx.faults.push({ path: 'skp/kunci-banyak.yaml', level: 'error' });
      ctx.notes.push(`skp/kunci-banyak.yaml: ${n} keys under perilaku.ekspektasi_khusus`);
    },
  },
  {
    name: 'duplicate-keys',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const key = ctx.rng.pick(['tahun', 'kind']);
      const text = ctx.read(file);
      const lines = text.split('\n');
      const i = lines.findIndex((l) => l.startsWith(`${key}:`));
      lines.splice(i + 1, 0, lines[i]!);
      ctx.write(file, lines.join('\n'));
      ctx.faults.push({ path: file, line: i + 2, level: 'error' });
      ctx.notes.push(`${file}:${i + 2}: ${key} repeated`);
    },
  },
  {
    name: 'non-finite-target',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const v = ctx.rng.pick(NON_FINITE_PLAIN);
      const r = replaceLine(ctx.read(file), /^\s+target: /, (l) => l.replace(/target: .*/, `target: ${v}`));
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: target ${v.slice(0, 20)}${v.length > 20 ? '…' : ''}`);
    },
  },
  {
    name: 'non-finite-target-quoted',
    apply(ctx) {
      // The same numbers quoted, or in hexadecimal: the schema coerces them to a number all the same.
      const file = ctx.facts.skp.file;
      const v = ctx.rng.pick(NON_FINITE_QUOTED);
      const r = replaceLine(ctx.read(file), /^\s+target: /, (l) => l.replace(/target: .*/, `target: ${v}`));
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: target ${v.slice(0, 20)}${v.length > 20 ? '…' : ''}`);
    },
  },
  {
    name: 'non-finite-target-range',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const v = ctx.rng.pick([...NON_FINITE_PLAIN, ...NON_FINITE_QUOTED]);
      const r = replaceLine(ctx.read(file), /^\s+target: /, (l) => l.replace(/target: .*/, `target: { min: 1, maks: ${v} }`));
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: target { min: 1, maks: ${v.slice(0, 20)} }`);
    },
  },
  {
    name: 'non-finite-bobot',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const v = ctx.rng.pick([...NON_FINITE_PLAIN, ...NON_FINITE_QUOTED]);
      const text = ctx.read(file);
      // The first RHK's bobot, replaced where it has one (a second key would be KUNCI_GANDA).
      const r = /^ {4}bobot: /m.test(text)
        ? replaceLine(text, /^ {4}bobot: /, () => `    bobot: ${v}`)
        : insertAfter(text, /^ {4}jenis: utama/, `bobot: ${v}`);
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: bobot ${v.slice(0, 20)}`);
    },
  },
  {
    name: 'non-finite-config',
    apply(ctx) {
      const v = ctx.rng.pick([...NON_FINITE_PLAIN, ...NON_FINITE_QUOTED]);
      const where = ctx.rng.pick(['ambang', 'batas', 'bobot_peran', 'skala', 'kurva', 'jp']);
      const overrides: Record<string, string> = {
        ambang: { hasil_kerja: `{ ambang: { di_atas: ${v}, sesuai: 90 } }` },
        batas: { hasil_kerja: `{ batas_capaian: ${v} }` },
        bobot_peran: { perilaku: `{ bobot_peran: { atasan: ${v}, rekan: 20, bawahan: 20, diri: 0 } }` },
        skala: { perilaku: `{ skala: { min: 1, maks: ${v} } }` },
        kurva: { kurva: `{ minimal_pegawai: ${v} }` },
        jp: { kompetensi: `{ minimal_jp: ${v} }` },
      }[where]!;
      const text = configText(ctx.facts, overrides);
      ctx.write('asn-kinerja.yaml', text);
      const key = Object.keys(overrides)[0]!;
      ctx.faults.push({ path: 'asn-kinerja.yaml', line: lineOf(text, new RegExp(`^${key}:`)), level: 'error', exit: 2 });
      ctx.notes.push(`asn-kinerja.yaml: ${key}: ${overrides[key]!.slice(0, 80)}`);
    },
  },
  {
    name: 'non-finite-populasi',
    apply(ctx) {
      const v = ctx.rng.pick([...NON_FINITE_PLAIN, ...NON_FINITE_QUOTED]);
      const r = insertAfter(ctx.read('unit-kerja.yaml'), /^ {4}nama: /, `populasi_layanan: ${v}`);
      ctx.write('unit-kerja.yaml', r.text);
      ctx.faults.push({ path: 'unit-kerja.yaml', line: r.line, level: 'error', ikm: true });
      ctx.notes.push(`unit-kerja.yaml:${r.line}: populasi_layanan ${v.slice(0, 20)}`);
    },
  },
  {
    name: 'out-of-range-numbers',
    apply(ctx) {
      // Finite but out of any sense: a negative or astronomically large target, tahun 99999, bobot -50.
      const file = ctx.facts.skp.file;
      // A huge finite target (1e300) is still a number (docs/keamanan.md): shown safely, no finding due.
      const choice = ctx.rng.pick(['target-neg', 'target-huge', 'tahun', 'bobot']);
      const text = ctx.read(file);
      const r =
        choice === 'tahun'
          ? replaceLine(text, /^tahun: /, () => `tahun: ${ctx.rng.pick(['99999', '-2026', '0', '2026.5', '1e3'])}`)
          : choice === 'bobot'
            ? /^ {4}bobot: /m.test(text)
              ? replaceLine(text, /^ {4}bobot: /, () => `    bobot: ${ctx.rng.pick(['-50', '1e300', '100.0000001'])}`)
              : insertAfter(text, /^ {4}jenis: utama/, `bobot: ${ctx.rng.pick(['-50', '1e300', '100.0000001'])}`)
            : replaceLine(text, /^\s+target: /, (l) => l.replace(/target: .*/, `target: ${choice === 'target-neg' ? '-10' : '1e300'}`));
      ctx.write(file, r.text);
      if (choice !== 'target-huge') ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: ${r.text.split('\n')[r.line - 1]}`);
    },
  },
  {
    name: 'wrong-types',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const text = ctx.read(file);
      const choice = ctx.rng.pick(['target', 'tahun', 'pegawai', 'hasil_kerja', 'indikator', 'jenis']);
      const r =
        choice === 'target'
          ? replaceLine(text, /^\s+target: /, (l) =>
              l.replace(/target: .*/, `target: ${ctx.rng.pick(['abc', '[1, 2]', '{ min: x }', 'true', '~', '{ }'])}`),
            )
          : choice === 'tahun'
            ? replaceLine(text, /^tahun: /, () => `tahun: ${ctx.rng.pick(['[2026]', '{ a: 1 }', 'dua ribu', 'true', '~'])}`)
            : choice === 'pegawai'
              ? replaceLine(text, /^pegawai:/, () => 'pegawai: Budi')
              : choice === 'hasil_kerja'
                ? replaceLine(text, /^hasil_kerja:/, () => 'hasil_kerja: { }')
                : choice === 'jenis'
                  ? replaceLine(text, /^ {4}jenis: /, () => '    jenis: [utama]')
                  : replaceLine(text, /^ {4}indikator:/, () => '    indikator: 7');
      ctx.write(file, r.text);
      // A block key given a scalar leaves its block below: that is where the parser stops.
      const sameLine = choice === 'target' || choice === 'tahun' || choice === 'jenis';
      ctx.faults.push({ path: file, level: 'error', ...(sameLine ? { line: r.line } : {}) });
      ctx.notes.push(`${file}:${r.line}: ${r.text.split('\n')[r.line - 1]}`);
    },
  },
  {
    name: 'nul-byte',
    apply(ctx) {
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const text = ctx.read(file);
      const at = ctx.rng.chance(0.5) ? text.length - 1 : ctx.rng.int(text.length);
      ctx.write(file, text.slice(0, at) + '\u0000' + text.slice(at));
      ctx.faults.push({ path: file, level: 'error' });
      ctx.notes.push(`${file}: a NUL byte at offset ${at}`);
    },
  },
  {
    name: 'truncated',
    apply(ctx) {
      // Cut inside the quoted NIP: the file cannot be what its writer meant.
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const text = ctx.read(file);
      const at = text.indexOf('nip: "') + 6 + ctx.rng.range(1, 10);
      ctx.write(file, text.slice(0, at));
      ctx.faults.push({ path: file, level: 'error' });
      ctx.notes.push(`${file}: cut at byte ${at}, inside the quoted NIP`);
    },
  },
  {
    name: 'truncated-config',
    apply(ctx) {
      const text = ctx.read('asn-kinerja.yaml');
      const at = ctx.rng.range(text.indexOf('kind:') + 7, text.indexOf('kind:') + 12);
      ctx.write('asn-kinerja.yaml', text.slice(0, at));
      ctx.faults.push({ path: 'asn-kinerja.yaml', level: 'error', exit: 2 });
      ctx.notes.push(`asn-kinerja.yaml: cut at byte ${at}, inside kind`);
    },
  },
  {
    name: 'kind-miscased',
    apply(ctx) {
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const spelled = ctx.rng.pick(['Kind', 'KIND', 'kInd']);
      const r = replaceLine(ctx.read(file), /^kind: /, (l) => l.replace('kind', spelled));
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'note' });
      ctx.notes.push(`${file}:${r.line}: ${spelled}: skp`);
    },
  },
  {
    name: 'kind-unknown',
    apply(ctx) {
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const v = ctx.rng.pick(['skpx', 'SKP', '"skp "', '""', "''", '[skp]', '{ a: 1 }', yamlQuoted(hostileText(ctx.rng))]);
      const r = replaceLine(ctx.read(file), /^kind: /, () => `kind: ${v}`);
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: kind ${JSON.stringify(v)}`);
    },
  },
  {
    name: 'kind-empty',
    apply(ctx) {
      // `kind:` written but empty (a file cut short, a value deleted): a kind that is not ours, not a
      // YAML without one.
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const v = ctx.rng.pick(['', ' ~', ' null', ' Null', ' NULL', '   # dipotong']);
      const r = replaceLine(ctx.read(file), /^kind: /, () => `kind:${v}`);
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, line: r.line, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: kind:${v}`);
    },
  },
  {
    name: 'config-kind-missing',
    apply(ctx) {
      // asn-kinerja.yaml with its kind cut, deleted or null: the config cannot be used (exit 2), and the
      // report says so with an error.
      const v = ctx.rng.pick(['kind:', 'kind: ~', '# kind: konfigurasi', 'kind: ""']);
      const text = configText(ctx.facts, {}).replace(/^kind: konfigurasi$/m, v);
      ctx.write('asn-kinerja.yaml', text);
      ctx.faults.push({ path: 'asn-kinerja.yaml', level: 'error', exit: 2 });
      ctx.notes.push(`asn-kinerja.yaml: ${JSON.stringify(v)} instead of kind: konfigurasi`);
    },
  },
  {
    name: 'multi-document',
    apply(ctx) {
      const file = ctx.rng.pick(ctx.facts.skpFiles);
      const second = ctx.rng.pick(['---\nkind: skp\ntahun: 2026\n', '---\n', '...\n---\nkind: konfigurasi\n', '---\n- a\n']);
      ctx.write(file, ctx.read(file) + second);
      ctx.faults.push({ path: file, level: 'error' });
      ctx.notes.push(`${file}: followed by ${JSON.stringify(second)}`);
    },
  },
  {
    name: 'tabs',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const text = ctx.read(file);
      const r = replaceLine(text, /^ {2}nama: /, (l) => `\t${l.trimStart()}`);
      ctx.write(file, r.text);
      ctx.faults.push({ path: file, level: 'error' });
      ctx.notes.push(`${file}:${r.line}: a tab as indentation`);
    },
  },
  {
    name: 'bom',
    apply(ctx) {
      const file = ctx.rng.pick([...ctx.facts.skpFiles, 'unit-kerja.yaml', 'asn-kinerja.yaml']);
      ctx.write(file, `\ufeff${ctx.read(file)}`);
      ctx.notes.push(`${file}: a UTF-8 BOM first`);
    },
  },
  {
    name: 'tags',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const tag = ctx.rng.pick([
        '!!binary aGVsbG8=',
        '!!js/function "function(){}"',
        '!<tag:yaml.org,2002:python/object> x',
        '!!set { a, b }',
        '!!omap [a: 1]',
        '!foo bar',
        '!!timestamp 2026-01-01',
      ]);
      const r = replaceLine(ctx.read(file), /^ {2}nama: /, () => `  nama: ${tag}`);
      ctx.write(file, r.text);
      ctx.notes.push(`${file}:${r.line}: nama: ${tag}`);
    },
  },
  {
    name: 'huge-scalar',
    apply(ctx) {
      const n = sized(ctx, ctx.rng.range(256, 2048) * 1024);
      const file = ctx.facts.skp.file;
      ctx.write(file, replaceLine(ctx.read(file), /^ {4}uraian: /, () => `    uraian: ${'U'.repeat(n)}`).text);
      ctx.notes.push(`${file}: a ${n}-character uraian`);
    },
  },
  {
    name: 'invalid-utf8-yaml',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      const bytes = Buffer.from(replaceLine(ctx.read(file), /^ {2}nama: /, () => '  nama: Budi @@').text, 'utf8');
      const at = bytes.indexOf('@@');
      bytes[at] = 0xff;
      bytes[at + 1] = 0xc3;
      ctx.write(file, bytes);
      ctx.faults.push({ path: file, level: 'note' });
      ctx.notes.push(`${file}: bytes ff c3 in the nama`);
    },
  },
  {
    name: 'utf16-yaml',
    apply(ctx) {
      const file = ctx.facts.skp.file;
      ctx.write(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ctx.read(file), 'utf16le')]));
      ctx.faults.push({ path: file, level: 'error' });
      ctx.notes.push(`${file}: UTF-16LE with BOM`);
    },
  },
  {
    name: 'config-wrong',
    apply(ctx) {
      const v = ctx.rng.pick<Record<string, string>>([
        { hasil_kerja: '{ ambang: { di_atas: 90, sesuai: 100 } }' },
        { metode: 'tidak-ada' },
        { perilaku: '{ skala: { min: 5, maks: 1 } }' },
        { kunci_asing: '1' },
        { abaikan: '"**"' },
        { abaikan: `[${yamlQuoted('**/(a+)+b')}, ${yamlQuoted('{a,b}'.repeat(30))}]` },
        { tahun: '"dua ribu"' },
      ]);
      const text = configText(ctx.facts, v);
      ctx.write('asn-kinerja.yaml', text);
      const key = Object.keys(v)[0]!;
      const valid = key === 'abaikan' && v.abaikan!.startsWith('[');
      if (!valid) ctx.faults.push({ path: 'asn-kinerja.yaml', level: 'error', exit: 2 });
      ctx.notes.push(`asn-kinerja.yaml: ${key}: ${Object.values(v)[0]!.slice(0, 120)}`);
    },
  },
];

const fs: Variant[] = [
  {
    name: 'symlink-loop',
    apply(ctx) {
      const which = ctx.rng.pick(['up', 'self', 'pair']);
      if (which === 'up') symlinkSync('..', join(ctx.ws, 'data', 'balik'));
      else if (which === 'self') symlinkSync('lingkar.csv', join(ctx.ws, 'data', 'lingkar.csv'));
      else {
        symlinkSync('b.csv', join(ctx.ws, 'data', 'a.csv'));
        symlinkSync('a.csv', join(ctx.ws, 'data', 'b.csv'));
      }
      const path = which === 'up' ? 'data/balik' : which === 'self' ? 'data/lingkar.csv' : 'data/a.csv';
      ctx.faults.push({ path, level: 'note' });
      ctx.notes.push(`symlink loop: ${which}`);
    },
  },
  {
    name: 'symlink-outside',
    apply(ctx) {
      const { text } = buildCsv(ctx.facts, { role: 'realisasi', cells: { catatan: ctx.secret } });
      writeFileSync(join(ctx.root, 'outside', 'rahasia.csv'), text);
      const target = ctx.rng.pick([join(ctx.root, 'outside', 'rahasia.csv'), '../../outside/rahasia.csv', join(ctx.root, 'outside')]);
      const name = target.endsWith('outside') ? 'data/luar' : 'data/luar.csv';
      symlinkSync(target, join(ctx.ws, name));
      ctx.faults.push({ path: name, level: 'note' });
      ctx.notes.push(`${name} -> ${target}`);
    },
  },
  {
    name: 'symlink-dangling',
    apply(ctx) {
      const target = ctx.rng.pick(['tidak-ada.csv', '/nonexistent/x.yaml', join(ctx.root, 'outside', 'hilang.csv')]);
      const name = ctx.rng.pick(['data/putus.csv', 'skp/putus.yaml', 'putus']);
      symlinkSync(target, join(ctx.ws, name));
      ctx.faults.push({ path: name, level: 'note' });
      ctx.notes.push(`${name} -> ${target} (dangling)`);
    },
  },
  {
    name: 'symlink-system',
    apply(ctx) {
      const target = ctx.rng.pick(['/dev/zero', '/dev/urandom', '/proc/self/mem', '/etc/passwd', '/proc/self/environ']);
      const name = ctx.rng.pick(['data/sistem.csv', 'skp/sistem.yaml']);
      symlinkSync(target, join(ctx.ws, name));
      ctx.faults.push({ path: name, level: 'note' });
      ctx.notes.push(`${name} -> ${target}`);
    },
  },
  {
    name: 'symlink-inside',
    apply(ctx) {
      // A link to a folder and a file inside: read once, through the real place.
      symlinkSync('../data', join(ctx.ws, 'skp', 'data-lagi'));
      symlinkSync('../unit-kerja.yaml', join(ctx.ws, 'skp', 'unit-lagi.yaml'));
      ctx.notes.push('skp/data-lagi -> ../data, skp/unit-lagi.yaml -> ../unit-kerja.yaml');
    },
  },
  {
    name: 'fifo',
    apply(ctx) {
      const name = ctx.rng.pick(['data/pipa.csv', 'skp/pipa.yaml']);
      execFileSync('mkfifo', [join(ctx.ws, name)]);
      ctx.faults.push({ path: name, level: 'note' });
      ctx.notes.push(`${name}: a FIFO`);
    },
  },
  {
    name: 'symlink-to-fifo',
    apply(ctx) {
      execFileSync('mkfifo', [join(ctx.ws, 'data', 'pipa')]);
      symlinkSync('pipa', join(ctx.ws, 'data', 'pipa.csv'));
      ctx.faults.push({ path: 'data/pipa.csv', level: 'note' });
      ctx.notes.push('data/pipa.csv -> pipa, a FIFO');
    },
  },
  {
    name: 'dir-named-csv',
    apply(ctx) {
      const name = ctx.rng.pick(['data/folder.csv', 'skp/folder.yaml', 'folder.xlsx']);
      mkdirSync(join(ctx.ws, name), { recursive: true });
      ctx.write(`${name}/dalam.csv`, buildCsv(ctx.facts, { role: 'kompetensi' }).text);
      ctx.notes.push(`${name}/: a folder, holding a valid CSV`);
    },
  },
  {
    name: 'deep-folders',
    apply(ctx) {
      const depth = ctx.rng.range(50, 120);
      const dir = Array.from({ length: depth }, (_, i) => `d${i % 10}`).join('/');
      ctx.write(`${dir}/kompetensi.csv`, buildCsv(ctx.facts, { role: 'kompetensi', cells: { jp: 'x' } }).text);
      ctx.faults.push({ path: `${dir}/kompetensi.csv`, line: 4, level: 'error' });
      ctx.notes.push(`a kompetensi CSV ${depth} folders down, jp 'x' at line 4`);
    },
  },
  {
    name: 'many-small-files',
    apply(ctx) {
      const n = sized(ctx, ctx.rng.range(200, 800));
      for (let i = 0; i < n; i++) ctx.write(`lain/f${i}.yaml`, i % 2 ? 'catatan: bukan milik kita\n' : 'a: [\n');
      ctx.faults.push({ path: 'lain/f0.yaml', level: 'error' });
      ctx.notes.push(`lain/: ${n} small YAML files, every other one broken`);
    },
  },
  {
    name: 'spreadsheet-names',
    apply(ctx) {
      // Not CSV at all under spreadsheet names: a text file as .xlsx, Excel's lock file, an .ods.
      const name = ctx.rng.pick(['data/palsu.xlsx', 'data/~$kunci.xlsx', 'data/lama.xls', 'data/calc.ods', 'data/makro.xlsm']);
      ctx.write(name, ctx.rng.chance(0.5) ? 'nip;periode\n1;2\n' : Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
      ctx.faults.push({ path: name, level: 'note' });
      ctx.notes.push(`${name}: not a workbook`);
    },
  },
];

const CLASSES: Record<string, Variant[]> = { inject, csv, yaml, fs };

/** Every variant, as `class.name`, plus `mix` (three variants of different classes in one workspace). */
export const VARIANTS: readonly string[] = [...Object.entries(CLASSES).flatMap(([k, vs]) => vs.map((v) => `${k}.${v.name}`)), 'mix.three'];

function findVariant(name: string): Variant {
  const [klass, v] = name.split('.');
  const found = CLASSES[klass!]?.find((x) => x.name === v);
  if (!found) throw new Error(`unknown variant ${name} (known: ${VARIANTS.join(', ')})`);
  return found;
}

export interface CaseOptions {
  /** The folder the case folder is made in. */
  parent: string;
  bases: Bases;
  /** A variant to apply (`class.name`); else the seed picks one. */
  variant?: string;
  /** A base to start from; else the seed picks one. */
  base?: BaseName;
  scale?: number;
}

/** Makes the case of `seed`: a fresh folder holding the mutated workspace. */
export function makeCase(seed: number, options: CaseOptions): HostileCase {
  // The variant is drawn apart from the content, so a seed makes the same workspace whether its
  // variant was drawn or named (FUZZ_VARIANT).
  const variant = options.variant ?? makeRng(seed ^ 0x9e3779b9).pick(VARIANTS);
  const base = options.base ?? (makeRng(seed ^ 0x85ebca6b).chance(0.35) ? 'kota-contoh' : 'init');
  const rng = makeRng(seed);
  const cwdInside = rng.chance(0.4);
  const root = join(options.parent, `case-${seed}`);
  const ws = join(root, 'ws');
  mkdirSync(join(root, 'outside'), { recursive: true });
  mkdirSync(join(root, 'out'), { recursive: true });
  cpSync(options.bases[base], ws, { recursive: true });
  const secret = `RAHASIA-${seed.toString(36)}-LUAR`;
  writeFileSync(join(root, 'outside', 'catatan.txt'), secret);
  const facts = readFacts(ws);
  const ctx: Ctx = {
    ws,
    root,
    rng,
    facts,
    faults: [],
    notes: [],
    scale: options.scale ?? 1,
    read: (rel) => readFileSync(join(ws, rel), 'utf8'),
    secret,
    cwdInside,
    write: (rel, data) => {
      // A file written again (a mix whose variants touch the same file) no longer holds the earlier fault.
      for (let i = ctx.faults.length - 1; i >= 0; i--) if (ctx.faults[i]!.path === rel) ctx.faults.splice(i, 1);
      mkdirSync(dirname(join(ws, rel)), { recursive: true });
      writeFileSync(join(ws, rel), data);
    },
  };
  const klass = variant.split('.')[0]!;
  if (variant === 'mix.three') {
    // Three different classes, one variant of each.
    const classes = Object.keys(CLASSES);
    const chosen: string[] = [];
    while (chosen.length < 3) chosen.push(classes.splice(rng.int(classes.length), 1)[0]!);
    for (const k of chosen) {
      const v = rng.pick(CLASSES[k]!);
      ctx.notes.push(`[${k}.${v.name}]`);
      applySafely(v, ctx);
    }
  } else applySafely(findVariant(variant), ctx);
  return {
    seed,
    klass,
    variant,
    base,
    root,
    ws,
    cwdInside: ctx.cwdInside,
    faults: ctx.faults,
    notes: ctx.notes,
    secret,
    nip: facts.skp.nip,
  };
}

/** A variant that does not fit the base (a mix may pick two that touch the same line) is noted, not fatal. */
function applySafely(v: Variant, ctx: Ctx): void {
  try {
    v.apply(ctx);
  } catch (e) {
    // Links or files a previous variant of a mix made already: a collision of the generator, not a finding.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') ctx.notes.push(`skipped ${v.name}: ${(e as Error).message}`);
    else throw e;
  }
}
