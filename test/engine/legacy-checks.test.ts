/**
 * Issue [9], the pack-specific checks `validate` makes by the config's metode (RULES.md §6): PP46_ASPEK
 * at the kegiatan's indikator list under pp-46-2011, and a tambahan RHK's bobot allowed under pp-30-2019
 * (its Nilai KT) while 6/2022 refuses it (BOBOT_TAMBAHAN).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';

const PP46 = join(FIXTURES, 'pp-46-2011');

interface Report {
  file: { path: string; temuan: { kode: string; baris?: number; kolom?: number; args: Record<string, unknown> }[] }[];
}
async function findings(ws: string) {
  const r = await runCli(['validate', ws, '--format', 'json']);
  return { code: r.code, temuan: (JSON.parse(r.stdout) as Report).file.flatMap((f) => f.temuan) };
}
const withMetode = (ws: string, metode: string) => {
  const config = join(ws, 'asn-kinerja.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/metode: .*/, `metode: ${metode}`));
};

describe('validate under pp-46-2011', () => {
  it('a kegiatan without its kualitas, and with its waktu in days, is PP46_ASPEK at its indikator list (35:5)', async () => {
    const { code, temuan } = await findings(PP46);
    expect(code).toBe(1);
    expect(temuan.filter((f) => f.kode === 'PP46_ASPEK')).toEqual([
      expect.objectContaining({
        baris: 35,
        kolom: 5,
        args: { rhk: 'kegiatan-2', kuantitas: 1, kualitas: 0, waktu: 1, biaya: 0, waktu_bukan_bulan: true },
      }),
    ]);
  });

  it('a kegiatan target PP 46/2011 cannot divide by is PP46_TARGET at the target: a range, a TW of 0', async () => {
    const ws = copyFixture(join(FIXTURES, 'pp-46-2011-skor'));
    const andi = join(ws, 'skp', 'andi.yaml');
    writeFileSync(
      andi,
      readFileSync(andi, 'utf8')
        .replace('target: 100, konsolidasi: jumlah', 'target: { min: 90, maks: 110 }, konsolidasi: jumlah')
        .replace(
          'Waktu penataan, aspek: waktu, satuan: bulan, polaritas: minimal, target: 12',
          'Waktu penataan, aspek: waktu, satuan: bulan, polaritas: minimal, target: 0',
        )
        .replace(
          'Waktu penyusunan, aspek: waktu, satuan: bulan, polaritas: minimal, target: 12',
          'Waktu penyusunan, aspek: waktu, satuan: bulan, polaritas: minimal, target: 12, target_periode: { 2021-S1: 0 }',
        ),
    );
    const { code, temuan } = await findings(ws);
    expect(code).toBe(1);
    expect(temuan.filter((f) => f.kode === 'PP46_TARGET').map((f) => [f.baris, f.args])).toEqual([
      [11, { rhk: 'k1', indikator: 'k1-jumlah', aspek: 'kuantitas', rentang: true }],
      [13, { rhk: 'k1', indikator: 'k1-waktu', aspek: 'waktu', rentang: false }],
      // A target_periode entry PP 46/2011 divides by is checked too.
      [21, { rhk: 'k2', indikator: 'k2-waktu', aspek: 'waktu', rentang: false }],
    ]);
  });

  it('pendekatan: kualitatif is ignored under a legacy pack, said at its key (KUALITATIF_DIABAIKAN)', async () => {
    const ws = copyFixture(join(FIXTURES, 'pp-30-2019-skor'));
    const eka = join(ws, 'skp', 'eka.yaml');
    writeFileSync(eka, readFileSync(eka, 'utf8').replace('tahun: 2021\n', 'tahun: 2021\npendekatan: kualitatif\n'));
    const { temuan } = await findings(ws);
    expect(temuan.filter((f) => f.kode === 'KUALITATIF_DIABAIKAN').map((f) => [f.baris, f.kolom])).toEqual([[4, 1]]);
  });

  it('the same SKP under 6/2022 has no such rule', async () => {
    const ws = copyFixture(PP46);
    withMetode(ws, 'permenpan-rb-6-2022');
    expect((await findings(ws)).temuan.map((f) => f.kode)).not.toContain('PP46_ASPEK');
  });
});

describe('a tambahan RHK with a bobot', () => {
  const tambahan = (ws: string) => {
    const skp = join(ws, 'skp.yaml');
    writeFileSync(
      skp,
      readFileSync(skp, 'utf8') +
        '  - id: tambahan-1\n    jenis: tambahan\n    uraian: Panitia pameran arsip\n    bobot: 5\n    indikator:\n      - id: pameran\n        nama: Pameran terlaksana\n        aspek: kuantitas\n        satuan: kegiatan\n        polaritas: maksimal\n        target: 1\n',
    );
  };
  it('is Nilai KT under pp-30-2019, and BOBOT_TAMBAHAN under 6/2022', async () => {
    const ws = copyFixture(PP46);
    tambahan(ws);
    withMetode(ws, 'pp-30-2019');
    expect((await findings(ws)).temuan.map((f) => f.kode)).not.toContain('BOBOT_TAMBAHAN');
    withMetode(ws, 'permenpan-rb-6-2022');
    expect((await findings(ws)).temuan.map((f) => f.kode)).toContain('BOBOT_TAMBAHAN');
  });
});
