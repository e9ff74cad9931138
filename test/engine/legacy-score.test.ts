/**
 * Issue [9]: the legacy packs end to end. Two hand-computed workspaces (test/fixtures/pp-46-2011-skor,
 * test/fixtures/pp-30-2019-skor) scored through `score --format json`, each number derived below by hand
 * from RULES.md §6 and compared to 0.01; the periods they refuse; their entries in every format; the
 * checks `validate` adds; a mutasi; the 360° nilai perilaku with `dengan_360`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LaporanSkor, PegawaiPp_30_2019, PegawaiPp_46_2011 } from '../../src/types/generated/laporan-skor.js';
import { checkOutput } from '../../src/schema/check-output.js';
import { copyFixture, EXAMPLE, FIXTURES, makeTempDir, runCli, type Laporan62022 } from '../helpers.js';

const PP46 = join(FIXTURES, 'pp-46-2011-skor');
const PP30 = join(FIXTURES, 'pp-30-2019-skor');
const ANDI = '198001012005011001';
const BUDI = '198502022010012002';
const CITRA = '199003032015032003';
const DEDI = '197501012000031001';
const EKA = '198001012005012002';
const FAJAR = '198502022010011003';
const GITA = '199003032015031004';

async function score(ws: string, ...args: string[]) {
  const r = await runCli(['score', ws, '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  const laporan = JSON.parse(r.stdout) as LaporanSkor;
  expect(checkOutput('laporan-skor', laporan)).toEqual([]);
  // Every file read as meant (a CSV not recognised would be an error, and its rows silently missing).
  expect(laporan.ringkasan.error).toBe(0);
  return { code: r.code, laporan };
}

async function pp46(ws = PP46, ...args: string[]) {
  const { code, laporan } = await score(ws, ...args);
  if (laporan.metode !== 'pp-46-2011') throw new Error(`expected pp-46-2011, got ${laporan.metode}`);
  const of = (nip: string) => laporan.pegawai.find((p) => p.nip === nip)!;
  return { code, laporan, of };
}

async function pp30(ws = PP30, ...args: string[]) {
  const { code, laporan } = await score(ws, ...args);
  if (laporan.metode !== 'pp-30-2019') throw new Error(`expected pp-30-2019, got ${laporan.metode}`);
  const of = (nip: string) => laporan.pegawai.find((p) => p.nip === nip)!;
  return { code, laporan, of };
}

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(0.01);
};

describe('pp-46-2011 on a hand-computed workspace (RULES.md §6.1)', () => {
  it('a kegiatan with biaya and one finished very early, four tugas tambahan: Baik', async () => {
    const { code, laporan, of } = await pp46();
    expect(code).toBe(0);
    expect(laporan).toMatchObject({ metode: 'pp-46-2011', versi_metode: '1.0.0', periode: '2021' });
    const a: PegawaiPp_46_2011 = of(ANDI);
    const [k1, k2] = a.kegiatan;
    // k1: TO 100 (four quarterly rows of 25, konsolidasi jumlah), RO 100 → kuantitas 100; TK 100, RK 90 → 90;
    // TW 12, RW 10: EW = 100 − 10/12 × 100 = 16.67 ≤ 24 → waktu (1.76 × 12 − 10)/12 × 100 = 92.67;
    // TB 10 000 000, RB 9 000 000: EB = 10 ≤ 24 → biaya (1.76 × 10 − 9)/10 × 100 = 86;
    // nilai = (100 + 90 + 92.667 + 86)/4 = 92.17.
    expect(k1).toMatchObject({ id: 'k1', dilaksanakan: true, alasan: null });
    expect(k1!.kuantitas).toEqual({ indikator: 'k1-jumlah', target: 100, realisasi: 100, nilai: 100 });
    expect(k1!.kualitas!.nilai).toBe(90);
    close(k1!.waktu!.nilai, 92.67);
    close(k1!.waktu!.efisiensi, 16.67);
    expect(k1!.biaya).toEqual({ indikator: 'k1-biaya', target: 10000000, realisasi: 9000000, nilai: 86, efisiensi: 10 });
    close(k1!.nilai, 92.17);
    // k2: RW 8 of TW 12: EW = 33.33 > 24 → 76 − ((1.76 × 12 − 8)/12 × 100 − 100) = 76 − 9.33 = 66.67;
    // nilai = (100 + 100 + 66.667)/3 = 88.89; no biaya.
    close(k2!.waktu!.nilai, 66.67);
    close(k2!.waktu!.efisiensi, 33.33);
    expect(k2!.biaya).toBeNull();
    close(k2!.nilai, 88.89);
    // Four tambahan RHKs with a realisation → 2 (4–6 → 2). Nilai SKP = (92.1667 + 88.8889)/2 + 2 = 92.53.
    expect(a.tugas_tambahan).toEqual({ jumlah: 4, nilai: 2 });
    close(a.nilai_skp, 92.53);
    // 60 % × 92.5278 + 40 % × 85 = 89.52 → Baik (76–90.99).
    expect(a.nilai_perilaku).toBe(85);
    close(a.nilai_akhir, 89.52);
    expect(a).toMatchObject({ predikat: 'Baik', alasan: [], angka_kredit: null, tindak_lanjut: null });
  });

  it('a kegiatan finished late with one tugas tambahan: Cukup; one not carried out: Kurang', async () => {
    const { of } = await pp46();
    const b = of(BUDI);
    // RO 8/10 → 80; RK 80 → 80; RW 14 of TW 12: EW = −16.67 ≤ 24 → (21.12 − 14)/12 × 100 = 59.33;
    // nilai (80 + 80 + 59.333)/3 = 73.11; Nilai SKP = 73.11 + 1 (one tambahan) = 74.11;
    // 60 % × 74.1111 + 40 % × 72 = 73.27 → Cukup (61–75.99).
    close(b.kegiatan[0]!.waktu!.nilai, 59.33);
    close(b.nilai_skp, 74.11);
    close(b.nilai_akhir, 73.27);
    expect(b.predikat).toBe('Cukup');
    const c = of(CITRA);
    // k1 reported RO 0 (no kualitas or waktu rows): not carried out, every aspect 0, nilai 0.
    expect(c.kegiatan[0]).toMatchObject({ dilaksanakan: false, nilai: 0 });
    expect(c.kegiatan[0]!.kualitas!.nilai).toBe(0);
    // No efisiensi is invented for a kegiatan not carried out, and --explain says why each aspect is 0.
    expect(c.kegiatan[0]!.waktu).toEqual({ indikator: 'c1-waktu', target: 12, realisasi: null, nilai: 0, efisiensi: null });
    const explain = (await runCli(['score', PP46, '--explain', CITRA])).stdout;
    expect(explain).toContain('waktu (c1-waktu): 0 (RO = 0: kegiatan tidak dilaksanakan)');
    // k2 on target: 100, 100, waktu (1.76 × 6 − 6)/6 × 100 = 76 → 92; Nilai SKP (0 + 92)/2 = 46;
    // 60 % × 46 + 40 % × 80 = 59.6 → Kurang (51–60.99).
    close(c.kegiatan[1]!.nilai, 92);
    close(c.nilai_skp, 46);
    close(c.nilai_akhir, 59.6);
    expect(c.predikat).toBe('Kurang');
  });

  it('units by the five sebutan with the mean nilai akhir and no kurva', async () => {
    const { laporan } = await pp46();
    const arsip = laporan.unit.find((u) => u.id === 'arsip')!;
    expect(arsip.distribusi).toEqual({ 'Sangat Baik': 0, Baik: 1, Cukup: 1, Kurang: 0, Buruk: 0, tidak_dinilai: 0 });
    // (89.5167 + 73.2667)/2 = 81.39
    close(arsip.rata_rata_nilai_akhir, 81.39);
    expect(arsip.kurva).toBeNull();
    // setda's subtree holds all three.
    expect(laporan.unit.find((u) => u.id === 'setda')!.jumlah_pegawai).toBe(3);
    // The team Andi leads with Budi: Baik and Cukup, mean (89.5167 + 73.2667)/2 = 81.39.
    expect(laporan.tim).toEqual([
      {
        id: 'tim-arsip',
        nama: 'Tim Penataan Arsip',
        jumlah_pegawai: 2,
        distribusi: { 'Sangat Baik': 0, Baik: 1, Cukup: 1, Kurang: 0, Buruk: 0, tidak_dinilai: 0 },
        rata_rata_nilai_akhir: 81.39,
        kepatuhan_jp: null,
      },
    ]);
  });

  it('a semester scores; a quarter or a month exits 2 with the reason and writes nothing', async () => {
    // Citra's SKP for the first semester (masa January–June), her rows for 2021-S1: the same numbers as
    // her year (46, 59.6, Kurang), now for 2021-S1.
    const ws = copyFixture(PP46);
    const citra = join(ws, 'skp', 'citra.yaml');
    writeFileSync(citra, readFileSync(citra, 'utf8').replace('tahun: 2021\n', 'tahun: 2021\nmasa: { mulai: 2021-01, selesai: 2021-06 }\n'));
    const csv = join(ws, 'data', 'realisasi-2021.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/199003032015032003;2021;/g, '199003032015032003;2021-S1;'));
    const pen = join(ws, 'data', 'penilaian-2021.csv');
    writeFileSync(pen, readFileSync(pen, 'utf8').replace('199003032015032003;2021;', '199003032015032003;2021-S1;'));
    const s1 = await pp46(ws, '--periode', '2021-S1');
    expect(s1.code).toBe(0);
    expect(s1.laporan.periode).toBe('2021-S1');
    expect(s1.of(CITRA)).toMatchObject({ nilai_skp: 46, nilai_akhir: 59.6, predikat: 'Kurang' });
    // The others' rows are for the whole year, longer than the semester: not counted, never zeros.
    expect(s1.of(ANDI)).toMatchObject({ nilai_skp: null, predikat: null });
    for (const periode of ['2021-TW1', '2021-03']) {
      const r = await runCli(['score', PP46, '--periode', periode]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`metode pp-46-2011 menilai setahun atau satu semester`);
      expect(r.stderr).toContain(periode);
    }
    const en = await runCli(['score', PP30, '--periode', '2021-TW2', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('rule pack pp-30-2019 scores a whole year or a semester');
  });

  it('without the nilai perilaku there is no nilai akhir, with the reason and a finding', async () => {
    const ws = copyFixture(PP46);
    writeFileSync(join(ws, 'data', 'penilaian-2021.csv'), 'nip;periode;nilai_perilaku\r\n198001012005011001;2021;85\r\n');
    const { of } = await pp46(ws);
    const b = of(BUDI);
    close(b.nilai_skp, 74.11);
    expect(b).toMatchObject({ nilai_perilaku: null, nilai_akhir: null, predikat: null, alasan: ['NILAI_PERILAKU_TIDAK_ADA'] });
    expect(b.temuan.map((t) => t.kode)).toContain('NILAI_AKHIR_TIDAK_DINILAI');
  });

  it('a missing realisation is missing, never 0: the kegiatan is not scored, with a finding at its RHK', async () => {
    const ws = copyFixture(PP46);
    const csv = join(ws, 'data', 'realisasi-2021.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('198502022010012002;2021;b1-waktu;14\r\n', ''));
    const { of } = await pp46(ws);
    const b = of(BUDI);
    expect(b.kegiatan[0]).toMatchObject({ nilai: null, alasan: 'TANPA_REALISASI' });
    expect(b.nilai_skp).toBeNull();
    expect(b.alasan).toEqual(['NILAI_SKP_TIDAK_DINILAI']);
    const f = b.temuan.find((t) => t.kode === 'KEGIATAN_TIDAK_DINILAI')!;
    expect(f).toMatchObject({ path: 'skp/budi.yaml', baris: 7, jalur: '/hasil_kerja/0', args: { rhk: 'k1', sebab: 'TANPA_REALISASI' } });
    // And which indicator lacks it, at its line.
    expect(b.temuan.filter((t) => t.kode === 'INDIKATOR_TANPA_REALISASI').map((t) => [t.baris, t.args])).toEqual([
      [13, { indikator: 'b1-waktu', periode: '2021' }],
    ]);
  });

  it('a missing quarter is never a zero: the jumlah target is pro-rated to the months covered (RULES.md §2.1)', async () => {
    const ws = copyFixture(PP46);
    const csv = join(ws, 'data', 'realisasi-2021.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('198001012005011001;2021-TW4;k1-jumlah;25\r\n', ''));
    const { of } = await pp46(ws);
    const a = of(ANDI);
    // TO 100 for the year, rows for 9 months: TO = 100 × 9/12 = 75, RO 75 → kuantitas 100 as before,
    // so the kegiatan and the Nilai SKP are unchanged (92.17, 92.53).
    expect(a.kegiatan[0]!.kuantitas).toEqual({ indikator: 'k1-jumlah', target: 75, realisasi: 75, nilai: 100 });
    close(a.nilai_skp, 92.53);
    const f = a.temuan.find((t) => t.kode === 'CAKUPAN_SEBAGIAN')!;
    expect(f).toMatchObject({
      path: 'skp/andi.yaml',
      jalur: '/hasil_kerja/0/indikator/0',
      args: { bulan_tercakup: 9, bulan_kosong: [10, 11, 12] },
    });
    const explain = await runCli(['score', ws, '--explain', ANDI]);
    expect(explain.stdout).toContain('kuantitas (k1-jumlah): 75 / 75 × 100 = 100 (target 100 × 9/12, diprorata ke bulan tercakup)');
  });

  it('a mutasi on the same indicators: each SKP counts only the rows of its own months', async () => {
    const ws = copyFixture(PP46);
    const budi = join(ws, 'skp', 'budi.yaml');
    const text = readFileSync(budi, 'utf8');
    writeFileSync(budi, text.replace('tahun: 2021\n', 'tahun: 2021\nmasa: { mulai: 2021-01, selesai: 2021-06 }\n'));
    // The same kegiatan and keys after the move in July.
    writeFileSync(
      join(ws, 'skp', 'budi-2.yaml'),
      text.replace('tahun: 2021\n', 'tahun: 2021\nmasa: { mulai: 2021-07, selesai: 2021-12 }\n').replace(/\n {2}- \{ id: t1.*\n/, '\n'),
    );
    const csv = join(ws, 'data', 'realisasi-2021.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .replace(/198502022010012002;2021;/g, '198502022010012002;2021-S1;')
        .concat(
          '198502022010012002;2021-S2;b1-jumlah;10\r\n198502022010012002;2021-S2;b1-mutu;100\r\n198502022010012002;2021-S2;b1-waktu;6\r\n',
        ),
    );
    const { of } = await pp46(ws);
    const b = of(BUDI);
    // SKP 1 (S1 rows 8, 80, 14, and t1): 73.1111 + 1 = 74.11. SKP 2 (S2 rows 10, 100, 6 of TW 12:
    // EW 50 > 24 → 76 − ((21.12 − 6)/12 × 100 − 100) = 50): (100 + 100 + 50)/3 = 83.33, no tambahan.
    // Nilai SKP (74.1111 × 6 + 83.3333 × 6)/12 = 78.72; 60 % × 78.7222 + 40 % × 72 = 76.03 → Baik.
    expect(b.skp!.map((x) => x.nilai_skp)).toEqual([74.11, 83.33]);
    expect(b.skp!.map((x) => x.kegiatan[0]!.kuantitas!.realisasi)).toEqual([8, 10]);
    close(b.nilai_skp, 78.72);
    close(b.nilai_akhir, 76.03);
    expect(b.predikat).toBe('Baik');
    // Each SKP's own figures are under skp; the employee's tugas tambahan is not one SKP's.
    expect(b.skp!.map((x) => x.tugas_tambahan)).toEqual([
      { jumlah: 1, nilai: 1 },
      { jumlah: 0, nilai: 0 },
    ]);
    expect(b.tugas_tambahan).toBeNull();
    // --explain shows each SKP's rows under its own kegiatan.
    const explain = (await runCli(['score', ws, '--explain', BUDI])).stdout;
    expect(explain).toContain('kuantitas (b1-jumlah): 8 / 10 × 100 = 80');
    expect(explain).toContain('kuantitas (b1-jumlah): 10 / 10 × 100 = 100');
  });

  it('a mutasi: each SKP over its masa, the Nilai SKP weighted by months', async () => {
    const ws = copyFixture(PP46);
    // Budi moves in July: the first SKP (January–June) holds the late kegiatan, a second (July–December)
    // one kegiatan done on target. Rows are per semester now.
    const budi = join(ws, 'skp', 'budi.yaml');
    writeFileSync(budi, readFileSync(budi, 'utf8').replace('tahun: 2021\n', 'tahun: 2021\nmasa: { mulai: 2021-01, selesai: 2021-06 }\n'));
    writeFileSync(
      join(ws, 'skp', 'budi-2.yaml'),
      [
        'kind: skp',
        'tahun: 2021',
        'masa: { mulai: 2021-07, selesai: 2021-12 }',
        'pegawai: { nip: "198502022010012002", nama: Budi Santoso, unit: setda }',
        'penilai: { nip: "197001011995031001", nama: Kepala Bagian Arsip }',
        'hasil_kerja:',
        '  - id: k9',
        '    jenis: utama',
        '    uraian: Menyusun laporan',
        '    indikator:',
        '      - { id: b9-jumlah, nama: Laporan, aspek: kuantitas, satuan: dokumen, polaritas: maksimal, target: 3 }',
        '      - { id: b9-mutu, nama: Mutu, aspek: kualitas, satuan: persen, polaritas: maksimal, target: 100 }',
        '      - { id: b9-waktu, nama: Waktu, aspek: waktu, satuan: bulan, polaritas: minimal, target: 6 }',
        '',
      ].join('\n'),
    );
    const csv = join(ws, 'data', 'realisasi-2021.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .replace(/198502022010012002;2021;/g, '198502022010012002;2021-S1;')
        .concat(
          '198502022010012002;2021-S2;b9-jumlah;3\r\n198502022010012002;2021-S2;b9-mutu;100\r\n198502022010012002;2021-S2;b9-waktu;6\r\n',
        ),
    );
    const { of } = await pp46(ws);
    const b = of(BUDI);
    // SKP 1: 73.1111 + 1 = 74.1111 over 6 months; SKP 2: (100 + 100 + 76)/3 = 92 over 6 months.
    // Nilai SKP = (74.1111 × 6 + 92 × 6)/12 = 83.06; 60 % × 83.0556 + 40 % × 72 = 78.63 → Baik.
    expect(b.skp!.map((s) => [s.path, s.bulan, s.nilai_skp])).toEqual([
      ['skp/budi.yaml', 6, 74.11],
      ['skp/budi-2.yaml', 6, 92],
    ]);
    close(b.nilai_skp, 83.06);
    close(b.nilai_akhir, 78.63);
    expect(b.predikat).toBe('Baik');
    // Counted where the last SKP puts them (RULES.md §2.0).
    expect(b.unit).toBe('setda');
  });
});

describe('pp-30-2019 on a hand-computed workspace (RULES.md §6.2)', () => {
  it('a target maksimal met, Nilai KT over its cap and an innovation: Sangat Baik', async () => {
    const { code, laporan, of } = await pp30();
    expect(code).toBe(0);
    expect(laporan).toMatchObject({ metode: 'pp-30-2019', periode: '2021' });
    const d: PegawaiPp_30_2019 = of(DEDI);
    const [u1, u2, t1, t2] = d.hasil_kerja;
    // u1: bebas temuan 100 of 100 % with target_maksimal → 120 (8/2021 huruf i), not 109.
    expect(u1!.iki[0]).toMatchObject({ capaian: 100, target_maksimal: true, nilai: 120 });
    // u2: 90 of 80 → 112.5 % > 110 → 120. KU = 60 % × 120 + 40 % × 120 = 120.
    expect(u2!.iki[0]).toMatchObject({ capaian: 112.5, nilai: 120 });
    expect(d.nilai_ku).toBe(120);
    // t1: 11 of 10 → 110 % → 110 + 10/9 × 9 = 120, × 5 % = 6; t2: 100 % → 109, × 5 % = 5.45;
    // Σ 11.45 → capped at 10.
    expect(t1!.nilai).toBe(120);
    expect(t2!.nilai).toBe(109);
    expect(d.nilai_kt).toBe(10);
    expect(d.nilai_skp).toBe(130);
    // 70 % × 130 + 30 % × 90 = 118 ≥ 110 with inovasi ya → Sangat Baik.
    expect(d).toMatchObject({ nilai_perilaku: 90, sumber_perilaku: 'penilai', nilai_akhir: 118, inovasi: true, predikat: 'Sangat Baik' });
  });

  it('above 110 without an innovation is Baik; the 80–99 and 60–79 bands give a Cukup; under 60 a Sangat Kurang', async () => {
    const { of } = await pp30();
    // 115 % → 120; 70 % × 120 + 30 % × 100 = 114, no innovation → Baik.
    expect(of(EKA)).toMatchObject({ nilai_ku: 120, nilai_akhir: 114, inovasi: false, predikat: 'Baik' });
    const f = of(FAJAR);
    // 85 % → 70 + 19/19 × 5 = 75; 13 of 20 = 65 % → 50 + 19/19 × 5 = 55; KU (75 + 55)/2 = 65;
    // 70 % × 65 + 30 % × 85 = 71 → Cukup (70–89.99).
    expect(f.hasil_kerja.map((h) => h.nilai)).toEqual([75, 55]);
    expect(f).toMatchObject({ nilai_skp: 65, nilai_akhir: 71, predikat: 'Cukup' });
    const g = of(GITA);
    // 30 % → 30/59 × 49 = 24.92; the tambahan RHK without bobot adds nothing;
    // 70 % × 24.9153 + 30 % × 60 = 35.44 → Sangat Kurang.
    close(g.nilai_ku, 24.92);
    expect(g.nilai_kt).toBe(0);
    close(g.nilai_akhir, 35.44);
    expect(g.predikat).toBe('Sangat Kurang');
  });

  it('validate says, at the RHK, that a tambahan RHK without bobot adds nothing to the Nilai KT', async () => {
    const r = await runCli(['validate', PP30, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { file: { path: string; temuan: { kode: string; baris: number; kolom: number }[] }[] };
    const gita = report.file.find((f) => f.path.endsWith('skp/gita.yaml'))!;
    expect(gita.temuan.filter((t) => t.kode === 'KT_TANPA_BOBOT').map((t) => [t.baris, t.kolom])).toEqual([[13, 5]]);
  });

  it('with dengan_360 and no nilai column: the 360° nilai on 0–100 and 60/40', async () => {
    const ws = copyFixture(PP30);
    writeFileSync(join(ws, 'asn-kinerja.yaml'), readFileSync(join(ws, 'asn-kinerja.yaml'), 'utf8') + 'pp_30_2019:\n  dengan_360: true\n');
    writeFileSync(join(ws, 'data', 'penilaian-2021.csv'), 'nip;periode;inovasi\r\n198502022010011003;2021;ya\r\n');
    writeFileSync(
      join(ws, 'data', 'perilaku-2021.csv'),
      'nip;periode;penilai_nip;peran;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;adaptif;kolaboratif\r\n' +
        '198502022010011003;2021;196801011990031001;atasan;4;4;4;4;4;4;4\r\n',
    );
    const { of } = await pp30(ws);
    const f = of(FAJAR);
    // n = 4 on the 1–5 skala → (4 − 1)/(5 − 1) × 100 = 75; 60 % × 65 + 40 % × 75 = 69 → Kurang (50–69.99).
    expect(f).toMatchObject({ nilai_perilaku: 75, sumber_perilaku: '360', nilai_akhir: 69, predikat: 'Kurang' });
    // No 360° rows and no column: no nilai perilaku, and §2.5's finding says there is no atasan rating.
    const eka = of(EKA);
    expect(eka).toMatchObject({ nilai_perilaku: null, predikat: null, alasan: ['NILAI_PERILAKU_TIDAK_ADA'] });
    expect(eka.temuan.map((t) => t.kode)).toEqual(expect.arrayContaining(['PERILAKU_TANPA_ATASAN', 'NILAI_AKHIR_TIDAK_DINILAI']));
    // The penilaian file with only inovasi is read: ya (no Sangat Baik at 69, which needs 110).
    expect(f.inovasi).toBe(true);
    // --explain shows the 360° row, the role and the conversion.
    const explain = (await runCli(['score', ws, '--explain', FAJAR])).stdout;
    expect(explain).toMatch(/2021 atasan 196801011990031001: 4 4 4 4 4 4 4 +\[data\/perilaku-2021\.csv:2\]/);
    expect(explain).toContain('atasan: 4 (1 penilai, bobot 60)');
    expect(explain).toContain('nilai 360° 4 → (4 − 1) / (5 − 1) × 100 = 75');
    expect(explain).toContain('nilai akhir = 60 % × 65 + 40 % × 75 = 69');
  });
});

describe('the example workspace under pp-30-2019', () => {
  it('an IKI fed by the survey reads the IKM nilai, and --explain says so; the 360° rows it does not read are ignored, said once', async () => {
    const ws = copyFixture(EXAMPLE);
    const config = join(ws, 'asn-kinerja.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('metode: permenpan-rb-6-2022', 'metode: pp-30-2019'));
    const { laporan, of } = await pp30(ws);
    // A disdukcapil employee's IKM indicator (sumber: skm) has the unit's IKM nilai as its realisation.
    const arif = of('197102021993021001');
    const iki = arif.hasil_kerja.flatMap((h) => h.iki).find((i) => i.id === 'disdukcapil.ikm-ktp-el')!;
    // The same IKM nilai 6/2022 reads for it (RULES.md §4.5), not a CSV row and not missing.
    const under6 = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'])).stdout) as Laporan62022;
    const same = under6.pegawai
      .find((p) => p.nip === '197102021993021001')!
      .hasil_kerja.flatMap((h) => h.indikator)
      .find((i) => i.id === 'disdukcapil.ikm-ktp-el')!;
    expect(iki.realisasi).not.toBeNull();
    expect(iki.realisasi).toBe(same.realisasi);
    expect(laporan.unit.length).toBeGreaterThan(0);
    const explain = (await runCli(['score', ws, '--explain', '197102021993021001'])).stdout;
    expect(explain).toContain(`realisasi = ${iki.realisasi} (nilai IKM dari survei, PermenPAN-RB 14/2017)`);
    // Without dengan_360 the 360° file enters nothing: every row ignored, none used, one finding.
    const perilaku = laporan.sumber.find((s) => s.jenis === 'perilaku')!;
    expect(perilaku.baris_dipakai).toBe(0);
    expect(perilaku.baris_diabaikan).toBe(perilaku.baris_dibaca);
    expect(laporan.temuan.filter((t) => t.kode === 'PERILAKU_DIABAIKAN')).toHaveLength(1);
    // The penilai's ratings are 6/2022's: ignored, said once.
    expect(laporan.temuan.filter((t) => t.kode === 'RATING_DIABAIKAN')).toHaveLength(1);
  });
});

describe('the legacy packs in every format', () => {
  it('table, CSV (pegawai, unit, tim), HTML and XLSX carry the same numbers as the JSON', async () => {
    const table = await runCli(['score', PP30]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Sangat Baik*');
    expect(table.stdout).toMatch(/197501012000031001 │ Dedi Kurniawan +│ 120,00 │ 10,00 │ 130,00 │ 90,00 +│ 118,00 │/);
    expect(table.stdout).toContain('Rumus PermenPAN-RB 8/2021 untuk JPT, dipakai untuk semua jabatan');
    // The tables and their legend fit 100 columns (the findings below them wrap as the terminal does).
    for (const line of table.stdout.split('\n').filter((l) => /^[┌│└]/.test(l) || !l.startsWith(' ')))
      if (!/^Temuan|^ {2}/.test(line)) expect([...line].length).toBeLessThanOrEqual(100);

    const csv = await runCli(['score', PP46, '--format', 'csv']);
    const [head, ...rows] = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(head!.split(';').slice(0, 8)).toEqual([
      'nip',
      'nama',
      'unit',
      'nilai_skp',
      'nilai_perilaku',
      'nilai_akhir',
      'predikat',
      'alasan',
    ]);
    expect(
      rows
        .find((r) => r.includes(ANDI))!
        .split(';')
        .slice(3, 7),
    ).toEqual(['92,53', '85', '89,52', 'Baik']);
    const units = await runCli(['score', PP46, '--format', 'csv', '--tabel', 'unit']);
    expect(units.stdout).toContain('Sangat Baik;Baik;Cukup;Kurang;Buruk;tidak_dinilai;rata_rata_nilai_akhir');
    expect(units.stdout).toContain('arsip;Bagian Arsip;setda;2;0;1;1;0;0;0;81,39');
    const tim = await runCli(['score', PP46, '--format', 'csv', '--tabel', 'tim']);
    expect(tim.stdout).toContain('tim-arsip;Tim Penataan Arsip;2;0;1;1;0;0;0;81,39');

    const html = await runCli(['score', PP46, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('89,52');
    expect(html.stdout).toContain('kurva distribusi tidak berlaku');
    // Each employee's kegiatan folded in its row: Andi's two, each aspect with target, realisation, nilai.
    expect(html.stdout).toContain('<details><summary>2 kegiatan</summary>');
    expect(html.stdout).toContain('k1 — Menata arsip inaktif');
    expect(html.stdout).toMatch(/<td>waktu<\/td><td class="n">12,00<\/td><td class="n">10,00<\/td><td class="n">92,67<\/td>/);
    expect(html.stdout).not.toContain('<script src');

    const dir = makeTempDir('legacy-xlsx');
    const out = join(dir, 'skor.xlsx');
    expect((await runCli(['score', PP46, '--output', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['pegawai', 'kegiatan', 'unit', 'tim', 'temuan', 'sumber']);
    const ws = wb.getWorksheet('pegawai')!;
    const head2 = (ws.getRow(1).values as unknown[]).slice(1);
    const andi = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === ANDI)!;
    expect(andi.getCell(head2.indexOf('Nilai akhir') + 1).value).toBe(89.52);
    // One row per aspect of each kegiatan: Andi 4 + 3, Budi 3, Citra 3 + 3.
    expect(wb.getWorksheet('kegiatan')!.rowCount - 1).toBe(16);
  });

  it('--explain shows every step with the formula, each row with its file:line', async () => {
    const r = await runCli(['score', PP46, '--explain', ANDI]);
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text).toContain('Kegiatan k1: Menata arsip inaktif');
    expect(text).toContain('waktu (k1-waktu): (1.76 × 12 − 10) / 12 × 100 (efisiensi 16.67 % ≤ 24) = 92.67');
    expect(text).toContain('waktu (k2-waktu): 76 − ((1.76 × 12 − 8) / 12 × 100 − 100) (efisiensi 33.33 % > 24) = 66.67');
    expect(text).toMatch(/2021-TW1: 25 +\[data\/realisasi-2021\.csv:2\]/);
    expect(text).toContain('tugas tambahan: 4 RHK dengan realisasi → 2');
    expect(text).toContain('Nilai SKP = (92.17 + 88.89) / 2 + 2 = 92.53');
    expect(text).toContain('nilai akhir = 60 % × 92.53 + 40 % × 85 = 89.52');
    expect(text).toContain('predikat = Baik');
    const j = await runCli(['score', PP30, '--explain', DEDI, '--format', 'json', '--lang', 'en']);
    const jejak = (JSON.parse(j.stdout) as { metode: string; jejak: { teks: string }[] }).jejak.map((s) => s.teks);
    expect(jejak).toContain('IKI d-temuan: target 100, realisation 100, capaian 100 % → maximum target met → 120 (8/2021 huruf i) = 120');
    expect(jejak).toContain('Nilai KT = 120 × 5 % + 109 × 5 % = 10 (capped at 10)');
    expect(jejak.some((t) => t.startsWith('predikat = Sangat Baik') && t.includes('inovasi yes'))).toBe(true);
  });

  it('the Dokumen is refused under a legacy pack with a clear message, exit 2', async () => {
    const dir = makeTempDir('legacy-dokumen');
    const r = await runCli(['dokumen', PP46, '--output', join(dir, 'd.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Dokumen Evaluasi Kinerja Pegawai adalah format PermenPAN-RB 6/2022; metode pp-46-2011');
  });
});
