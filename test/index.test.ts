/**
 * The package's API (src/index.ts) on the bundled example, examples/kota-contoh: the three jobs as
 * functions, and the score result equal, number for number, to what the CLI prints.
 */
import { describe, expect, it } from 'vitest';
import {
  buildDokumen,
  buildScoreReport,
  computeIkm,
  DOKUMEN_FORMATS,
  dokumenWorkspace,
  type DokumenReport,
  IKM_FORMATS,
  scoreWorkspace,
  validateWorkspace,
  VALIDATE_FORMATS,
  type IkmResult,
  type LaporanIkm,
  type LaporanValidasi,
  type ScoreResult,
} from '../src/index.js';
import { checkOutput } from '../src/schema/check-output.js';
import { PLAIN } from '../src/report/style.js';
import type { Formatted, FormatOptions } from '../src/report/format.js';
import { EXAMPLE, ROOT, runCli, type Laporan62022 } from './helpers.js';

/** A formatter's output as text (formatters may be async, src/report/format.ts). */
async function text(x: Formatted | Promise<Formatted>): Promise<string> {
  const v = await x;
  return typeof v === 'string' ? v : new TextDecoder().decode(v);
}

const OPTIONS: FormatOptions = { lang: 'id', style: PLAIN, quiet: false, strict: false, delimiter: ';' };

let cached: Promise<ScoreResult> | undefined;
function scored(): Promise<ScoreResult> {
  cached ??= scoreWorkspace({ cwd: ROOT, workspace: 'examples/kota-contoh' }).then((result) => {
    if (!result.ok) throw new Error('the example config was refused');
    return result;
  });
  return cached;
}

describe('scoreWorkspace on examples/kota-contoh', () => {
  it('scores every SKP of the example under permenpan-rb-6-2022', async () => {
    const result = await scored();
    expect(result.ok).toBe(true);
    // examples/kota-contoh/skp/: bappeda 7 + dinkes 6 + disdukcapil 8 + puskesmas-sukamaju 6 + setda 7 = 34
    // SKPs of 33 employees: one moved from disdukcapil to setda in July and has two (RULES.md §2.0).
    expect(result.pegawai).toHaveLength(33);
    expect(result.allPegawai).toHaveLength(33);
    expect(result.pegawai.every((p) => p.metode === 'permenpan-rb-6-2022')).toBe(true);
    // unit-kerja.yaml: six units, reported sorted by id.
    expect(result.unit.map((u) => u.id)).toEqual(['bappeda', 'dinkes', 'disdukcapil', 'pemkot', 'puskesmas-sukamaju', 'setda']);
    // A unit counts its subtree: dinkes = its own 6 + puskesmas-sukamaju's 6; pemkot (the root) = all 33.
    // The mover counts in setda (the unit of the SKP whose masa ends last), not in disdukcapil.
    expect(Object.fromEntries(result.unit.map((u) => [u.id, u.jumlah_pegawai]))).toEqual({
      bappeda: 7,
      dinkes: 12,
      disdukcapil: 7,
      pemkot: 33,
      'puskesmas-sukamaju': 6,
      setda: 7,
    });
    expect(result.periode.kode).toBe('2026');
    expect(result.config.metode).toBe('permenpan-rb-6-2022');
    // The example is clean: no error-level finding (README: it scores with exit 0).
    expect(result.counts.error).toBe(0);
    expect(result.tim).toEqual([]);
  });

  it('its report passes the laporan-skor schema', async () => {
    const report = buildScoreReport(await scored(), 'id');
    expect(checkOutput('laporan-skor', report.laporan)).toEqual([]);
    expect(report.laporan.ringkasan.pegawai).toBe(33);
    expect(report.laporan.pegawai.every((p) => /^\d{18}$/.test(p.nip))).toBe(true);
  });

  it('equals, number for number, what `score --format json` prints', async () => {
    const cli = await runCli(['score', EXAMPLE, '--format', 'json']);
    expect(cli.code).toBe(0);
    const printed = JSON.parse(cli.stdout) as Laporan62022;
    // The example workspace is scored under PermenPAN-RB 6/2022.
    const laporan = buildScoreReport(await scored(), 'id').laporan as Laporan62022;
    expect(printed.pegawai.map((p) => p.capaian_hasil_kerja)).toEqual(laporan.pegawai.map((p) => p.capaian_hasil_kerja));
    expect(printed.pegawai.map((p) => p.nilai_perilaku)).toEqual(laporan.pegawai.map((p) => p.nilai_perilaku));
    expect(printed.unit.map((u) => u.rata_rata_capaian)).toEqual(laporan.unit.map((u) => u.rata_rata_capaian));
    // And the whole report: same sources (paths, hashes), findings, units.
    expect(printed).toEqual(JSON.parse(JSON.stringify(laporan)));
  });
});

