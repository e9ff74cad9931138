import { describe, expect, it } from 'vitest';
import { TINGKAT_KODE, type FindingArgs, type Kode, type SkemaArgs } from '../../src/core/findings.js';
import { MESSAGES, renderFinding, type Lang } from '../../src/i18n/messages.js';

const NIP = '198703152010012003';
const RATINGS = ['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'] as const;

/** One realistic set of args per code; typed, so it keeps step with FindingArgs. */
const SAMPLE: FindingArgs = {
  YAML_SINTAKS: { pesan_parser: 'Nested mappings are not allowed in compact mappings', kode_parser: 'BLOCK_AS_IMPLICIT_KEY', lainnya: 2 },
  KUNCI_GANDA: { kunci: 'tahun' },
  YAML_ALIAS: { batas: 10_000 },
  YAML_TERLALU_DALAM: { batas: 64 },
  DOKUMEN_GANDA: { jumlah: 2 },
  TANPA_KIND: {},
  KIND_HURUF: { kunci: 'Kind' },
  KIND_TIDAK_DIKENAL: { kind: 'skpp', dikenal: ['konfigurasi', 'unit-kerja', 'tim-kerja', 'katalog-indikator', 'skp'] },
  FILE_TERLALU_BESAR: { ukuran: 20_000_000, batas: 10_000_000 },
  YAML_TERLALU_BESAR: { ukuran: 75_000_000, batas: 10_485_760 },
  FILE_BINER: {},
  FILE_ENCODING: {},
  FILE_ENCODING_CAMPUR: {},
  FILE_TIDAK_TERBACA: { sebab: 'EACCES' },
  TAUTAN_SIMBOLIK: { sebab: 'di_luar', tujuan: '/etc/hostname' },
  XLSX_SIMPAN_CSV: { format: 'xls' },
  XLSX_RUSAK: { sebab: 'terenkripsi', detail: 'OLE2 compound file' },
  XLSX_BERKAS_KUNCI: {},
  XLSX_LEMBAR: { jenis: 'realisasi', baris_header: 4, sampai: 5 },
  LEMBAR_DILEWATI: { header: 'Petunjuk pengisian', tersembunyi: false, baris_dicari: 20 },
  LEMBAR_TERSEMBUNYI: { jenis: 'perilaku' },
  SEL_GABUNG: { jumlah: 3, contoh: ['A5:A8', 'B5:B8'] },
  RUMUS_TANPA_NILAI: { kolom: 'realisasi' },
  SEL_GALAT: { nilai: '#DIV/0!', kolom: 'realisasi' },
  NIP_ANGKA_EXCEL: { nilai: '198703152010012000', kolom: 'nip', mirip: '198703152010012003' },
  SKEMA: { keyword: 'required', kunci: 'tahun' },
  KONFIGURASI_BUKAN_AKAR: { akar: '.' },
  KONFIGURASI_AMBANG: { bagian: 'hasil_kerja', sesuai: 110, di_atas: 100 },
  KONFIGURASI_SKALA: { min: 5, maks: 1 },
  KONFIGURASI_AMBANG_SKALA: { kunci: 'di_atas', nilai: 7, min: 1, maks: 5 },
  KONFIGURASI_BOBOT_PERAN: {},
  KONFIGURASI_BATAS_CAPAIAN: { batas_capaian: 100, di_atas: 110 },
  UNIT_GANDA: { id: 'bkpsdm', path_pertama: 'unit-kerja.yaml', jalur_pertama: '/unit/0/id' },
  INDUK_TIDAK_DIKENAL: { id: 'bidang-1', induk: 'bkpsd', saran: 'bkpsdm' },
  UNIT_SIKLUS: { id: 'a', siklus: ['a', 'b', 'a'] },
  TIM_GANDA: { id: 'tim-1', path_pertama: 'tim.yaml', jalur_pertama: '/tim/0/id' },
  TIM_ANGGOTA_GANDA: { id: 'tim-1', nip: NIP },
  KATALOG_GANDA: { id: 'IKU-1', path_pertama: 'katalog.yaml', jalur_pertama: '/indikator/0/id' },
  SKM_LINGKUP_WAJIB: {},
  SKM_LAYANAN_WAJIB: {},
  SKM_KONSOLIDASI: {},
  SKP_GANDA: { nip: NIP, tahun: 2026, path_lain: ['skp/b.yaml'], masa: '2026-01..2026-06' },
  MASA_DI_LUAR_TAHUN: { bulan: '2025-12', tahun: 2026 },
  MASA_TERBALIK: { mulai: '2026-07', selesai: '2026-03' },
  UNIT_TIDAK_DIKENAL: { unit: 'bkpsd', saran: null },
  PENILAI_DIRI: { nip: NIP },
  GOLONGAN_TIDAK_BAKU: { golongan: 'III B', saran: 'III/b' },
  PENILAI_TIDAK_ADA: {},
  INTERVENSI_WAJIB: { rhk: 'rhk-1', path_penilai: 'skp/kepala.yaml', rhk_penilai: ['k-1', 'k-2'] },
  INTERVENSI_TIDAK_DIKENAL: { intervensi: 'k-9', path_penilai: 'skp/kepala.yaml', rhk_penilai: ['k-1', 'k-2'] },
  RHK_GANDA: { id: 'rhk-1', jalur_pertama: '/hasil_kerja/0/id' },
  RHK_TANPA_URAIAN: { rhk: 'rhk-1' },
  REF_TIDAK_DIKENAL: { ref: 'IKU-9', saran: 'IKU-1' },
  INDIKATOR_TIDAK_LENGKAP: { kurang: ['satuan', 'aspek'] },
  INDIKATOR_GANDA: { kunci: 'IKU-1', jalur_pertama: '/hasil_kerja/0/indikator/0' },
  INDIKATOR_BENTROK_KATALOG: { id: 'IKU-1' },
  BOBOT_SEBAGIAN: { tanpa_bobot: ['rhk-2'], dengan_bobot: ['rhk-1', 'rhk-3'] },
  BOBOT_TOTAL: { jumlah: 90 },
  BOBOT_TAMBAHAN: { rhk: 'rhk-4' },
  KT_TANPA_BOBOT: { rhk: 'rhk-t1' },
  KEGIATAN_TIDAK_DINILAI: { rhk: 'rhk-1', sebab: 'TANPA_REALISASI' },
  NILAI_AKHIR_TIDAK_DINILAI: { alasan: ['NILAI_PERILAKU_TIDAK_ADA'] },
  KUALITATIF_DIABAIKAN: {},
  PP46_TARGET: { rhk: 'rhk-1', indikator: 'waktu-1', aspek: 'waktu', rentang: false },
  ANGKA_TIDAK_TERHINGGA: { nilai: '1e400' },
  PP46_ASPEK: { rhk: 'rhk-1', kuantitas: 2, kualitas: 0, waktu: 1, biaya: 0, waktu_bukan_bulan: true },
  TARGET_WAJIB: { kunci: 'IKU-1' },
  TARGET_NOL: {},
  TARGET_RENTANG: { min: 10, maks: 5 },
  TARGET_PERIODE_KUNCI: { kunci: '2025-TW1', tahun: 2026, sah: true },
  NIP_FORMAT: { nilai: '19870315', panjang: 8, hanya_angka: true },
  NIP_NOTASI_ILMIAH: { nilai: '1,98703E+17', kolom: 'nip' },
  NIP_TANPA_KUTIP: { nilai: '198703152010012003' },
  NIP_TERPOTONG: { nilai: '198703152010012000', mirip: NIP },
  NIP_TANGGAL_LAHIR: { nilai: '19871315' },
  NIP_TMT: { nilai: '201013' },
  NIP_JENIS_KELAMIN: { nilai: '3' },
  NIP_PPPK_KONTRAK: { nilai: '0' },
  NIP_TMT_MUDA: { lahir: '19870315', tmt: '200001' },
  NIP_TMT_SETELAH_PERIODE: { tmt: '202701', tahun: 2026 },
  CSV_FORMAT: { encoding: 'windows-1252', pemisah: ';', desimal: 'koma', sumber_desimal: 'opsi' },
  CSV_KELUARAN_ALAT: { kolom: ['predikat', 'metode'] },
  CSV_TIDAK_DIKENALI: {
    alasan: 'several',
    kandidat: ['realisasi', 'kompetensi'],
    diharapkan: ['realisasi: nip;periode;indikator;realisasi'],
    header: 'nip;periode',
  },
  CSV_HEADER_GANDA: { kolom: ['nip'] },
  CSV_KOLOM_DIABAIKAN: { kolom: ['catatan'] },
  CSV_SINTAKS: { sampai: 12, detail: 'Invalid Closing Quote', kode_parser: 'CSV_INVALID_CLOSING_QUOTE' },
  BARIS_KOLOM: { jumlah: 5, diharapkan: 4 },
  BARIS_KOSONG: { jumlah: 3 },
  BARIS_DI_LUAR_PERIODE: { jumlah: 12, periode: '2026-TW1' },
  BARIS_SKP_TIDAK_VALID: { jumlah: 4 },
  BARIS_DI_LUAR_MASA: { jumlah: 2, periode: '2026-02' },
  KOLOM_KOSONG: { kolom: 'realisasi' },
  PERIODE_TIDAK_VALID: { nilai: '2026-TW5' },
  PERIODE_DIUBAH_EXCEL: { nilai: '01/01/2026' },
  TANGGAL_TIDAK_VALID: { nilai: '2026-02-30' },
  TANGGAL_BULAN_KEDUA: { nilai: '03/15/2026' },
  TANGGAL_MUNGKIN_BULAN_DULU: { jumlah: 12, contoh: '3/4/2026', bukti: '3/15/2026', baris_bukti: 9 },
  NILAI_BUKAN_ANGKA: { nilai: '87 %x', kolom: 'realisasi' },
  NILAI_NEGATIF: { nilai: '-1' },
  NILAI_AMBIGU: { nilai: '1.234', koma: 1.234, titik: 1234, dipakai: 'koma' },
  DESIMAL_CAMPUR: { koma: 10, titik: 2, dipakai: 'koma' },
  NILAI_MUNGKIN_PECAHAN: { indikator: 'IKU-1', maks: 0.97 },
  REALISASI_KOSONG: { indikator: 'IKU-1' },
  REALISASI_SUMBER_SKM: { indikator: 'IKM-1' },
  PERAN_TIDAK_VALID: { nilai: 'teman' },
  PERILAKU_DI_LUAR_SKALA: { nilai: '6', min: 1, maks: 5 },
  PERILAKU_KOSONG: {},
  PERILAKU_DIRI_NIP: { nip: NIP, penilai_nip: '198001012005011001' },
  PERILAKU_PENILAI_DIRI: { peran: 'rekan' },
  RATING_TIDAK_VALID: { nilai: 'Baik Sekali', label: RATINGS },
  RATING_PREDIKAT: { nilai: 'Sangat Baik', label: RATINGS },
  INOVASI_TIDAK_VALID: { nilai: 'mungkin' },
  PENILAIAN_KOSONG: {},
  NILAI_PERILAKU_DIABAIKAN: { jumlah: 3 },
  INOVASI_DIABAIKAN: { jumlah: 2 },
  RATING_DIABAIKAN: { jumlah: 3 },
  PERILAKU_DIABAIKAN: { jumlah: 4 },
  PENILAIAN_GANDA: { kolom: 'rating_perilaku', path_pertama: 'penilaian.csv', baris_pertama: 3 },
  PENILAIAN_BERTENTANGAN: { kolom: 'rating_hasil_kerja', jumlah: 2, path_lain: 'penilaian.csv', baris_lain: 3 },
  SKM_JAWABAN_TIDAK_VALID: { nilai: '5', unsur: 'u3' },
  SKM_KOSONG: {},
  SKM_UNIT_TIDAK_DIKENAL: { unit: 'Sekretariat', id: 'sekretariat' },
  SKM_TANPA_PERIODE: {},
  SKM_PERIODE_TIDAK_COCOK: { tanggal: '2026-04-02', periode: '2026-TW1' },
  JP_TIDAK_VALID: { nilai: '0' },
  JENIS_KOMPETENSI_TIDAK_VALID: { nilai: '5' },
  NILAI_KOMA_TERPISAH: { nilai: '10,5', kolom: 'realisasi', kolom_berikut: 'catatan', dibaca: 10, atau: 10.5 },
  BARIS_TUMPANG_TINDIH: { kunci: `${NIP} IKU-1`, periode: '2026-01', path_pertama: 'realisasi.csv', baris_pertama: 2 },
  BARIS_BERTENTANGAN: { kunci: `${NIP} IKU-1`, periode: '2026-TW1', jumlah: 3, path_lain: 'realisasi.csv', baris_lain: 2 },
  NIP_TANPA_SKP: { nip: NIP, tahun: 2026, saran: null },
  INDIKATOR_TIDAK_DI_SKP: { indikator: 'IKU-9', nip: NIP, tahun: 2026, saran: 'IKU-1' },
  REALISASI_LINTAS_SKP: { periode: '2026-TW2', masa: ['2026-01..2026-05', '2026-06..2026-12'], path: ['skp/a-1.yaml', 'skp/a-2.yaml'] },
  REALISASI_DI_LUAR_MASA: { periode: '2026-TW1', masa: ['2026-05..2026-12'] },
  PENILAI_TANPA_SKP: { penilai_nip: '198001012005011001' },
  ATASAN_BUKAN_PENILAI: { penilai_nip: '198001012005011001', penilai_skp: '197501012000011001' },
  SKP_TIDAK_VALID: {},
  SKP_DI_LUAR_PERIODE: { masa: '2026-07..2026-12', periode: '2026-TW1' },
  INDIKATOR_TANPA_REALISASI: { indikator: 'IKU-1', periode: '2026' },
  CAKUPAN_SEBAGIAN: { indikator: 'IKU-1', bulan_tercakup: 6, bulan_periode: 12, bulan_kosong: [7, 8, 9, 10, 11, 12] },
  TARGET_PERIODE_SUB: { kunci: ['2026-TW1', '2026-TW2'], periode: '2026-S1' },
  TOLERANSI_NOL: { indikator: 'IKU-2', capaian: 100 },
  CAPAIAN_TIDAK_TERHITUNG: { sebab: 'TANPA_REALISASI' },
  CAPAIAN_DATA_SEBAGIAN: { bobot_ada: 40, bobot_total: 100 },
  PERAN_PENILAI_KURANG: { peran: 'bawahan', penilai: 1, minimal: 2 },
  PERILAKU_TANPA_ATASAN: {},
  PERILAKU_PERIODE_LEBIH_PANJANG: { periode: '2026-TW1', contoh: '2026-S1', jumlah: 92 },
  KUALITATIF_TANPA_RATING: {},
  RATING_PERLU_PENILAI: { rhk: ['rhk-2'], di_bawah: 1, jumlah: 2 },
  RATING_BERBEDA: {
    rating: 'hasil_kerja',
    sumber: 'penilai',
    dipakai: 'Sesuai Ekspektasi',
    sumber_lain: 'dihitung',
    lain: 'Di Atas Ekspektasi',
  },
  PREDIKAT_TIDAK_DINILAI: { alasan: ['HASIL_KERJA_TIDAK_DINILAI', 'PERILAKU_TIDAK_DINILAI'] },
  PIMPINAN_GANDA: { nip: NIP, unit: ['bkpsdm', 'bidang-1'], dipakai: 'bkpsdm' },
  KURVA_TIDAK_SESUAI: { unit: 'bkpsdm', predikat_organisasi: 'Baik', aturan: 'maksimal', predikat: ['Sangat Baik'], jumlah: 3, batas: 1 },
  KURVA_TIDAK_MUNGKIN: { unit: 'bkpsdm', jumlah: 2 },
  JP_KURANG: { jp: 12, minimal: 20 },
  TIM_ANGGOTA_TANPA_SKP: { tim: 'tim-1', nip: NIP },
  SKM_UNSUR_KOSONG: { kunci: 'bkpsdm', unsur: 'U4 Biaya/Tarif' },
  SKM_TANPA_KELOMPOK: { jumlah: 7, kolom: 'layanan' },
  SKM_POPULASI_SEBAGIAN: { unit: 'bkpsdm' },
  SKM_SAMPEL_KURANG: { kunci: 'bkpsdm', responden: 40, sampel_minimal: 100 },
  TEMUAN_DIRINGKAS: { kode_temuan: 'NILAI_BUKAN_ANGKA', jumlah: 5 },
};

