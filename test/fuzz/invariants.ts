/**
 * What must hold for every run of the tool on a hostile workspace (test/fuzz/hostile.ts), whatever the
 * input: the exit code, the findings a fault must produce, the shape of JSON, what text and CSV outputs
 * may hold, and that nothing but `--output FILE` is written. Shared by the quick suite
 * (hostile.test.ts, in-process) and `npm run fuzz` (scripts/fuzz.mjs, the built binary), so this
 * module, like hostile.ts, imports only Node's built-ins.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault, HostileCase } from './hostile.js';

export type CommandKind =
  | 'validate-text'
  | 'validate-json'
  | 'validate-github'
  | 'score-table'
  | 'score-json'
  | 'score-csv'
  | 'ikm-table'
  | 'ikm-json'
  | 'score-output'
  | 'score-explain'
  | 'score-html';

export interface Command {
  kind: CommandKind;
  argv: string[];
  /** Environment on top of the runner's own (NO_COLOR=1, LANG=id_ID.UTF-8). */
  env: Record<string, string>;
  cwd: string;
  /** For `score-output`: the file --output writes. */
  output?: string;
  /** For `score-csv`: the table written. */
  tabel?: string;
}

export interface RunResult {
  /** Exit code; null when the process died of a signal. */
  code: number | null;
  signal?: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** An exception thrown out of the in-process runner (never acceptable). */
  threw?: string;
  /** Growth of the resident set over the run, in MB (in-process only). */
  rssGrowthMb?: number;
  /** The --output file's content after the run, when there is one. */
  outputText?: string;
}

export const TIME_LIMIT_MS = 10_000;
export const RSS_LIMIT_MB = 512;

/**
 * The commands every case is run through; the CSV table and ikm's grouping rotate with the seed. `full`
 * adds ikm --format json, score --output and the findings table as CSV; `long` (npm run fuzz) adds
 * score --explain for the case's employee and the HTML report.
 */
export function commandsFor(c: HostileCase, full: boolean, long = false): Command[] {
  const cwd = c.cwdInside ? c.ws : c.root;
  const target = c.cwdInside ? '.' : 'ws';
  const tabel = (['pegawai', 'temuan', 'unit', 'tim'] as const)[c.seed % 4]!;
  const github = c.seed % 2 === 0 ? ['validate', target] : ['validate', target, '--format', 'github'];
  const cmds: Command[] = [
    { kind: 'validate-text', argv: ['validate', target], env: {}, cwd },
    { kind: 'validate-json', argv: ['validate', target, '--format', 'json'], env: {}, cwd },
    { kind: 'validate-github', argv: github, env: { GITHUB_ACTIONS: 'true' }, cwd },
    { kind: 'score-table', argv: ['score', target], env: {}, cwd },
    { kind: 'score-json', argv: ['score', target, '--format', 'json'], env: {}, cwd },
    { kind: 'score-csv', argv: ['score', target, '--format', 'csv', '--tabel', tabel], env: {}, cwd, tabel },
    { kind: 'ikm-table', argv: ['ikm', target, ...(c.seed % 3 === 0 ? ['--per', 'layanan'] : [])], env: {}, cwd },
  ];
  if (full) {
    // The findings table too, where every message holds the data it names.
    if (tabel !== 'temuan')
      cmds.push({ kind: 'score-csv', argv: ['score', target, '--format', 'csv', '--tabel', 'temuan'], env: {}, cwd, tabel: 'temuan' });
    cmds.push({ kind: 'ikm-json', argv: ['ikm', target, '--format', 'json'], env: {}, cwd });
    const output = join(c.root, 'out', 'skor.json');
    cmds.push({ kind: 'score-output', argv: ['score', target, '--format', 'json', '--output', output], env: {}, cwd, output });
  }
  if (long) {
    cmds.push({ kind: 'score-explain', argv: ['score', target, '--explain', c.nip], env: {}, cwd });
    cmds.push({ kind: 'score-html', argv: ['score', target, '--format', 'html'], env: {}, cwd });
  }
  return cmds;
}

