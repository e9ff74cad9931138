/**
 * Schema validation of the YAML kinds. The validators are compiled from schemas/ at build time
 * (scripts/compile-schemas.mjs: ajv standalone, allErrors + coerceTypes + verbose), so no schema is
 * compiled at run time. ajv errors become SKEMA findings carrying a JSON pointer; the YAML loader
 * turns the pointer into line:col.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { makeFinding, type Finding, type SkemaArgs, type SkemaKeywordLain } from '../core/findings.js';
import { SCHEMA_FILES, type SchemaName, type YamlKind } from './kinds.js';
import * as compiled from './generated/validators.js';

const VALIDATORS = {
  konfigurasi: compiled.konfigurasi,
  'unit-kerja': compiled.unitKerja,
  'tim-kerja': compiled.timKerja,
  'katalog-indikator': compiled.katalogIndikator,
  skp: compiled.skp,
} satisfies Record<YamlKind, ValidateFunction>;

/** Schema findings per file beyond this are summarised (one broken file must not flood a report). */
export const MAX_SCHEMA_FINDINGS_PER_FILE = 100;

export function loadSchema(name: SchemaName): Record<string, unknown> {
  const url = new URL(`../../schemas/${SCHEMA_FILES[name]}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/**
 * Validates `data` in place (ajv coerces the YAML strings to the schema's types) and returns the
 * schema findings for `path`.
 */
export function validateAgainstSchema(kind: YamlKind, data: unknown, path: string): Finding[] {
  const fn = VALIDATORS[kind];
  if (fn(data)) return [];
  const findings: Finding[] = [];
  for (const err of narrowAnyOf(fn.errors ?? [])) {
    if (err.keyword === 'if') continue; // its `then` error says what is wrong
    if (err.keyword === 'propertyNames') continue; // its pattern error names the key
    findings.push(toFinding(err, path));
  }
  if (findings.length > MAX_SCHEMA_FINDINGS_PER_FILE) {
    const rest = findings.length - MAX_SCHEMA_FINDINGS_PER_FILE;
    return [
      ...findings.slice(0, MAX_SCHEMA_FINDINGS_PER_FILE),
      makeFinding('TEMUAN_DIRINGKAS', { path }, { kode_temuan: 'SKEMA', jumlah: rest }),
    ];
  }
  return findings;
}

/**
 * An `anyOf` (a label, or a map of labels) fails with every branch's errors. Keep only the errors of the
 * one branch whose type the value has, so the user reads one finding about what they wrote.
 */
function narrowAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const any of errors.filter((e) => e.keyword === 'anyOf')) {
    const prefix = `${any.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const b = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(b, [...(branches.get(b) ?? []), e]);
    }
    const isObject = typeof any.data === 'object' && any.data !== null;
    const fits = [...branches.values()].filter(
      (list) => !list.some((e) => e.instancePath === any.instancePath && (e.keyword === 'type' || (e.keyword === 'enum' && isObject))),
    );
    if (fits.length !== 1) continue;
    drop.add(any);
    for (const list of branches.values()) if (list !== fits[0]) for (const e of list) drop.add(e);
  }
  return errors.filter((e) => !drop.has(e));
}

function toFinding(err: ErrorObject, path: string): Finding {
  const p = err.params as Record<string, unknown>;
  let jalur = err.instancePath;
  let pada: 'kunci' | undefined;
  let args: SkemaArgs;
  switch (err.keyword) {
    case 'required':
      jalur = `${err.instancePath}/${escapePointer(String(p.missingProperty))}`;
      pada = 'kunci';
      args = { keyword: err.keyword, kunci: String(p.missingProperty) };
      break;
    case 'additionalProperties': {
      jalur = `${err.instancePath}/${escapePointer(String(p.additionalProperty))}`;
      pada = 'kunci';
      const props = (err.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      args = { keyword: err.keyword, kunci: String(p.additionalProperty), diizinkan: props ? Object.keys(props) : [] };
      break;
    }
    case 'enum':
      args = { keyword: err.keyword, diizinkan: (p.allowedValues as unknown[]).map(String), nilai: show(err.data) };
      break;
    case 'const':
      args = { keyword: err.keyword, diizinkan: [String(p.allowedValue)], nilai: show(err.data) };
      break;
    case 'type':
      args = { keyword: err.keyword, tipe: Array.isArray(p.type) ? p.type.map(String) : [String(p.type)], nilai: show(err.data) };
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      args = { keyword: err.keyword, batas: Number(p.limit), nilai: show(err.data) };
      break;
    case 'minLength':
    case 'minItems':
      args = { keyword: err.keyword, batas: Number(p.limit) };
      break;
    case 'pattern':
      if (err.propertyName !== undefined) {
        // A key that breaks `propertyNames` (a period code in predikat_organisasi): point at the key.
        jalur = `${err.instancePath}/${escapePointer(err.propertyName)}`;
        pada = 'kunci';
        args = { keyword: err.keyword, pola: String(p.pattern), nilai: err.propertyName };
      } else args = { keyword: err.keyword, pola: String(p.pattern), nilai: show(err.data) };
      break;
    default:
      // Any other keyword prints ajv's own message; SkemaKeywordLain names the ones the schemas use.
      args = { keyword: err.keyword as SkemaKeywordLain, pesan_ajv: err.message ?? err.keyword };
  }
  return makeFinding('SKEMA', { path, jalur, ...(pada ? { pada } : {}) }, args);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}
