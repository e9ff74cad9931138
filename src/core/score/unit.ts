/**
 * Unit figures (RULES.md §3): each unit's whole subtree; distribution, mean capaian and the kurva
 * distribusi check. Pure: unit definitions and employee results in, unrounded unit results out.
 * The kurva `saran` is computed in rules/permenpan-rb-6-2022/saran.ts (docs/saran-kurva.md).
 */
import type { Predikat, Rating } from '../rules/permenpan-rb-6-2022/predikat.js';
import { periksaKurva, type Distribusi, type Pelanggaran, type PredikatOrganisasi } from '../rules/permenpan-rb-6-2022/kurva.js';
import type { Periode } from '../period.js';

export interface UnitDef {
  id: string;
  nama: string;
  induk?: string;
  predikat_organisasi?: 'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Cukup' | 'Kurang' | 'Sangat Kurang';
  pimpinan?: string;
}

export interface PegawaiRingkas {
  unit: string;
  predikat: Predikat | null;
  capaian_hasil_kerja: number | null;
}

export type AlasanKurva = 'PERIODE_BUKAN_TAHUNAN' | 'TANPA_PREDIKAT_ORGANISASI' | 'PEGAWAI_KURANG';

export interface UnitHasil {
  id: string;
  nama: string;
  induk: string | null;
  jumlah_pegawai: number;
  distribusi: Record<Predikat | 'tidak_dinilai', number>;
  rata_rata_capaian: number | null;
  predikat_organisasi: PredikatOrganisasi | null;
  kurva: { diperiksa: boolean; alasan: AlasanKurva | null; sesuai: boolean | null; pelanggaran: Pelanggaran[] };
}

/** "Cukup" is the older name of Butuh Perbaikan (RULES.md §2.4). */
export function normalisasiPredikatOrganisasi(p: UnitDef['predikat_organisasi']): PredikatOrganisasi | null {
  if (p === undefined) return null;
  return p === 'Cukup' ? 'Butuh Perbaikan' : p;
}

/** SE MenPAN-RB 3/2023: a unit head is rated by the organisation's result. */
export function ratingOrganisasi(p: PredikatOrganisasi): Rating {
  return p === 'Istimewa' ? 'Di Atas Ekspektasi' : p === 'Baik' ? 'Sesuai Ekspektasi' : 'Di Bawah Ekspektasi';
}

/** For each NIP heading a unit with a predikat organisasi: the unit nearest the root (§2.4). */
export function pimpinanUnit(units: readonly UnitDef[]): Map<string, { unit: UnitDef; semua: string[] }> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const depth = (u: UnitDef) => {
    let d = 0;
    const seen = new Set<string>();
    for (let p = u.induk; p !== undefined && byId.has(p) && !seen.has(p); p = byId.get(p)!.induk) {
      seen.add(p);
      d++;
    }
    return d;
  };
  const out = new Map<string, { unit: UnitDef; semua: string[] }>();
  for (const u of units) {
    if (u.pimpinan === undefined || u.predikat_organisasi === undefined) continue;
    const nip = u.pimpinan.replace(/\s+/g, '');
    const prev = out.get(nip);
    if (!prev) out.set(nip, { unit: u, semua: [u.id] });
    else {
      prev.semua.push(u.id);
      if (depth(u) < depth(prev.unit) || (depth(u) === depth(prev.unit) && u.id < prev.unit.id)) prev.unit = u;
    }
  }
  return out;
}

const PREDIKAT_KEYS: (Predikat | 'tidak_dinilai')[] = [
  'Sangat Baik',
  'Baik',
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Sangat Kurang',
  'tidak_dinilai',
];

export function hitungUnit(
  units: readonly UnitDef[],
  pegawai: readonly PegawaiRingkas[],
  periode: Periode,
  minimalPegawai: number,
): UnitHasil[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  // Every unit an employee's unit lies under (itself included), cycles cut.
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let cur: string | undefined = id; cur !== undefined && byId.has(cur) && !out.includes(cur); cur = byId.get(cur)!.induk)
      out.push(cur);
    return out;
  };
  const members = new Map<string, PegawaiRingkas[]>(units.map((u) => [u.id, []]));
  for (const p of pegawai) for (const a of ancestors(p.unit)) members.get(a)!.push(p);

  return [...units]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((u) => {
      const list = members.get(u.id)!;
      const distribusi = Object.fromEntries(PREDIKAT_KEYS.map((k) => [k, 0])) as UnitHasil['distribusi'];
      let sum = 0;
      let count = 0;
      for (const p of list) {
        distribusi[p.predikat ?? 'tidak_dinilai']++;
        if (p.capaian_hasil_kerja !== null) {
          sum += p.capaian_hasil_kerja;
          count++;
        }
      }
      const org = normalisasiPredikatOrganisasi(u.predikat_organisasi);
      const d: Distribusi = {
        SB: distribusi['Sangat Baik'],
        B: distribusi.Baik,
        BP: distribusi['Butuh Perbaikan'],
        K: distribusi['Kurang/Misconduct'],
        SK: distribusi['Sangat Kurang'],
      };
      const n = d.SB + d.B + d.BP + d.K + d.SK;
      const alasan: AlasanKurva | null =
        periode.jenis !== 'tahun'
          ? 'PERIODE_BUKAN_TAHUNAN'
          : org === null
            ? 'TANPA_PREDIKAT_ORGANISASI'
            : n < minimalPegawai
              ? 'PEGAWAI_KURANG'
              : null;
      const pelanggaran = alasan === null && org !== null ? periksaKurva(org, d) : [];
      return {
        id: u.id,
        nama: u.nama,
        induk: u.induk ?? null,
        jumlah_pegawai: list.length,
        distribusi,
        rata_rata_capaian: count > 0 ? sum / count : null,
        predikat_organisasi: org,
        kurva: { diperiksa: alasan === null, alasan, sesuai: alasan === null ? pelanggaran.length === 0 : null, pelanggaran },
      };
    });
}