/** The command line that reproduces a run with the built binary, quoted for a POSIX shell. */
export function shellLine(cmd: Command): string {
  const q = (s: string) => (/^[\w./=:-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const env = Object.entries(cmd.env).map(([k, v]) => `${k}=${q(v)} `);
  return `(cd ${q(cmd.cwd)} && NO_COLOR=1 ${env.join('')}node <repo>/bin/asn-kinerja.js ${cmd.argv.map(q).join(' ')})`;
}

// ---------------------------------------------------------------------------------------------------
// Text

/**
 * Characters no text output may hold raw: C0 but LF, DEL, C1, the bidi embeddings, overrides, isolates
 * and marks, and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function describeChar(text: string, at: number): string {
  const c = text.charCodeAt(at);
  const context = JSON.stringify(text.slice(Math.max(0, at - 30), at + 30));
  return `U+${c.toString(16).padStart(4, '0')} at offset ${at}, in ${context}`;
}

/** A text output (a table, validate's text, stderr): no raw control or bidi character, no `::` line. */
export function checkText(label: string, text: string): string[] {
  const problems: string[] = [];
  const m = FORBIDDEN.exec(text);
  if (m) problems.push(`${label}: raw ${describeChar(text, m.index)}`);
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith('::'));
  if (i >= 0) problems.push(`${label}: line ${i + 1} starts a workflow command: ${JSON.stringify(lines[i]!.slice(0, 160))}`);
  return problems;
}

/** An annotation the tool itself writes: `::error file=…,line=…,col=…,title=KODE::message`. */
const ANNOTATION = /^::(error|warning|notice) file=[^,:\r\n]*(,line=\d+)?(,col=\d+)?,title=[A-Z0-9_]+( \([^,:\r\n]*\))?::[^\r\n]*$/;

/**
 * `validate --format github`: annotations, then `::stop-commands::TOKEN`, the text report and `::TOKEN::`.
 * No other line starts with `::`, and no control or bidi character appears raw.
 */
export function checkGithub(text: string): string[] {
  const problems: string[] = [];
  const m = FORBIDDEN.exec(text);
  if (m) problems.push(`github: raw ${describeChar(text, m.index)}`);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const stop = lines.findIndex((l) => l.startsWith('::stop-commands::'));
  if (stop < 0) return [...problems, 'github: no ::stop-commands:: line'];
  const token = lines[stop]!.slice('::stop-commands::'.length);
  if (!/^[0-9a-f]{32}$/.test(token)) problems.push(`github: stop-commands token ${JSON.stringify(token)} is not 32 hex digits`);
  for (const [i, l] of lines.slice(0, stop).entries()) {
    if (!ANNOTATION.test(l))
      problems.push(`github: line ${i + 1} before stop-commands is not one annotation: ${JSON.stringify(l.slice(0, 200))}`);
  }
  if (lines.at(-1) !== `::${token}::`)
    problems.push(`github: the last line is not the resume token: ${JSON.stringify(lines.at(-1)?.slice(0, 80))}`);
  const body = lines.slice(stop + 1, -1);
  const j = body.findIndex((l) => l.trimStart().startsWith('::'));
  if (j >= 0) problems.push(`github: report line ${stop + 2 + j} starts with '::': ${JSON.stringify(body[j]!.slice(0, 160))}`);
  if (body.some((l) => l.includes(token))) problems.push('github: the report holds the resume token');
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// CSV

/** RFC 4180 records of `text` (after a BOM), cells unquoted. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.startsWith('\ufeff') ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A cell a spreadsheet would run: = + - @ TAB or CR first (or a line break before them). */
export function isLiveFormula(cell: string): boolean {
  // The tool's own NIP-as-text (="198703152010012003") and a plain number are not data formulas.
  if (/^="\d+"$/.test(cell) || /^-?\d+([.,]\d+)?$/.test(cell)) return false;
  return /^[=+\-@\t\r]/.test(cell) || /^\n+[=+\-@]/.test(cell);
}

export function checkCsv(label: string, text: string, delimiter = ';'): string[] {
  const rows = parseCsv(text, delimiter);
  if (rows.length === 0) return [`${label}: no header row`];
  const width = rows[0]!.length;
  const problems: string[] = [];
  for (const [r, row] of rows.entries()) {
    if (row.length !== width) problems.push(`${label}: record ${r + 1} has ${row.length} cells, the header ${width}`);
    for (const [k, cell] of row.entries()) {
      if (isLiveFormula(cell))
        problems.push(`${label}: record ${r + 1} cell ${k + 1} is a live formula: ${JSON.stringify(cell.slice(0, 80))}`);
    }
    if (problems.length > 5) break;
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Findings

interface Temuan {
  kode: string;
  tingkat: string;
  path: string;
  baris?: number;
}

/** Every finding in a JSON report, wherever it sits (validate's files, score's employees). */
export function findingsIn(report: unknown): Temuan[] {
  const out: Temuan[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'temuan' && Array.isArray(v)) for (const t of v as Temuan[]) if (t && typeof t.kode === 'string') out.push(t);
        visit(v);
      }
    }
  };
  visit(report);
  return out;
}

/**
 * The path a finding shows for a workspace-relative file: validate and ikm show it from where the
 * command ran, score from the workspace root (as its `sumber` does).
 */
export function shownPath(c: HostileCase, rel: string, kind: CommandKind): string {
  return c.cwdInside || kind.startsWith('score') ? rel : `ws/${rel}`;
}

function matches(c: HostileCase, fault: Fault, t: Temuan, withLine: boolean, kind: CommandKind): boolean {
  if (t.path !== shownPath(c, fault.path, kind)) return false;
  if (withLine && fault.line !== undefined && t.baris !== fault.line) return false;
  return fault.level === 'note' || t.tingkat === 'error';
}

function describeFault(f: Fault): string {
  return `${f.level} at ${f.path}${f.line !== undefined ? `:${f.line}` : ''}${f.exit ? ` (exit ${f.exit})` : ''}`;
}

/** A data fault must be reported: the exit code, and a finding at its path (and line) in JSON reports. */
export function checkFaults(c: HostileCase, cmd: Command, r: RunResult, report: unknown): string[] {
  const problems: string[] = [];
  const ikm = cmd.kind.startsWith('ikm');
  for (const fault of c.faults) {
    // ikm reads the SKM files, the unit list and the config, nothing else.
    if (ikm && !fault.ikm && fault.exit !== 2) continue;
    if (fault.exit !== undefined && r.code !== fault.exit) {
      problems.push(`${cmd.kind}: exit ${r.code} for ${describeFault(fault)}; want ${fault.exit}`);
    } else if (fault.level === 'error' && r.code !== 1 && r.code !== 2) {
      problems.push(`${cmd.kind}: exit ${r.code} for ${describeFault(fault)}; want 1 or 2`);
    }
    if (report === undefined) continue;
    const all = findingsIn(report);
    // validate places every finding; score and ikm name the file (the line is validate's to give).
    const withLine = cmd.kind === 'validate-json';
    if (!all.some((t) => matches(c, fault, t, withLine, cmd.kind))) {
      const near = all.filter((t) => t.path === shownPath(c, fault.path, cmd.kind)).map((t) => `${t.kode}/${t.tingkat}@${t.baris ?? '-'}`);
      problems.push(`${cmd.kind}: no finding for ${describeFault(fault)} (findings there: ${near.join(', ') || 'none'})`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// One run

export type SchemaCheck = (schema: 'laporan-validasi' | 'laporan-skor' | 'laporan-ikm', data: unknown) => string[];

const SCHEMA_OF: Partial<Record<CommandKind, 'laporan-validasi' | 'laporan-skor' | 'laporan-ikm'>> = {
  'validate-json': 'laporan-validasi',
  'score-json': 'laporan-skor',
  'ikm-json': 'laporan-ikm',
  'score-output': 'laporan-skor',
};

/** Every invariant of one run; an empty list when it held. */
export function checkRun(c: HostileCase, cmd: Command, r: RunResult, checkSchema: SchemaCheck): string[] {
  const problems: string[] = [];
  if (r.threw !== undefined) problems.push(`${cmd.kind}: threw ${r.threw}`);
  if (r.code !== 0 && r.code !== 1 && r.code !== 2) problems.push(`${cmd.kind}: exit ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}`);
  if (/^ {4}at /m.test(r.stderr)) problems.push(`${cmd.kind}: a stack trace on stderr`);
  if (r.code === 3) problems.push(`${cmd.kind}: stderr ${JSON.stringify(r.stderr.slice(0, 300))}`);
  if (r.ms > TIME_LIMIT_MS) problems.push(`${cmd.kind}: took ${r.ms} ms (limit ${TIME_LIMIT_MS})`);
  if (r.rssGrowthMb !== undefined && r.rssGrowthMb > RSS_LIMIT_MB) problems.push(`${cmd.kind}: RSS grew ${r.rssGrowthMb} MB`);
  problems.push(...checkText(`${cmd.kind} stderr`, r.stderr));
  for (const [label, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
    ['output', r.outputText ?? ''],
  ] as const) {
    if (text.includes(c.secret)) problems.push(`${cmd.kind}: ${label} holds the content of a file outside the workspace`);
  }

  let report: unknown;
  const schema = SCHEMA_OF[cmd.kind];
  const json = cmd.kind === 'score-output' ? r.outputText : r.stdout;
  if (schema && (r.code === 0 || r.code === 1 || (json !== undefined && json.trim() !== ''))) {
    try {
      report = JSON.parse(json ?? '');
    } catch (e) {
      problems.push(
        `${cmd.kind}: output is not JSON (${(e as Error).message.slice(0, 100)}): ${JSON.stringify((json ?? '').slice(0, 120))}`,
      );
    }
    if (report !== undefined) for (const e of checkSchema(schema, report).slice(0, 5)) problems.push(`${cmd.kind}: schema ${schema}: ${e}`);
  }
  if (r.code === 2 && r.stderr.trim() === '' && (json ?? r.stdout).trim() === '') problems.push(`${cmd.kind}: exit 2 without a word`);

  switch (cmd.kind) {
    case 'validate-text':
    case 'score-table':
    case 'ikm-table':
    case 'score-explain':
      problems.push(...checkText(`${cmd.kind} stdout`, r.stdout));
      break;
    case 'score-html':
      for (const markup of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
        if (r.stdout.includes(markup)) problems.push(`score-html: the page holds ${markup} from the data`);
      }
      break;
    case 'validate-github':
      if (r.stdout !== '') problems.push(...checkGithub(r.stdout));
      break;
    case 'score-csv':
      if (r.stdout !== '') problems.push(...checkCsv(`${cmd.kind} ${cmd.tabel ?? ''}`, r.stdout));
      break;
    case 'score-output':
      if (r.code !== 2 && r.stdout !== '') problems.push(`score-output: wrote to stdout as well as --output`);
      break;
    case 'validate-json':
    case 'score-json':
    case 'ikm-json':
      if (report !== undefined) problems.push(...checkVerdict(cmd.kind, r.code, report));
      break;
  }
  // --explain answers for one employee (exit 2 when the fault took the NIP away); HTML has no findings to read.
  const faultsApply =
    cmd.kind !== 'score-explain' && cmd.kind !== 'score-html' && (cmd.kind !== 'score-output' || r.outputText !== undefined);
  if (faultsApply) problems.push(...checkFaults(c, cmd, r, report));
  return problems;
}

/**
 * What a JSON report says of itself agrees with the exit code: validate's `valid` is true exactly when
 * it exits 0; score and ikm count an error exactly when they exit 1 (exit 2 writes no report).
 */
export function checkVerdict(kind: CommandKind, code: number | null, report: unknown): string[] {
  const r = report as { valid?: unknown; ringkasan?: { error?: unknown }; temuan?: Temuan[] };
  if (kind === 'validate-json') {
    return r.valid === (code === 0) ? [] : [`validate-json: "valid": ${String(r.valid)} with exit ${code}`];
  }
  const errors = kind === 'score-json' ? Number(r.ringkasan?.error) : (r.temuan ?? []).filter((t) => t.tingkat === 'error').length;
  if (code === 0 && errors > 0) return [`${kind}: exit 0 with ${errors} error finding(s)`];
  if (code === 1 && !(errors > 0)) return [`${kind}: exit 1 without an error finding`];
  return [];
}

// ---------------------------------------------------------------------------------------------------
// The file system

/** Every entry under `dir` (links not followed): type, size and mtime, keyed by relative path. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    const st = lstatSync(abs);
    const type = st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
    out.set(rel || '.', `${type} ${type === 'dir' ? '' : st.size} ${st.mtimeMs}`);
    if (type === 'dir') for (const name of readdirSync(abs)) walk(join(abs, name), rel ? `${rel}/${name}` : name);
  };
  walk(dir, '');
  return out;
}

/** What changed between two snapshots, but the entries in `allowed`. */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>, allowed: ReadonlySet<string> = new Set()): string[] {
  const changes: string[] = [];
  for (const [k, v] of after) {
    if (allowed.has(k)) continue;
    const was = before.get(k);
    if (was === undefined) changes.push(`added ${JSON.stringify(k)}`);
    else if (was !== v) changes.push(`changed ${JSON.stringify(k)} (${was} → ${v})`);
  }
  for (const k of before.keys()) if (!after.has(k) && !allowed.has(k)) changes.push(`removed ${JSON.stringify(k)}`);
  return changes;
}

/**
 * What a command may write, checked after it ran: nothing in the case folder but its --output file, and
 * that file the same report as stdout. Returns the problems and the snapshot to compare the next run with.
 */
export function checkWrites(
  c: HostileCase,
  cmd: Command,
  r: RunResult,
  before: Map<string, string>,
  scoreJson: string | undefined,
): { problems: string[]; before: Map<string, string> } {
  const problems: string[] = [];
  const changes = diffSnapshots(before, snapshot(c.root), new Set(cmd.output ? ['out', 'out/skor.json'] : []));
  if (changes.length) problems.push(`${cmd.kind}: wrote in the case folder: ${changes.slice(0, 5).join('; ')}`);
  if (!cmd.output) return { problems, before };
  if (r.code !== 2 && r.outputText === undefined) problems.push('score-output: --output wrote no file');
  if (r.outputText !== undefined && scoreJson !== undefined && r.outputText !== scoreJson) {
    problems.push('score-output: the --output file differs from the same report on stdout');
  }
  rmSync(cmd.output, { force: true });
  return { problems, before: snapshot(c.root) };
}
