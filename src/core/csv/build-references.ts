/** The workspace facts CSV rows are checked against, built once from the schema-valid documents. */
import type { DocOf, LoadedDoc } from '../validate/types.js';
import type { YamlKind } from '../../schema/kinds.js';
import type { ResolvedConfig } from '../config.js';
import { normalizeNip } from '../nip.js';
import type { Periode } from '../period.js';
import type { CsvReferences, SkpIndikatorRef, SkpPlanRef, SkpRef } from './references.js';
import { masaOf } from '../masa.js';

export function buildCsvReferences(
  docs: readonly LoadedDoc[],
  config: ResolvedConfig,
  periode: Periode | null,
  pack: { nilaiPerilaku: boolean; inovasi: boolean; ratings: boolean; perilaku360(config: ResolvedConfig): boolean } = {
    nilaiPerilaku: false,
    inovasi: false,
    ratings: true,
    perilaku360: () => true,
  },
): CsvReferences {
  const of = <K extends YamlKind>(kind: K): DocOf<K>[] => docs.filter((d) => d.valid && d.kind === kind) as DocOf<K>[];
  const katalog = new Map<string, SkpIndikatorRef>();
  for (const doc of of('katalog-indikator')) {
    for (const def of doc.data.indikator)
      if (!katalog.has(def.id)) katalog.set(def.id, { satuan: def.satuan, sumber: def.sumber ?? 'realisasi' });
  }
  const skps = new Map<string, SkpPlanRef[]>();
  const known = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  for (const doc of of('skp')) {
    const nip = normalizeNip(doc.data.pegawai.nip);
    known.add(nip);
    const prefix = byPrefix.get(nip.slice(0, 15)) ?? [];
    if (!prefix.includes(nip)) prefix.push(nip);
    byPrefix.set(nip.slice(0, 15), prefix);
    const indikator = new Map<string, SkpIndikatorRef>();
    for (const rhk of doc.data.hasil_kerja) {
      for (const ind of rhk.indikator) {
        const key = ind.id ?? ind.ref;
        if (key === undefined) continue;
        const base = ind.ref !== undefined ? katalog.get(ind.ref) : undefined;
        indikator.set(key, { satuan: ind.satuan ?? base?.satuan, sumber: ind.sumber ?? base?.sumber ?? 'realisasi' });
      }
    }
    const key = `${nip}|${doc.data.tahun}`;
    const list = skps.get(key) ?? [];
    skps.set(key, list);
    const masa = masaOf(doc.data.masa, doc.data.tahun);
    list.push({
      path: doc.path,
      valid: masa.readable,
      masa,
      indikator,
      penilaiNip: doc.data.penilai?.nip !== undefined ? normalizeNip(doc.data.penilai.nip) : undefined,
    });
  }
  // SKPs that failed their schema: their NIP, year and masa, where they can be read. Rows are not
  // checked against them; the months they may hold are known, so the rest still are.
  const invalid = new Set<string>();
  for (const d of docs) {
    if (d.valid || d.kind !== 'skp' || typeof d.data !== 'object' || d.data === null) continue;
    const raw = d.data as { tahun?: unknown; masa?: unknown; pegawai?: { nip?: unknown } };
    if (typeof raw.pegawai?.nip !== 'string' || raw.tahun === undefined) continue;
    const nip = normalizeNip(raw.pegawai.nip);
    // Whatever the broken document holds, as text: only what reads as a row's year can match.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    const key = `${nip}|${String(raw.tahun)}`;
    invalid.add(key);
    const list = skps.get(key);
    // Only beside a readable SKP of the same year: alone, hasInvalidSkp says it all.
    if (list)
      list.push({ path: d.path, valid: false, masa: masaOf(raw.masa, Number(raw.tahun)), indikator: new Map(), penilaiNip: undefined });
  }
  // In masa order (stable: canonical file order for equal starts).
  const refs = new Map<string, SkpRef>();
  for (const [key, list] of skps) refs.set(key, { rencana: list.sort((a, b) => a.masa.bulanAwal - b.masa.bulanAwal) });
  const unitDocs = of('unit-kerja');
  const unitIds = new Set<string>();
  const unitByNama = new Map<string, string>();
  for (const doc of unitDocs) {
    for (const u of doc.data.unit) {
      unitIds.add(u.id);
      unitByNama.set(u.nama.trim().toLowerCase(), u.id);
    }
  }
  // An id written in another case (`Dinkes` for `dinkes`) is told its id, unless a name says otherwise.
  for (const id of unitIds) if (!unitByNama.has(id.toLowerCase())) unitByNama.set(id.toLowerCase(), id);
  // NIPs one digit apart, by year: each NIP under its 18 one-digit-masked forms, built on first use.
  let masked: Map<string, Set<string>> | undefined;
  const nipMirip = (nip: string, tahun: number): string | null => {
    if (!masked) {
      masked = new Map();
      for (const key of refs.keys()) {
        const [n = '', y] = key.split('|');
        for (let i = 0; i < n.length; i++) {
          const m = `${y}|${n.slice(0, i)}_${n.slice(i + 1)}`;
          const set = masked.get(m) ?? new Set<string>();
          set.add(n);
          masked.set(m, set);
        }
      }
    }
    const found = new Set<string>();
    for (let i = 0; i < nip.length; i++)
      for (const n of masked.get(`${tahun}|${nip.slice(0, i)}_${nip.slice(i + 1)}`) ?? []) if (n !== nip) found.add(n);
    return found.size === 1 ? [...found][0]! : null;
  };
  return {
    periode,
    skp: (nip, tahun) => refs.get(`${nip}|${tahun}`),
    hasInvalidSkp: (nip, tahun) => invalid.has(`${nip}|${tahun}`),
    isKnownNip: (nip) => known.has(nip),
    nipMirip,
    findByPrefix15: (prefix) => byPrefix.get(prefix) ?? [],
    units:
      unitDocs.length > 0 ? { has: (id) => unitIds.has(id), idByNama: (nama) => unitByNama.get(nama.trim().toLowerCase()) } : undefined,
    skala: config.perilaku.skala,
    nilaiPerilaku: pack.nilaiPerilaku,
    inovasi: pack.inovasi,
    ratings: pack.ratings,
    perilaku360: pack.perilaku360(config),
  };
}
