/**
 * Issue [7] item 8: paths. validate inside a workspace subfolder reports that folder; symbolic links
 * are read or named, never skipped in silence; --output and init onto the wrong kind of path exit 2
 * with a clear message and leave nothing behind.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';
import { copyFixture, EXAMPLE, makeTempDir, runCli } from '../helpers.js';

const validateJson = async (args: string[], cwd: string) => {
  const r = await runCli(['validate', ...args, '--format', 'json'], { cwd });
  return { code: r.code, report: JSON.parse(r.stdout) as LaporanValidasi };
};

describe('paths', () => {
  it('validate run inside a workspace subfolder reports only that folder', async () => {
    const ws = copyFixture(EXAMPLE);
    for (const args of [[], ['.']]) {
      const { report } = await validateJson(args, join(ws, 'skp', 'setda'));
      expect(report.file.map((f) => f.path).sort()).toEqual(readdirSync(join(ws, 'skp', 'setda')).sort());
    }
    const { report } = await validateJson([], join(ws, 'skp'));
    expect(report.file.every((f) => !f.path.startsWith('..'))).toBe(true);
    expect(report.file).toHaveLength(34);
  });

  it('symbolic links: read when they stay inside, a finding when they leave, break or loop', async () => {
    const ws = copyFixture(EXAMPLE);
    mkdirSync(join(ws, 'bersama'));
    writeFileSync(
      join(ws, '.arsip-katalog.yaml'),
      'kind: katalog-indikator\nindikator:\n  - id: arsip.x\n    nama: X\n    satuan: dokumen\n    aspek: kuantitas\n    polaritas: maksimal\n',
    );
    symlinkSync('../.arsip-katalog.yaml', join(ws, 'bersama', 'katalog.yaml')); // a hidden file, read through the link
    symlinkSync('../skp/setda/dewi-permata.yaml', join(ws, 'bersama', 'dewi.yaml')); // read once, not twice
    const outside = makeTempDir('luar');
    writeFileSync(join(outside, 'x.yaml'), 'kind: skp\n');
    symlinkSync(join(outside, 'x.yaml'), join(ws, 'luar.yaml'));
    symlinkSync('tidak-ada.yaml', join(ws, 'rusak.yaml'));
    symlinkSync('..', join(ws, 'bersama', 'atas'));
    const { report } = await validateJson(['.'], ws);
    const byPath = Object.fromEntries(report.file.map((f) => [f.path, f]));
    expect(byPath['bersama/katalog.yaml']).toMatchObject({ jenis: 'katalog-indikator', valid: true });
    expect(report.file.map((f) => f.path)).not.toContain('bersama/dewi.yaml');
    expect(report.file.flatMap((f) => f.temuan).map((t) => t.kode)).not.toContain('SKP_GANDA');
    const links = report.file.flatMap((f) =>
      f.temuan.filter((t) => t.kode === 'TAUTAN_SIMBOLIK').map((t) => [f.path, (t.args as { sebab: string }).sebab]),
    );
    expect(links.sort()).toEqual([
      ['bersama/atas', 'siklus'],
      ['luar.yaml', 'di_luar'],
      ['rusak.yaml', 'rusak'],
    ]);
  });

  it('--output into a missing folder or onto a folder exits 2 and leaves no temp file; init onto a file exits 2', async () => {
    const dir = makeTempDir('keluaran');
    const missing = await runCli(['score', EXAMPLE, '--format', 'csv', '--output', join(dir, 'tidak-ada', 'skor.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('folder untuk --output tidak ada');
    const folder = await runCli(['score', EXAMPLE, '--format', 'csv', '--output', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('--output menunjuk folder');
    expect(readdirSync(dir)).toEqual([]);
    const ok = await runCli(['score', EXAMPLE, '--format', 'csv', '--output', join(dir, 'skor.csv')]);
    expect(ok.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['skor.csv']);
    writeFileSync(join(dir, 'berkas'), 'x');
    const init = await runCli(['init', join(dir, 'berkas')]);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('bukan folder');
    expect(existsSync(join(dir, 'berkas', 'asn-kinerja.yaml'))).toBe(false);
  });
});