/** SKEMA has one message per JSON Schema keyword. */
const SKEMA: SkemaArgs[] = [
  { keyword: 'required', kunci: 'tahun' },
  { keyword: 'additionalProperties', kunci: 'tahunn', diizinkan: ['kind', 'tahun'] },
  { keyword: 'enum', diizinkan: ['utama', 'tambahan'], nilai: 'inti' },
  { keyword: 'const', diizinkan: ['skp'], nilai: 'spk' },
  { keyword: 'type', tipe: ['number'], nilai: 'seratus' },
  { keyword: 'minimum', batas: 0, nilai: '-1' },
  { keyword: 'maximum', batas: 100, nilai: '101' },
  { keyword: 'exclusiveMinimum', batas: 0, nilai: '0' },
  { keyword: 'exclusiveMaximum', batas: 100, nilai: '100' },
  { keyword: 'minLength', batas: 1 },
  { keyword: 'minItems', batas: 1 },
  { keyword: 'pattern', pola: '^\\d{4}$', nilai: '26' },
  { keyword: 'minProperties', pesan_ajv: 'must NOT have fewer than 1 properties' },
];

const LANGS: Lang[] = ['id', 'en'];
const KODES = Object.keys(TINGKAT_KODE) as Kode[];

const render = <K extends Kode>(lang: Lang, kode: K, args: FindingArgs[K]) => {
  const m = MESSAGES[lang][kode];
  return { pesan: m.pesan(args), perbaikan: m.perbaikan(args) };
};

