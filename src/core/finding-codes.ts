/**
 * The catalogue of finding codes: each code's level and the args it carries. The args are the JSON
 * `args` of a finding, so they are a public contract (like publint's `Message` union): the unions
 * below are written out here rather than imported from the rule packs, which import this file, and a
 * value the core produces that is not listed here fails to compile at its call site.
 * Never rename a code or an arg: CI jobs and spreadsheets key on them.
 */
import type { ArgValue } from './findings.js';

export type Tingkat = 'error' | 'peringatan' | 'info';

/** Every finding code and its level. Adding a code without args or messages fails to compile. */
export const TINGKAT_KODE = {
  // files and YAML
  YAML_SINTAKS: 'error',
  KUNCI_GANDA: 'error',
  YAML_ALIAS: 'error',
  YAML_TERLALU_DALAM: 'error',
  DOKUMEN_GANDA: 'error',
  TANPA_KIND: 'info',
  KIND_TIDAK_DIKENAL: 'error',
  FILE_TERLALU_BESAR: 'error',
  YAML_TERLALU_BESAR: 'error',
  FILE_BINER: 'error',
  KIND_HURUF: 'peringatan',
  FILE_ENCODING: 'error',
  FILE_ENCODING_CAMPUR: 'peringatan',
  FILE_TIDAK_TERBACA: 'error',
  TAUTAN_SIMBOLIK: 'peringatan',
  XLSX_SIMPAN_CSV: 'info',
  XLSX_RUSAK: 'error',
  XLSX_BERKAS_KUNCI: 'info',
  SKEMA: 'error',
  // konfigurasi
  KONFIGURASI_BUKAN_AKAR: 'peringatan',
  KONFIGURASI_AMBANG: 'error',
  KONFIGURASI_SKALA: 'error',
  KONFIGURASI_AMBANG_SKALA: 'error',
  KONFIGURASI_BOBOT_PERAN: 'error',
  KONFIGURASI_BATAS_CAPAIAN: 'peringatan',
  // unit-kerja and tim-kerja
  UNIT_GANDA: 'error',
  INDUK_TIDAK_DIKENAL: 'error',
  UNIT_SIKLUS: 'error',
  TIM_GANDA: 'error',
  TIM_ANGGOTA_GANDA: 'peringatan',
  // katalog-indikator and indicator definitions
  KATALOG_GANDA: 'error',
  SKM_LINGKUP_WAJIB: 'error',
  SKM_LAYANAN_WAJIB: 'error',
  SKM_KONSOLIDASI: 'error',
  // skp
  SKP_GANDA: 'error',
  MASA_DI_LUAR_TAHUN: 'error',
  MASA_TERBALIK: 'error',
  UNIT_TIDAK_DIKENAL: 'error',
  PENILAI_DIRI: 'error',
  PENILAI_TIDAK_ADA: 'peringatan',
  GOLONGAN_TIDAK_BAKU: 'peringatan',
  INTERVENSI_WAJIB: 'error',
  INTERVENSI_TIDAK_DIKENAL: 'error',
  RHK_GANDA: 'error',
  RHK_TANPA_URAIAN: 'peringatan',
  REF_TIDAK_DIKENAL: 'error',
  INDIKATOR_TIDAK_LENGKAP: 'error',
  INDIKATOR_GANDA: 'error',
  INDIKATOR_BENTROK_KATALOG: 'error',
  BOBOT_SEBAGIAN: 'error',
  BOBOT_TOTAL: 'error',
  BOBOT_TAMBAHAN: 'error',
  PP46_ASPEK: 'error',
  ANGKA_TIDAK_TERHINGGA: 'error',
  PP46_TARGET: 'error',
  KUALITATIF_DIABAIKAN: 'info',
  KT_TANPA_BOBOT: 'info',
  TARGET_WAJIB: 'error',
  TARGET_NOL: 'error',
  TARGET_RENTANG: 'error',
  TARGET_PERIODE_KUNCI: 'error',
  // NIP (RULES.md §5)
  NIP_FORMAT: 'error',
  NIP_NOTASI_ILMIAH: 'error',
  NIP_TERPOTONG: 'error',
  NIP_TANGGAL_LAHIR: 'error',
  NIP_TMT: 'error',
  NIP_JENIS_KELAMIN: 'error',
  NIP_PPPK_KONTRAK: 'error',
  NIP_TMT_MUDA: 'peringatan',
  NIP_TMT_SETELAH_PERIODE: 'peringatan',
  NIP_TANPA_KUTIP: 'info',
  // CSV files (PRODUCT.md "CSV inputs")
  CSV_FORMAT: 'info',
  CSV_TIDAK_DIKENALI: 'error',
  CSV_KELUARAN_ALAT: 'peringatan',
  CSV_HEADER_GANDA: 'error',
  CSV_KOLOM_DIABAIKAN: 'info',
  // workbooks (.xlsx): their sheets and cells
  XLSX_LEMBAR: 'info',
  LEMBAR_DILEWATI: 'info',
  LEMBAR_TERSEMBUNYI: 'peringatan',
  SEL_GABUNG: 'peringatan',
  RUMUS_TANPA_NILAI: 'error',
  SEL_GALAT: 'error',
  NIP_ANGKA_EXCEL: 'error',
  CSV_SINTAKS: 'error',
  BARIS_KOLOM: 'error',
  BARIS_KOSONG: 'info',
  BARIS_DI_LUAR_PERIODE: 'info',
  BARIS_SKP_TIDAK_VALID: 'info',
  BARIS_DI_LUAR_MASA: 'info',
  KOLOM_KOSONG: 'error',
  PERIODE_TIDAK_VALID: 'error',
  PERIODE_DIUBAH_EXCEL: 'error',
  TANGGAL_TIDAK_VALID: 'error',
  TANGGAL_BULAN_KEDUA: 'error',
  TANGGAL_MUNGKIN_BULAN_DULU: 'peringatan',
  NILAI_BUKAN_ANGKA: 'error',
  NILAI_NEGATIF: 'error',
  NILAI_AMBIGU: 'peringatan',
  DESIMAL_CAMPUR: 'peringatan',
  NILAI_MUNGKIN_PECAHAN: 'peringatan',
  REALISASI_KOSONG: 'info',
  REALISASI_SUMBER_SKM: 'peringatan',
  PERAN_TIDAK_VALID: 'error',
  PERILAKU_DI_LUAR_SKALA: 'error',
  PERILAKU_KOSONG: 'error',
  PERILAKU_DIRI_NIP: 'error',
  PERILAKU_PENILAI_DIRI: 'error',
  RATING_TIDAK_VALID: 'error',
  RATING_PREDIKAT: 'error',
  INOVASI_TIDAK_VALID: 'error',
  PENILAIAN_KOSONG: 'info',
  NILAI_PERILAKU_DIABAIKAN: 'info',
  INOVASI_DIABAIKAN: 'info',
  RATING_DIABAIKAN: 'info',
  PERILAKU_DIABAIKAN: 'info',
  PENILAIAN_GANDA: 'error',
  PENILAIAN_BERTENTANGAN: 'error',
  SKM_JAWABAN_TIDAK_VALID: 'error',
  SKM_KOSONG: 'error',
  SKM_UNIT_TIDAK_DIKENAL: 'error',
  SKM_TANPA_PERIODE: 'peringatan',
  SKM_PERIODE_TIDAK_COCOK: 'peringatan',
  JP_TIDAK_VALID: 'error',
  JENIS_KOMPETENSI_TIDAK_VALID: 'error',
  NILAI_KOMA_TERPISAH: 'peringatan',
  BARIS_TUMPANG_TINDIH: 'error',
  BARIS_BERTENTANGAN: 'error',
  NIP_TANPA_SKP: 'error',
  INDIKATOR_TIDAK_DI_SKP: 'error',
  REALISASI_LINTAS_SKP: 'error',
  REALISASI_DI_LUAR_MASA: 'error',
  PENILAI_TANPA_SKP: 'peringatan',
  ATASAN_BUKAN_PENILAI: 'peringatan',
  // score (RULES.md §2)
  SKP_TIDAK_VALID: 'peringatan',
  SKP_DI_LUAR_PERIODE: 'info',
  INDIKATOR_TANPA_REALISASI: 'peringatan',
  CAKUPAN_SEBAGIAN: 'peringatan',
  TARGET_PERIODE_SUB: 'peringatan',
  TOLERANSI_NOL: 'info',
  CAPAIAN_TIDAK_TERHITUNG: 'peringatan',
  CAPAIAN_DATA_SEBAGIAN: 'peringatan',
  PERAN_PENILAI_KURANG: 'peringatan',
  PERILAKU_TANPA_ATASAN: 'peringatan',
  PERILAKU_PERIODE_LEBIH_PANJANG: 'peringatan',
  KUALITATIF_TANPA_RATING: 'peringatan',
  RATING_PERLU_PENILAI: 'peringatan',
  RATING_BERBEDA: 'info',
  PREDIKAT_TIDAK_DINILAI: 'peringatan',
  KEGIATAN_TIDAK_DINILAI: 'peringatan',
  NILAI_AKHIR_TIDAK_DINILAI: 'peringatan',
  PIMPINAN_GANDA: 'peringatan',
  KURVA_TIDAK_SESUAI: 'peringatan',
  KURVA_TIDAK_MUNGKIN: 'info',
  JP_KURANG: 'peringatan',
  TIM_ANGGOTA_TANPA_SKP: 'peringatan',
  // SKM / IKM (RULES.md §4)
  SKM_UNSUR_KOSONG: 'peringatan',
  SKM_TANPA_KELOMPOK: 'info',
  SKM_POPULASI_SEBAGIAN: 'peringatan',
  SKM_SAMPEL_KURANG: 'peringatan',
  // report
  TEMUAN_DIRINGKAS: 'info',
} as const satisfies Record<string, Tingkat>;

