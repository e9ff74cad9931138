/**
 * `score` as a function (PRODUCT.md "score"): a workspace in; per-employee and per-unit results under
 * the config's rule pack, every finding located, scoped to `unit` when asked. Unrounded: the report
 * model (src/report/score/model.ts) rounds once for every format.
 */
import { resolve } from 'node:path';
import { countFindings, compareFindings, type Finding, type FindingCounts } from '../core/findings.js';
import { choosePeriod, type Periode } from '../core/period.js';
import type { ResolvedConfig } from '../core/config.js';
import { computeScores, type PegawaiScore, type TimScore, type UnitScore } from '../core/score/index.js';
import { collectRow, emptyRows, noteFile, withdrawRows, type CollectedRows } from '../core/score/rows.js';
import { RULE_PACKS, type AvailablePack } from '../core/rules/index.js';
import type { EmployeeResultBase, RulePack, UnitFigures } from '../core/rules/rule-pack.js';
import { buildValidationResult, type ValidationResult } from '../core/validation-result.js';
import type { LaporanSkor } from '../types/generated/laporan-skor.js';
import type { LoadedDoc } from '../core/validate/types.js';
import { isTabular, statPath } from '../io/workspace.js';
import { UsageError, InputError } from '../errors.js';
import { VERSION } from '../version.js';
import { openWorkspace } from './workspace.js';
import { readCsvFiles } from './csv.js';
import type { ReadOptions } from './options.js';
import { pushAll } from '../core/arrays.js';

/** One CSV file read, as the report lists it (type generated from schemas/laporan-skor.schema.json). */
export type SumberFile = LaporanSkor['sumber'][number];

export interface ScoreRequest extends ReadOptions {
  /** The workspace folder (default: cwd). */
  workspace?: string;
  /** Extra files outside the workspace. */
  files?: readonly string[];
  /** `2026`, `2026-S1`, `2026-TW2`, `2026-07`; default: the config's tahun, else the SKPs' one year. */
  periode?: string;
  /** Only this unit's subtree (findings outside it are counted but do not fail). */
  unit?: string;
  /** A file the caller will write to: refused when it is one of the inputs. */
  output?: string;
  /** Keep the used rows' `catatan` (the Dokumen's umpan balik); off for score, which does not show them. */
  catatan?: boolean;
}

export interface ScoreResult {
  ok: true;
  versiAlat: string;
  pack: AvailablePack;
  config: ResolvedConfig;
  periode: Periode;
  sumber: SumberFile[];
  /** Employees, units and teams in scope (all of them without `unit`). */
  pegawai: PegawaiScore[];
  unit: UnitScore[];
  tim: TimScore[];
  /** Findings not tied to one employee's scoring, located and sorted (not scoped). */
  temuan: Finding[];
  /** `temuan` then every employee's own findings. */
  allFindings: Finding[];
  counts: FindingCounts;
  /** The counts the exit code follows: with `unit`, only what concerns the subtree. */
  scopedCounts: FindingCounts;
  /** Every scored employee, in scope or not (for --explain). */
  allPegawai: PegawaiScore[];
  rows: CollectedRows;
  /** The workspace's YAML documents (the Dokumen reads names, uraian and the penilai's SKP from them). */
  docs: readonly LoadedDoc[];
  /** CSV paths by file index, for rows' origins. */
  paths: string[];
  unitScope: string | null;
}

/** The config cannot be used: the job did not run; its findings say why (exit 2). */
export interface ScoreRefused {
  ok: false;
  configReport: ValidationResult;
}

const t = (id: string, en: string) => ({ id, en });

