/**
 * What the two legacy packs share (RULES.md §6): which periods they score, each SKP of the year scored
 * over its masa ∩ P and the SKPs combined into the employee's Nilai SKP by the months each holds (the
 * rule RULES.md §2.0 gives 6/2022's capaian), the employee's own findings, and the unit and team
 * figures — the distribution by the regulation's labels and the mean nilai akhir, with no kurva (the
 * kurva distribusi is 6/2022's). Pure and unrounded, like the packs.
 */
import { makeFinding, type Finding } from '../findings.js';
import { normalizeNip } from '../nip.js';
import type { JenisPeriode, Periode } from '../period.js';
import { endsLast, intersect, monthCount, type MonthSpan } from '../masa.js';
import { readRealisasi, type RealisasiRows } from '../score/rows.js';
import type { UnitTree } from '../unit-tree.js';
import type { EmployeeInput, EmployeePlan, UnitCheckInput } from './rule-pack.js';

/** PP 46/2011 and PP 30/2019 rate a year or a semester (SE MenPAN-RB 3/2021 split 2021 at June). */
export const LEGACY_PERIODS: readonly JenisPeriode[] = ['tahun', 'semester'];

/** Why an employee has no nilai akhir. */
import type { AlasanNilai, FindingArgs } from '../finding-codes.js';
export type { AlasanNilai };

/** One SKP of the year scored over its masa ∩ P. */
export interface LegacySkp<D> {
  path: string;
  unit: string;
  tahun: number;
  masa: MonthSpan;
  /** Months of P the SKP holds. */
  bulan: number;
  /** The window its rows are read in: masa ∩ P. */
  jendela: MonthSpan;
  nilai_skp: number | null;
  detail: D;
}

/** The employee result fields both legacy packs carry. */
export interface LegacyEmployee<D, L extends string> {
  nip: string;
  nama: string;
  unit: string;
  nilai_skp: number | null;
  nilai_perilaku: number | null;
  nilai_akhir: number | null;
  predikat: L | null;
  alasan: AlasanNilai[];
  /** Each SKP scored, in masa order; the detail shown is the SKP with the most months in P (ties: the later). */
  skp: LegacySkp<D>[];
  /** The detail of the deciding SKP; null when no SKP could be read. */
  detail: D | null;
  masaDeclared: boolean;
}

export type RealisasiForSkp = ReadonlyMap<string, readonly { periode: Periode; nilai: number }[]>;

/**
 * Scores each SKP with `one` and combines: Nilai SKP = Σ nilai_skp × bulan / Σ bulan over the SKPs
 * that have one (an SKP without a nilai is left out of the mean, as under 6/2022, and the employee
 * gets a finding for it from the pack). Any SKP with errors: no nilai at all (RULES.md §2.0).
 */
export function scorePlans<D extends { nilai_skp: number | null }>(
  input: EmployeeInput,
  one: (plan: EmployeePlan, realisasi: RealisasiForSkp, window: Periode, add: LegacyAdd) => D,
): { skp: LegacySkp<D>[]; nilai_skp: number | null; decisive: LegacySkp<D> | null; invalid: boolean; findings: Finding[]; base: Base } {
  const P = input.periode;
  const last = endsLast(input.rencana);
  const nip = normalizeNip(input.rencana[0]!.skp.pegawai.nip);
  const findings: Finding[] = [];
  const base: Base = {
    nip,
    nama: last.skp.pegawai.nama,
    unit: last.skp.pegawai.unit,
    masaDeclared: input.rencana.some((r) => r.masa.declared),
  };
  const invalid = input.rencana.filter((r) => !r.valid);
  if (invalid.length > 0) {
    for (const r of invalid) findings.push(makeFinding('SKP_TIDAK_VALID', { path: r.path, jalur: '', nip }, {}));
    return { skp: [], nilai_skp: null, decisive: null, invalid: true, findings, base };
  }
  const rows = input.rows.realisasi.get(nip) ?? new Map<string, RealisasiRows>();
  const realisasi: RealisasiForSkp = new Map([...rows].map(([k, list]) => [k, readRealisasi(list, P.tahun)]));
  const skp = input.rencana.map((plan): LegacySkp<D> => {
    const w = intersect(plan.masa, P)!;
    const add: LegacyAdd = (kode, jalur, args) => findings.push(makeFinding(kode, { path: plan.path, jalur, nip }, args as never));
    const detail = one(plan, realisasi, { ...P, bulanAwal: w.bulanAwal, bulanAkhir: w.bulanAkhir }, add);
    return {
      path: plan.path,
      unit: plan.skp.pegawai.unit,
      tahun: plan.skp.tahun,
      masa: { bulanAwal: plan.masa.bulanAwal, bulanAkhir: plan.masa.bulanAkhir },
      bulan: monthCount(w),
      jendela: w,
      nilai_skp: detail.nilai_skp,
      detail,
    };
  });
  let sum = 0;
  let months = 0;
  for (const s of skp) {
    if (s.nilai_skp === null) continue;
    sum += s.nilai_skp * s.bulan;
    months += s.bulan;
  }
  const decisive = skp.reduce((a, b) => (b.bulan >= a.bulan ? b : a));
  return { skp, nilai_skp: months > 0 ? sum / months : null, decisive, invalid: false, findings, base };
}

