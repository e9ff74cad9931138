/**
 * Issue [10] item 5: a plan file that is ours but written wrong is said, never skipped in silence —
 * `Kind:` in the wrong case gets a did-you-mean at its key; a NUL byte anywhere (not only in the first
 * 8 KiB) makes it a binary file, not YAML read up to the NUL.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../helpers.js';

interface Report {
  file: { path: string; temuan: { kode: string; tingkat: string; baris?: number; kolom?: number; args: Record<string, unknown> }[] }[];
}
async function findings(path: string) {
  const r = await runCli(['validate', path, '--format', 'json']);
  return { code: r.code, temuan: (JSON.parse(r.stdout) as Report).file.flatMap((f) => f.temuan) };
}

describe('odd YAML files', () => {
  it('`Kind: skp` is KIND_HURUF at its key, an error, with the key it meant', async () => {
    const dir = makeTempDir('kind-case');
    const file = join(dir, 'skp.yaml');
    writeFileSync(file, 'Kind: skp\ntahun: 2026\n');
    const { code, temuan } = await findings(file);
    expect(code).toBe(1);
    expect(temuan.map((t) => [t.kode, t.tingkat, t.baris, t.kolom, t.args])).toEqual([['KIND_HURUF', 'error', 1, 1, { kunci: 'Kind' }]]);
  });

  it('a file without any kind is still only told (TANPA_KIND, info)', async () => {
    const dir = makeTempDir('no-kind');
    const file = join(dir, 'lain.yaml');
    writeFileSync(file, 'nama: bukan berkas kami\n');
    expect((await findings(file)).temuan.map((t) => [t.kode, t.tingkat])).toEqual([['TANPA_KIND', 'info']]);
  });

  it('a NUL byte past the first 8 KiB makes the file binary (FILE_BINER), not YAML read up to it', async () => {
    const dir = makeTempDir('nul');
    const file = join(dir, 'skp.yaml');
    const padding = '# ' + 'x'.repeat(9000) + '\n';
    writeFileSync(file, Buffer.concat([Buffer.from(`kind: skp\ntahun: 2026\n${padding}`), Buffer.from([0]), Buffer.from('pegawai: {}\n')]));
    const { code, temuan } = await findings(file);
    expect(code).toBe(1);
    expect(temuan.map((t) => t.kode)).toEqual(['FILE_BINER']);
  });
});
