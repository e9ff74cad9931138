/**
 * Scoring a workspace for P (RULES.md §2–§3), the pack-neutral part: who is scored, each employee
 * through the rule pack, competency hours, units (with their pooled IKM) and teams. Pure: documents,
 * the rows read (inside P, in canonical order) and the config in; unrounded results and findings out.
 */
import { makeFinding, type Finding } from '../findings.js';
import type { ResolvedConfig } from '../config.js';
import { normalizeNip, isPppk } from '../nip.js';
import type { Periode } from '../period.js';
import { roundReport } from '../number.js';
import type { DocOf, LoadedDoc } from '../validate/types.js';
import type { YamlKind } from '../../schema/kinds.js';
import type { IndikatorDefinition } from '../validate/katalog.js';
import type { Skp } from '../../types/generated/skp.js';
import { UnitTree, type UnitNode } from '../unit-tree.js';
import { makeGroup, pool, type Kelompok } from '../skm/pool.js';
import { groupFindings, unitGroup } from '../skm/groups.js';
import type { AvailablePack } from '../rules/index.js';
import type { EmployeePlan, RulePack, Scored } from '../rules/rule-pack.js';
import { endsLast, intersect, masaLabel, masaOf, meets } from '../masa.js';
import type { CollectedRows } from './rows.js';
import { pushAll } from '../arrays.js';

// Distributive over the packs: `PegawaiScore` is a union discriminated by `metode`, so a report view
// narrows it to its own pack's result.
export type EmployeeOf<P extends AvailablePack> = P extends AvailablePack ? Scored<ReturnType<P['scoreEmployee']>['hasil']> : never;
export type UnitOf<P extends AvailablePack> = P extends AvailablePack
  ? ReturnType<P['checkUnits']>['units'][number] & {
      kepatuhan_jp: number | null;
      /** The pooled subtree's IKM; null when the workspace has no SKM data. */
      ikm: Kelompok | null;
    }
  : never;
export type TimOf<P extends AvailablePack> = P extends AvailablePack
  ? { id: string; nama: string; kepatuhan_jp: number | null; anggota: string[] } & ReturnType<P['summarizeTeam']>
  : never;

export type PegawaiScore = EmployeeOf<AvailablePack>;
export type UnitScore = UnitOf<AvailablePack>;
export type TimScore = TimOf<AvailablePack>;

export interface ScoreInput {
  pack: AvailablePack;
  docs: readonly LoadedDoc[];
  /** Paths of files with an error-level finding (an SKP there is not scored, §2.0). */
  pathsWithErrors: ReadonlySet<string>;
  config: ResolvedConfig;
  periode: Periode;
  rows: CollectedRows;
  /** The first survey file read: where findings about pooled survey groups point. */
  surveyPath: string | null;
}

export interface ScoreOutput {
  pegawai: PegawaiScore[];
  unit: UnitScore[];
  tim: TimScore[];
  tree: UnitTree;
  findings: Finding[];
}

