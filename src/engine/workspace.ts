/**
 * Loading a workspace for a job: its files, the YAML findings with their line:col, the cross-file
 * rules, and whether the config can be used at all (one rule for every job).
 */
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { checkWorkspace } from '../core/validate/index.js';
import { checkKonfigurasi } from '../core/validate/konfigurasi.js';
import { resolveConfig, type ResolvedConfig } from '../core/config.js';
import type { Finding } from '../core/findings.js';
import { loadWorkspace, type Workspace } from '../io/workspace.js';
import type { ReadOptions } from './options.js';
import { readDefaults } from './options.js';

export interface OpenedWorkspace {
  ws: Workspace;
  /** Every YAML finding (files and cross-file rules), located. */
  yamlFindings: Finding[];
  config: ResolvedConfig;
  /** The config failed its schema or a config rule: no job may run on it (exit 2). */
  configInvalid: boolean;
  /** The config file's own findings, for the report a job prints instead of running. */
  configFindings: Finding[];
}

export function openWorkspace(
  root: string,
  options: ReadOptions & {
    extraFiles?: readonly string[];
    showPathsFrom?: string;
    /** `config`: only the config's own rules (a job that reports no plan findings, like ikm). */
    rules?: 'all' | 'config';
  },
): OpenedWorkspace {
  const { sizeLimit, yamlSizeLimit } = readDefaults(options);
  const configPath = options.configPath !== undefined ? resolve(options.cwd, options.configPath) : undefined;
  const ws = loadWorkspace(root, {
    cwd: options.showPathsFrom ?? options.cwd,
    sizeLimit,
    yamlSizeLimit,
    ...(configPath ? { configPath } : {}),
    ...(options.extraFiles && options.extraFiles.length > 0 ? { extraFiles: options.extraFiles } : {}),
  });
  const crossFile =
    options.rules === 'config'
      ? ws.docs.flatMap((d) => (d.valid && d.kind === 'konfigurasi' ? checkKonfigurasi(d) : []))
      : checkWorkspace(ws.docs);
  if (options.output !== undefined)
    refuseInputOverwrite(
      resolve(options.cwd, options.output),
      ws.files.map((f) => f.absPath),
    );
  const yamlFindings = [...ws.files.flatMap((f) => f.findings), ...crossFile].map(ws.locate);
  const { invalid, findings } = configStatus(ws, yamlFindings);
  return { ws, yamlFindings, config: resolveConfig(ws.config?.data), configInvalid: invalid, configFindings: findings };
}

/** A config that failed its schema, or has an error-level finding of its own, is unusable. */
export function configStatus(ws: Workspace, located: readonly Finding[]): { invalid: boolean; findings: Finding[] } {
  if (!ws.config) return { invalid: false, findings: [] };
  const path = ws.config.path;
  const own = located.filter((f) => f.path === path);
  const invalid =
    !ws.config.valid ||
    own.some((f) => f.tingkat === 'error') ||
    ws.files.some((f) => f.path === path && f.findings.some((x) => x.tingkat === 'error'));
  return { invalid, findings: own };
}

/** An `--output` that is one of the inputs would destroy it: exit 2 before anything is read. */
function refuseInputOverwrite(output: string, inputs: readonly string[]): void {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  const target = real(output);
  if (inputs.some((i) => real(i) === target)) {
    throw new InputError({ id: `--output menunjuk ke berkas masukan: ${output}`, en: `--output points at an input file: ${output}` });
  }
}
