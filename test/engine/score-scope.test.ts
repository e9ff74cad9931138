/**
 * `score --unit ID` (PRODUCT.md "score"): the subtree's employees and units; findings outside it are
 * counted in `ringkasan` but do not change the exit code — unit-level findings (kurva, survey) included.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import { copyFixture, EXAMPLE, runCli } from '../helpers.js';

describe('--unit and unit-level findings', () => {
  it("a parent's kurva and survey warnings do not fail --unit child --strict", async () => {
    // In the example, dinkes breaks its kurva (a Baik unit with no Butuh Perbaikan) and pemkot lacks
    // some populasi_layanan. With kurva.minimal_pegawai 6 the puskesmas below dinkes (5 employees in its
    // curve) is not checked, so it has no problem of its own and no employee with a warning.
    const ws = copyFixture(EXAMPLE);
    const config = join(ws, 'asn-kinerja.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('minimal_pegawai: 5', 'minimal_pegawai: 6'));
    const all = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as LaporanSkor;
    const codes = all.temuan
      .filter((f) => f.tingkat === 'peringatan')
      .map((f) => `${f.kode} ${String((f.args as { unit?: string }).unit)}`);
    expect(codes).toContain('KURVA_TIDAK_SESUAI dinkes');
    expect(codes).toContain('SKM_POPULASI_SEBAGIAN pemkot');
    const child = await runCli(['score', ws, '--unit', 'puskesmas-sukamaju', '--strict', '--format', 'json']);
    expect(child.code).toBe(0);
    // Still counted in ringkasan, which is the whole workspace's.
    expect((JSON.parse(child.stdout) as LaporanSkor).ringkasan.peringatan).toBe(all.ringkasan.peringatan);
    // dinkes itself breaks its kurva: --unit dinkes --strict fails.
    expect((await runCli(['score', ws, '--unit', 'dinkes', '--strict'])).code).toBe(1);
  });

  it('the survey warnings of another unit do not fail --unit --strict (the review case)', async () => {
    // With minimal_pegawai 1000 no kurva is checked; the only warnings left are SKM_POPULASI_SEBAGIAN
    // for dinkes and pemkot, both outside bappeda's subtree.
    const ws = copyFixture(EXAMPLE);
    const config = join(ws, 'asn-kinerja.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('minimal_pegawai: 5', 'minimal_pegawai: 1000'));
    expect((await runCli(['score', ws, '--unit', 'bappeda', '--strict'])).code).toBe(0);
    expect((await runCli(['score', ws, '--strict'])).code).toBe(1);
  });
});