describe('message catalogues', () => {
  it('id and en each cover exactly the finding codes', () => {
    for (const lang of LANGS) expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...KODES].sort());
  });

  it.each(LANGS)('%s renders every code with its sample args: a sentence and a fix', (lang) => {
    for (const kode of KODES) {
      const { pesan, perbaikan } = render(lang, kode, SAMPLE[kode]);
      for (const text of [pesan, perbaikan]) {
        expect(text.trim(), kode).not.toBe('');
        expect(text, kode).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    }
  });

  it.each(LANGS)('%s renders SKEMA for every keyword, each differently', (lang) => {
    const texts = SKEMA.map((a) => render(lang, 'SKEMA', a).pesan);
    for (const t of texts) expect(t).not.toMatch(/undefined|''|\[object Object\]/);
    expect(new Set(texts).size).toBe(SKEMA.length);
  });

  it('renderFinding renders a finding at rest the same as its typed message', () => {
    for (const lang of LANGS)
      for (const kode of KODES) expect(renderFinding(kode, SAMPLE[kode], lang)).toEqual(render(lang, kode, SAMPLE[kode]));
  });

  it('fills the args in where the message says, in each language', () => {
    expect(render('id', 'NIP_TERPOTONG', SAMPLE.NIP_TERPOTONG).pesan).toContain(`Mungkin NIP ${NIP}.`);
    expect(render('en', 'NIP_TERPOTONG', SAMPLE.NIP_TERPOTONG).pesan).toContain(`Probably NIP ${NIP}.`);
    expect(render('id', 'NIP_TERPOTONG', { nilai: '198703152010012000', mirip: null }).pesan).not.toContain('Mungkin');
    expect(render('id', 'RATING_TIDAK_VALID', SAMPLE.RATING_TIDAK_VALID).perbaikan).toBe(
      'Gunakan Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi.',
    );
    expect(render('en', 'PREDIKAT_TIDAK_DINILAI', SAMPLE.PREDIKAT_TIDAK_DINILAI).pesan).toBe(
      'No predikat: no rating hasil kerja, no rating perilaku.',
    );
    expect(render('en', 'UNIT_SIKLUS', SAMPLE.UNIT_SIKLUS).pesan).toBe("The parent of unit 'a' forms a cycle: a → b → a.");
    expect(render('en', 'UNIT_SIKLUS', { id: 'u0', siklus: ['u0', 'u1'], lainnya: 5 }).pesan).toBe(
      "The parent of unit 'u0' forms a cycle: u0 → u1 → … (5 more units) → u0.",
    );
  });
});

