/* Generated from schemas/unit-kerja.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * Struktur organisasi: unit kerja dan induknya.
 */
export interface UnitKerja {
  /**
   * Selalu `unit-kerja`.
   */
  kind: 'unit-kerja';
  /**
   * Daftar unit kerja.
   *
   * @minItems 1
   */
  unit: {
    /**
     * Pengenal unik unit (huruf kecil, angka, titik, garis bawah, tanda hubung), dirujuk oleh SKP dan unit lain.
     */
    id: string;
    /**
     * Nama resmi unit kerja.
     */
    nama: string;
    /**
     * ID unit atasan; unit akar tidak punya induk.
     */
    induk?: string;
    /**
     * Hasil evaluasi kinerja organisasi; menentukan kurva distribusi dan rating pimpinan unit (SE MenPAN-RB 3/2023). Satu predikat (untuk tahun itu), atau peta kode periode → predikat (`{ "2026": Baik, "2026-TW1": Istimewa }`): periode P memakai entri yang kodenya sama dengan P (RULES.md §3). `Cukup` = alias Butuh Perbaikan.
     */
    predikat_organisasi?:
      | ('Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Cukup' | 'Kurang' | 'Sangat Kurang')
      | {
          /**
           * Predikat organisasi untuk periode ini.
           */
          [k: string]: 'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Cukup' | 'Kurang' | 'Sangat Kurang';
        };
    /**
     * NIP 18 digit kepala unit; ia menerima rating hasil kerja dari predikat organisasi (RULES.md §2.4). Spasi dibuang.
     */
    pimpinan?: string;
    /**
     * Jumlah penerima layanan dalam periode, untuk memeriksa kecukupan sampel SKM (Krejcie–Morgan).
     */
    populasi_layanan?: number;
  }[];
}
