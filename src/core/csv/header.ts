/**
 * CSV headers and roles (PRODUCT.md "CSV inputs"): names case-insensitive and trimmed, spaces equal
 * underscores; a file's role is the one role whose required columns are all present.
 */
import type { CsvRole, HeaderSpec } from './role-definition.js';
import { CSV_ROLE_NAMES, CSV_ROLES } from './roles/index.js';

export function normalizeHeader(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');
}

/**
 * Columns only this tool's own exports write (score: `metode` on every table, the computed ratings;
 * ikm: `nrr_u1`, `mutu`; not `predikat`, which an agency's own penilaian sheet may carry). A file with one of them is an export left in the workspace — read
 * as input, a re-saved score CSV would be a penilaian file that freezes every rating. A test checks
 * that every CSV export is caught here.
 */
const OWN_EXPORT_COLUMNS = ['metode', 'rule_pack', 'rating_hasil_kerja_dihitung', 'rating_perilaku_dihitung', 'nrr_u1', 'mutu'];

/** The own-export columns in a header (empty: an input file). */
export function ownExportColumns(rawHeaders: readonly string[]): string[] {
  const names = new Set(rawHeaders.map(normalizeHeader));
  return OWN_EXPORT_COLUMNS.filter((c) => names.has(c));
}

export type RoleResult =
  | { ok: true; role: CsvRole; columns: Map<string, number>; duplicates: string[]; ignored: string[] }
  | { ok: false; reason: 'none' | 'several'; candidates: CsvRole[]; duplicates: string[] };

export function detectRole(rawHeaders: readonly string[]): RoleResult {
  const columns = new Map<string, number>();
  const duplicates: string[] = [];
  rawHeaders.forEach((raw, i) => {
    const name = normalizeHeader(raw);
    if (name === '') return;
    if (columns.has(name)) duplicates.push(name);
    else columns.set(name, i);
  });
  const matches = CSV_ROLE_NAMES.filter((role) => {
    const spec: HeaderSpec = CSV_ROLES[role].header;
    return spec.required.every((c) => columns.has(c)) && (!spec.anyOf || spec.anyOf.some((c) => columns.has(c)));
  });
  if (matches.length !== 1) return { ok: false, reason: matches.length === 0 ? 'none' : 'several', candidates: matches, duplicates };
  const role = matches[0]!;
  const spec: HeaderSpec = CSV_ROLES[role].header;
  const known = new Set([...spec.required, ...spec.optional]);
  return { ok: true, role, columns, duplicates, ignored: [...columns.keys()].filter((c) => !known.has(c)) };
}

const KNOWN_COLUMNS = new Set(CSV_ROLE_NAMES.flatMap((role) => [...CSV_ROLES[role].header.required, ...CSV_ROLES[role].header.optional]));

/**
 * How many distinct column names of any role a row holds: a sheet's row with two or more is a header
 * someone meant (a misspelt one fails loudly), not a title line or a data row.
 */
export function knownColumnCount(rawHeaders: readonly string[]): number {
  return new Set(rawHeaders.map(normalizeHeader).filter((n) => KNOWN_COLUMNS.has(n))).size;
}

/** The required header of each role, written with `sep` (for CSV_TIDAK_DIKENALI). */
export function expectedHeaders(sep: string): string[] {
  return CSV_ROLE_NAMES.map((role) => {
    const spec: HeaderSpec = CSV_ROLES[role].header;
    return `${role}: ${[...spec.required, ...(spec.anyOf ? [`(${spec.anyOf.join('|')})`] : [])].join(sep)}`;
  });
}

/** The delimiter of a header line: the most frequent of `;`, tab and `,` outside quotes (ties: `;`, tab, `,`). */
export function sniffDelimiter(headerLine: string): ';' | ',' | '\t' {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  let best: ';' | ',' | '\t' = ';';
  for (const d of [';', '\t', ','] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
