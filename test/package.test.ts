/**
 * The package as a user gets it: `npm pack`, install the tarball into an empty folder, run the
 * installed binary and import the installed package. Catches what a run from the checkout cannot:
 * a runtime asset missing from `files`, a dependency kept in devDependencies, a broken `exports`.
 *
 * `npm pack --ignore-scripts` skips prepack (which rebuilds dist/): `npm test`'s pretest has just
 * built it, and a rebuild here would empty dist/ under test/cli/binary.test.ts running beside us.
 * Run alone, build first: `npm run build && npx vitest run test/package.test.ts`.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, ROOT } from './helpers.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
};

interface PackResult {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}

function exec(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    ...options,
    env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8', ...options.env },
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'));
}

let pack: PackResult;
let app: string;

function runInstalled(args: string[]) {
  return exec(join(app, 'node_modules', '.bin', 'asn-kinerja'), args, { cwd: app });
}

// The temp folder is removed after this file by test/setup.ts (makeTempDir).
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const tmp = makeTempDir('package');
  const packed = exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT });
  expect(packed.code, packed.stderr).toBe(0);
  pack = (JSON.parse(packed.stdout) as [PackResult])[0];
  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // The runtime dependencies are in npm's cache after `npm ci`; the registry is asked only if not.
  const installed = exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(tmp, pack.filename)], { cwd: app });
  expect(installed.code, installed.stderr).toBe(0);
}, 120_000);

describe('the packed package', () => {
  it('npm pack builds first (prepack)', () => {
    expect(PKG.scripts.prepack).toMatch(/\bbuild\b/);
  });

  it('ships every runtime asset and no source maps', () => {
    const files = pack.files.map((f) => f.path);
    for (const f of [...listFiles(join(ROOT, 'templates')), ...listFiles(join(ROOT, 'schemas'))]) expect(files).toContain(f);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/asn-kinerja.js', 'dist/cli/main.js']));
    expect(files).toContain('dist/index.d.ts');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /^(src|test)\//.test(f))).toEqual([]);
  });

  it('the installed binary: --version, init, validate, score, dokumen', () => {
    expect(runInstalled(['--version']).stdout.trim()).toBe(PKG.version);
    const init = runInstalled(['init', 'ws']);
    expect(init, init.stderr).toMatchObject({ code: 0 });
    const validate = runInstalled(['validate', 'ws']);
    expect(validate, validate.stdout + validate.stderr).toMatchObject({ code: 0 });
    const table = runInstalled(['score', 'ws']);
    expect(table, table.stderr).toMatchObject({ code: 0 });
    expect(table.stdout).toMatch(/┌─+┬/);
    const json = runInstalled(['score', 'ws', '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveProperty('pegawai');
    // The Dokumen's PDF writer and its fonts come with the install (init's two employees have no 360°
    // rows, so no predikat: the documents say so, and the run exits 0).
    const dokumen = runInstalled(['dokumen', 'ws', '--output', 'dokumen.pdf']);
    expect(dokumen, dokumen.stderr).toMatchObject({ code: 0 });
    expect(readFileSync(join(app, 'dokumen.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the installed package imports through its exports map and runs the README example', () => {
    expect(runInstalled(['init', 'api-ws']).code).toBe(0);
    // README "Using it as a library", on a workspace `init` made.
    const script = [
      "const m = await import('asn-kinerja');",
      "const { createRequire } = await import('node:module');",
      "const pkg = createRequire(import.meta.url)('asn-kinerja/package.json');",
      "const result = await m.scoreWorkspace({ cwd: process.cwd(), workspace: 'api-ws' });",
      "const report = result.ok ? m.buildScoreReport(result, 'id') : null;",
      "const csv = report ? await m.SCORE_FORMATS.csv(report, { lang: 'id', style: m.PLAIN_STYLE, quiet: false, strict: false, delimiter: ';' }) : '';",
      'const exit = result.ok ? m.getExitCode({ counts: result.scopedCounts, strict: false }) : null;',
      'console.log(JSON.stringify({ exports: Object.keys(m), VERSION: m.VERSION, version: pkg.version, ok: result.ok, ringkasan: report?.laporan.ringkasan, csvHead: csv.split("\\r\\n")[0], exit }));',
    ].join('\n');
    const r = exec(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      exports: string[];
      VERSION: string;
      version: string;
      ok: boolean;
      ringkasan: { pegawai: number; error: number };
      csvHead: string;
      exit: number;
    };
    expect(out.exports).toEqual(
      expect.arrayContaining(['validateWorkspace', 'scoreWorkspace', 'computeIkm', 'buildScoreReport', 'SCORE_FORMATS']),
    );
    expect(out.VERSION).toBe(PKG.version);
    expect(out.version).toBe(PKG.version);
    // init writes two SKPs that validate clean (README "Commands").
    expect(out).toMatchObject({ ok: true, ringkasan: { pegawai: 2, error: 0 }, exit: 0 });
    expect(out.csvHead.startsWith('\ufeffnip;nama;unit;')).toBe(true);
    expect(existsSync(join(app, 'node_modules', PKG.name, 'dist', 'index.d.ts'))).toBe(true);
  });
});