describe('validateWorkspace on examples/kota-contoh', () => {
  it('finds no error and its json passes the laporan-validasi schema', async () => {
    const result = await validateWorkspace(['examples/kota-contoh'], { cwd: ROOT });
    expect(result.counts.error).toBe(0);
    expect(result.configInvalid).toBe(false);
    // Every YAML and CSV of the example is reported, paths relative to cwd.
    expect(result.files.map((f) => f.path)).toContain('examples/kota-contoh/asn-kinerja.yaml');
    expect(result.files.find((f) => f.path === 'examples/kota-contoh/data/realisasi-2026.csv')?.jenis).toBe('realisasi');
    const json = JSON.parse(await text(VALIDATE_FORMATS.json(result, OPTIONS))) as LaporanValidasi;
    expect(checkOutput('laporan-validasi', json)).toEqual([]);
    expect(json.valid).toBe(true);
  });
});

describe('computeIkm on examples/kota-contoh', () => {
  async function ikm(): Promise<IkmResult> {
    const result = await computeIkm({ cwd: ROOT, paths: ['examples/kota-contoh'] });
    if (!result.ok) throw new Error('the example config was refused');
    return result;
  }

  it('has one group per unit, pooling each subtree', async () => {
    const result = await ikm();
    expect(result.per).toBe('unit');
    expect(result.periode).toBe('2026');
    expect(result.kelompok.map((k) => k.kunci)).toEqual(['bappeda', 'dinkes', 'disdukcapil', 'pemkot', 'puskesmas-sukamaju', 'setda']);
    // data/skm-2026.csv: 180 rows for disdukcapil, 120 for puskesmas-sukamaju; dinkes pools its
    // child's 120, pemkot all 300; bappeda and setda have none (listed with responden 0).
    expect(Object.fromEntries(result.kelompok.map((k) => [k.kunci, k.responden]))).toEqual({
      bappeda: 0,
      dinkes: 120,
      disdukcapil: 180,
      pemkot: 300,
      'puskesmas-sukamaju': 120,
      setda: 0,
    });
    const none = result.kelompok.find((k) => k.kunci === 'setda')!;
    expect([none.ikm, none.nilai, none.mutu]).toEqual([null, null, null]);
    // Krejcie–Morgan (RULES.md §4.4) on populasi_layanan: disdukcapil 300 → 169; puskesmas 150 → 108;
    // dinkes pools only its child's 150 → 108; pemkot 150 + 300 = 450 → 207.
    expect(Object.fromEntries(result.kelompok.map((k) => [k.kunci, k.sampelMinimal]))).toEqual({
      bappeda: null,
      dinkes: 108,
      disdukcapil: 169,
      pemkot: 207,
      'puskesmas-sukamaju': 108,
      setda: null,
    });
    expect(result.sumber.map((s) => [s.path, s.baris_dibaca, s.baris_dipakai])).toEqual([
      ['examples/kota-contoh/data/skm-2026.csv', 300, 300],
    ]);
  });

  it('its json (IKM_FORMATS.json) passes the laporan-ikm schema', async () => {
    const json = JSON.parse(await text(IKM_FORMATS.json(await ikm(), OPTIONS))) as LaporanIkm;
    expect(checkOutput('laporan-ikm', json)).toEqual([]);
    expect(json.kelompok).toHaveLength(6);
  });

  it('gives a unit the same IKM inside `score`', async () => {
    const [i, s] = await Promise.all([ikm(), scored()]);
    for (const unit of s.unit) {
      const group = i.kelompok.find((k) => k.kunci === unit.id)!;
      expect([unit.id, unit.ikm?.responden, unit.ikm?.nilai]).toEqual([unit.id, group.responden, group.nilai]);
    }
  });
});

describe('dokumenWorkspace, buildDokumen and DOKUMEN_FORMATS', () => {
  it('give the bytes `dokumen --format html` writes', async () => {
    const done = await dokumenWorkspace({ cwd: ROOT, workspace: EXAMPLE, nip: '198507232010051001' });
    if (!done.ok) throw new Error('the example config is valid');
    const laporan = buildScoreReport(done.result, 'id');
    const report: DokumenReport = {
      dokumen: buildDokumen(done.result, laporan.laporan, done.pegawai),
      versiAlat: done.result.versiAlat,
      metode: laporan.metode,
    };
    expect(report.dokumen.map((d) => d.pegawai.nama)).toEqual(['Ayu Gunawan']);
    const cli = await runCli(['dokumen', EXAMPLE, '--nip', '198507232010051001', '--format', 'html', '--output', '-']);
    expect(cli.code).toBe(0);
    expect(await text(DOKUMEN_FORMATS.html(report, OPTIONS))).toBe(cli.stdout);
  });
});
