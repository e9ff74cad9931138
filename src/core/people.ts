/**
 * Who is who in a workspace for one year, as the Dokumen Evaluasi Kinerja names them: the SKPs by
 * path and by NIP, the SKP of a NIP for some months (RULES.md §2.0: of several, the one whose masa ends
 * last), a pejabat (the penilai, their atasan) completed from their own SKP, and unit names. Pure.
 */
import type { LoadedDoc } from './validate/types.js';
import type { Skp } from '../types/generated/skp.js';
import type { KatalogIndikator } from '../types/generated/katalog-indikator.js';
import { normalizeNip } from './nip.js';
import { endsLast, masaOf, meets, type MonthSpan } from './masa.js';

export type Pejabat = NonNullable<Skp['penilai']>;

export interface Identitas {
  nama: string | null;
  nip: string | null;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string | null;
  /** The unit's name (as written when the unit list does not know it). */
  unit: string | null;
}

const orNull = (s: string | undefined) => s ?? null;
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
/** A key written but left blank (`pangkat: ""`) is a key not given. */
export const given = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v : undefined);

/**
 * What can still be read of an SKP that has errors: the pegawai's own strings and the penilai, so its
 * Dokumen names the employee and says why no predikat stands (its hasil kerja are not shown).
 */
function readableSkp(raw: unknown, tahun: number): Skp {
  const obj = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const r = obj(raw);
  const p = obj(r.pegawai);
  const pick = (o: Record<string, unknown>, keys: readonly string[]) =>
    Object.fromEntries(keys.flatMap((k) => (text(o[k]) !== undefined ? [[k, text(o[k])]] : [])));
  const PEJABAT = ['nip', 'nama', 'pangkat', 'golongan', 'jabatan', 'unit'] as const;
  const penilai = pick(obj(r.penilai), PEJABAT);
  const atasan = pick(obj(r.atasan_penilai), PEJABAT);
  return {
    kind: 'skp',
    tahun,
    pegawai: { nip: text(p.nip) ?? '', nama: text(p.nama) ?? '', unit: text(p.unit) ?? '', ...pick(p, ['pangkat', 'golongan', 'jabatan']) },
    ...(Object.keys(penilai).length > 0 ? { penilai } : {}),
    ...(Object.keys(atasan).length > 0 ? { atasan_penilai: atasan } : {}),
    ...(r.pendekatan === 'kualitatif' || r.pendekatan === 'kuantitatif' ? { pendekatan: r.pendekatan } : {}),
    ...(r.masa !== undefined ? { masa: r.masa as Skp['masa'] } : {}),
    hasil_kerja: [],
  };
}

export class People {
  /** Every SKP of the year by path: valid ones as written, the others as far as they can be read. */
  readonly skpByPath = new Map<string, { skp: Skp; valid: boolean }>();
  readonly indikator = new Map<string, KatalogIndikator['indikator'][number]>();
  private readonly byNip = new Map<string, Skp[]>();
  private readonly unitNama = new Map<string, string>();

  constructor(docs: readonly LoadedDoc[], tahun: number) {
    for (const d of docs) {
      if (d.kind === 'skp') {
        const year = Number((d.data as { tahun?: unknown } | null)?.tahun);
        if (year !== tahun) continue;
        const skp = d.valid ? d.data : readableSkp(d.data, tahun);
        this.skpByPath.set(d.path, { skp, valid: d.valid });
        // An SKP with errors still says who its employee is (their pangkat, jabatan, their penilai).
        if (skp.pegawai.nip === '') continue;
        const nip = normalizeNip(skp.pegawai.nip);
        const list = this.byNip.get(nip) ?? [];
        list.push(skp);
        this.byNip.set(nip, list);
      } else if (d.valid && d.kind === 'katalog-indikator') {
        for (const i of d.data.indikator) if (!this.indikator.has(i.id)) this.indikator.set(i.id, i);
      } else if (d.valid && d.kind === 'unit-kerja') {
        for (const u of d.data.unit) if (!this.unitNama.has(u.id)) this.unitNama.set(u.id, u.nama);
      }
    }
  }

  unitName(idOrName: string | undefined): string | null {
    if (idOrName === undefined || idOrName === '') return null;
    return this.unitNama.get(idOrName) ?? idOrName;
  }

  /** The SKP of `nip` whose masa meets `span`; of several, the one whose masa ends last (§2.0). */
  skpOf(nip: string | undefined, span: MonthSpan): Skp | undefined {
    if (nip === undefined) return undefined;
    const list = (this.byNip.get(normalizeNip(nip)) ?? [])
      .map((skp) => ({ skp, masa: masaOf(skp.masa, skp.tahun) }))
      .filter((x) => meets(x.masa, span))
      .sort((a, b) => a.masa.bulanAwal - b.masa.bulanAwal);
    return list.length > 0 ? endsLast(list).skp : undefined;
  }

  /** A pejabat as an SKP names them, what it leaves out completed from their own SKP for those months. */
  pejabat(named: Pejabat | undefined, span: MonthSpan): Identitas | null {
    if (named === undefined) return null;
    const own = this.skpOf(named.nip, span)?.pegawai;
    return {
      nama: given(named.nama) ?? given(own?.nama) ?? null,
      nip: named.nip !== undefined ? normalizeNip(named.nip) : null,
      pangkat: orNull(given(named.pangkat) ?? given(own?.pangkat)),
      golongan: orNull(given(named.golongan) ?? given(own?.golongan)),
      jabatan: orNull(given(named.jabatan) ?? given(own?.jabatan)),
      unit: this.unitName(given(named.unit) ?? given(own?.unit)),
    };
  }

  /** The atasan pejabat penilai: as the SKP names them, else the penilai of the penilai's own SKP. */
  atasanPenilai(skp: Skp, span: MonthSpan): Identitas | null {
    return this.pejabat(skp.atasan_penilai ?? this.skpOf(skp.penilai?.nip, span)?.penilai, span);
  }
}