describe("the parsers' messages in the user's language (issue [7] item 10)", () => {
  it('YAML and CSV syntax errors are worded from the parser codes, not the English parser text', async () => {
    const { renderFinding: renderMessage } = await import('../../src/i18n/messages.js');
    const yaml = { pesan_parser: 'Tabs are not allowed as indentation', kode_parser: 'TAB_AS_INDENT', lainnya: 0 };
    expect(renderMessage('YAML_SINTAKS', yaml, 'id').pesan).toBe('YAML tidak dapat dibaca: tab dipakai sebagai indentasi; pakai spasi.');
    expect(renderMessage('YAML_SINTAKS', yaml, 'id').pesan).not.toContain('Tabs');
    const csv = {
      sampai: 4,
      detail: 'Quote Not Closed: the parsing is finished with an opening quote',
      kode_parser: 'CSV_QUOTE_NOT_CLOSED',
    };
    expect(renderMessage('CSV_SINTAKS', csv, 'id').pesan).toContain('tanda kutip dibuka tetapi tidak ditutup');
    // A code the catalogue does not know keeps the parser's own text rather than saying nothing.
    expect(renderMessage('YAML_SINTAKS', { ...yaml, kode_parser: 'SOMETHING_NEW', pesan_parser: 'x happened' }, 'id').pesan).toContain(
      'x happened',
    );
  });
});
