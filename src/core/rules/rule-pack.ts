/**
 * What a rule pack is (RULES.md §2, §6): a versioned set of formulas behind one interface, so the
 * pack-neutral parts of scoring (who is scored, units, teams, JP compliance, SKM pooling) never name
 * a regulation. A pack scores one employee, checks the units' results and records how it got there
 * as data (`explain`); the report layer only words that record.
 */
import type { Finding } from '../findings.js';
import type { ResolvedConfig } from '../config.js';
import type { JenisPeriode, Periode } from '../period.js';
import type { Masa } from '../masa.js';
import type { Skp } from '../../types/generated/skp.js';
import type { IndikatorDefinition } from '../validate/katalog.js';
import type { UnitTree } from '../unit-tree.js';
import type { CollectedRows } from '../score/rows.js';

export type Metode = ResolvedConfig['metode'];

/** What every pack's employee result carries; the rest is the pack's own. */
export interface EmployeeResultBase {
  metode: Metode;
  nip: string;
  nama: string;
  unit: string;
  predikat: string | null;
}

/** One SKP of an employee's year whose masa meets P (RULES.md §2.0). */
export interface EmployeePlan {
  path: string;
  skp: Skp;
  /** false when the SKP file has an error-level finding (RULES.md §2.0). */
  valid: boolean;
  masa: Masa;
}

export interface EmployeeInput {
  /** The employee's SKPs whose masa meets P, in masa order; at least one (several after a mutasi). */
  rencana: readonly EmployeePlan[];
  katalog: ReadonlyMap<string, IndikatorDefinition>;
  rows: CollectedRows;
  tree: UnitTree;
  config: ResolvedConfig;
  periode: Periode;
  /** RULES.md §4.5: the unrounded IKM nilai of the responses in P for an indicator fed by the survey. */
  skmRealisasi: (lingkup: 'unit' | 'layanan' | 'petugas', layanan: string | undefined, unit: string) => number | null;
  /** Where each unit is defined, for findings that point at the unit list. */
  unitAt: (id: string) => { path: string; jalur: string } | undefined;
}

export interface UnitCheckInput<E> {
  tree: UnitTree;
  pegawai: readonly E[];
  periode: Periode;
  config: ResolvedConfig;
  unitAt: (id: string) => { path: string; jalur: string } | undefined;
}

/** A unit's figures under a pack; `ikm` and `kepatuhan_jp` are added by the pack-neutral code. */
export interface UnitFigures {
  id: string;
  nama: string;
  induk: string | null;
  jumlah_pegawai: number;
}

/** An employee result as the pack-neutral code completes it. */
export type Scored<E> = E & {
  /** Σ JP of the kompetensi rows in P; null when the workspace has no kompetensi file. */
  jp_kompetensi: number | null;
  path: string;
  jenjang: string | null;
  temuan: Finding[];
};

export interface ExplainContext {
  rows: CollectedRows;
  config: ResolvedConfig;
  periode: Periode;
  versi: string;
}

export interface RulePack<
  E extends EmployeeResultBase = EmployeeResultBase,
  U extends UnitFigures = UnitFigures,
  S = unknown,
  T = unknown,
> {
  id: Metode;
  versi: string;
  /** The legal sources, as every output names them. */
  sumber: string;
  available: true;
  /** The kinds of period the pack scores (the legacy packs: a year or a semester); any other is exit 2. */
  periodes: readonly JenisPeriode[];
  /** The pack reads the penilaian CSV's `nilai_perilaku` (0–100); otherwise those cells are counted as ignored. */
  nilaiPerilaku: boolean;
  /** The pack reads the penilai's explicit `rating_hasil_kerja` / `rating_perilaku` (RULES.md §2.6); otherwise counted as ignored. */
  ratings: boolean;
  /** The pack reads the penilaian CSV's `inovasi` (ya/tidak, PP 30/2019's predikat); otherwise counted as ignored. */
  inovasi: boolean;
  /** The pack reads the 360° rows (RULES.md §2.5) under this config; otherwise they are counted as ignored. */
  perilaku360(config: ResolvedConfig): boolean;
  /** One employee for P: the unrounded result, its own findings and findings about the workspace. */
  scoreEmployee(input: EmployeeInput): { hasil: E; findings: Finding[]; workspaceFindings: Finding[] };
  /** Every unit's figures over its subtree, and the unit-level checks (the kurva, for 6/2022). */
  checkUnits(input: UnitCheckInput<E>): { units: U[]; findings: Finding[] };
  /** A team's figures (RULES.md §3.1): the same summary as a unit's, without the unit checks. */
  summarizeTeam(members: readonly E[], periode: Periode): T;
  /** How the result was reached, step by step, as data. */
  explain(hasil: Scored<E>, ctx: ExplainContext): S[];
}

/** A pack a config may name that cannot score yet (its issue is still open). */
export interface PlannedRulePack {
  id: Metode;
  versi: string;
  sumber: string;
  available: false;
  nilaiPerilaku: boolean;
  ratings: boolean;
  inovasi: boolean;
  perilaku360(config: ResolvedConfig): boolean;
}
