/**
 * Issue [7] item 7: empty results are loud. A period no SKP belongs to, a folder with nothing this
 * tool reads, and a quarter scored from semester 360° rows each say so instead of passing quietly.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, EXAMPLE, makeTempDir, runCli, type Laporan62022 } from '../helpers.js';

describe('empty results are loud', () => {
  it('--periode or the config tahun with no SKP of that year: exit 2 naming the years there are', async () => {
    const r = await runCli(['score', EXAMPLE, '--periode', '2025-TW1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada SKP tahun 2025 (--periode); SKP yang ada: tahun 2026');
    const ws = copyFixture(EXAMPLE);
    const config = join(ws, 'asn-kinerja.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('tahun: 2026', 'tahun: 2027'));
    const c = await runCli(['--lang', 'en', 'score', ws]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('no SKP for 2027 (tahun in asn-kinerja.yaml); the SKPs are for 2026');
  });

  it('validate on a folder with no file it knows exits 2; a named file or a config alone does not', async () => {
    const dir = makeTempDir('kosong');
    mkdirSync(join(dir, 'dipindah'));
    writeFileSync(join(dir, 'dipindah', 'catatan.yaml'), 'judul: bukan berkas asn-kinerja\n');
    writeFileSync(join(dir, 'dipindah', 'README.md'), '# x\n');
    const r = await runCli(['validate', 'dipindah'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada berkas asn-kinerja di dipindah');
    expect((await runCli(['validate', 'dipindah/catatan.yaml'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'dipindah', 'asn-kinerja.yaml'), 'kind: konfigurasi\n');
    expect((await runCli(['validate', 'dipindah'], { cwd: dir })).code).toBe(0);
  });

  it('a quarter scored from semester 360° rows: one warning for the file, not a missing atasan per employee', async () => {
    const r = await runCli(['score', EXAMPLE, '--periode', '2026-TW1', '--format', 'json']);
    const report = JSON.parse(r.stdout) as Laporan62022;
    const all = [...report.temuan, ...report.pegawai.flatMap((p) => p.temuan)];
    expect(all.filter((f) => f.kode === 'PERILAKU_PERIODE_LEBIH_PANJANG')).toEqual([
      expect.objectContaining({
        path: 'data/perilaku-2026.csv',
        tingkat: 'peringatan',
        args: { periode: '2026-TW1', contoh: '2026-S1', jumlah: 92 },
      }),
    ]);
    expect(all.filter((f) => f.kode === 'PERILAKU_TANPA_ATASAN')).toEqual([]);
    // Nobody has a nilai perilaku, so nobody has a predikat: each still says why.
    expect(report.pegawai.every((p) => p.nilai_perilaku === null && p.alasan.includes('PERILAKU_TIDAK_DINILAI'))).toBe(true);
    // The semester itself is rated as before.
    const s1 = JSON.parse((await runCli(['score', EXAMPLE, '--periode', '2026-S1', '--format', 'json'])).stdout) as Laporan62022;
    expect([...s1.temuan, ...s1.pegawai.flatMap((p) => p.temuan)].map((f) => f.kode)).not.toContain('PERILAKU_PERIODE_LEBIH_PANJANG');
  });
});
