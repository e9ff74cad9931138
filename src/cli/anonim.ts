/**
 * `score --anonim` (PRODUCT.md "Commands"): every NIP and nama in every output becomes `P-` + the first
 * 10 hex digits of HMAC-SHA256(key, NIP); a nama takes its employee's pseudonym. The key comes from
 * ASN_KINERJA_KUNCI_ANONIM. Without it a random key for this run only: an unkeyed hash of an NIP could be
 * reversed by trying every birth date and serial number, so there is never a fixed default.
 *
 * The report model is rewritten before any format sees it, string by string, so a table that cuts a
 * name short or an HTML page that escapes it only ever holds the pseudonym. Besides the NIPs and names
 * the workspace declares, any run of 15 or more digits (an NIP of a rater from another agency, one
 * Excel cut short) and an NIP Excel wrote in scientific notation are replaced too, as are a name's
 * file-name forms (`ayu-gunawan.yaml`). File hashes (`sha256`) are kept: they name no one.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { cmp } from '../core/findings.js';
import type { LoadedDoc } from '../core/validate/types.js';
import type { ScoreReport } from '../report/score/model.js';

export const ANONIM_KEY_ENV = 'ASN_KINERJA_KUNCI_ANONIM';

export interface AnonimKey {
  key: Buffer;
  /** No key in the environment: a random one for this run, so the pseudonyms differ between runs. */
  random: boolean;
}

export function anonimKey(env: Record<string, string | undefined>): AnonimKey {
  const given = env[ANONIM_KEY_ENV];
  if (given !== undefined && given !== '') return { key: Buffer.from(given, 'utf8'), random: false };
  return { key: randomBytes(32), random: true };
}

export interface Person {
  nip: string;
  nama?: string;
}

/** Replaces NIPs and names in a string. */
export type Anonymizer = (s: string) => string;

// An NIP (18 digits), or one cut or padded by a spreadsheet: never part of a longer digit run.
const DIGIT_RUN = /(?<!\d)\d{15,}(?!\d)/g;
// What Excel shows of a long number: 1,98703E+17 or 1.97008231997022E+17.
const SCIENTIFIC = /(?<![\d.,])\d[.,]\d+E\+?1[4-9](?!\d)/gi;

export function pseudonym(key: Buffer, nip: string): string {
  return 'P-' + createHmac('sha256', key).update(nip, 'utf8').digest('hex').slice(0, 10);
}

export function makeAnonymizer(key: Buffer, people: readonly Person[]): Anonymizer {
  const forms = new Map<string, string>();
  for (const p of people) {
    const nama = p.nama?.trim();
    if (!nama || nama.length < 3) continue;
    const code = pseudonym(key, p.nip);
    const lower = nama.toLowerCase();
    const words = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    for (const form of [lower, words.join('-'), words.join('_'), words.join(' '), words.join('')]) {
      if (form.length >= 3 && !forms.has(form)) forms.set(form, code);
    }
  }
  // Longest first, so "Ayu Gunawan Putri" is not left as "P-… Putri".
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length || cmp(a, b)).map(escapeRegExp);
  const names = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const memo = new Map<string, string>();
  const code = (nip: string) => {
    let c = memo.get(nip);
    if (c === undefined) memo.set(nip, (c = pseudonym(key, nip)));
    return c;
  };
  return (s) => {
    let out = s.replace(DIGIT_RUN, code).replace(SCIENTIFIC, (m) => code(m.toUpperCase()));
    if (names) out = out.replace(names, (m) => forms.get(m.toLowerCase()) ?? m);
    return out;
  };
}

/** The people a workspace names: employees and penilai of every SKP (valid or not), unit heads. */
export function peopleOf(docs: readonly LoadedDoc[]): Person[] {
  const out: Person[] = [];
  const add = (v: unknown) => {
    const o = v as { nip?: unknown; nama?: unknown } | null;
    if (o && typeof o.nip === 'string') out.push({ nip: o.nip, ...(typeof o.nama === 'string' ? { nama: o.nama } : {}) });
  };
  for (const d of docs) {
    const data = d.data as Record<string, unknown> | null | undefined;
    if (!data || typeof data !== 'object') continue;
    if (d.kind === 'skp') {
      add(data.pegawai);
      add(data.penilai);
    } else if (d.kind === 'unit-kerja' && Array.isArray(data.unit)) {
      for (const u of data.unit as { pimpinan?: unknown }[]) if (typeof u?.pimpinan === 'string') out.push({ nip: u.pimpinan });
    }
  }
  return out;
}

/** Every string of a plain value rewritten (object keys are the contract's names and stay). */
function rewrite<T>(value: T, f: Anonymizer): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => rewrite(v, f)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'sha256' ? v : rewrite(v, f);
    return out as T;
  }
  return value;
}

/**
 * The report with every NIP and name replaced, the employees re-sorted by unit then pseudonym: their
 * order followed the NIP, which holds the birth date. Findings keep their order (by path and line).
 */
export function anonymizeReport(report: ScoreReport, f: Anonymizer): ScoreReport {
  const laporan = rewrite(report.laporan, f);
  const byUnitThenNip = (a: { unit: string; nip: string }, b: { unit: string; nip: string }) => cmp(a.unit, b.unit) || cmp(a.nip, b.nip);
  (laporan.pegawai as { unit: string; nip: string }[]).sort(byUnitThenNip);
  return { ...report, laporan, findings: rewrite(report.findings, f) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
