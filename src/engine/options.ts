/** What every job reads with: the caller's folder, limits and the CSV dialect the user forced. */
import type { Desimal } from '../core/csv/number.js';
import type { Pemisah } from '../io/csv-file.js';
import { DEFAULT_SIZE_LIMIT, DEFAULT_YAML_SIZE_LIMIT, FINDING_CAP } from '../constants.js';

export interface ReadOptions {
  /** Paths in findings are shown relative to this folder. */
  cwd: string;
  /** `--config FILE`, absolute or relative to cwd. */
  configPath?: string;
  /** Per-file size limit in bytes (default 200 MB; when given, YAML files' limit as well). */
  sizeLimit?: number;
  delimiter?: Pemisah;
  desimal?: Desimal;
  /** Findings listed per file and kode before the rest are summarised (default 1,000). */
  findingCap?: number;
  /** Called while a CSV file is read (bytes done of total). */
  onProgress?: (path: string, done: number, total: number) => void;
  /** Called once when each CSV file is read. */
  onFileDone?: (path: string) => void;
  /** `--output`, absolute or relative to cwd: refused (exit 2) when it is one of the workspace's files. */
  output?: string;
}

export function readDefaults(o: ReadOptions) {
  return {
    sizeLimit: o.sizeLimit ?? DEFAULT_SIZE_LIMIT,
    yamlSizeLimit: o.sizeLimit ?? DEFAULT_YAML_SIZE_LIMIT,
    findingCap: o.findingCap ?? FINDING_CAP,
  };
}
