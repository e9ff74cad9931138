/**
 * `validate` as a function (PRODUCT.md "validate"): files or workspaces in, the located, grouped
 * findings out. A folder is a workspace of its own unless it lies inside one (a folder above holds
 * asn-kinerja.yaml); then, like a file, it is checked in that workspace's context and only what was
 * named is reported.
 */
import { join, resolve, sep } from 'node:path';
import { choosePeriod } from '../core/period.js';
import type { Finding } from '../core/findings.js';
import { buildValidationResult, type CsvMeta, type ValidationResult } from '../core/validation-result.js';
import { CONFIG_FILE } from '../constants.js';
import { isTabular, statPath, workspaceRootOf, displayPath } from '../io/workspace.js';
import { openWorkspace } from './workspace.js';
import { InputError } from '../errors.js';
import type { ReadOptions } from './options.js';
import { pushAll } from '../core/arrays.js';

export type { ValidationResult } from '../core/validation-result.js';

interface Target {
  root: string;
  /** The whole workspace is reported; else only `files` and the files under `dirs`. */
  all: boolean;
  files: Set<string>;
  dirs: string[];
}

export async function validateWorkspace(paths: readonly string[], options: ReadOptions): Promise<ValidationResult> {
  const targets = new Map<string, Target>();
  const targetOf = (root: string) => {
    const t = targets.get(root) ?? { root, all: false, files: new Set<string>(), dirs: [] };
    targets.set(root, t);
    return t;
  };
  let namedFiles = false;
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(options.cwd, p);
    if (statPath(abs, p) === 'dir') {
      const root = workspaceRootOf(join(abs, CONFIG_FILE));
      if (root === abs) targetOf(abs).all = true;
      else targetOf(root).dirs.push(abs);
    } else {
      namedFiles = true;
      targetOf(workspaceRootOf(abs)).files.add(abs);
    }
  }

  const reportedFiles: { path: string; lembar?: string; jenis: string | null; csv?: CsvMeta }[] = [];
  const findings: Finding[] = [];
  let configInvalid = false;
  for (const target of targets.values()) {
    const opened = openWorkspace(target.root, { ...options, extraFiles: [...target.files] });
    const { ws } = opened;
    const named = new Set([...target.files].map((f) => displayPath(f, options.cwd)));
    // A folder inside the workspace reports the files under it only (compared as absolute paths: run
    // from inside that folder, the other files show as ../…, which a prefix of '' would keep).
    const absOf = new Map(ws.files.map((f) => [f.path, f.absPath]));
    const under = target.dirs.map((d) => d + sep);
    configInvalid ||= opened.configInvalid;
    const keep = (path: string) =>
      target.all ||
      named.has(path) ||
      under.some((d) => (absOf.get(path) ?? resolve(options.cwd, path)).startsWith(d)) ||
      (configInvalid && path === ws.config?.path);
    for (const f of ws.files) if (!isTabular(f) && keep(f.path)) reportedFiles.push({ path: f.path, jenis: f.jenis });
    pushAll(
      findings,
      opened.yamlFindings.filter((f) => keep(f.path)),
    );

    // CSV rows, in canonical order (overlaps are found across files), when any CSV is to be reported.
    const csvFiles = ws.files.filter(isTabular);
    if (csvFiles.some((f) => keep(f.path))) {
      // Loaded only when there are CSVs: a plan file checked alone in CI starts faster.
      const { readCsvFiles } = await import('./csv.js');
      const choice = choosePeriod(undefined, opened.config.tahun, ws.docs);
      const reading = await readCsvFiles(
        csvFiles,
        { docs: ws.docs, config: opened.config, periode: choice.ok ? choice.periode : null },
        options,
      );
      for (const { file, result: r } of reading.files) {
        if (!keep(file.path)) continue;
        reportedFiles.push({
          path: file.path,
          ...(r.lembar !== undefined ? { lembar: r.lembar } : {}),
          jenis: r.jenis,
          ...(r.counts && r.desimal
            ? {
                csv: {
                  ...(r.encoding ? { encoding: r.encoding } : {}),
                  ...(r.pemisah ? { pemisah: r.pemisah } : {}),
                  desimal: r.desimal,
                  counts: r.counts,
                },
              }
            : {}),
        });
        pushAll(findings, r.findings);
      }
    }
  }
  // Folders in which nothing is a file this tool knows (no kind it reads, no CSV role): a moved or
  // mistyped folder must not pass CI as "0 files, no errors". A named file is always reported.
  if (!namedFiles && !reportedFiles.some((f) => f.jenis !== null) && !findings.some((f) => f.tingkat === 'error')) {
    const shown = (paths.length > 0 ? paths : ['.']).join(', ');
    throw new InputError({
      id: `tidak ada berkas asn-kinerja di ${shown}: tidak ada YAML ber-kind (skp, katalog-indikator, unit-kerja, tim-kerja, konfigurasi) atau CSV yang dikenali`,
      en: `no asn-kinerja files in ${shown}: no YAML with a kind (skp, katalog-indikator, unit-kerja, tim-kerja, konfigurasi) and no recognised CSV`,
    });
  }
  return buildValidationResult(reportedFiles, findings, configInvalid);
}
