/**
 * `ikm` as a function (RULES.md §4): a folder is a workspace whose units pool their subtree; files
 * are grouped by their own `unit` column (checked against their workspace's unit list, if any).
 * Files of one workspace are read together, so their responses pool.
 */
import { resolve } from 'node:path';
import { compareFindings, countFindings, type Finding, type FindingCounts } from '../core/findings.js';
import { choosePeriod } from '../core/period.js';
import type { Bobot } from '../core/rules/skm-14-2017/ikm.js';
import { SkmCollector, type Kelompok, type Per } from '../core/skm/pool.js';
import { groupFindings, groupResponses } from '../core/skm/groups.js';
import { UnitTree, type UnitNode } from '../core/unit-tree.js';
import type { DocOf } from '../core/validate/types.js';
import { buildValidationResult, type ValidationResult } from '../core/validation-result.js';
import { isTabular, statPath, workspaceRootOf, displayPath } from '../io/workspace.js';
import { UsageError } from '../errors.js';
import type { LaporanIkm } from '../types/generated/laporan-ikm.js';
import { openWorkspace } from './workspace.js';
import { readCsvFiles } from './csv.js';
import type { ReadOptions } from './options.js';
import { pushAll } from '../core/arrays.js';

export type { Kelompok, Per } from '../core/skm/pool.js';

export interface IkmRequest extends ReadOptions {
  /** SKM files or workspace folders (default: cwd). */
  paths?: readonly string[];
  per?: Per;
  periode?: string;
}

/** One survey file read (type generated from schemas/laporan-ikm.schema.json). */
export type IkmSource = LaporanIkm['sumber'][number];

export interface IkmResult {
  ok: true;
  periode: string | null;
  per: Per;
  bobot: Bobot;
  sumber: IkmSource[];
  kelompok: Kelompok[];
  temuan: Finding[];
  counts: FindingCounts;
}

export interface IkmRefused {
  ok: false;
  configReport: ValidationResult;
}

export async function computeIkm(request: IkmRequest): Promise<IkmResult | IkmRefused> {
  const per: Per = request.per ?? 'unit';
  const explicit = request.periode !== undefined ? choosePeriod(request.periode, null, []) : undefined;
  if (explicit && !explicit.ok)
    throw new UsageError({ id: `--periode tidak sah: '${request.periode}'`, en: `invalid --periode '${request.periode}'` });

  const findings: Finding[] = [];
  const sumber: IkmSource[] = [];
  const groups: Kelompok[] = [];
  let bobot: Bobot = 'tepat';
  let periodeLabel: string | null = explicit?.ok ? explicit.periode.kode : null;

  const targets = new Map<string, { isDir: boolean; files: Set<string> }>();
  for (const p of request.paths && request.paths.length > 0 ? request.paths : ['.']) {
    const abs = resolve(request.cwd, p);
    const isDir = statPath(abs, p) === 'dir';
    const root = isDir ? abs : workspaceRootOf(abs);
    const target = targets.get(root) ?? { isDir: false, files: new Set<string>() };
    if (isDir) target.isDir = true;
    else target.files.add(abs);
    targets.set(root, target);
  }

  for (const [root, target] of targets) {
    const isDir = target.isDir;
    // The plans' cross-file rules are validate's business; ikm needs only to know the config is usable.
    const opened = openWorkspace(root, { ...request, extraFiles: [...target.files], rules: 'config' });
    const { ws, config } = opened;
    if (opened.configInvalid)
      return {
        ok: false,
        configReport: buildValidationResult([{ path: ws.config!.path, jenis: 'konfigurasi' }], opened.configFindings, true),
      };
    bobot = config.skm.bobot;
    const choice = explicit ?? choosePeriod(undefined, config.tahun, ws.docs);
    const P = choice.ok ? choice.periode : null;
    periodeLabel = P?.kode ?? periodeLabel;
    const collector = new SkmCollector();
    const files = ws.files.filter((f) => isTabular(f) && (isDir || target.files.has(f.absPath)));
    const reading = await readCsvFiles(
      files,
      { docs: ws.docs, config, periode: P },
      { ...request, onlyRoles: ['skm'], onRow: (row) => row.peran === 'skm' && collector.add(row) },
    );
    for (const { result: r } of reading.files) {
      if (r.jenis !== 'skm' && !(r.jenis === null && !isDir)) continue;
      pushAll(findings, r.findings);
      if (r.counts)
        sumber.push({ path: r.path, ...(r.lembar !== undefined ? { lembar: r.lembar } : {}), sha256: r.sha256 ?? null, ...r.counts });
    }
    // The unit lists decide how responses pool (a unit's subtree) and each unit's population: a list
    // with errors is said here too, so ikm does not pool by a partial tree and pass (exit 0) in silence.
    const listPaths = new Set(ws.docs.filter((d) => d.kind === 'unit-kerja').map((d) => d.path));
    pushAll(
      findings,
      opened.yamlFindings.filter((f) => listPaths.has(f.path)),
    );
    const unitLists = ws.docs.filter((d): d is DocOf<'unit-kerja'> => d.valid && d.kind === 'unit-kerja');
    const tree = new UnitTree<UnitNode>(unitLists.flatMap((d) => d.data.unit));
    const grouped = groupResponses(per, collector, {
      tree,
      pooled: isDir,
      bobot,
      // Population findings belong to the unit list (units, and so populations, come only from there).
      unitListPath: ws.docs.find((d) => d.kind === 'unit-kerja')?.path ?? displayPath(root, request.cwd),
      surveyPath: files[0]?.path ?? '.',
    });
    pushAll(groups, grouped.groups);
    pushAll(findings, grouped.findings);
  }
  pushAll(findings, groupFindings(groups, sumber[0]?.path ?? '.'));
  findings.sort(compareFindings);
  return { ok: true, periode: periodeLabel, per, bobot, sumber, kelompok: groups, temuan: findings, counts: countFindings(findings) };
}
