/**
 * Unit figures under 6/2022 (RULES.md §3): each unit's whole subtree; distribution, mean capaian and
 * the kurva distribusi check with the smallest `saran` that would satisfy it (docs/saran-kurva.md).
 * Pure: the unit tree and employee results in, unrounded unit results and findings out.
 */
import { makeFinding, type Finding } from '../../findings.js';
import { parsePeriode, type Periode } from '../../period.js';
import type { UnitNode, UnitTree } from '../../unit-tree.js';
import type { UnitCheckInput } from '../rule-pack.js';
import type { Predikat, Rating } from './predikat.js';
import { checkKurva, type Distribusi, type Pelanggaran, type PredikatOrganisasi, type SebagianBesar } from './kurva.js';
import { normalizeNip } from '../../nip.js';
import { adviseKurva, type SaranStep } from './saran.js';

export interface PegawaiSummary {
  nip: string;
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
  /** `jumlah` and `distribusi`: what the curve checked — the subtree's rated employees but the unit's own head. */
  kurva: {
    diperiksa: boolean;
    alasan: AlasanKurva | null;
    sesuai: boolean | null;
    jumlah: number;
    distribusi: Distribusi;
    pelanggaran: Pelanggaran[];
  };
}

export interface UnitKurva extends UnitResult {
  /** The smallest change that would satisfy the kurva; [] when it fits, null when nothing can. */
  saran: SaranStep[] | null;
}

type Label = 'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Cukup' | 'Kurang' | 'Sangat Kurang';

/** "Cukup" is the older name of Butuh Perbaikan (RULES.md §2.4). */
export function normalizePredikatOrganisasi(p: Label | undefined): PredikatOrganisasi | null {
  if (p === undefined) return null;
  return p === 'Cukup' ? 'Butuh Perbaikan' : p;
}

/**
 * The predikat organisasi that applies to P (RULES.md §3): the entry whose period code equals P; a
 * plain label is the entry for the year. `shown` is what the unit's report names (a plain label is
 * shown for a shorter P too, with PERIODE_BUKAN_TAHUNAN saying why it is not used).
 */
export function predikatOrganisasiFor(
  p: UnitNode['predikat_organisasi'],
  P: Periode,
): {
  org: PredikatOrganisasi | null;
  shown: PredikatOrganisasi | null;
  alasan: 'TANPA_PREDIKAT_ORGANISASI' | 'PERIODE_BUKAN_TAHUNAN' | null;
} {
  if (p === undefined) return { org: null, shown: null, alasan: 'TANPA_PREDIKAT_ORGANISASI' };
  if (typeof p === 'string') {
    const label = normalizePredikatOrganisasi(p);
    return P.jenis === 'tahun' ? { org: label, shown: label, alasan: null } : { org: null, shown: label, alasan: 'PERIODE_BUKAN_TAHUNAN' };
  }
  for (const [key, label] of Object.entries(p)) {
    if (parsePeriode(key)?.kode === P.kode) {
      const org = normalizePredikatOrganisasi(label);
      return { org, shown: org, alasan: null };
    }
  }
  return { org: null, shown: null, alasan: 'TANPA_PREDIKAT_ORGANISASI' };
}

/** SE MenPAN-RB 3/2023: a unit head is rated by the organisation's result. */
export function ratingFromOrganisasi(p: PredikatOrganisasi): Rating {
  return p === 'Istimewa' ? 'Di Atas Ekspektasi' : p === 'Baik' ? 'Sesuai Ekspektasi' : 'Di Bawah Ekspektasi';
}

/** For each NIP heading a unit with a predikat organisasi for P: the unit nearest the root (§2.4). */
export function unitHeads(tree: UnitTree, P: Periode): Map<string, { unit: UnitNode; org: PredikatOrganisasi; semua: string[] }> {
  const out = new Map<string, { unit: UnitNode; org: PredikatOrganisasi; semua: string[] }>();
  for (const u of tree.units) {
    const org = predikatOrganisasiFor(u.predikat_organisasi, P).org;
    if (u.pimpinan === undefined || org === null) continue;
    const nip = u.pimpinan.replace(/\s+/g, '');
    const prev = out.get(nip);
    if (!prev) out.set(nip, { unit: u, org, semua: [u.id] });
    else {
      prev.semua.push(u.id);
      const d = tree.depth(u);
      const dp = tree.depth(prev.unit);
      if (d < dp || (d === dp && u.id < prev.unit.id)) {
        prev.unit = u;
        prev.org = org;
      }
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
export function summarizeUnits(
  tree: UnitTree,
  pegawai: readonly PegawaiSummary[],
  periode: Periode,
  minimalPegawai: number,
  sebagianBesar: SebagianBesar = 'mayoritas',
): UnitResult[] {
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
      const { org, shown, alasan: noOrg } = predikatOrganisasiFor(u.predikat_organisasi, periode);
      // SE 3/2023: the organisation's result guides its leader in rating those below; the unit's own head
      // is rated by their superior, so they are left out of this unit's curve (not of the ancestors').
      const head = u.pimpinan === undefined ? null : normalizeNip(u.pimpinan);
      const d: Distribusi = { SB: 0, B: 0, BP: 0, K: 0, SK: 0 };
      for (const p of list) if (p.predikat !== null && p.nip !== head) d[KEY_OF[p.predikat]]++;
      const n = d.SB + d.B + d.BP + d.K + d.SK;
      const alasan: AlasanKurva | null = noOrg ?? (n < minimalPegawai ? 'PEGAWAI_KURANG' : null);
      const pelanggaran = alasan === null && org !== null ? checkKurva(org, d, sebagianBesar) : [];
      return {
        id: u.id,
        nama: u.nama,
        induk: u.induk ?? null,
        jumlah_pegawai: list.length,
        distribusi,
        rata_rata_capaian: count > 0 ? sum / count : null,
        predikat_organisasi: shown,
        kurva: {
          diperiksa: alasan === null,
          alasan,
          sesuai: alasan === null ? pelanggaran.length === 0 : null,
          jumlah: n,
          distribusi: d,
          pelanggaran,
        },
      };
    });
}

const KEY_OF = {
  'Sangat Baik': 'SB',
  Baik: 'B',
  'Butuh Perbaikan': 'BP',
  'Kurang/Misconduct': 'K',
  'Sangat Kurang': 'SK',
} as const satisfies Record<Predikat, keyof Distribusi>;

/** The units' figures, a finding per broken kurva rule, and the smallest advice (RULES.md §3). */
export function checkUnits(input: UnitCheckInput<PegawaiSummary>): { units: UnitKurva[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const { minimalPegawai, sebagianBesar } = input.config.kurva;
  const units = summarizeUnits(input.tree, input.pegawai, input.periode, minimalPegawai, sebagianBesar).map((u): UnitKurva => {
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
    // The advice moves the employees the curve checked (the head is not among them).
    const s = adviseKurva(u.predikat_organisasi!, u.kurva.distribusi, sebagianBesar);
    if (!s) findings.push(makeFinding('KURVA_TIDAK_MUNGKIN', at, { unit: u.id, jumlah: u.kurva.jumlah }));
    return { ...u, saran: s ? s.langkah : null };
  });
  return { units, findings };
}