export async function scoreWorkspace(request: ScoreRequest): Promise<ScoreResult | ScoreRefused> {
  const shown = request.workspace ?? '.';
  const root = resolve(request.cwd, shown);
  if (statPath(root, shown) !== 'dir') throw new UsageError(t(`bukan folder workspace: ${shown}`, `not a workspace folder: ${shown}`));
  const extraFiles = (request.files ?? []).map((f) => {
    const abs = resolve(request.cwd, f);
    if (statPath(abs, f) === 'dir')
      throw new UsageError(
        t(
          `${f} adalah folder: sebut berkasnya, atau jadikan folder itu WORKSPACE`,
          `${f} is a folder: name its files, or give that folder as WORKSPACE`,
        ),
      );
    return abs;
  });
  // Paths in the report are relative to the workspace, so the report does not depend on where it ran.
  const opened = openWorkspace(root, { ...request, extraFiles, showPathsFrom: root });
  const { ws, config } = opened;
  if (opened.configInvalid) {
    return {
      ok: false,
      configReport: buildValidationResult([{ path: ws.config!.path, jenis: 'konfigurasi' }], opened.configFindings, true),
    };
  }
  const pack = RULE_PACKS[config.metode];
  if (!pack.available)
    throw new UsageError(
      t(
        `metode ${config.metode} belum tersedia; gunakan permenpan-rb-6-2022`,
        `rule pack ${config.metode} is not available yet; use permenpan-rb-6-2022`,
      ),
    );
  const P = periodOrThrow(request.periode, config.tahun, ws.docs);
  if (!pack.periodes.includes(P.jenis)) {
    // RULES.md §6: PP 46/2011 and PP 30/2019 rate a year or a semester (2021-S1 and 2021-S2, SE MenPAN-RB 3/2021).
    const words = {
      tahun: ['setahun', 'a whole year'],
      semester: ['satu semester', 'a semester'],
      triwulan: ['satu triwulan', 'a quarter'],
      bulan: ['satu bulan', 'a month'],
    } as const;
    const example = { tahun: `${P.tahun}`, semester: `${P.tahun}-S1`, triwulan: `${P.tahun}-TW1`, bulan: `${P.tahun}-01` } as const;
    const list = (i: 0 | 1, or: string) => pack.periodes.map((j) => words[j][i]).join(` ${or} `);
    const eg = pack.periodes.map((j) => example[j]).join(', ');
    throw new UsageError(
      t(
        `metode ${pack.id} menilai ${list(0, 'atau')} (mis. ${eg}), bukan ${P.kode}`,
        `rule pack ${pack.id} scores ${list(1, 'or')} (e.g. ${eg}), not ${P.kode}`,
      ),
    );
  }

  const rows = emptyRows({ catatan: request.catatan === true });
  const reading = await readCsvFiles(
    ws.files.filter(isTabular),
    { docs: ws.docs, config, periode: P },
    { ...request, onRow: (row) => collectRow(rows, row) },
  );
  // Rows whose group disagrees (core/csv/settle.ts) were collected as they were read: nothing of them counts.
  withdrawRows(rows, reading.withdrawn);
  const csvFindings: Finding[] = [];
  const sumber: SumberFile[] = [];
  for (const { file, result: r } of reading.files) {
    noteFile(rows, r.jenis, r.findings);
    pushAll(csvFindings, r.findings);
    sumber.push({
      path: file.path,
      ...(r.lembar !== undefined ? { lembar: r.lembar } : {}),
      jenis: r.jenis,
      sha256: r.sha256 ?? null,
      encoding: r.encoding ?? null,
      pemisah: r.pemisah ?? null,
      desimal: r.desimal ?? null,
      baris_dibaca: r.counts?.baris_dibaca ?? 0,
      baris_dipakai: r.counts?.baris_dipakai ?? 0,
      baris_ditolak: r.counts?.baris_ditolak ?? 0,
      baris_diabaikan: r.counts?.baris_diabaikan ?? 0,
    });
  }

  const pathsWithErrors = new Set(opened.yamlFindings.filter((f) => f.tingkat === 'error').map((f) => f.path));
  const surveyPath = sumber.find((s) => s.jenis === 'skm')?.path ?? null;
  const skor = computeScores({ pack, docs: ws.docs, pathsWithErrors, config, periode: P, rows, surveyPath });
  const located = (list: Finding[]) => list.map(ws.locate);
  for (const p of skor.pegawai) p.temuan = located(p.temuan).sort(compareFindings);

  let pegawai = skor.pegawai;
  let units = skor.unit;
  let tim = skor.tim;
  const general = located([...opened.yamlFindings, ...csvFindings, ...skor.findings]).sort(compareFindings);
  const all = [...general, ...skor.pegawai.flatMap((p) => p.temuan)];
  const counts = countFindings(all);
  let scopedCounts = counts;
  if (request.unit !== undefined) {
    const id = request.unit;
    if (!skor.tree.has(id)) throw new InputError(t(`unit tidak dikenal: ${id}`, `unknown unit: ${id}`));
    const inside = new Set(skor.tree.subtree(id));
    pegawai = pegawai.filter((p) => inside.has(p.unit));
    units = units.filter((u) => inside.has(u.id));
    const shownNips = new Set(pegawai.map((p) => p.nip));
    // A team is in scope when one of its members is (its figures stay the whole team's).
    tim = tim.filter((x) => x.anggota.some((nip) => shownNips.has(nip)));
    // A unit-level finding (kurva, survey) counts when its unit is inside; the others by their NIP.
    const inScope = (f: Finding) => (f.unit !== undefined ? inside.has(f.unit) : f.nip === undefined || shownNips.has(f.nip));
    scopedCounts = countFindings([...general.filter(inScope), ...pegawai.flatMap((p) => p.temuan)]);
  }
  return {
    ok: true,
    versiAlat: VERSION,
    pack,
    config,
    periode: P,
    sumber,
    pegawai,
    unit: units,
    tim,
    temuan: general,
    allFindings: all,
    counts,
    scopedCounts,
    allPegawai: skor.pegawai,
    rows,
    docs: ws.docs,
    paths: reading.session.paths,
    unitScope: request.unit ?? null,
  };
}