export type Kode = keyof typeof TINGKAT_KODE;

/** The args of a code that carries none. */
export type NoArgs = Record<string, never>;

// ---- sub-codes: the closed sets of values some args take -----------------------------------------

/** Why a CSV kind was not recognised from its header. */
export type AlasanCsv = 'none' | 'several' | 'kosong';
export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
/** The delimiter as reported: a tab is spelled out. */
export type PemisahLabel = ';' | ',' | 'tab';
export type Desimal = 'koma' | 'titik';
/** Whether the decimal mark came from --desimal or followed from the delimiter. */
export type SumberDesimal = 'opsi' | 'pemisah';
import type { RaterRole } from './config.js';

export type { RaterRole };
export type Rating = 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi';
/** Which of the two ratings (RULES.md §2.4, §2.6). */
export type JenisRating = 'hasil_kerja' | 'perilaku';
export type SumberRating = 'penilai' | 'organisasi' | 'dihitung';
export type SebabCapaian = 'TANPA_RHK_UTAMA' | 'TANPA_REALISASI';
/** Why a PP 46/2011 kegiatan has no nilai (RULES.md §6.1). */
export type SebabKegiatan = 'PP46_ASPEK' | 'TARGET_RENTANG' | 'TARGET_NOL' | 'TANPA_REALISASI';
/** Why a legacy pack's employee has no nilai akhir (RULES.md §6). */
export type AlasanNilai = 'SKP_TIDAK_VALID' | 'NILAI_SKP_TIDAK_DINILAI' | 'NILAI_PERILAKU_TIDAK_ADA';
export type AlasanPredikat = 'HASIL_KERJA_TIDAK_DINILAI' | 'PERILAKU_TIDAK_DINILAI';
export type Predikat = 'Sangat Baik' | 'Baik' | 'Butuh Perbaikan' | 'Kurang/Misconduct' | 'Sangat Kurang';
export type PredikatOrganisasi = 'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Kurang' | 'Sangat Kurang';
export type AturanKurva = 'maksimal' | 'minimal' | 'mayoritas' | 'terbanyak' | 'harus_ada' | 'nol';
export type KolomPenilaian = 'rating_hasil_kerja' | 'rating_perilaku' | 'nilai_perilaku';
/** The column an IKM group is keyed on (`ikm --per layanan | petugas`). */
export type KolomKelompok = 'layanan' | 'nip_petugas';

