import { resolve } from 'node:path';
import { makeFinding, countFindings, compareFindings, type Finding } from '../../core/findings.js';
import { getExitCode } from '../../core/exit-code.js';
import { resolveConfig } from '../../core/config.js';
import { parsePeriode, type Periode } from '../../core/period.js';
import { buildCsvReferences, validationYear } from '../../core/csv/build-references.js';
import { OverlapTracker } from '../../core/csv/overlap.js';
import { kelompok, PengumpulSkm, populasi, subpohon, gabungan, type Kelompok, type Per } from '../../core/score/skm.js';
import { UNSUR } from '../../core/rules/skm-14-2017/ikm.js';
import { loadWorkspace, statPath, workspaceRootOf, displayPath } from '../../io/workspace.js';
import { readCsvFile } from '../../io/csv-file.js';
import { formatIkmCsv, formatIkmJson, formatIkmTable } from '../../report/ikm-report.js';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { parseDelimiter, parseDesimal, parseSize, resolveLang, resolveStyle, type GlobalOptions } from '../options.js';

export interface IkmOptions extends GlobalOptions {
  per?: Per;
  periode?: string;
  format?: 'table' | 'csv' | 'json';
  strict?: boolean;
}

/**
 * `asn-kinerja ikm [PATH...]` (RULES.md §4): a folder is a workspace whose units pool their subtree;
 * files are grouped by their own `unit` column (checked against their workspace's unit list, if any).
 */
export async function runIkm(paths: readonly string[], opts: IkmOptions, ctx: CliContext): Promise<number> {
  const lang = resolveLang(opts.lang, ctx.env);
  const per: Per = opts.per ?? 'unit';
  const sizeLimit = parseSize(opts.batasUkuran ?? '200MB');
  const delimiter = parseDelimiter(opts.delimiter);
  const desimal = parseDesimal(opts.desimal);
  const explicitP = opts.periode !== undefined ? parsePeriode(opts.periode) : undefined;
  if (explicitP === null) throw new UsageError({ id: `--periode tidak sah: '${opts.periode}'`, en: `invalid --periode '${opts.periode}'` });

  const findings: Finding[] = [];
  const sumber: {
    path: string;
    sha256: string | null;
    baris_dibaca: number;
    baris_dipakai: number;
    baris_ditolak: number;
    baris_diabaikan: number;
  }[] = [];
  const groups: Kelompok[] = [];
  let bobot: 'tepat' | '0.111' = 'tepat';
  let periodeLabel: string | null = explicitP?.kode ?? null;

  // Files of one workspace are read together (their responses pool); a folder is a workspace.
  const targets = new Map<string, { isDir: boolean; files: Set<string> }>();
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(ctx.cwd, p);
    const isDir = statPath(abs, p) === 'dir';
    const root = isDir ? abs : workspaceRootOf(abs);
    const t = targets.get(root) ?? { isDir: false, files: new Set<string>() };
    if (isDir) t.isDir = true;
    else t.files.add(abs);
    targets.set(root, t);
  }

  for (const [root, target] of targets) {
    const isDir = target.isDir;
    const ws = loadWorkspace(root, { cwd: ctx.cwd, sizeLimit, ...(target.files.size > 0 ? { extraFiles: [...target.files] } : {}) });
    const config = resolveConfig(ws.config?.data);
    bobot = config.skm.bobot;
    const year = explicitP ? null : validationYear(ws.docs, config);
    const P: Periode | null = explicitP ?? (year !== null ? parsePeriode(String(year)) : null);
    periodeLabel = P?.kode ?? periodeLabel;
    const refs = buildCsvReferences(ws.docs, config, P);
    const shared = { overlap: new OverlapTracker(), paths: [] as string[], penilaian: new Map() };
    const skm = new PengumpulSkm();
    const files = ws.files.filter((f) => f.format === 'csv' && (isDir || target.files.has(f.absPath)));
    for (const file of files) {
      const r = await readCsvFile(file.absPath, file.path, {
        sizeLimit,
        cap: 1000,
        refs,
        shared,
        onlyRoles: ['skm'],
        ...(delimiter ? { delimiter } : {}),
        ...(desimal ? { desimal } : {}),
        onRow: (row) => {
          if (row.peran === 'skm') skm.tambah(row);
        },
      });
      if (r.jenis !== 'skm' && !(r.jenis === null && !isDir)) continue;
      findings.push(...r.findings);
      if (r.counts) sumber.push({ path: r.path, sha256: r.sha256 ?? null, ...r.counts });
    }
    const units = ws.docs
      .filter((d) => d.valid && d.kind === 'unit-kerja')
      .flatMap((d) => (d.data as { unit: { id: string; nama: string; induk?: string; populasi_layanan?: number }[] }).unit);
    // Population findings belong to the unit list (units, and so populations, come only from there).
    const unitListPath = ws.docs.find((d) => d.kind === 'unit-kerja')?.path ?? displayPath(root, ctx.cwd);
    if (per === 'unit') {
      const ids = isDir && units.length > 0 ? units.map((u) => u.id).sort() : [...skm.unit.keys()].sort();
      for (const id of ids) {
        const pool = isDir && units.length > 0 ? subpohon(id, units) : [id];
        const pop = populasi(pool, units);
        if (pop.sebagian) findings.push(makeFinding('SKM_POPULASI_SEBAGIAN', { path: unitListPath }, { unit: id }));
        groups.push(kelompok(id, id, null, gabungan(skm, pool), bobot, pop.N, pop.sebagian));
      }
    } else if (per === 'layanan') {
      for (const [unit, m] of [...skm.layanan.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        for (const [layanan, a] of [...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
          groups.push(kelompok(`${unit}/${layanan}`, unit, layanan, a, bobot, null));
      }
      if (skm.tanpaLayanan > 0)
        findings.push(makeFinding('SKM_TANPA_KELOMPOK', { path: files[0]?.path ?? '.' }, { jumlah: skm.tanpaLayanan, kolom: 'layanan' }));
    } else {
      for (const [nip, a] of [...skm.petugas.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        groups.push(kelompok(nip, null, null, a, bobot, null));
      if (skm.tanpaPetugas > 0)
        findings.push(
          makeFinding('SKM_TANPA_KELOMPOK', { path: files[0]?.path ?? '.' }, { jumlah: skm.tanpaPetugas, kolom: 'nip_petugas' }),
        );
    }
  }
  for (const k of groups) {
    const at = { path: sumber[0]?.path ?? '.' };
    if (k.responden > 0)
      k.nrr.forEach(
        (x, u) => x === null && findings.push(makeFinding('SKM_UNSUR_KOSONG', at, { kunci: k.kunci, unsur: `U${u + 1} ${UNSUR[u]}` })),
      );
    if (k.sampelCukup === false)
      findings.push(makeFinding('SKM_SAMPEL_KURANG', at, { kunci: k.kunci, responden: k.responden, sampel_minimal: k.sampelMinimal }));
  }
  findings.sort(compareFindings);
  const counts = countFindings(findings);
  const input = { periode: periodeLabel, per, bobot, sumber, kelompok: groups, temuan: findings, counts, lang };
  const format = opts.format ?? 'table';
  const text =
    format === 'json'
      ? formatIkmJson(input)
      : format === 'csv'
        ? formatIkmCsv(input, lang === 'id' ? ';' : ',')
        : formatIkmTable(input, resolveStyle(ctx.stdout, opts.color, ctx.env));
  ctx.stdout.write(text);
  return getExitCode({ counts, strict: opts.strict ?? false });
}