interface Base {
  nip: string;
  nama: string;
  unit: string;
  masaDeclared: boolean;
}

/** Adds an employee finding at a place in the SKP being scored. */
export type LegacyAdd = <
  K extends 'KEGIATAN_TIDAK_DINILAI' | 'INDIKATOR_TANPA_REALISASI' | 'TARGET_PERIODE_SUB' | 'CAKUPAN_SEBAGIAN' | 'TOLERANSI_NOL',
>(
  kode: K,
  jalur: string,
  args: FindingArgs[K],
) => void;

/** The nilai akhir's reasons and the employee finding when there is none. */
export function whyNoNilai(
  r: { invalid: boolean; nilai_skp: number | null },
  nilaiPerilaku: number | null,
  at: { path: string; nip: string },
): { alasan: AlasanNilai[]; findings: Finding[] } {
  if (r.invalid) return { alasan: ['SKP_TIDAK_VALID'], findings: [] };
  const alasan: AlasanNilai[] = [];
  if (r.nilai_skp === null) alasan.push('NILAI_SKP_TIDAK_DINILAI');
  if (nilaiPerilaku === null) alasan.push('NILAI_PERILAKU_TIDAK_ADA');
  return {
    alasan,
    findings: alasan.length > 0 ? [makeFinding('NILAI_AKHIR_TIDAK_DINILAI', { path: at.path, jalur: '', nip: at.nip }, { alasan })] : [],
  };
}

/** A unit's or a team's figures under a legacy pack: the distribution by the pack's labels and the mean nilai akhir. */
export interface LegacySummary<L extends string> {
  jumlah_pegawai: number;
  distribusi: Record<L | 'tidak_dinilai', number>;
  rata_rata_nilai_akhir: number | null;
}

export interface LegacyUnit<L extends string> extends LegacySummary<L> {
  id: string;
  nama: string;
  induk: string | null;
  /** The kurva distribusi is 6/2022's: never checked under these packs (RULES.md §6). */
  kurva: null;
}

type Rated<L extends string> = { unit: string; predikat: L | null; nilai_akhir: number | null };

export function summarize<L extends string>(members: readonly Rated<L>[], labels: readonly L[]): LegacySummary<L> {
  const distribusi = Object.fromEntries([...labels, 'tidak_dinilai'].map((k) => [k, 0])) as Record<L | 'tidak_dinilai', number>;
  let sum = 0;
  let n = 0;
  for (const m of members) {
    distribusi[m.predikat ?? 'tidak_dinilai']++;
    if (m.nilai_akhir !== null) {
      sum += m.nilai_akhir;
      n++;
    }
  }
  return { jumlah_pegawai: members.length, distribusi, rata_rata_nilai_akhir: n > 0 ? sum / n : null };
}

/** Every unit over its whole subtree, sorted by id; no unit-level check. */
export function legacyUnits<L extends string, E extends Rated<L>>(
  input: UnitCheckInput<E>,
  labels: readonly L[],
): { units: LegacyUnit<L>[]; findings: Finding[] } {
  const tree: UnitTree = input.tree;
  const members = new Map<string, E[]>(tree.units.map((u) => [u.id, []]));
  for (const p of input.pegawai) for (const a of tree.ancestors(p.unit)) members.get(a)!.push(p);
  const units = [...tree.units]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((u) => ({
      id: u.id,
      nama: u.nama,
      induk: u.induk ?? null,
      ...summarize(members.get(u.id)!, labels),
      kurva: null,
    }));
  return { units, findings: [] };
}
