/**
 * Findings are data: a stable code, a level, a location and typed args. The core never writes
 * sentences; src/i18n/messages.ts renders each code per language, and docs/temuan.md lists them.
 * Never rename a code: CI jobs and spreadsheets key on them.
 */

export type Tingkat = 'error' | 'peringatan' | 'info';

/** Every finding code and its level. Adding a code without a message fails to compile (i18n). */
export const TINGKAT_KODE = {
  // files and YAML
  YAML_SINTAKS: 'error',
  KUNCI_GANDA: 'error',
  YAML_ALIAS: 'error',
  DOKUMEN_GANDA: 'error',
  TANPA_KIND: 'info',
  KIND_TIDAK_DIKENAL: 'error',
  FILE_TERLALU_BESAR: 'error',
  FILE_BINER: 'error',
  FILE_ENCODING: 'error',
  FILE_TIDAK_TERBACA: 'error',
  XLSX_SIMPAN_CSV: 'info',
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
  UNIT_TIDAK_DIKENAL: 'error',
  PENILAI_DIRI: 'error',
  PENILAI_TIDAK_ADA: 'peringatan',
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
  // CSV files (PRODUCT.md "CSV inputs")
  CSV_FORMAT: 'info',
  CSV_TIDAK_DIKENALI: 'error',
  CSV_HEADER_GANDA: 'error',
  CSV_KOLOM_DIABAIKAN: 'info',
  CSV_SINTAKS: 'error',
  BARIS_KOLOM: 'error',
  BARIS_KOSONG: 'info',
  BARIS_DI_LUAR_PERIODE: 'info',
  BARIS_SKP_TIDAK_VALID: 'info',
  KOLOM_KOSONG: 'error',
  PERIODE_TIDAK_VALID: 'error',
  PERIODE_DIUBAH_EXCEL: 'error',
  TANGGAL_TIDAK_VALID: 'error',
  TANGGAL_BULAN_KEDUA: 'error',
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
  PENILAIAN_GANDA: 'error',
  SKM_JAWABAN_TIDAK_VALID: 'error',
  SKM_KOSONG: 'error',
  SKM_UNIT_TIDAK_DIKENAL: 'error',
  SKM_TANPA_PERIODE: 'peringatan',
  SKM_PERIODE_TIDAK_COCOK: 'peringatan',
  JP_TIDAK_VALID: 'error',
  BARIS_TUMPANG_TINDIH: 'error',
  NIP_TANPA_SKP: 'error',
  INDIKATOR_TIDAK_DI_SKP: 'error',
  PENILAI_TANPA_SKP: 'peringatan',
  ATASAN_BUKAN_PENILAI: 'peringatan',
  // score (RULES.md §2)
  SKP_TIDAK_VALID: 'peringatan',
  INDIKATOR_TANPA_REALISASI: 'peringatan',
  CAKUPAN_SEBAGIAN: 'peringatan',
  TARGET_PERIODE_SUB: 'peringatan',
  TOLERANSI_NOL: 'info',
  CAPAIAN_TIDAK_TERHITUNG: 'peringatan',
  CAPAIAN_DATA_SEBAGIAN: 'peringatan',
  PERAN_PENILAI_KURANG: 'peringatan',
  PERILAKU_TANPA_ATASAN: 'peringatan',
  KUALITATIF_TANPA_RATING: 'peringatan',
  RATING_BERBEDA: 'info',
  PREDIKAT_TIDAK_DINILAI: 'peringatan',
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

export type ArgValue = string | number | boolean | null | readonly (string | number)[];
export type Args = Readonly<Record<string, ArgValue>>;

export interface Finding {
  readonly kode: Kode;
  readonly tingkat: Tingkat;
  /** Path of the file, as shown to the user (posix separators). */
  readonly path: string;
  /** 1-based line and column of the offending key or value (for a CSV: where the record starts). */
  readonly baris?: number;
  readonly kolom?: number;
  readonly nama_kolom?: string;
  /** JSON pointer inside a YAML document. */
  readonly jalur?: string;
  readonly nip?: string;
  /** Locate at the key of `jalur` rather than its value (unknown keys, missing values). */
  readonly pada?: 'kunci';
  readonly args: Args;
}

export interface FindingInput {
  path: string;
  baris?: number;
  kolom?: number;
  nama_kolom?: string;
  jalur?: string;
  nip?: string;
  pada?: 'kunci';
}

export function makeFinding(kode: Kode, where: FindingInput, args: Args = {}): Finding {
  return { kode, tingkat: TINGKAT_KODE[kode], ...where, args };
}

const LEVEL_RANK: Record<Tingkat, number> = { error: 0, peringatan: 1, info: 2 };

/** PRODUCT.md: findings sorted by (path, baris, kolom, kode), compared by UTF-16 code unit. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.path, b.path) ||
    (a.baris ?? 0) - (b.baris ?? 0) ||
    (a.kolom ?? 0) - (b.kolom ?? 0) ||
    cmp(a.kode, b.kode) ||
    LEVEL_RANK[a.tingkat] - LEVEL_RANK[b.tingkat] ||
    cmp(a.jalur ?? '', b.jalur ?? '')
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FindingCounts {
  error: number;
  peringatan: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, peringatan: 0, info: 0 };
  for (const f of findings) counts[f.tingkat]++;
  return counts;
}
