/**
 * Several SKPs in one year (RULES.md §2.0), by hand: a mover with two SKPs in two units and two
 * jenjang, and a CPNS appointed in March. Every number below is derived in the comments.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';
import { EXAMPLE, makeTempDir, runCli, type Laporan62022 } from '../helpers.js';

const MUTASI = '198907212014022004';
const CPNS = '199802102026032001';
const KEPALA_A = '197805122003121002';
const KEPALA_B = '197501012000031001';

const skp = (o: { nip: string; unit: string; jenjang: string; masa: [string, string]; penilai: string; rhk: string }) =>
  [
    'kind: skp',
    'tahun: 2026',
    'pegawai:',
    `  nip: "${o.nip}"`,
    '  nama: Pegawai',
    '  jabatan: Analis',
    `  jenjang: ${o.jenjang}`,
    `  unit: ${o.unit}`,
    'masa:',
    `  mulai: "${o.masa[0]}"`,
    `  selesai: "${o.masa[1]}"`,
    'penilai:',
    `  nip: "${o.penilai}"`,
    '  nama: Kepala',
    'hasil_kerja:',
    o.rhk,
  ].join('\n') + '\n';

const ind = (id: string, konsolidasi: string, target: number) =>
  `      - id: ${id}\n        nama: ${id}\n        satuan: dokumen\n        aspek: kuantitas\n        polaritas: maksimal\n        konsolidasi: ${konsolidasi}\n        target: ${target}\n`;
const rhk = (id: string, ...indikator: string[]) =>
  `  - id: ${id}\n    jenis: utama\n    uraian: ${id}\n    indikator:\n${indikator.join('')}`;

function workspace(): string {
  const dir = makeTempDir('mutasi');
  writeFileSync(join(dir, 'asn-kinerja.yaml'), 'kind: konfigurasi\ntahun: 2026\n');
  writeFileSync(
    join(dir, 'unit-kerja.yaml'),
    'kind: unit-kerja\nunit:\n  - id: dinas\n    nama: Dinas\n  - id: bidang-a\n    nama: Bidang A\n    induk: dinas\n  - id: bidang-b\n    nama: Bidang B\n    induk: dinas\n',
  );
  mkdirSync(join(dir, 'skp'));
  // The mover: Jan–Apr in bidang-a as ahli-pertama, May–Dec in bidang-b as ahli-muda.
  writeFileSync(
    join(dir, 'skp', 'mutasi-1.yaml'),
    skp({
      nip: MUTASI,
      unit: 'bidang-a',
      jenjang: 'ahli-pertama',
      masa: ['2026-01', '2026-04'],
      penilai: KEPALA_A,
      rhk: rhk('a1', ind('dok', 'jumlah', 12)),
    }),
  );
  writeFileSync(
    join(dir, 'skp', 'mutasi-2.yaml'),
    skp({
      nip: MUTASI,
      unit: 'bidang-b',
      jenjang: 'ahli-muda',
      masa: ['2026-05', '2026-12'],
      penilai: KEPALA_B,
      rhk: rhk('b1', ind('lay', 'rata-rata', 90)) + rhk('b2', ind('dok', 'jumlah', 24)) + rhk('b3', ind('rapat', 'terakhir', 10)),
    }),
  );
  // The CPNS, appointed in March 2026.
  writeFileSync(
    join(dir, 'skp', 'cpns.yaml'),
    skp({
      nip: CPNS,
      unit: 'bidang-a',
      jenjang: 'ahli-pertama',
      masa: ['2026-03', '2026-12'],
      penilai: KEPALA_A,
      rhk: rhk('c1', ind('lap', 'jumlah', 10)) + rhk('c2', ind('ikut', 'terakhir', 1)),
    }),
  );
  const realisasi = [
    'nip;periode;indikator;realisasi',
    `${MUTASI};2026-TW1;dok;9`, // line 2 → SKP 1
    `${MUTASI};2026-TW2;lay;90`, // line 3: Apr–Jun spans both masa → REALISASI_LINTAS_SKP
    `${MUTASI};2026-05;lay;95`,
    `${MUTASI};2026-06;lay;95`,
    `${MUTASI};2026-TW3;lay;99`,
    `${MUTASI};2026-TW4;lay;99`,
    `${MUTASI};2026-05;dok;2`,
    `${MUTASI};2026-06;dok;2`,
    `${MUTASI};2026-S2;dok;14`,
    `${MUTASI};2026-12;rapat;10`,
    `${CPNS};2026-TW1;lap;1`, // line 12: Jan–Mar meets only the masa from March → counts for March
    `${CPNS};2026-TW2;lap;3`,
    `${CPNS};2026-TW3;lap;3`,
    `${CPNS};2026-TW4;lap;3`,
    `${CPNS};2026-02;ikut;1`, // line 16: before the appointment → REALISASI_DI_LUAR_MASA
    `${CPNS};2026-12;ikut;1`,
  ];
  writeFileSync(join(dir, 'realisasi.csv'), realisasi.join('\r\n') + '\r\n');
  const values = (v: string) => Array(7).fill(v).join(';');
  writeFileSync(
    join(dir, 'perilaku.csv'),
    [
      'nip;periode;penilai_nip;peran;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;adaptif;kolaboratif',
      `${MUTASI};2026-S1;${KEPALA_A};atasan;${values('4')}`,
      `${MUTASI};2026-S2;${KEPALA_B};atasan;${values('4')}`,
      `${CPNS};2026-S2;${KEPALA_A};atasan;${values('3')}`,
    ].join('\r\n') + '\r\n',
  );
  writeFileSync(
    join(dir, 'kompetensi.csv'),
    ['nip;tanggal;kegiatan;jp', `${MUTASI};10/03/2026;Pelatihan;20`, `${CPNS};10/09/2026;Latsar;15`].join('\r\n') + '\r\n',
  );
  return dir;
}

const score = async (dir: string, ...args: string[]) => {
  const r = await runCli(['score', dir, '--format', 'json', ...args]);
  return { code: r.code, report: JSON.parse(r.stdout) as Laporan62022 };
};
const codes = (report: Laporan62022) =>
  [...report.temuan, ...report.pegawai.flatMap((p) => p.temuan)].map((f) => `${f.kode} ${f.baris ?? '-'}`);

describe('a mover with two SKPs in two units and two jenjang (RULES.md §2.0)', () => {
  it('is listed once, with each SKP and the combination, by hand', async () => {
    const { report } = await score(workspace());
    const m = report.pegawai.find((p) => p.nip === MUTASI)!;
    expect(report.pegawai.filter((p) => p.nip === MUTASI)).toHaveLength(1);
    // SKP 1 (Jan–Apr, 4 months): dok jumlah, rows TW1 = 9 cover 3 of its 4 months → target 12 × 3/4 = 9
    //   → capaian 100 → rating Sesuai (100 ≤ 100); one RHK → Sesuai.
    // SKP 2 (May–Dec, 8 months): lay rata-rata (95·1 + 95·1 + 99·3 + 99·3) / 8 = 98 → 98/90 = 108.89
    //   → Di Atas; dok 2 + 2 + 14 = 18 over 8 months of 8 → target 24 → 75 → Di Bawah; rapat 10/10 = 100
    //   → Sesuai. Sebaran: m = 3, DB = 1 < 3/2 → Sesuai. Capaian (108.888… + 75 + 100) / 3 = 94.6296….
    expect(m.skp).toEqual([
      expect.objectContaining({
        path: 'skp/mutasi-1.yaml',
        unit: 'bidang-a',
        jenjang: 'ahli-pertama',
        masa: { mulai: '2026-01', selesai: '2026-04' },
        bulan: 4,
        capaian_hasil_kerja: 100,
        rating_hasil_kerja_dihitung: 'Sesuai Ekspektasi',
        // Baik 100 % × 12.5 × 4/12 = 4.1666…
        angka_kredit: 4.17,
      }),
      expect.objectContaining({
        path: 'skp/mutasi-2.yaml',
        unit: 'bidang-b',
        jenjang: 'ahli-muda',
        masa: { mulai: '2026-05', selesai: '2026-12' },
        bulan: 8,
        capaian_hasil_kerja: 94.63,
        rating_hasil_kerja_dihitung: 'Sesuai Ekspektasi',
        cara_rating: { cara: 'sebaran', jumlah: 3, di_atas: 1, sesuai: 1, di_bawah: 1 },
        // Baik 100 % × 25 × 8/12 = 16.666…
        angka_kredit: 16.67,
      }),
    ]);
    expect(m.skp![0]!.hasil_kerja[0]!.indikator[0]).toMatchObject({ id: 'dok', target: 9, realisasi: 9, bulan_tercakup: 3 });
    expect(m.skp![1]!.hasil_kerja.map((h) => [h.id, h.capaian, h.rating])).toEqual([
      ['b1', 108.89, 'Di Atas Ekspektasi'],
      ['b2', 75, 'Di Bawah Ekspektasi'],
      ['b3', 100, 'Sesuai Ekspektasi'],
    ]);
    expect(m).toMatchObject({
      // The unit of the SKP whose masa ends last.
      unit: 'bidang-b',
      // (100 × 4 + 94.6296… × 8) / 12 = 96.4197…
      capaian_hasil_kerja: 96.42,
      // The SKP with the most months (SKP 2) decides; its RHKs are the ones shown.
      rating_hasil_kerja_dihitung: 'Sesuai Ekspektasi',
      rating_hasil_kerja: 'Sesuai Ekspektasi',
      // Both atasan (one per masa) rate 4 → 4 → Di Atas (≥ 3.5); Sesuai × Di Atas → Baik.
      nilai_perilaku: 4,
      rating_perilaku: 'Di Atas Ekspektasi',
      predikat: 'Baik',
      // 4.1666… + 16.666… = 20.833…
      angka_kredit: 20.83,
      jp_kompetensi: 20,
    });
    expect(m.hasil_kerja.map((h) => h.id)).toEqual(['b1', 'b2', 'b3']);
    // Counted in bidang-b (and its parent) only.
    const unit = (id: string) => report.unit.find((u) => u.id === id)!;
    expect([unit('bidang-a').jumlah_pegawai, unit('bidang-b').jumlah_pegawai, unit('dinas').jumlah_pegawai]).toEqual([1, 1, 2]);
    // SKP 1 lacks April: CAKUPAN_SEBAGIAN at its own file.
    const cakupan = m.temuan.find((f) => f.kode === 'CAKUPAN_SEBAGIAN')!;
    expect(cakupan).toMatchObject({ path: 'skp/mutasi-1.yaml', args: { bulan_tercakup: 3, bulan_periode: 4, bulan_kosong: [4] } });
    // The quarter spanning both masa is rejected at its line, not silently split.
    expect(codes(report)).toContain('REALISASI_LINTAS_SKP 3');
    expect(report.sumber.find((s) => s.jenis === 'realisasi')).toMatchObject({ baris_dibaca: 16, baris_ditolak: 2, baris_dipakai: 14 });
  });

  it('in a quarter only the SKP whose masa meets it is scored; the other is named (info)', async () => {
    const { report } = await score(workspace(), '--periode', '2026-TW1');
    const m = report.pegawai.find((p) => p.nip === MUTASI)!;
    // SKP 1 only: Jan–Mar of its masa, all covered by TW1 = 9 → target 12 × 3/4 = 9 → 100.
    expect(m).toMatchObject({ unit: 'bidang-a', capaian_hasil_kerja: 100 });
    expect(m.skp!.map((s) => [s.path, s.bulan])).toEqual([['skp/mutasi-1.yaml', 3]]);
    expect(report.temuan.find((f) => f.kode === 'SKP_DI_LUAR_PERIODE')).toMatchObject({ path: 'skp/mutasi-2.yaml' });
  });

  it('--explain shows each SKP and the combination', async () => {
    const r = await runCli(['score', workspace(), '--explain', MUTASI]);
    expect(r.stdout).toContain('SKP skp/mutasi-1.yaml: masa 2026-01..2026-04, 4 bulan di periode ini, unit bidang-a, ahli-pertama');
    expect(r.stdout).toContain('SKP skp/mutasi-2.yaml: masa 2026-05..2026-12, 8 bulan di periode ini, unit bidang-b, ahli-muda');
    expect(r.stdout).toContain('capaian hasil kerja = (100 × 4 + 94.63 × 8) / 12 = 96.42');
    expect(r.stdout).toContain('angka kredit (skp/mutasi-1.yaml) = 100 % × 12.5 × 4/12 = 4.17');
    expect(r.stdout).toContain('angka kredit = 20.83');
    // SKP 2's dok rows only under SKP 2, SKP 1's only under SKP 1.
    const skp2 = r.stdout.slice(r.stdout.indexOf('SKP skp/mutasi-2.yaml'));
    expect(skp2).not.toContain('2026-TW1: 9');
    expect(skp2).toContain('2026-S2: 14');
  });
});

describe('a CPNS appointed in March (RULES.md §2.0, §2.8, §3.3)', () => {
  it('angka kredit, targets and the JP minimum follow the masa', async () => {
    const { report } = await score(workspace());
    const c = report.pegawai.find((p) => p.nip === CPNS)!;
    // lap jumlah: TW1 counts for March only (1 month), TW2–TW4 3 each → covered 10 of the 10-month masa;
    // 1 + 3 + 3 + 3 = 10 against 10 × 10/10 = 10 → 100. ikut: Feb rejected, Dec = 1 → 100. Both Sesuai.
    expect(c.hasil_kerja[0]!.indikator[0]).toMatchObject({ target: 10, realisasi: 10, bulan_tercakup: 10 });
    expect(c).toMatchObject({
      capaian_hasil_kerja: 100,
      rating_hasil_kerja: 'Sesuai Ekspektasi',
      // 3 → Sesuai; Sesuai × Sesuai → Baik.
      predikat: 'Baik',
      // Baik 100 % × 12.5 × 10/12 = 10.4166…
      angka_kredit: 10.42,
    });
    expect(c.skp!.map((s) => [s.bulan, s.angka_kredit])).toEqual([[10, 10.42]]);
    // No coverage warning for lap's January and February: coverage is judged against P ∩ masa (ikut,
    // reported for December only, lacks March–November).
    const cakupan = c.temuan.filter((f) => f.kode === 'CAKUPAN_SEBAGIAN').map((f) => f.args);
    expect(cakupan).toEqual([{ indikator: 'ikut', bulan_tercakup: 1, bulan_periode: 10, bulan_kosong: [3, 4, 5, 6, 7, 8, 9, 10, 11] }]);
    // 15 JP against 20 × 10/12 = 16.67.
    expect(c.temuan.find((f) => f.kode === 'JP_KURANG')).toMatchObject({ args: { jp: 15, minimal: 16.67 } });
    expect(codes(report)).toContain('REALISASI_DI_LUAR_MASA 16');
  });

  it('validate reports the rejected rows at their lines and accepts the non-overlapping SKPs', async () => {
    const dir = workspace();
    const r = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    const all = report.file.flatMap((f) => f.temuan.map((t) => `${t.kode} ${f.path}:${t.baris}:${t.kolom}`));
    expect(all).toContain('REALISASI_LINTAS_SKP realisasi.csv:3:2');
    expect(all).toContain('REALISASI_DI_LUAR_MASA realisasi.csv:16:2');
    expect(all.filter((x) => x.startsWith('SKP_GANDA'))).toEqual([]);
    expect(r.code).toBe(1);
  });
});

describe("the bundled example's [6] cases (examples/kota-contoh/README.md)", () => {
  it('a mover in two units, a passing and a failing curve, and a periodic curve', async () => {
    const year = (await score(EXAMPLE)).report;
    // Yanti Setiawan moved from disdukcapil (ahli-pertama) to setda (ahli-muda) in July.
    const mover = year.pegawai.filter((p) => p.nip === '199201272020022001');
    expect(mover).toHaveLength(1);
    expect(mover[0]!.unit).toBe('setda');
    expect(mover[0]!.skp!.map((s) => [s.unit, s.jenjang, s.bulan])).toEqual([
      ['disdukcapil', 'ahli-pertama', 6],
      ['setda', 'ahli-muda', 6],
    ]);
    // Baik × 12.5 × 6/12 + Baik × 25 × 6/12 = 6.25 + 12.5.
    expect(mover[0]!.angka_kredit).toBe(18.75);
    const kurva = Object.fromEntries(year.unit.map((u) => [u.id, u.kurva.sesuai]));
    expect(kurva.bappeda).toBe(true);
    expect(kurva.disdukcapil).toBe(false);
    // The puskesmas is Baik for 2026-S1: its curve is checked for that semester.
    const s1 = (await score(EXAMPLE, '--periode', '2026-S1')).report;
    const pkm = s1.unit.find((u) => u.id === 'puskesmas-sukamaju')!;
    expect(pkm).toMatchObject({ predikat_organisasi: 'Baik', kurva: { diperiksa: true, sesuai: false } });
  });
});

describe('the pegawai CSV names each SKP of a mover', () => {
  it('masa_skp: unit and masa per SKP; empty for an employee with one whole-year SKP', async () => {
    const r = await runCli(['score', EXAMPLE, '--format', 'csv']);
    const [head, ...rows] = parse(r.stdout, { bom: true, delimiter: ';', relax_quotes: true });
    const col = head!.indexOf('masa_skp');
    const row = (nip: string) => rows.find((x) => x[0] === `="${nip}"`)!;
    expect(row('199201272020022001')[col]).toBe('disdukcapil 2026-01..2026-06, setda 2026-07..2026-12');
    expect(row('198605252010112001')[col]).toBe('');
  });
});

describe('several SKPs: the edges found in review', () => {
  it('a row rejected for spanning two masa claims no months whatever P is (--periode 2026-05)', async () => {
    // Line 3 (2026-TW2 lay) lies outside P = 2026-05 but would span both masa: it must not make the May
    // row of lay an overlap. SKP 2 for May: lay 95/90 = 105.56 (Di Atas); dok 2 against 24 × 1/8 = 3
    // → 66.67 (Di Bawah); rapat has no May row. Capaian (105.555… + 66.666…) / 2 = 86.11; one above and
    // one below of two: exactly half → RATING_PERLU_PENILAI.
    const { report } = await score(workspace(), '--periode', '2026-05');
    const m = report.pegawai.find((p) => p.nip === MUTASI)!;
    expect(codes(report).filter((c) => c.startsWith('BARIS_TUMPANG_TINDIH'))).toEqual([]);
    expect(m).toMatchObject({ unit: 'bidang-b', capaian_hasil_kerja: 86.11, rating_hasil_kerja: null });
    expect(m.temuan.map((f) => f.kode)).toContain('RATING_PERLU_PENILAI');
  });

  it('a schema-broken SKP beside a valid one: the rows its masa may hold are ignored, not rejected', async () => {
    const dir = workspace();
    const path = join(dir, 'skp', 'mutasi-2.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('  unit: bidang-b\n', '  unit: bidang-b\n  foo: bar\n'));
    const { report } = await score(dir);
    const found = codes(report);
    expect(found.filter((c) => /^(REALISASI_|INDIKATOR_TIDAK_DI_SKP)/.test(c))).toEqual(['REALISASI_DI_LUAR_MASA 16']);
    expect(report.temuan.find((f) => f.kode === 'BARIS_SKP_TIDAK_VALID')).toMatchObject({ path: 'realisasi.csv', args: { jumlah: 9 } });
    expect(report.pegawai.find((p) => p.nip === MUTASI)).toMatchObject({ alasan: ['SKP_TIDAK_VALID'], predikat: null });
    // An employee listed as not valid carries no empty `skp` list.
    expect(report.pegawai.find((p) => p.nip === MUTASI)!.skp).toBeUndefined();
  });

  it('a reversed masa: the other SKP still checks the rows its masa holds; the months of the broken one are ignored', async () => {
    const dir = workspace();
    const path = join(dir, 'skp', 'mutasi-1.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('  mulai: "2026-01"\n  selesai: "2026-04"', '  mulai: "2026-04"\n  selesai: "2026-01"'),
    );
    const r = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    const all = (JSON.parse(r.stdout) as LaporanValidasi).file.flatMap((f) => f.temuan.map((t) => `${t.kode} ${f.path}:${t.baris}`));
    expect(all).toContain('MASA_TERBALIK skp/mutasi-1.yaml:11');
    // Only the CPNS's February row is wrong in the CSV; lay and rapat (SKP 2) are not reported.
    expect(all.filter((x) => x.includes('realisasi.csv') && !x.startsWith('CSV_FORMAT') && !x.startsWith('BARIS_SKP'))).toEqual([
      'REALISASI_DI_LUAR_MASA realisasi.csv:16',
    ]);
  });

  it('two copies of one partial-year SKP: SKP_GANDA, and the rows are not told to split', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'skp', 'cpns-salinan.yaml'), readFileSync(join(dir, 'skp', 'cpns.yaml'), 'utf8'));
    const r = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    const all = (JSON.parse(r.stdout) as LaporanValidasi).file.flatMap((f) => f.temuan.map((t) => `${t.kode} ${f.path}:${t.baris}`));
    expect(all.filter((x) => x.startsWith('SKP_GANDA')).sort()).toEqual([
      'SKP_GANDA skp/cpns-salinan.yaml:10',
      'SKP_GANDA skp/cpns.yaml:10',
    ]);
    expect(all.filter((x) => x.startsWith('REALISASI_LINTAS_SKP'))).toEqual(['REALISASI_LINTAS_SKP realisasi.csv:3']);
  });

  it('the rows of an employee not scored for P are ignored with a finding, not counted as used', async () => {
    // The CPNS (appointed in March) is not scored for February: their 360° row and penilaian for it.
    const dir = workspace();
    writeFileSync(
      join(dir, 'perilaku.csv'),
      readFileSync(join(dir, 'perilaku.csv'), 'utf8') + `${CPNS};2026-02;${KEPALA_A};atasan;3;3;3;3;3;3;3\r\n`,
    );
    writeFileSync(join(dir, 'penilaian.csv'), `nip;periode;rating_hasil_kerja;rating_perilaku\r\n${CPNS};2026-02;Sesuai Ekspektasi;\r\n`);
    const { report } = await score(dir, '--periode', '2026-02');
    expect(report.pegawai.map((p) => p.nip)).toEqual([MUTASI]);
    const by = (jenis: string) => report.sumber.find((s) => s.jenis === jenis)!;
    expect(by('penilaian')).toMatchObject({ baris_dipakai: 0, baris_diabaikan: 1 });
    expect(by('perilaku')).toMatchObject({ baris_dipakai: 0 });
    expect(report.temuan.filter((f) => f.kode === 'BARIS_DI_LUAR_MASA').map((f) => [f.path, f.args])).toEqual([
      ['penilaian.csv', { jumlah: 1, periode: '2026-02' }],
      ['perilaku.csv', { jumlah: 1, periode: '2026-02' }],
    ]);
  });

  it('a mover who headed a unit for four months is not rated by its organisation result for the year', async () => {
    // MUTASI heads bidang-a (Istimewa) during SKP 1 (Jan–Apr) only. SKP 2 (8 months, bidang-b) decides:
    // its computed Sesuai, so Baik as before — not Di Atas → Sangat Baik from bidang-a's result.
    const dir = workspace();
    const units = join(dir, 'unit-kerja.yaml');
    writeFileSync(
      units,
      readFileSync(units, 'utf8').replace(
        '    nama: Bidang A\n',
        `    nama: Bidang A\n    predikat_organisasi: { "2026": Istimewa, "2026-TW1": Istimewa }\n    pimpinan: "${MUTASI}"\n`,
      ),
    );
    const year = (await score(dir)).report.pegawai.find((p) => p.nip === MUTASI)!;
    expect(year).toMatchObject({ rating_hasil_kerja: 'Sesuai Ekspektasi', predikat: 'Baik', angka_kredit: 20.83 });
    expect(year.sumber_rating.hasil_kerja).toBe('dihitung');
    // In the first quarter SKP 1 (held as head) is the only one: the organisation's entry for TW1 rates it.
    const tw1 = (await score(dir, '--periode', '2026-TW1')).report.pegawai.find((p) => p.nip === MUTASI)!;
    expect(tw1.sumber_rating.hasil_kerja).toBe('organisasi');
  });
});
