/**
 * Every score format (src/report/score/) on one small, hand-made workspace:
 * test/fixtures/engine/kecil (config tahun 2026, units induk ⊃ bidang, three SKPs, realisasi,
 * perilaku, penilaian, kompetensi and SKM CSVs, one team). Each expected figure is derived by hand
 * below from RULES.md and the fixture's rows; the formats must all carry the same rounded numbers.
 *
 * Kepala 197805122003121002 (PNS, unit induk, no jenjang):
 *   layanan-tepat-waktu (rata-rata, maksimal, target 90): TW1 99, TW2 90, TW3 93,5, TW4 95,5
 *   → (99 + 90 + 93.5 + 95.5) / 4 = 94.5 → 94.5 × 100 / 90 = 105 > 100 → Di Atas (§2.3, §2.4).
 *   No 360° rows (PERILAKU_TANPA_ATASAN); penilaian.csv gives rating_perilaku `sesuai` → Sesuai
 *   (sumber penilai, §2.6). Di Atas × Sesuai = Baik (§2.7). JP 12 < 20 → JP_KURANG (§3.3).
 * Staf 199104152015032001 (PNS, unit bidang, ahli-pertama):
 *   dokumen-perencanaan (jumlah, target 4): 1 + 1 + 1 + 2 = 5 over 12 months → 125 → capped 120.
 *   laporan-tepat-waktu (terakhir, minimal, 3–5): last row TW4 = 6 > 5 → (2 − 6/5) × 100 = 80;
 *   rows cover TW2 and TW4 only → bulan_tercakup 6, CAKUPAN_SEBAGIAN.
 *   RHK = (120 + 80) / 2 = 100 → capaian hasil kerja 100 → Sesuai (Di Atas needs > 100).
 *   atasan: S1 all 4 → 4; S2 4,4,4,4,5,5,5 → 31/7; rater = (4 + 31/7) / 2 = 59/14 ≈ 4.2143.
 *   rekan (the PPPK): 3,3,3,3,3,3,4 → 22/7 ≈ 3.1429.
 *   nilai = (60 × 59/14 + 20 × 22/7) / 80 = 3.946… → 3.95 ≥ 3.5 → Di Atas. Sesuai × Di Atas = Baik.
 *   angka kredit = 100 % × 12.5 × 12/12 = 12.5 (§2.8). JP 24.
 * PPPK 199203102021212001 (unit bidang):
 *   layanan-tepat-waktu (target 95): TW1 80, TW2 82 → 81 (not pro-rated: rata-rata) →
 *   81 × 100 / 95 = 85.263… → 85.26 < 90 → Di Bawah; atasan all 3 → 3 → Sesuai →
 *   Butuh Perbaikan. JP 8, no JP_KURANG (PPPK).
 * Units (§3): bidang = staf + PPPK: mean (100 + 85.263…) / 2 = 92.63; kepatuhan_jp: PNS staf
 *   meets 20 → 100. induk = all three: (105 + 100 + 85.263…) / 3 = 96.75; PNS kepala (12) and
 *   staf (24) → 50; predikat_organisasi Baik but 3 < 5 employees → PEGAWAI_KURANG.
 * Team tim-mutu: the three above (= induk's figures) + one NIP without an SKP → TIM_ANGGOTA_TANPA_SKP.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { explainEmployee, scoreWorkspace, type ScoreResult } from '../../src/engine/score.js';
import { buildScoreReport, formatExplainJson, formatExplainText, SCORE_FORMATS, type TabelCsv } from '../../src/report/score/index.js';
import { checkOutput } from '../../src/schema/check-output.js';
import { ROOT, type Laporan62022 } from '../helpers.js';
import { options, text } from './format-helpers.js';

const KEPALA = '197805122003121002';
const STAF = '199104152015032001';
const PPPK = '199203102021212001';
const TANPA_SKP = '199501012019031005';
const METODE = 'permenpan-rb-6-2022 1.0.0';
const BOM = '\ufeff';

let cached: Promise<ScoreResult> | undefined;
function scored(): Promise<ScoreResult> {
  cached ??= scoreWorkspace({ cwd: ROOT, workspace: 'test/fixtures/engine/kecil' }).then((r) => {
    if (!r.ok) throw new Error('config refused');
    return r;
  });
  return cached;
}
const report = async () => buildScoreReport(await scored(), 'id');
type Entry = Laporan62022['pegawai'][number];
interface ExplainJson {
  versi_format: number;
  nip: string;
  periode: string;
  metode: string;
  versi_metode: string;
  jejak: { tingkat: number; teks: string; sumber?: string }[];
}

describe('score json', () => {
  it('passes its schema and carries the hand-derived numbers, rounded to 2 decimals', async () => {
    const json = JSON.parse(await text(SCORE_FORMATS.json(await report()))) as Laporan62022;
    expect(checkOutput('laporan-skor', json)).toEqual([]);
    expect(json).toMatchObject({ versi_format: 1, metode: 'permenpan-rb-6-2022', versi_metode: '1.0.0', periode: '2026' });
    // 3 SKPs, all with a predikat; findings: 7 peringatan (2 CAKUPAN_SEBAGIAN, JP_KURANG,
    // PERILAKU_TANPA_ATASAN, TIM_ANGGOTA_TANPA_SKP, 2 SKM_SAMPEL_KURANG), 5 info (CSV_FORMAT per CSV).
    expect(json.ringkasan).toEqual({ pegawai: 3, dinilai: 3, error: 0, peringatan: 7, info: 5 });
    // Sorted by unit id (bidang < induk) then NIP.
    expect(json.pegawai.map((p) => p.nip)).toEqual([STAF, PPPK, KEPALA]);
    const [staf, pppk, kepala] = json.pegawai as [Entry, Entry, Entry];
    expect(staf).toMatchObject({
      unit: 'bidang',
      capaian_hasil_kerja: 100,
      rating_hasil_kerja: 'Sesuai Ekspektasi',
      nilai_perilaku: 3.95,
      rating_perilaku: 'Di Atas Ekspektasi',
      sumber_rating: { hasil_kerja: 'dihitung', perilaku: 'dihitung' },
      predikat: 'Baik',
      angka_kredit: 12.5,
      jp_kompetensi: 24,
      tindak_lanjut: { kode: 'pertahankan', rhk: 'rhk-1' },
    });
    expect(staf.hasil_kerja[0]!.indikator).toEqual([
      { id: 'dokumen-perencanaan', target: 4, realisasi: 5, capaian: 120, bulan_tercakup: 12 },
      { id: 'laporan-tepat-waktu', target: { min: 3, maks: 5 }, realisasi: 6, capaian: 80, bulan_tercakup: 6 },
    ]);
    expect(pppk).toMatchObject({
      capaian_hasil_kerja: 85.26,
      rating_hasil_kerja: 'Di Bawah Ekspektasi',
      nilai_perilaku: 3,
      rating_perilaku: 'Sesuai Ekspektasi',
      predikat: 'Butuh Perbaikan',
      angka_kredit: null,
      jp_kompetensi: 8,
      tindak_lanjut: { kode: 'pengembangan_kinerja', rhk: 'rhk-1' },
    });
    expect(pppk.hasil_kerja[0]!.indikator[0]).toEqual({
      id: 'layanan-tepat-waktu',
      target: 95,
      realisasi: 81,
      capaian: 85.26,
      bulan_tercakup: 6,
    });
    expect(kepala).toMatchObject({
      capaian_hasil_kerja: 105,
      rating_hasil_kerja: 'Di Atas Ekspektasi',
      nilai_perilaku: null,
      rating_perilaku: 'Sesuai Ekspektasi',
      rating_perilaku_dihitung: null,
      sumber_rating: { hasil_kerja: 'dihitung', perilaku: 'penilai' },
      predikat: 'Baik',
      jp_kompetensi: 12,
    });
    // 93,5 and 95,5 were read with the decimal comma of a `;` file.
    expect(kepala.hasil_kerja[0]!.indikator[0]).toMatchObject({ realisasi: 94.5, capaian: 105 });
    expect(kepala.temuan.map((f) => f.kode)).toEqual(['JP_KURANG', 'PERILAKU_TANPA_ATASAN']);
    expect(kepala.temuan[0]!.args).toEqual({ jp: 12, minimal: 20 });

    expect(json.unit.map((u) => [u.id, u.jumlah_pegawai, u.rata_rata_capaian, u.kepatuhan_jp])).toEqual([
      ['bidang', 2, 92.63, 100],
      ['induk', 3, 96.75, 50],
    ]);
    expect(json.unit[1]!.kurva).toMatchObject({ diperiksa: false, alasan: 'PEGAWAI_KURANG', sesuai: null });
    // Unit IKM (RULES.md §4): bidang pools rows all-4 and all-3 → NRR 3.5 each → ikm 3.5, nilai 87.5, B.
    // induk adds 4,3,4,3,4,3,4,3,2 → Σ NRR = 4 × 11/3 + 4 × 10/3 + 3 = 31 → ikm 31/9 = 3.4444,
    // nilai 775/9 = 86.11, B. Krejcie–Morgan: bidang N = 10 → 10; induk N = 20 + 10 = 30 → 28.
    expect(json.unit[0]!.ikm).toMatchObject({ ikm: 3.5, nilai: 87.5, mutu: 'B', responden: 2, sampel_minimal: 10, sampel_cukup: false });
    expect(json.unit[1]!.ikm).toMatchObject({
      ikm: 3.4444,
      nilai: 86.11,
      mutu: 'B',
      responden: 3,
      sampel_minimal: 28,
      sampel_cukup: false,
    });
    expect(json.tim).toEqual([
      {
        id: 'tim-mutu',
        nama: 'Tim Mutu Layanan',
        jumlah_pegawai: 3,
        distribusi: { 'Sangat Baik': 0, Baik: 2, 'Butuh Perbaikan': 1, 'Kurang/Misconduct': 0, 'Sangat Kurang': 0, tidak_dinilai: 0 },
        rata_rata_capaian: 96.75,
        kepatuhan_jp: 50,
      },
    ]);
    const tim = json.temuan.find((f) => f.kode === 'TIM_ANGGOTA_TANPA_SKP');
    expect(tim).toMatchObject({
      tingkat: 'peringatan',
      path: 'tim-kerja.yaml',
      baris: 3,
      nip: TANPA_SKP,
      args: { tim: 'tim-mutu', nip: TANPA_SKP },
    });
    // Sources are listed by workspace-relative path with their row accounting.
    expect(json.sumber.map((s) => [s.path, s.baris_dibaca, s.baris_dipakai])).toEqual([
      ['data/kompetensi.csv', 3, 3],
      ['data/penilaian.csv', 1, 1],
      ['data/perilaku.csv', 4, 4],
      ['data/realisasi.csv', 12, 12],
      ['data/skm.csv', 3, 3],
    ]);
  });
});

describe('score csv', () => {
  const csv = async (tabel: TabelCsv, delimiter: ';' | ',' = ';') =>
    await text(SCORE_FORMATS.csv(await report(), { ...options({ delimiter }), tabel }));
  const records = (s: string, delimiter: ';' | ','): string[][] =>
    parse(s, { bom: true, delimiter, record_delimiter: '\r\n', relax_quotes: true });

  it('pegawai: the pack’s columns, NIP as ="…", decimal comma under `;`, periode and metode on every row', async () => {
    expect(await csv('pegawai')).toBe(
      BOM +
        [
          'nip;nama;unit;capaian_hasil_kerja;rating_hasil_kerja;rating_hasil_kerja_dihitung;sumber_rating_hasil_kerja;nilai_perilaku;rating_perilaku;rating_perilaku_dihitung;sumber_rating_perilaku;predikat;alasan;angka_kredit;jp_kompetensi;tindak_lanjut;cara_rating;rhk_di_atas;rhk_sesuai;rhk_di_bawah;masa_skp;periode;metode',
          `="${STAF}";Staf Perencana;bidang;100;Sesuai Ekspektasi;Sesuai Ekspektasi;dihitung;3,95;Di Atas Ekspektasi;Di Atas Ekspektasi;dihitung;Baik;;12,5;24;pertahankan;sebaran;0;1;0;;2026;${METODE}`,
          `="${PPPK}";Petugas Layanan;bidang;85,26;Di Bawah Ekspektasi;Di Bawah Ekspektasi;dihitung;3;Sesuai Ekspektasi;Sesuai Ekspektasi;dihitung;Butuh Perbaikan;;;8;pengembangan_kinerja;sebaran;0;0;1;;2026;${METODE}`,
          `="${KEPALA}";Kepala Kantor;induk;105;Di Atas Ekspektasi;Di Atas Ekspektasi;dihitung;;Sesuai Ekspektasi;;penilai;Baik;;;12;pertahankan;sebaran;1;0;0;;2026;${METODE}`,
        ]
          .map((l) => l + '\r\n')
          .join(''),
    );
  });

  it('pegawai under `,`: decimal point', async () => {
    const rows = records(await csv('pegawai', ','), ',');
    expect(rows[1]!.slice(0, 4)).toEqual([`="${STAF}"`, 'Staf Perencana', 'bidang', '100']);
    expect(rows[1]![7]).toBe('3.95');
    expect(rows[1]![13]).toBe('12.5');
    expect(rows[2]![3]).toBe('85.26');
    // Each has one utama RHK, so the spread is that RHK's own rating (RULES.md §2.4).
    expect(rows.every((r) => r.length === 23)).toBe(true);
  });

  it('unit: distribution columns, kurva flags, null as empty', async () => {
    expect(await csv('unit')).toBe(
      BOM +
        [
          'id;nama;induk;jumlah_pegawai;Sangat Baik;Baik;Butuh Perbaikan;Kurang/Misconduct;Sangat Kurang;tidak_dinilai;rata_rata_capaian;predikat_organisasi;kurva_diperiksa;kurva_sesuai;kepatuhan_jp;periode;metode',
          `bidang;Bidang Pelayanan;induk;2;0;1;1;0;0;0;92,63;;false;;100;2026;${METODE}`,
          `induk;Kantor Kecil;;3;0;2;1;0;0;0;96,75;Baik;false;;50;2026;${METODE}`,
        ]
          .map((l) => l + '\r\n')
          .join(''),
    );
  });

  it('tim', async () => {
    expect(await csv('tim', ',')).toBe(
      BOM +
        [
          'id,nama,jumlah_pegawai,Sangat Baik,Baik,Butuh Perbaikan,Kurang/Misconduct,Sangat Kurang,tidak_dinilai,rata_rata_capaian,kepatuhan_jp,periode,metode',
          `tim-mutu,Tim Mutu Layanan,3,0,2,1,0,0,0,96.75,50,2026,${METODE}`,
        ]
          .map((l) => l + '\r\n')
          .join(''),
    );
  });

  it('temuan: every finding (workspace ones, then each employee’s) with code, level, place and NIP as ="…"', async () => {
    const rows = records(await csv('temuan'), ';');
    // lembar and sel: a workbook's sheet and cell (empty for text files).
    expect(rows[0]).toEqual(['kode', 'tingkat', 'path', 'baris', 'kolom', 'lembar', 'sel', 'nip', 'pesan', 'periode', 'metode']);
    const body = rows.slice(1);
    expect(
      body.every((r) => r.length === 11 && r[9] === '2026' && r[10] === METODE && r[8]!.length > 0 && r[5] === '' && r[6] === ''),
    ).toBe(true);
    expect(body.map((r) => [r[0], r[1], r[2], r[3], r[7]])).toEqual([
      ['CSV_FORMAT', 'info', 'data/kompetensi.csv', '', ''],
      ['CSV_FORMAT', 'info', 'data/penilaian.csv', '', ''],
      ['CSV_FORMAT', 'info', 'data/perilaku.csv', '', ''],
      ['CSV_FORMAT', 'info', 'data/realisasi.csv', '', ''],
      ['CSV_FORMAT', 'info', 'data/skm.csv', '', ''],
      ['SKM_SAMPEL_KURANG', 'peringatan', 'data/skm.csv', '', ''],
      ['SKM_SAMPEL_KURANG', 'peringatan', 'data/skm.csv', '', ''],
      ['TIM_ANGGOTA_TANPA_SKP', 'peringatan', 'tim-kerja.yaml', '3', `="${TANPA_SKP}"`],
      // skp/staf.yaml line 20: the laporan-tepat-waktu indicator; skp/pppk.yaml line 17: its only indicator.
      ['CAKUPAN_SEBAGIAN', 'peringatan', 'skp/staf.yaml', '20', `="${STAF}"`],
      ['CAKUPAN_SEBAGIAN', 'peringatan', 'skp/pppk.yaml', '17', `="${PPPK}"`],
      ['JP_KURANG', 'peringatan', 'skp/kepala.yaml', '1', `="${KEPALA}"`],
      ['PERILAKU_TANPA_ATASAN', 'peringatan', 'skp/kepala.yaml', '1', `="${KEPALA}"`],
    ]);
  });
});

describe('score table', () => {
  it('shows each NIP with its predikat, per unit, with no ANSI escapes under PLAIN', async () => {
    const out = await text(SCORE_FORMATS.table(await report(), options()));
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\u001b\[/);
    const lineOf = (nip: string) => out.split('\n').find((l) => l.includes(nip)) ?? '';
    // Numbers as Indonesian writes them; * marks the rating the penilai set (penilaian.csv).
    expect(lineOf(STAF)).toMatch(/100,00.*Sesuai .*3,95.*Di Atas .*Baik/);
    expect(lineOf(PPPK)).toMatch(/85,26.*Di Bawah .*3,00.*Sesuai .*Butuh Perbaikan/);
    expect(lineOf(KEPALA)).toMatch(/105,00.*Di Atas .*–.*Sesuai\*.*Baik/);
    // bidang's table comes before induk's (units by id).
    expect(out.indexOf('bidang — Bidang Pelayanan')).toBeGreaterThan(-1);
    expect(out.indexOf('bidang — Bidang Pelayanan')).toBeLessThan(out.indexOf('induk — Kantor Kecil'));
    expect(out.indexOf(STAF)).toBeLessThan(out.indexOf('induk — Kantor Kecil'));
    expect(out.indexOf(KEPALA)).toBeGreaterThan(out.indexOf('induk — Kantor Kecil'));
    // The findings list carries the codes.
    for (const kode of ['TIM_ANGGOTA_TANPA_SKP', 'CAKUPAN_SEBAGIAN', 'JP_KURANG', 'SKM_SAMPEL_KURANG']) expect(out).toContain(kode);
    // The employee tables fit 100 columns (PRODUCT.md "Human output").
    const tableLines = out.split('\n').filter((l) => /^[┌│└]/.test(l));
    expect(tableLines.length).toBeGreaterThan(0);
    expect(Math.max(...tableLines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });

  it('quiet leaves out the info findings', async () => {
    const out = await text(SCORE_FORMATS.table(await report(), options({ quiet: true })));
    expect(out).not.toContain('CSV_FORMAT');
    expect(out).toContain('JP_KURANG');
  });
});

describe('score --explain', () => {
  it('records each realisasi and perilaku row with its file and line', async () => {
    const result = await scored();
    const e = explainEmployee(result, STAF);
    expect(e.pegawai.nip).toBe(STAF);
    const rows = e.langkah.filter((s) => s.langkah === 'baris_realisasi' || s.langkah === 'baris_perilaku');
    expect(rows.map((s) => ('asal' in s ? `${result.paths[s.asal.file]}:${s.asal.line}` : ''))).toEqual([
      // data/realisasi.csv: the header is line 1, staf's rows are lines 6–11.
      'data/realisasi.csv:6',
      'data/realisasi.csv:7',
      'data/realisasi.csv:8',
      'data/realisasi.csv:9',
      'data/realisasi.csv:10',
      'data/realisasi.csv:11',
      // data/perilaku.csv: staf's three rows are lines 2–4.
      'data/perilaku.csv:2',
      'data/perilaku.csv:3',
      'data/perilaku.csv:4',
    ]);
    const steps = e.langkah.map((s) => s.langkah);
    expect(steps[0]).toBe('pegawai');
    expect(steps.at(-2)).toBe('predikat');
    expect(steps.at(-1)).toBe('angka_kredit');
    const capaian = e.langkah.filter((s) => s.langkah === 'capaian');
    // 125 capped at 120; the range indicator 80 (§2.3).
    expect(capaian.map((s) => (s.langkah === 'capaian' ? [s.capaian, s.dibatasi] : null))).toEqual([
      [120, 'atas'],
      [80, null],
    ]);
    const predikat = e.langkah.find((s) => s.langkah === 'predikat');
    expect(predikat).toMatchObject({ predikat: 'Baik', hasilKerja: 'Sesuai Ekspektasi', perilaku: 'Di Atas Ekspektasi' });
  });

  it('json: a jejak whose row steps have `sumber` = file:line', async () => {
    const result = await scored();
    const json = JSON.parse(formatExplainJson(result, explainEmployee(result, STAF), 'id')) as ExplainJson;
    expect(json).toMatchObject({ versi_format: 1, nip: STAF, periode: '2026', metode: 'permenpan-rb-6-2022', versi_metode: '1.0.0' });
    expect(json.jejak.flatMap((s) => (s.sumber !== undefined ? [s.sumber] : []))).toEqual([
      'data/realisasi.csv:6',
      'data/realisasi.csv:7',
      'data/realisasi.csv:8',
      'data/realisasi.csv:9',
      'data/realisasi.csv:10',
      'data/realisasi.csv:11',
      'data/perilaku.csv:2',
      'data/perilaku.csv:3',
      'data/perilaku.csv:4',
    ]);
    expect(json.jejak.every((s) => Number.isInteger(s.tingkat) && s.teks.length > 0)).toBe(true);
  });

  it('text: one line per step, row steps ending in [file:line]', async () => {
    const result = await scored();
    const lines = formatExplainText(result, explainEmployee(result, STAF), 'id').trimEnd().split('\n');
    const e = explainEmployee(result, STAF);
    expect(lines).toHaveLength(e.langkah.length);
    const sources = lines.map((l) => /\[([^\]]+)\]$/.exec(l)?.[1]).filter((x) => x !== undefined);
    expect(sources).toEqual([
      'data/realisasi.csv:6',
      'data/realisasi.csv:7',
      'data/realisasi.csv:8',
      'data/realisasi.csv:9',
      'data/realisasi.csv:10',
      'data/realisasi.csv:11',
      'data/perilaku.csv:2',
      'data/perilaku.csv:3',
      'data/perilaku.csv:4',
    ]);
    expect(lines[0]).toContain(STAF);
  });

  it('the unit head: the penilaian row is the source of rating perilaku; no 360° row steps', async () => {
    const result = await scored();
    const e = explainEmployee(result, KEPALA);
    expect(e.langkah.filter((s) => s.langkah === 'baris_perilaku')).toEqual([]);
    expect(e.langkah.find((s) => s.langkah === 'rating_perilaku')).toMatchObject({ rating: 'Sesuai Ekspektasi', sumber: 'penilai' });
    // Rows 2–5 of data/realisasi.csv.
    expect(e.langkah.flatMap((s) => (s.langkah === 'baris_realisasi' ? [`${result.paths[s.asal.file]}:${s.asal.line}`] : []))).toEqual([
      'data/realisasi.csv:2',
      'data/realisasi.csv:3',
      'data/realisasi.csv:4',
      'data/realisasi.csv:5',
    ]);
  });
});
