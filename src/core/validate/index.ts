/**
 * Cross-file rules of a workspace (PRODUCT.md "Workspace", RULES.md §5). Pure: typed documents in,
 * findings with JSON pointers out. Only documents that passed their schema take part, so one
 * broken file does not cascade into false findings elsewhere.
 */
import type { Finding } from '../findings.js';
import { checkKonfigurasi } from './konfigurasi.js';
import { checkTim, collectUnits } from './organisasi.js';
import { collectKatalog } from './katalog.js';
import { checkSkps } from './skp.js';
import type { DocOf, LoadedDoc } from './types.js';
import type { YamlKind } from '../../schema/kinds.js';
import { normalizeNip } from '../nip.js';
import { pushAll } from '../arrays.js';

export type { LoadedDoc, DocOf } from './types.js';

export function checkWorkspace(docs: readonly LoadedDoc[]): Finding[] {
  const out: Finding[] = [];
  const of = <K extends YamlKind>(kind: K): DocOf<K>[] => docs.filter((d) => d.valid && d.kind === kind) as DocOf<K>[];

  for (const k of of('konfigurasi')) pushAll(out, checkKonfigurasi(k));

  // Truncated NIPs are named when exactly one known NIP shares their first 15 digits.
  const byPrefix = new Map<string, string[]>();
  for (const d of of('skp')) {
    const nip = normalizeNip(d.data.pegawai.nip);
    if (!/^\d{18}$/.test(nip) || nip.endsWith('000')) continue;
    const list = byPrefix.get(nip.slice(0, 15)) ?? [];
    if (!list.includes(nip)) list.push(nip);
    byPrefix.set(nip.slice(0, 15), list);
  }
  const nipOptions = { findByPrefix15: (prefix: string) => byPrefix.get(prefix) ?? [] };

  const unitDocs = of('unit-kerja');
  const units = collectUnits(unitDocs, out, nipOptions);
  checkTim(of('tim-kerja'), out, nipOptions);
  const katalog = collectKatalog(of('katalog-indikator'), out);
  const metode = of('konfigurasi')[0]?.data.metode ?? 'permenpan-rb-6-2022';
  checkSkps(of('skp'), { units: unitDocs.length > 0 ? units : undefined, katalog, nipOptions, metode }, out);
  return out;
}
