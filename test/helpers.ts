import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { LaporanSkor } from '../src/types/generated/laporan-skor.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/run.js';

export const ROOT = join(import.meta.dirname, '..');
export const EXAMPLE = join(ROOT, 'examples', 'kota-contoh');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams and a clean, colourless environment. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', LANG: 'id_ID.UTF-8', ...options.env },
    // Bytes (a workbook to a pipe) kept one character per byte.
    stdout: {
      write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('latin1')),
      isTTY: options.tty ?? false,
    },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)), isTTY: false },
  });
  return { code, stdout, stderr };
}

const tempDirs: string[] = [];

/**
 * A new empty folder under the OS temp dir, removed by `cleanupTempDirs()` after the test file
 * (test/setup.ts registers it as an afterAll hook of every file).
 */
export function makeTempDir(prefix = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), `asn-kinerja-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** Removes every folder made by `makeTempDir` or `copyFixture` in this test file. */
export function cleanupTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh copy of a fixture folder in a temporary directory. */
export function copyFixture(src: string): string {
  const dir = makeTempDir('test');
  cpSync(src, dir, { recursive: true });
  return dir;
}

/** Debian's headless browser, when installed (.ci/run installs it). */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** The flags every headless run takes: a fresh profile in `dir`, nothing fetched in the background. */
export function chromiumFlags(dir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--no-first-run',
    '--disable-background-networking',
  ];
}

/** A score report under PermenPAN-RB 6/2022: what the example workspace and most fixtures produce. */
export type Laporan62022 = Extract<LaporanSkor, { metode: 'permenpan-rb-6-2022' }>;