/** The employee `--explain NIP` names (spaces ignored), or an InputError (exit 2). */
export function findEmployee(result: ScoreResult, nip: string): PegawaiScore {
  const p = result.allPegawai.find((x) => x.nip === nip.replace(/\s+/g, ''));
  if (!p) throw new InputError(t(`NIP tidak ada di antara pegawai yang dinilai: ${nip}`, `NIP is not among the scored employees: ${nip}`));
  return p;
}

/** One recorded `--explain` step of any pack (each pack's own union of steps). */
export type ExplainStepAny = ReturnType<AvailablePack['explain']>[number];

/** How one employee's result was reached, as the rule pack records it. */
export function explainEmployee(result: ScoreResult, nip: string) {
  const p = findEmployee(result, nip);
  // The employee is this pack's (its metode), so the pack's explain reads it; each step has a depth.
  const pack: RulePack<EmployeeResultBase, UnitFigures, ExplainStepAny> = result.pack;
  return {
    pegawai: p,
    langkah: pack.explain(p, { rows: result.rows, config: result.config, periode: result.periode, versi: result.pack.versi }),
  };
}

function periodOrThrow(raw: string | undefined, tahun: number | null, docs: readonly { kind: string; data: unknown }[]): Periode {
  const c = choosePeriod(raw, tahun, docs);
  if (c.ok) {
    // A period no SKP belongs to scores no one: say which years there are (a typo in --periode or in
    // the config's tahun must not pass as an empty, successful run).
    const years = [...new Set(docs.filter((d) => d.kind === 'skp').map((d) => Number((d.data as { tahun?: unknown } | null)?.tahun)))]
      .filter((y) => Number.isInteger(y))
      .sort();
    if (!years.includes(c.periode.tahun)) {
      const dari = c.dari === 'opsi' ? '--periode' : 'tahun di asn-kinerja.yaml';
      const from = c.dari === 'opsi' ? '--periode' : 'tahun in asn-kinerja.yaml';
      throw new UsageError(
        years.length > 0
          ? {
              id: `tidak ada SKP tahun ${c.periode.tahun} (${dari}); SKP yang ada: tahun ${years.join(', ')}`,
              en: `no SKP for ${c.periode.tahun} (${from}); the SKPs are for ${years.join(', ')}`,
            }
          : { id: 'tidak ada SKP untuk dinilai', en: 'no SKP to score' },
      );
    }
    return c.periode;
  }
  if (c.alasan === 'tidak_sah')
    throw new UsageError(
      t(
        `--periode tidak sah: '${raw}' (contoh: 2026, 2026-S1, 2026-TW2, 2026-07)`,
        `invalid --periode '${raw}' (e.g. 2026, 2026-S1, 2026-TW2, 2026-07)`,
      ),
    );
  throw new UsageError(
    c.alasan === 'tanpa_skp'
      ? t('tidak ada SKP untuk dinilai', 'no SKP to score')
      : t(
          `SKP mencakup beberapa tahun (${c.tahun.join(', ')}); pilih dengan --periode atau tahun di asn-kinerja.yaml`,
          `SKPs span several years (${c.tahun.join(', ')}); choose one with --periode or tahun in asn-kinerja.yaml`,
        ),
  );
}
