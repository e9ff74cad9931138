/**
 * The groups `ikm` reports and the findings about them (RULES.md §4.2–§4.4). `score` reports the same
 * findings for each unit's pooled group, so both jobs say the same about the same responses.
 */
import { makeFinding, type Finding } from '../findings.js';
import { UNSUR, type Bobot } from '../rules/skm-14-2017/ikm.js';
import type { UnitTree } from '../unit-tree.js';
import { makeGroup, pool, population, type Kelompok, type Per, type SkmCollector } from './pool.js';
import { pushAll } from '../arrays.js';

export interface GroupContext {
  /** The workspace's units; with `pooled`, a unit's group holds its whole subtree. */
  tree: UnitTree;
  pooled: boolean;
  bobot: Bobot;
  /** Where population findings point (populations come only from the unit list). */
  unitListPath: string;
  /** Where findings about unlabelled responses point (the first survey file read). */
  surveyPath: string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupResponses(per: Per, collector: SkmCollector, ctx: GroupContext): { groups: Kelompok[]; findings: Finding[] } {
  const groups: Kelompok[] = [];
  const findings: Finding[] = [];
  if (per === 'unit') {
    const pooled = ctx.pooled && ctx.tree.units.length > 0;
    const ids = pooled ? ctx.tree.units.map((u) => u.id).sort() : [...collector.unit.keys()].sort();
    for (const id of ids) {
      const { group, findings: f } = unitGroup(id, collector, pooled ? ctx.tree.subtree(id) : [id], ctx);
      groups.push(group);
      pushAll(findings, f);
    }
  } else if (per === 'layanan') {
    for (const [unit, m] of [...collector.layanan.entries()].sort(([a], [b]) => byCodeUnit(a, b))) {
      for (const [layanan, a] of [...m.entries()].sort(([x], [y]) => byCodeUnit(x, y)))
        groups.push(makeGroup(`${unit}/${layanan}`, unit, layanan, a, ctx.bobot, null));
    }
    if (collector.withoutLayanan > 0)
      findings.push(makeFinding('SKM_TANPA_KELOMPOK', { path: ctx.surveyPath }, { jumlah: collector.withoutLayanan, kolom: 'layanan' }));
  } else {
    for (const [nip, a] of [...collector.petugas.entries()].sort(([x], [y]) => byCodeUnit(x, y)))
      groups.push(makeGroup(nip, null, null, a, ctx.bobot, null));
    if (collector.withoutPetugas > 0)
      findings.push(
        makeFinding('SKM_TANPA_KELOMPOK', { path: ctx.surveyPath }, { jumlah: collector.withoutPetugas, kolom: 'nip_petugas' }),
      );
  }
  return { groups, findings };
}

/** One unit's group over the given units (its subtree, or itself), with the population finding. */
export function unitGroup(
  id: string,
  collector: SkmCollector,
  unitIds: readonly string[],
  ctx: Pick<GroupContext, 'tree' | 'bobot' | 'unitListPath'>,
): { group: Kelompok; findings: Finding[] } {
  const pop = population(unitIds, ctx.tree);
  const findings = pop.partial ? [makeFinding('SKM_POPULASI_SEBAGIAN', { path: ctx.unitListPath, unit: id }, { unit: id })] : [];
  return { group: makeGroup(id, id, null, pool(collector, unitIds), ctx.bobot, pop.N, pop.partial), findings };
}

/** An unsur nobody answered, and a sample below Krejcie–Morgan's minimum, for each group. */
export function groupFindings(groups: readonly Kelompok[], path: string): Finding[] {
  const out: Finding[] = [];
  for (const k of groups) {
    const where = { path, ...(k.unit !== null ? { unit: k.unit } : {}) };
    if (k.responden > 0)
      k.nrr.forEach((x, u) => {
        if (x === null) out.push(makeFinding('SKM_UNSUR_KOSONG', where, { kunci: k.kunci, unsur: `U${u + 1} ${UNSUR[u]}` }));
      });
    if (k.sampelCukup === false)
      out.push(makeFinding('SKM_SAMPEL_KURANG', where, { kunci: k.kunci, responden: k.responden, sampel_minimal: k.sampelMinimal }));
  }
  return out;
}
