/**
 * Unit figures under 6/2022 (RULES.md §3): each unit's whole subtree; distribution, mean capaian and
 * the kurva distribusi check with the smallest `saran` that would satisfy it (docs/saran-kurva.md).
 * Pure: the unit tree and employee results in, unrounded unit results and findings out.
 */
import { makeFinding, type Finding } from '../../findings.js';
import type { Periode } from '../../period.js';
import type { UnitNode, UnitTree } from '../../unit-tree.js';
import type { UnitCheckInput } from '../rule-pack.js';
import type { Predikat, Rating } from './predikat.js';
import { checkKurva, type Distribusi, type Pelanggaran, type PredikatOrganisasi } from './kurva.js';
import { adviseKurva, type SaranStep } from './saran.js';

export interface PegawaiSummary {
  unit: string;
  predikat: Predikat | null;
  capaian_hasil_kerja: number | null;
}

export type AlasanKurva = 'PERIODE_BUKAN_TAHUNAN' | 'TANPA_PREDIKAT_ORGANISASI' | 'PEGAWAI_KURANG';

export interface UnitResult {
  id: string;
  nama: string;
  induk: string | null;
  jumlah_pegawai: number;
  distribusi: Record<Predikat | 'tidak_dinilai', number>;
  rata_rata_capaian: number | null;
  predikat_organisasi: PredikatOrganisasi | null;
  kurva: { diperiksa: boolean; alasan: AlasanKurva | null; sesuai: boolean | null; pelanggaran: Pelanggaran[] };
}

export interface UnitKurva extends UnitResult {
  /** The smallest change that would satisfy the kurva; [] when it fits, null when nothing can. */
  saran: SaranStep[] | null;
}

/** "Cukup" is the older name of Butuh Perbaikan (RULES.md §2.4). */
export function normalizePredikatOrganisasi(p: UnitNode['predikat_organisasi']): PredikatOrganisasi | null {
  if (p === undefined) return null;
  return p === 'Cukup' ? 'Butuh Perbaikan' : p;
}

/** SE MenPAN-RB 3/2023: a unit head is rated by the organisation's result. */
export function ratingFromOrganisasi(p: PredikatOrganisasi): Rating {
  return p === 'Istimewa' ? 'Di Atas Ekspektasi' : p === 'Baik' ? 'Sesuai Ekspektasi' : 'Di Bawah Ekspektasi';
}

/** For each NIP heading a unit with a predikat organisasi: the unit nearest the root (§2.4). */
export function unitHeads(tree: UnitTree): Map<string, { unit: UnitNode; semua: string[] }> {
  const out = new Map<string, { unit: UnitNode; semua: string[] }>();
  for (const u of tree.units) {
    if (u.pimpinan === undefined || u.predikat_organisasi === undefined) continue;
    const nip = u.pimpinan.replace(/\s+/g, '');
    const prev = out.get(nip);
    if (!prev) out.set(nip, { unit: u, semua: [u.id] });
    else {
      prev.semua.push(u.id);
      const d = tree.depth(u);
      const dp = tree.depth(prev.unit);
      if (d < dp || (d === dp && u.id < prev.unit.id)) prev.unit = u;
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

/** Each unit over its subtree, sorted by id. A team is a one-unit tree whose kurva is never checked. */
export function summarizeUnits(tree: UnitTree, pegawai: readonly PegawaiSummary[], periode: Periode, minimalPegawai: number): UnitResult[] {
  const members = new Map<string, PegawaiSummary[]>(tree.units.map((u) => [u.id, []]));
  for (const p of pegawai) for (const a of tree.ancestors(p.unit)) members.get(a)!.push(p);

  return [...tree.units]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((u) => {
      const list = members.get(u.id)!;
      const distribusi = Object.fromEntries(PREDIKAT_KEYS.map((k) => [k, 0])) as UnitResult['distribusi'];
      let sum = 0;
      let count = 0;
      for (const p of list) {
        distribusi[p.predikat ?? 'tidak_dinilai']++;
        if (p.capaian_hasil_kerja !== null) {
          sum += p.capaian_hasil_kerja;
          count++;
        }
      }
      const org = normalizePredikatOrganisasi(u.predikat_organisasi);
      const d = toDistribusi(distribusi);
      const n = d.SB + d.B + d.BP + d.K + d.SK;
      const alasan: AlasanKurva | null =
        periode.jenis !== 'tahun'
          ? 'PERIODE_BUKAN_TAHUNAN'
          : org === null
            ? 'TANPA_PREDIKAT_ORGANISASI'
            : n < minimalPegawai
              ? 'PEGAWAI_KURANG'
              : null;
      const pelanggaran = alasan === null && org !== null ? checkKurva(org, d) : [];
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

function toDistribusi(d: UnitResult['distribusi']): Distribusi {
  return { SB: d['Sangat Baik'], B: d.Baik, BP: d['Butuh Perbaikan'], K: d['Kurang/Misconduct'], SK: d['Sangat Kurang'] };
}

/** The units' figures, a finding per broken kurva rule, and the smallest advice (RULES.md §3). */
export function checkUnits(input: UnitCheckInput<PegawaiSummary>): { units: UnitKurva[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const units = summarizeUnits(input.tree, input.pegawai, input.periode, input.config.kurva.minimalPegawai).map((u): UnitKurva => {
    if (!(u.kurva.diperiksa && u.kurva.sesuai === false)) return { ...u, saran: [] };
    const place = input.unitAt(u.id);
    const at = { path: place?.path ?? '', jalur: `${place?.jalur ?? ''}/predikat_organisasi`, unit: u.id };
    for (const p of u.kurva.pelanggaran) {
      findings.push(
        makeFinding('KURVA_TIDAK_SESUAI', at, {
          unit: u.id,
          predikat_organisasi: u.predikat_organisasi,
          aturan: p.aturan,
          predikat: p.predikat,
          jumlah: p.jumlah,
          batas: p.batas,
        }),
      );
    }
    const d = toDistribusi(u.distribusi);
    const s = adviseKurva(u.predikat_organisasi!, d);
    if (!s) findings.push(makeFinding('KURVA_TIDAK_MUNGKIN', at, { unit: u.id, jumlah: d.SB + d.B + d.BP + d.K + d.SK }));
    return { ...u, saran: s ? s.langkah : null };
  });
  return { units, findings };
}