export function computeScores(input: ScoreInput): ScoreOutput {
  const { config, periode: P, rows } = input;
  // The pack-neutral code sees every pack through the base interface; each result it gets back is the
  // pack's own (discriminated by its metode), which is what the casts below restore.
  const pack: RulePack = input.pack;
  const findings: Finding[] = [];
  const of = <K extends YamlKind>(kind: K): DocOf<K>[] => input.docs.filter((d) => d.valid && d.kind === kind) as DocOf<K>[];
  const katalog = new Map<string, IndikatorDefinition>();
  for (const d of of('katalog-indikator')) for (const def of d.data.indikator) if (!katalog.has(def.id)) katalog.set(def.id, def);
  const unitLists = of('unit-kerja');
  const tree = new UnitTree<UnitNode>(unitLists.flatMap((d) => d.data.unit));
  const unitPlaces = new Map(unitLists.flatMap((d) => d.data.unit.map((u, i) => [u.id, { path: d.path, jalur: `/unit/${i}` }] as const)));
  const unitAt = (id: string) => unitPlaces.get(id);

  // Every SKP of the year by NIP, in canonical order: several after a mutasi or a promotion (§2.0).
  const plansOf = new Map<string, EmployeePlan[]>();
  for (const doc of input.docs) {
    if (doc.kind !== 'skp') continue;
    const raw = doc.data as { tahun?: unknown; masa?: unknown; pegawai?: { nip?: unknown; nama?: unknown; unit?: unknown } };
    if (Number(raw.tahun) !== P.tahun || typeof raw.pegawai?.nip !== 'string') continue;
    const nip = normalizeNip(raw.pegawai.nip);
    const unit = typeof raw.pegawai.unit === 'string' ? raw.pegawai.unit : '';
    const skp: Skp = doc.valid
      ? (doc as DocOf<'skp'>).data
      : {
          kind: 'skp' as const,
          tahun: P.tahun,
          hasil_kerja: [],
          pegawai: { nip: raw.pegawai.nip, nama: typeof raw.pegawai.nama === 'string' ? raw.pegawai.nama : '', unit },
        };
    const list = plansOf.get(nip) ?? [];
    plansOf.set(nip, list);
    list.push({ path: doc.path, skp, valid: doc.valid && !input.pathsWithErrors.has(doc.path), masa: masaOf(raw.masa, P.tahun) });
  }

  const pegawai: PegawaiScore[] = [];
  /** Each employee's JP minimum for P: `kompetensi.minimal_jp` a year for the months their SKPs hold in P. */
  const minimalJp = new Map<string, number>();
  for (const [nip, plans] of plansOf) {
    plans.sort((a, b) => a.masa.bulanAwal - b.masa.bulanAwal);
    const rencana = plans.filter((r) => meets(r.masa, P));
    for (const r of plans)
      if (!meets(r.masa, P))
        findings.push(
          makeFinding('SKP_DI_LUAR_PERIODE', { path: r.path, jalur: '/masa', nip }, { masa: masaLabel(P.tahun, r.masa), periode: P.kode }),
        );
    if (rencana.length === 0) continue;
    const res = pack.scoreEmployee({
      rencana,
      katalog,
      rows,
      tree,
      config,
      periode: P,
      unitAt,
      skmRealisasi: (lingkup, layanan, unit) => {
        const a =
          lingkup === 'petugas'
            ? rows.skm.petugas.get(nip)
            : tree.has(unit)
              ? pool(rows.skm, tree.subtree(unit), lingkup === 'layanan' ? (layanan ?? '') : undefined)
              : undefined;
        if (!a || a.responden === 0) return null;
        return makeGroup(nip, null, null, a, config.skm.bobot, null).nilai;
      },
    });
    pushAll(findings, res.workspaceFindings);
    // The SKP whose masa ends last in P: where the employee is counted (§2.0).
    const last = endsLast(rencana);
    const held = new Set<number>();
    for (const r of rencana) {
      const w = intersect(r.masa, P)!;
      for (let m = w.bulanAwal; m <= w.bulanAkhir; m++) held.add(m);
    }
    // Compared as reported (RULES.md §1, §3.3).
    const minimal = roundReport((config.kompetensi.minimalJp * held.size) / 12, 2);
    minimalJp.set(nip, minimal);
    const valid = rencana.every((r) => r.valid);
    const jp = rows.kompetensi ? (rows.kompetensi.get(nip) ?? 0) : null;
    const temuan = [...res.findings];
    if (jp !== null && valid && !isPppk(nip) && roundReport(jp, 2) < minimal) {
      temuan.push(makeFinding('JP_KURANG', { path: last.path, jalur: '', nip }, { jp, minimal }));
    }
    pegawai.push({ ...res.hasil, jp_kompetensi: jp, path: last.path, jenjang: last.skp.pegawai.jenjang ?? null, temuan } as PegawaiScore);
  }
  // Sorted by unit id then NIP; employees of an absent or unknown unit after all units (§2.0).
  pegawai.sort((a, b) => {
    const ka = tree.has(a.unit) ? 0 : 1;
    const kb = tree.has(b.unit) ? 0 : 1;
    return ka - kb || cmp(ka === 0 ? a.unit : '', kb === 0 ? b.unit : '') || cmp(a.nip, b.nip);
  });

  const compliant = (p: PegawaiScore) => p.jp_kompetensi !== null && roundReport(p.jp_kompetensi, 2) >= minimalJp.get(p.nip)!;
  const kepatuhan = (list: readonly PegawaiScore[]) => {
    if (rows.kompetensi === null) return null;
    const pns = list.filter((p) => !isPppk(p.nip));
    return pns.length === 0 ? null : (pns.filter(compliant).length * 100) / pns.length;
  };

  const checked = pack.checkUnits({ tree, pegawai, periode: P, config, unitAt });
  pushAll(findings, checked.findings);
  // Members of each unit's subtree, once (for the JP compliance share).
  const membersOf = new Map<string, PegawaiScore[]>(tree.units.map((u) => [u.id, []]));
  for (const p of pegawai) for (const id of tree.ancestors(p.unit)) membersOf.get(id)!.push(p);
  const unitListPath = unitLists[0]?.path ?? '';
  const groups: Kelompok[] = [];
  const unit: UnitScore[] = checked.units.map((u) => {
    let ikm: Kelompok | null = null;
    if (rows.skm.hasData) {
      const g = unitGroup(u.id, rows.skm, tree.subtree(u.id), { tree, bobot: config.skm.bobot, unitListPath });
      ikm = g.group;
      groups.push(g.group);
      pushAll(findings, g.findings);
    }
    return { ...u, kepatuhan_jp: kepatuhan(membersOf.get(u.id)!), ikm } as UnitScore;
  });
  // The same findings `ikm --per unit` makes about the same pooled groups.
  if (input.surveyPath !== null) pushAll(findings, groupFindings(groups, input.surveyPath));

  // Teams (§3.1): ketua ∪ anggota, members without a scored SKP left out with a warning.
  const byNip = new Map(pegawai.map((p) => [p.nip, p]));
  const tim: TimScore[] = [];
  for (const doc of of('tim-kerja')) {
    doc.data.tim.forEach((t, i) => {
      const nips = [...new Set([t.ketua, ...(t.anggota ?? [])].map(normalizeNip))];
      const members: PegawaiScore[] = [];
      for (const nip of nips) {
        const p = byNip.get(nip);
        if (p) members.push(p);
        else findings.push(makeFinding('TIM_ANGGOTA_TANPA_SKP', { path: doc.path, jalur: `/tim/${i}`, nip }, { tim: t.id, nip }));
      }
      tim.push({
        id: t.id,
        nama: t.nama,
        ...(pack.summarizeTeam(members, P) as object),
        kepatuhan_jp: kepatuhan(members),
        anggota: nips,
      } as TimScore);
    });
  }
  tim.sort((a, b) => cmp(a.id, b.id));
  return { pegawai, unit, tim, tree, findings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
