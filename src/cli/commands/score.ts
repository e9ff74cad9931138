import { rename, writeFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { resolve, dirname, basename, join } from 'node:path';
import { checkWorkspace } from '../../core/validate/index.js';
import { getExitCode } from '../../core/exit-code.js';
import { countFindings, compareFindings, type Finding } from '../../core/findings.js';
import { resolveConfig } from '../../core/config.js';
import { parsePeriode, type Periode } from '../../core/period.js';
import { buildCsvReferences } from '../../core/csv/build-references.js';
import { OverlapTracker } from '../../core/csv/overlap.js';
import { hitungSkor, tambahRealisasi, type CollectedRows } from '../../core/score/index.js';
import { PengumpulSkm } from '../../core/score/skm.js';
import { RULE_PACKS } from '../../core/rules/registry.js';
import { loadWorkspace, statPath } from '../../io/workspace.js';
import { readCsvFile } from '../../io/csv-file.js';
import { formatScoreJson, type SumberFile } from '../../report/score-json.js';
import { formatScoreTable } from '../../report/score-table.js';
import { formatScoreCsv, type TabelCsv } from '../../report/score-csv.js';
import { formatExplain } from '../../report/score-explain.js';
import { formatValidateText } from '../../report/validate-report.js';
import { buildValidationResult } from '../../core/validation-result.js';
import { UsageError, InputError } from '../../errors.js';
import { VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { parseDelimiter, parseDesimal, parseSize, resolveLang, resolveStyle, type GlobalOptions } from '../options.js';
import { progressReporter } from '../progress.js';

export interface ScoreOptions extends GlobalOptions {
  periode?: string;
  format?: 'table' | 'csv' | 'json';
  output?: string;
  tabel?: TabelCsv;
  outputDelimiter?: string;
  explain?: string;
  unit?: string;
  strict?: boolean;
  semuaTemuan?: boolean;
}

export async function runScore(
  workspace: string | undefined,
  extra: readonly string[],
  opts: ScoreOptions,
  ctx: CliContext,
): Promise<number> {
  const lang = resolveLang(opts.lang, ctx.env);
  const format = opts.format ?? 'table';
  const sizeLimit = parseSize(opts.batasUkuran ?? '200MB');
  const delimiter = parseDelimiter(opts.delimiter);
  const desimal = parseDesimal(opts.desimal);
  const t = (id: string, en: string) => ({ id, en });
  if (opts.explain !== undefined && format === 'csv')
    throw new UsageError(t('--explain hanya dengan --format table atau json', '--explain works only with --format table or json'));
  const outDelim = opts.outputDelimiter ?? (lang === 'id' ? ';' : ',');
  if (outDelim !== ';' && outDelim !== ',')
    throw new UsageError(t(`--output-delimiter harus ; atau ,`, `--output-delimiter must be ; or ,`));

  const root = resolve(ctx.cwd, workspace ?? '.');
  if (statPath(root, workspace ?? '.') !== 'dir')
    throw new UsageError(t(`bukan folder workspace: ${workspace}`, `not a workspace folder: ${workspace}`));
  const extraFiles = extra.map((f) => {
    const abs = resolve(ctx.cwd, f);
    statPath(abs, f);
    return abs;
  });
  const configPath = opts.config !== undefined ? resolve(ctx.cwd, opts.config) : undefined;
  // Paths in the report are relative to the workspace, so the report does not depend on where it ran.
  const ws = loadWorkspace(root, { cwd: root, sizeLimit, ...(configPath ? { configPath } : {}), extraFiles });
  const yamlFindings = [...ws.files.flatMap((f) => f.findings), ...checkWorkspace(ws.docs)].map(ws.locate);
  const configFindings = ws.config ? yamlFindings.filter((f) => f.path === ws.config!.path && f.tingkat === 'error') : [];
  if (ws.config && (!ws.config.valid || configFindings.length > 0)) {
    const result = buildValidationResult(
      [{ path: ws.config.path, jenis: 'konfigurasi' }],
      yamlFindings.filter((f) => f.path === ws.config!.path),
      true,
    );
    ctx.stderr.write(
      formatValidateText(result, { lang, style: resolveStyle(ctx.stderr, opts.color, ctx.env), strict: false, quiet: false }),
    );
    return 2;
  }
  const config = resolveConfig(ws.config?.data);
  const pack = RULE_PACKS[config.metode];
  if (!pack.tersedia)
    throw new UsageError(
      t(
        `metode ${config.metode} belum tersedia; gunakan permenpan-rb-6-2022`,
        `rule pack ${config.metode} is not available yet; use permenpan-rb-6-2022`,
      ),
    );

  const P = choosePeriode(opts.periode, config.tahun, ws.docs);
  if (opts.output !== undefined)
    refuseInputOverwrite(
      resolve(ctx.cwd, opts.output),
      ws.files.map((f) => f.absPath),
    );

  // ---- rows -------------------------------------------------------------------------------------
  const refs = buildCsvReferences(ws.docs, config, P);
  const shared = { overlap: new OverlapTracker(), paths: [] as string[], penilaian: new Map() };
  const rows: CollectedRows = {
    realisasi: new Map(),
    perilaku: new Map(),
    penilaian: new Map(),
    kompetensi: null,
    skm: new PengumpulSkm(),
  };
  const csvFindings: Finding[] = [];
  const sumber: SumberFile[] = [];
  const progress = progressReporter(ctx.stderr);
  for (const file of ws.files.filter((f) => f.format === 'csv')) {
    const r = await readCsvFile(file.absPath, file.path, {
      sizeLimit,
      cap: opts.semuaTemuan ? Number.POSITIVE_INFINITY : 1000,
      refs,
      shared,
      ...(delimiter ? { delimiter } : {}),
      ...(desimal ? { desimal } : {}),
      onProgress: (done, total) => progress(file.path, done, total),
      onRow: (row) => {
        const origin = { file: row.file, line: row.line };
        if (row.peran === 'realisasi') {
          let byInd = rows.realisasi.get(row.nip);
          if (!byInd) rows.realisasi.set(row.nip, (byInd = new Map()));
          let list = byInd.get(row.indikator);
          if (!list) byInd.set(row.indikator, (list = []));
          tambahRealisasi(list, row.periode, row.nilai, origin);
        } else if (row.peran === 'perilaku') {
          const list = rows.perilaku.get(row.nip) ?? [];
          rows.perilaku.set(row.nip, list);
          list.push({ penilaiNip: row.penilaiNip, peran: row.peranPenilai, nilai: row.nilai, periode: row.periode, origin });
        } else if (row.peran === 'penilaian') {
          const e = rows.penilaian.get(row.nip) ?? {};
          if (row.hasilKerja !== undefined) e.hasilKerja = row.hasilKerja;
          if (row.perilaku !== undefined) e.perilaku = row.perilaku;
          rows.penilaian.set(row.nip, e);
        } else if (row.peran === 'skm') {
          rows.skm.tambah(row);
        } else if (row.peran === 'kompetensi') {
          rows.kompetensi ??= new Map();
          rows.kompetensi.set(row.nip, (rows.kompetensi.get(row.nip) ?? 0) + row.jp);
        }
      },
    });
    progress.done();
    if (r.jenis === 'kompetensi') rows.kompetensi ??= new Map();
    if (r.jenis === 'skm') rows.skm.adaData = true;
    csvFindings.push(...r.findings);
    sumber.push({
      path: file.path,
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

  // ---- score ------------------------------------------------------------------------------------
  const pathsWithErrors = new Set(yamlFindings.filter((f) => f.tingkat === 'error').map((f) => f.path));
  const skor = hitungSkor({ docs: ws.docs, pathsWithErrors, config, periode: P, rows });
  const located = (list: Finding[]) => list.map(ws.locate);
  for (const p of skor.pegawai) p.temuan = located(p.temuan).sort(compareFindings);

  // --unit: employees and units of that subtree; findings outside it are counted but do not fail.
  let pegawai = skor.pegawai;
  let units = skor.unit;
  if (opts.unit !== undefined) {
    const id = opts.unit;
    if (!units.some((u) => u.id === id)) throw new InputError(t(`unit tidak dikenal: ${id}`, `unknown unit: ${id}`));
    const inside = new Set(subtree(id, units));
    pegawai = pegawai.filter((p) => inside.has(p.unit));
    units = units.filter((u) => inside.has(u.id));
  }
  const general = located([...yamlFindings, ...csvFindings, ...skor.findings]).sort(compareFindings);
  const all = [...general, ...skor.pegawai.flatMap((p) => p.temuan)];
  const counts = countFindings(all);
  const shownNips = new Set(pegawai.map((p) => p.nip));
  const scoped =
    opts.unit === undefined
      ? counts
      : countFindings([...general.filter((f) => f.nip === undefined || shownNips.has(f.nip)), ...pegawai.flatMap((p) => p.temuan)]);

  let text: string;
  if (opts.explain !== undefined) {
    const nip = opts.explain.replace(/\s+/g, '');
    const p = skor.pegawai.find((x) => x.nip === nip);
    if (!p)
      throw new InputError(
        t(`NIP tidak ada di antara pegawai yang dinilai: ${opts.explain}`, `NIP is not among the scored employees: ${opts.explain}`),
      );
    text = formatExplain(p, {
      rows,
      paths: shared.paths,
      config,
      versiMetode: pack.versi,
      periode: P,
      lang,
      format: format === 'json' ? 'json' : 'text',
    });
  } else if (format === 'json') {
    text = formatScoreJson({
      versiAlat: VERSION,
      metode: config.metode,
      versiMetode: pack.versi,
      periode: P.kode,
      sumber,
      pegawai,
      unit: units,
      tim: opts.unit === undefined ? skor.tim : [],
      temuan: general,
      counts,
      lang,
    });
  } else if (format === 'csv') {
    text = formatScoreCsv({
      tabel: opts.tabel ?? 'pegawai',
      pegawai,
      unit: units,
      tim: skor.tim,
      temuan: all,
      delimiter: outDelim as ';' | ',',
      lang,
      periode: P.kode,
      metode: `${config.metode} ${pack.versi}`,
    });
  } else {
    const style = resolveStyle(opts.output ? { isTTY: false, write: () => true } : ctx.stdout, opts.color, ctx.env);
    text = formatScoreTable({
      pegawai,
      unit: units,
      temuan: all,
      counts,
      periode: P.kode,
      metode: `${config.metode} ${pack.versi}`,
      lang,
      style,
      quiet: opts.quiet ?? false,
    });
  }

  if (opts.output !== undefined) await writeAtomically(resolve(ctx.cwd, opts.output), text);
  else ctx.stdout.write(text);
  return getExitCode({ counts: scoped, strict: opts.strict ?? false });
}

/** RULES.md §2.0: --periode, else the config's tahun, else the one year all SKPs share. */
function choosePeriode(raw: string | undefined, tahun: number | null, docs: readonly { kind: string; data: unknown }[]): Periode {
  if (raw !== undefined) {
    const p = parsePeriode(raw);
    if (!p)
      throw new UsageError({
        id: `--periode tidak sah: '${raw}' (contoh: 2026, 2026-S1, 2026-TW2, 2026-07)`,
        en: `invalid --periode '${raw}' (e.g. 2026, 2026-S1, 2026-TW2, 2026-07)`,
      });
    return p;
  }
  if (tahun !== null) return parsePeriode(String(tahun))!;
  const years = [
    ...new Set(
      docs
        .filter((d) => d.kind === 'skp')
        .map((d) => Number((d.data as { tahun?: unknown }).tahun))
        .filter((y) => Number.isInteger(y)),
    ),
  ].sort();
  if (years.length === 1) return parsePeriode(String(years[0]))!;
  throw new UsageError({
    id:
      years.length === 0
        ? 'tidak ada SKP untuk dinilai'
        : `SKP mencakup beberapa tahun (${years.join(', ')}); pilih dengan --periode atau tahun di asn-kinerja.yaml`,
    en:
      years.length === 0
        ? 'no SKP to score'
        : `SKPs span several years (${years.join(', ')}); choose one with --periode or tahun in asn-kinerja.yaml`,
  });
}

function refuseInputOverwrite(output: string, inputs: readonly string[]): void {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  const target = real(output);
  if (inputs.some((i) => real(i) === target)) {
    throw new InputError({ id: `--output menunjuk ke berkas masukan: ${output}`, en: `--output points at an input file: ${output}` });
  }
}

/** Temp file beside the target, then rename: a reader never sees half a report. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(tmp, text);
  await rename(tmp, path);
}

function subtree(id: string, units: readonly { id: string; induk: string | null }[]): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const u of units) if (u.induk === out[i] && !out.includes(u.id)) out.push(u.id);
  return out;
}