/**
 * SKEMA carries one shape per JSON Schema keyword. `SkemaKeywordLain` lists the keywords the YAML
 * schemas use that have no message of their own; they print ajv's message.
 */
export type SkemaKeywordLain = 'minProperties' | 'maxItems' | 'maxLength' | 'format' | 'uniqueItems';
export type SkemaArgs =
  | { keyword: 'required'; kunci: string }
  | { keyword: 'additionalProperties'; kunci: string; diizinkan: string[] }
  | { keyword: 'enum' | 'const'; diizinkan: string[]; nilai: string }
  | { keyword: 'type'; tipe: string[]; nilai: string }
  | { keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'; batas: number; nilai: string }
  | { keyword: 'minLength' | 'minItems'; batas: number }
  | { keyword: 'pattern'; pola: string; nilai: string }
  | { keyword: SkemaKeywordLain; pesan_ajv: string };
export type SkemaKeyword = SkemaArgs['keyword'];

/** A NIP read from a CSV cell also names its column. */
type NipCell = { nilai: string; kolom?: string };
type CsvRoleName = 'realisasi' | 'perilaku' | 'penilaian' | 'skm' | 'kompetensi';

/** The args each code carries: what the call sites pass, and what the messages in src/i18n read. */
export interface FindingArgs {
  /** `kode_parser`: the yaml library's error code (BAD_INDENT, MISSING_CHAR, …), worded by the catalogues. */
  YAML_SINTAKS: { pesan_parser: string; kode_parser: string; lainnya: number };
  KUNCI_GANDA: { kunci: string };
  YAML_ALIAS: { batas: number };
  YAML_TERLALU_DALAM: { batas: number };
  DOKUMEN_GANDA: { jumlah: number };
  TANPA_KIND: NoArgs;
  KIND_TIDAK_DIKENAL: { kind: string; dikenal: readonly string[] };
  FILE_TERLALU_BESAR: { ukuran: number; batas: number };
  YAML_TERLALU_BESAR: { ukuran: number; batas: number };
  FILE_BINER: NoArgs;
  KIND_HURUF: { kunci: string };
  FILE_ENCODING: NoArgs;
  FILE_ENCODING_CAMPUR: NoArgs;
  /** `sebab` is the system's error code (EACCES, EISDIR, …): an open set. */
  FILE_TIDAK_TERBACA: { sebab: string };
  TAUTAN_SIMBOLIK: { sebab: 'di_luar' | 'rusak' | 'siklus'; tujuan: string };
  /** `format`: the file's extension (xls, ods, xlsb): a spreadsheet format not read directly. */
  XLSX_SIMPAN_CSV: { format: string };
  /** Why a workbook cannot be opened: not a ZIP at all, password-protected (or an .xls renamed), or damaged. */
  XLSX_RUSAK: { sebab: 'bukan-zip' | 'terenkripsi' | 'rusak'; detail: string };
  XLSX_BERKAS_KUNCI: NoArgs;
  SKEMA: SkemaArgs;

  KONFIGURASI_BUKAN_AKAR: { akar: string };
  KONFIGURASI_AMBANG: { bagian: JenisRating; sesuai: number; di_atas: number };
  KONFIGURASI_SKALA: { min: number; maks: number };
  KONFIGURASI_AMBANG_SKALA: { kunci: 'di_atas' | 'sesuai'; nilai: number; min: number; maks: number };
  KONFIGURASI_BOBOT_PERAN: NoArgs;
  KONFIGURASI_BATAS_CAPAIAN: { batas_capaian: number; di_atas: number };

  UNIT_GANDA: { id: string; path_pertama: string; jalur_pertama: string };
  INDUK_TIDAK_DIKENAL: { id: string; induk: string; saran: string | null };
  /** The chain of unit ids, closed: its first id again at the end. */
  /** `lainnya`: a long cycle shows `siklus` from `id` on, and counts the units not shown before it closes. */
  UNIT_SIKLUS: { id: string; siklus: string[]; lainnya?: number };
  TIM_GANDA: { id: string; path_pertama: string; jalur_pertama: string };
  TIM_ANGGOTA_GANDA: { id: string; nip: string };

  KATALOG_GANDA: { id: string; path_pertama: string; jalur_pertama: string };
  SKM_LINGKUP_WAJIB: NoArgs;
  SKM_LAYANAN_WAJIB: NoArgs;
  SKM_KONSOLIDASI: NoArgs;

  SKP_GANDA: { nip: string; tahun: number; path_lain: string[]; masa: string };
  MASA_DI_LUAR_TAHUN: { bulan: string; tahun: number };
  MASA_TERBALIK: { mulai: string; selesai: string };
  UNIT_TIDAK_DIKENAL: { unit: string; saran: string | null };
  PENILAI_DIRI: { nip: string };
  PENILAI_TIDAK_ADA: NoArgs;
  GOLONGAN_TIDAK_BAKU: { golongan: string; saran: string | null };
  INTERVENSI_WAJIB: { rhk: string; path_penilai: string; rhk_penilai: string[] };
  INTERVENSI_TIDAK_DIKENAL: { intervensi: string; path_penilai: string; rhk_penilai: string[] };
  RHK_GANDA: { id: string; jalur_pertama: string };
  RHK_TANPA_URAIAN: { rhk: string };
  REF_TIDAK_DIKENAL: { ref: string; saran: string | null };
  INDIKATOR_TIDAK_LENGKAP: { kurang: readonly string[] };
  INDIKATOR_GANDA: { kunci: string; jalur_pertama: string };
  INDIKATOR_BENTROK_KATALOG: { id: string };
  BOBOT_SEBAGIAN: { tanpa_bobot: string[]; dengan_bobot: string[] };
  BOBOT_TOTAL: { jumlah: number };
  BOBOT_TAMBAHAN: { rhk: string };
  KT_TANPA_BOBOT: { rhk: string };
  KUALITATIF_DIABAIKAN: NoArgs;
  PP46_TARGET: { rhk: string; indikator: string; aspek: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya'; rentang: boolean };
  ANGKA_TIDAK_TERHINGGA: { nilai: string };
  PP46_ASPEK: { rhk: string; kuantitas: number; kualitas: number; waktu: number; biaya: number; waktu_bukan_bulan: boolean };
  TARGET_WAJIB: { kunci: string | null };
  TARGET_NOL: NoArgs;
  TARGET_RENTANG: { min: number; maks: number };
  /** `sah`: the key is a period, but of another year. */
  TARGET_PERIODE_KUNCI: { kunci: string; tahun: number; sah: boolean };

  NIP_FORMAT: NipCell & { panjang: number; hanya_angka: boolean };
  NIP_NOTASI_ILMIAH: NipCell;
  NIP_TERPOTONG: NipCell & { mirip: string | null };
  NIP_TANGGAL_LAHIR: NipCell;
  NIP_TMT: NipCell;
  NIP_JENIS_KELAMIN: NipCell;
  NIP_PPPK_KONTRAK: NipCell;
  NIP_TMT_MUDA: { lahir: string; tmt: string };
  NIP_TMT_SETELAH_PERIODE: { tmt: string; tahun: number };
  NIP_TANPA_KUTIP: { nilai: string };

  CSV_FORMAT: { encoding: Encoding; pemisah: PemisahLabel; desimal: Desimal; sumber_desimal: SumberDesimal };
  CSV_TIDAK_DIKENALI: { alasan: AlasanCsv; kandidat: string[]; diharapkan: string[]; header: string };
  CSV_KELUARAN_ALAT: { kolom: string[] };
  CSV_HEADER_GANDA: { kolom: string[] };
  CSV_KOLOM_DIABAIKAN: { kolom: string[] };
  /** A sheet read as `jenis`, its header found at rows `baris_header`–`sampai` (a header cell merged down); rows above it are a title block. */
  XLSX_LEMBAR: { jenis: CsvRoleName; baris_header: number; sampai: number };
  /** A sheet with no header of a known role in its first rows; `header`: its first row with text. */
  LEMBAR_DILEWATI: { header: string; tersembunyi: boolean; baris_dicari: number };
  LEMBAR_TERSEMBUNYI: { jenis: CsvRoleName };
  /** Merged ranges over data rows, each cell read as the range's first cell; `contoh`: the first ones. */
  SEL_GABUNG: { jumlah: number; contoh: string[] };
  RUMUS_TANPA_NILAI: { kolom: string };
  SEL_GALAT: { nilai: string; kolom: string };
  NIP_ANGKA_EXCEL: { nilai: string; kolom: string; mirip: string | null };
  /** `kode_parser`: csv-parse's error code (CSV_QUOTE_NOT_CLOSED, …), worded by the catalogues. */
  CSV_SINTAKS: { sampai: number; detail: string; kode_parser: string };
  BARIS_KOLOM: { jumlah: number; diharapkan: number };
  BARIS_KOSONG: { jumlah: number };
  BARIS_DI_LUAR_PERIODE: { jumlah: number; periode: string | null };
  BARIS_SKP_TIDAK_VALID: { jumlah: number };
  BARIS_DI_LUAR_MASA: { jumlah: number; periode: string | null };
  KOLOM_KOSONG: { kolom: string };
  PERIODE_TIDAK_VALID: { nilai: string };
  PERIODE_DIUBAH_EXCEL: { nilai: string };
  TANGGAL_TIDAK_VALID: { nilai: string };
  TANGGAL_BULAN_KEDUA: { nilai: string };
  TANGGAL_MUNGKIN_BULAN_DULU: { jumlah: number; contoh: string; bukti: string; baris_bukti: number };
  NILAI_BUKAN_ANGKA: { nilai: string; kolom: string };
  NILAI_NEGATIF: { nilai: string };
  NILAI_AMBIGU: { nilai: string; koma: number; titik: number; dipakai: Desimal };
  DESIMAL_CAMPUR: { koma: number; titik: number; dipakai: Desimal };
  NILAI_MUNGKIN_PECAHAN: { indikator: string; maks: number };
  REALISASI_KOSONG: { indikator: string };
  REALISASI_SUMBER_SKM: { indikator: string };
  PERAN_TIDAK_VALID: { nilai: string };
  PERILAKU_DI_LUAR_SKALA: { nilai: string; min: number; maks: number };
  PERILAKU_KOSONG: NoArgs;
  PERILAKU_DIRI_NIP: { nip: string; penilai_nip: string };
  PERILAKU_PENILAI_DIRI: { peran: RaterRole };
  RATING_TIDAK_VALID: { nilai: string; label: readonly Rating[] };
  RATING_PREDIKAT: { nilai: string; label: readonly Rating[] };
  INOVASI_TIDAK_VALID: { nilai: string };
  PENILAIAN_KOSONG: NoArgs;
  NILAI_PERILAKU_DIABAIKAN: { jumlah: number };
  RATING_DIABAIKAN: { jumlah: number };
  PERILAKU_DIABAIKAN: { jumlah: number };
  INOVASI_DIABAIKAN: { jumlah: number };
  PENILAIAN_GANDA: { kolom: KolomPenilaian; path_pertama: string; baris_pertama: number };
  /** `jumlah`: the rows setting the column differently; `path_lain`, `baris_lain`: another of them. */
  PENILAIAN_BERTENTANGAN: { kolom: KolomPenilaian; jumlah: number; path_lain: string; baris_lain: number };
  SKM_JAWABAN_TIDAK_VALID: { nilai: string; unsur: string };
  SKM_KOSONG: NoArgs;
  /** `id`: the unit whose nama was written instead of its id. */
  SKM_UNIT_TIDAK_DIKENAL: { unit: string; id: string | null };
  SKM_TANPA_PERIODE: NoArgs;
  SKM_PERIODE_TIDAK_COCOK: { tanggal: string; periode: string };
  JP_TIDAK_VALID: { nilai: string };
  JENIS_KOMPETENSI_TIDAK_VALID: { nilai: string };
  NILAI_KOMA_TERPISAH: { nilai: string; kolom: string; kolom_berikut: string; dibaca: number; atau: number };
  BARIS_TUMPANG_TINDIH: { kunci: string; periode: string; path_pertama: string; baris_pertama: number };
  /** `jumlah`: the rows of the group; `path_lain`, `baris_lain`: one of them that shares a month with this one. */
  BARIS_BERTENTANGAN: { kunci: string; periode: string; jumlah: number; path_lain: string; baris_lain: number };
  NIP_TANPA_SKP: { nip: string; tahun: number; saran: string | null };
  INDIKATOR_TIDAK_DI_SKP: { indikator: string; nip: string; tahun: number; saran: string | null };
  REALISASI_LINTAS_SKP: { periode: string; masa: string[]; path: string[] };
  REALISASI_DI_LUAR_MASA: { periode: string; masa: string[] };
  PENILAI_TANPA_SKP: { penilai_nip: string };
  ATASAN_BUKAN_PENILAI: { penilai_nip: string; penilai_skp: string };

  SKP_TIDAK_VALID: NoArgs;
  SKP_DI_LUAR_PERIODE: { masa: string; periode: string };
  INDIKATOR_TANPA_REALISASI: { indikator: string; periode: string };
  CAKUPAN_SEBAGIAN: { indikator: string; bulan_tercakup: number; bulan_periode: number; bulan_kosong: number[] };
  TARGET_PERIODE_SUB: { kunci: string[]; periode: string };
  TOLERANSI_NOL: { indikator: string; capaian: number };
  CAPAIAN_TIDAK_TERHITUNG: { sebab: SebabCapaian };
  CAPAIAN_DATA_SEBAGIAN: { bobot_ada: number; bobot_total: number };
  PERAN_PENILAI_KURANG: { peran: RaterRole; penilai: number; minimal: number };
  PERILAKU_TANPA_ATASAN: NoArgs;
  PERILAKU_PERIODE_LEBIH_PANJANG: { periode: string; contoh: string | null; jumlah: number };
  KUALITATIF_TANPA_RATING: NoArgs;
  RATING_PERLU_PENILAI: { rhk: string[]; di_bawah: number; jumlah: number };
  RATING_BERBEDA: { rating: JenisRating; sumber: SumberRating; dipakai: Rating; sumber_lain: SumberRating; lain: Rating };
  PREDIKAT_TIDAK_DINILAI: { alasan: AlasanPredikat[] };
  KEGIATAN_TIDAK_DINILAI: { rhk: string; sebab: SebabKegiatan };
  NILAI_AKHIR_TIDAK_DINILAI: { alasan: AlasanNilai[] };
  PIMPINAN_GANDA: { nip: string; unit: string[]; dipakai: string };
  KURVA_TIDAK_SESUAI: {
    unit: string;
    predikat_organisasi: PredikatOrganisasi | null;
    aturan: AturanKurva;
    predikat: Predikat[];
    jumlah: number;
    batas: number;
  };
  KURVA_TIDAK_MUNGKIN: { unit: string; jumlah: number };
  JP_KURANG: { jp: number; minimal: number };
  TIM_ANGGOTA_TANPA_SKP: { tim: string; nip: string };

  SKM_UNSUR_KOSONG: { kunci: string; unsur: string };
  SKM_TANPA_KELOMPOK: { jumlah: number; kolom: KolomKelompok };
  SKM_POPULASI_SEBAGIAN: { unit: string };
  SKM_SAMPEL_KURANG: { kunci: string; responden: number; sampel_minimal: number | null };

  TEMUAN_DIRINGKAS: { kode_temuan: Kode; jumlah: number };
}

/** Codes whose args are empty: they may be made without an args argument. */
export type KodeWithoutArgs = { [K in Kode]: FindingArgs[K] extends NoArgs ? K : never }[Kode];

// Compile-time checks: FindingArgs names exactly the codes of TINGKAT_KODE, and every arg is a JSON value.
type Assert<T extends true> = T;
type IsNever<T> = [T] extends [never] ? true : false;
type _EveryCodeHasArgs = Assert<IsNever<Exclude<Kode, keyof FindingArgs>>>;
type _NoArgsWithoutCode = Assert<IsNever<Exclude<keyof FindingArgs, Kode>>>;
type _ArgsAreJson = Assert<FindingArgs extends Record<Kode, Readonly<Record<string, ArgValue | undefined>>> ? true : false>;
