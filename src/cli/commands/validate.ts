import { join, relative, resolve, sep } from 'node:path';
import { resolveConfig } from '../../core/config.js';
import { parsePeriode } from '../../core/period.js';
import type { CsvMeta } from '../../core/validation-result.js';
import { checkWorkspace } from '../../core/validate/index.js';
import { getExitCode } from '../../core/exit-code.js';
import type { Finding } from '../../core/findings.js';
import { buildValidationResult } from '../../core/validation-result.js';
import { CONFIG_FILE, loadWorkspace, statPath, workspaceRootOf, displayPath } from '../../io/workspace.js';
import { formatValidateGithub, formatValidateJson, formatValidateText } from '../../report/validate-report.js';
import type { CliContext } from '../context.js';
import { parseDelimiter, parseDesimal, parseSize, resolveLang, resolveStyle, type GlobalOptions } from '../options.js';

export interface ValidateOptions extends GlobalOptions {
  format?: 'text' | 'json' | 'github';
  strict?: boolean;
  semuaTemuan?: boolean;
}

interface Target {
  root: string;
  /** The whole workspace is reported; else only `files` and the files under `dirs`. */
  all: boolean;
  files: Set<string>;
  dirs: string[];
}

/** PRODUCT.md: per file and kode the first 1,000 findings are listed; --semua-temuan lifts the cap. */
const FINDING_CAP = 1000;

export async function runValidate(paths: readonly string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  const lang = resolveLang(opts.lang, ctx.env);
  const style = resolveStyle(ctx.stdout, opts.color, ctx.env);
  const format = opts.format ?? (ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const sizeLimit = parseSize(opts.batasUkuran ?? '200MB');
  const configPath = opts.config !== undefined ? resolve(ctx.cwd, opts.config) : undefined;
  const delimiter = parseDelimiter(opts.delimiter);
  const desimal = parseDesimal(opts.desimal);
  const cap = opts.semuaTemuan ? Number.POSITIVE_INFINITY : FINDING_CAP;

  // A folder is a workspace of its own, unless it lies inside one (a folder above it holds
  // asn-kinerja.yaml): then, like a file, it is checked in the context of that workspace.
  const targets = new Map<string, Target>();
  const targetOf = (root: string) => {
    const t = targets.get(root) ?? { root, all: false, files: new Set<string>(), dirs: [] };
    targets.set(root, t);
    return t;
  };
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(ctx.cwd, p);
    if (statPath(abs, p) === 'dir') {
      const root = workspaceRootOf(join(abs, CONFIG_FILE));
      if (root === abs) targetOf(abs).all = true;
      else targetOf(root).dirs.push(abs);
    } else targetOf(workspaceRootOf(abs)).files.add(abs);
  }

  const reportedFiles: { path: string; jenis: string | null; csv?: CsvMeta }[] = [];
  const findings: Finding[] = [];
  let configInvalid = false;
  for (const target of targets.values()) {
    const ws = loadWorkspace(target.root, {
      cwd: ctx.cwd,
      sizeLimit,
      ...(configPath ? { configPath } : {}),
      ...(target.files.size > 0 ? { extraFiles: [...target.files] } : {}),
    });
    const named = new Set([...target.files].map((f) => displayPath(f, ctx.cwd)));
    const under = target.dirs.map((d) => relative(ctx.cwd, d).split(sep).join('/')).map((d) => (d === '' ? '' : d + '/'));
    const wsConfigInvalid =
      ws.config !== undefined &&
      (!ws.config.valid || ws.files.some((f) => f.path === ws.config!.path && f.findings.some((x) => x.tingkat === 'error')));
    const all = [...ws.files.flatMap((f) => f.findings), ...checkWorkspace(ws.docs)].map(ws.locate);
    const configErrors = ws.config ? all.filter((f) => f.path === ws.config!.path && f.tingkat === 'error') : [];
    configInvalid ||= wsConfigInvalid || configErrors.length > 0;
    const keep = (path: string) =>
      target.all || named.has(path) || under.some((d) => path.startsWith(d)) || (configInvalid && path === ws.config?.path);
    for (const f of ws.files) if (f.format !== 'csv' && keep(f.path)) reportedFiles.push({ path: f.path, jenis: f.jenis });
    findings.push(...all.filter((f) => keep(f.path)));

    // CSV rows, in canonical order (overlaps are found across files), when any CSV is to be reported.
    const csvFiles = ws.files.filter((f) => f.format === 'csv');
    if (csvFiles.some((f) => keep(f.path))) {
      // Loaded only when there are CSVs: a plan file checked alone in CI starts faster.
      const [{ buildCsvReferences, validationYear }, { OverlapTracker }, { readCsvFile }, { progressReporter }] = await Promise.all([
        import('../../core/csv/build-references.js'),
        import('../../core/csv/overlap.js'),
        import('../../io/csv-file.js'),
        import('../progress.js'),
      ]);
      const config = resolveConfig(ws.config?.data);
      const year = validationYear(ws.docs, config);
      const refs = buildCsvReferences(ws.docs, config, year === null ? null : parsePeriode(String(year)));
      const shared = { overlap: new OverlapTracker(), paths: [], penilaian: new Map() };
      const progress = progressReporter(ctx.stderr);
      for (const file of csvFiles) {
        const r = await readCsvFile(file.absPath, file.path, {
          sizeLimit,
          cap,
          refs,
          shared,
          ...(delimiter ? { delimiter } : {}),
          ...(desimal ? { desimal } : {}),
          onProgress: (done, total) => progress(file.path, done, total),
        });
        progress.done();
        if (!keep(file.path)) continue;
        reportedFiles.push({
          path: file.path,
          jenis: r.jenis,
          ...(r.counts && r.encoding && r.pemisah && r.desimal
            ? { csv: { encoding: r.encoding, pemisah: r.pemisah, desimal: r.desimal, counts: r.counts } }
            : {}),
        });
        findings.push(...r.findings);
      }
    }
  }

  const result = buildValidationResult(reportedFiles, findings, configInvalid);
  const reportOptions = { lang, style, strict: opts.strict ?? false, quiet: opts.quiet ?? false };
  const render = { text: formatValidateText, json: formatValidateJson, github: formatValidateGithub }[format];
  ctx.stdout.write(render(result, reportOptions));
  return getExitCode({ counts: result.counts, strict: reportOptions.strict, cannotRun: configInvalid });
}
