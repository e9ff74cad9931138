/**
 * Issue [10] item 4, no silent number: `1e400`, a 400-digit number, `.inf` or `.nan` in a YAML number
 * field, or a 400-digit number in a CSV cell, reads as Infinity or NaN. Each is an error where it is
 * written, never a value (a role weight of Infinity used to turn the ratings upside down with exit 0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';

interface Report {
  file: { path: string; temuan: { kode: string; baris?: number; kolom?: number; args: Record<string, unknown> }[] }[];
}
const kecil = () => copyFixture(join(FIXTURES, 'engine', 'kecil'));
async function findings(ws: string) {
  const r = await runCli(['validate', ws, '--format', 'json']);
  return { code: r.code, temuan: (JSON.parse(r.stdout) as Report).file.flatMap((f) => f.temuan.map((t) => ({ ...t, path: f.path }))) };
}

describe('a number that is not finite', () => {
  it('in the config (a role weight of 1e400) is an error at its line and column, and score refuses the config (exit 2)', async () => {
    const ws = kecil();
    const config = join(ws, 'asn-kinerja.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'tahun: 2026\n',
        'tahun: 2026\nperilaku:\n  bobot_peran: { atasan: 1e400, rekan: 20, bawahan: 20, diri: 0 }\n',
      ),
    );
    const { code, temuan } = await findings(ws);
    // An unusable config: exit 2, as PRODUCT.md says.
    expect(code).toBe(2);
    expect(temuan.filter((t) => t.kode === 'ANGKA_TIDAK_TERHINGGA').map((t) => [t.baris, t.kolom, t.args])).toEqual([
      [7, 26, { nilai: '1e400' }],
    ]);
    expect((await runCli(['score', ws])).code).toBe(2);
  });

  it('in an SKP target (a 400-digit number, .inf, .nan) is an error at each, and that SKP is not scored', async () => {
    const ws = kecil();
    const staf = join(ws, 'skp', 'staf.yaml');
    const text = readFileSync(staf, 'utf8');
    writeFileSync(
      staf,
      text
        .replace('target: 4\n', `target: ${'9'.repeat(400)}\n`)
        .replace('target: { min: 3, maks: 5 }', 'target: { min: .nan, maks: .inf }'),
    );
    const { temuan } = await findings(ws);
    const at = temuan.filter((t) => t.kode === 'ANGKA_TIDAK_TERHINGGA').map((t) => [t.baris, t.args['nilai']]);
    expect(at).toEqual([
      [19, '9'.repeat(40)],
      [26, '.nan'],
      [26, '.inf'],
    ]);
    const score = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as {
      pegawai: { nama: string; predikat: string | null; alasan: string[] }[];
    };
    // Listed, not scored, never dropped.
    expect(score.pegawai.filter((p) => p.alasan.includes('SKP_TIDAK_VALID')).map((p) => [p.nama, p.predikat])).toEqual([
      ['Staf Perencana', null],
    ]);
  });

  it('in a CSV cell (400 digits) rejects the row at its cell: NILAI_BUKAN_ANGKA, never Infinity', async () => {
    const ws = kecil();
    const csv = join(ws, 'data', 'realisasi.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/;99;/, `;${'9'.repeat(400)};`);
    writeFileSync(csv, lines.join('\n'));
    const { temuan } = await findings(ws);
    expect(temuan.filter((t) => t.kode === 'NILAI_BUKAN_ANGKA').map((t) => [t.path.endsWith('realisasi.csv'), t.baris])).toEqual([
      [true, 2],
    ]);
  });

  it('a large finite number is a number as before', async () => {
    const ws = kecil();
    const staf = join(ws, 'skp', 'staf.yaml');
    writeFileSync(staf, readFileSync(staf, 'utf8').replace('target: 4\n', 'target: 1e300\n'));
    const { temuan } = await findings(ws);
    expect(temuan.filter((t) => t.kode === 'ANGKA_TIDAK_TERHINGGA')).toEqual([]);
  });
});

describe('a number field written so that the schema reads it as infinite (found by the fuzz suite)', () => {
  // The schema reads a number field from its text: quoted, or a hexadecimal too large, it used to become
  // Infinity with no finding (a target of Infinity scored 0 with exit 0).
  const cases: [string, string, string, string][] = [
    ['a quoted 1e400 target', 'skp/staf.yaml', 'target: 4\n', 'target: "1e400"\n'],
    ['a quoted "Infinity" range bound', 'skp/staf.yaml', 'target: { min: 3, maks: 5 }', 'target: { min: 3, maks: "Infinity" }'],
    ['a hexadecimal of 300 F as a target', 'skp/staf.yaml', 'target: 4\n', `target: 0x${'F'.repeat(300)}\n`],
    ['populasi_layanan "Infinity"', 'unit-kerja.yaml', 'populasi_layanan: 20', 'populasi_layanan: "Infinity"'],
  ];
  for (const [name, file, from, to] of cases) {
    it(`${name}: ANGKA_TIDAK_TERHINGGA at the value, exit 1`, async () => {
      const ws = kecil();
      const path = join(ws, file);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
      const { code, temuan } = await findings(ws);
      expect(code).toBe(1);
      const hit = temuan.filter((t) => t.kode === 'ANGKA_TIDAK_TERHINGGA');
      expect(hit).toHaveLength(1);
      expect(hit[0]!.path.endsWith(file)).toBe(true);
      expect(hit[0]!.baris).toBe(text.slice(0, text.indexOf(from)).split('\n').length);
    });
  }

  it('in the config, a quoted "1e400" ambang refuses the config (exit 2)', async () => {
    const ws = kecil();
    const config = join(ws, 'asn-kinerja.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('tahun: 2026\n', 'tahun: 2026\nhasil_kerja:\n  ambang: { di_atas: "1e400", sesuai: 90 }\n'),
    );
    const { code, temuan } = await findings(ws);
    expect(code).toBe(2);
    expect(temuan.filter((t) => t.kode === 'ANGKA_TIDAK_TERHINGGA').map((t) => t.args)).toEqual([{ nilai: '1e400' }]);
  });

  it('a name that reads like a number is text: `nama: 1e400` is no finding', async () => {
    const ws = kecil();
    const path = join(ws, 'skp', 'staf.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^( {2}nama: ).*$/m, '$11e400'));
    expect(readFileSync(path, 'utf8')).toContain('nama: 1e400');
    expect((await findings(ws)).temuan.map((t) => t.kode)).not.toContain('ANGKA_TIDAK_TERHINGGA');
  });
});
