/* Generated from schemas/laporan-validasi.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * Keluaran `asn-kinerja validate --format json` (versi_format 1).
 */
export interface LaporanValidasi {
  /**
   * Versi kontrak JSON ini.
   */
  versi_format: 1;
  /**
   * true bila tidak ada temuan tingkat error (dan, dengan --strict, peringatan).
   */
  valid: boolean;
  /**
   * Jumlah berkas dan temuan per tingkat.
   */
  ringkasan: {
    /**
     * Jumlah berkas yang dilaporkan.
     */
    file: number;
    /**
     * Jumlah temuan error.
     */
    error: number;
    /**
     * Jumlah temuan peringatan.
     */
    peringatan: number;
    /**
     * Jumlah temuan info.
     */
    info: number;
  };
  /**
   * Satu entri per berkas, urut path.
   */
  file: {
    /**
     * Path berkas.
     */
    path: string;
    /**
     * Buku kerja (.xlsx): lembar yang dilaporkan entri ini (satu entri per lembar).
     */
    lembar?: string;
    /**
     * kind YAML atau peran CSV; null bila tidak dikenali.
     */
    jenis: string | null;
    /**
     * Tidak ada temuan error di berkas ini.
     */
    valid: boolean;
    /**
     * CSV: utf-8, windows-1252, utf-16le atau utf-16be (tidak ada untuk lembar .xlsx).
     */
    encoding?: string;
    /**
     * CSV: pemisah kolom (tidak ada untuk lembar .xlsx).
     */
    pemisah?: string;
    /**
     * CSV: koma atau titik.
     */
    desimal?: 'koma' | 'titik';
    /**
     * CSV: jumlah rekaman data.
     */
    baris_dibaca?: number;
    /**
     * CSV: rekaman yang dipakai.
     */
    baris_dipakai?: number;
    /**
     * CSV: rekaman yang ditolak (error).
     */
    baris_ditolak?: number;
    /**
     * CSV: rekaman yang diabaikan.
     */
    baris_diabaikan?: number;
    /**
     * Temuan berkas ini, urut (baris, kolom, kode).
     */
    temuan: Temuan[];
  }[];
}
/**
 * Satu temuan (finding) dengan lokasi.
 */
export interface Temuan {
  /**
   * Kode stabil temuan; lihat docs/temuan.md.
   */
  kode: string;
  /**
   * error | peringatan | info.
   */
  tingkat: 'error' | 'peringatan' | 'info';
  /**
   * Pesan dalam bahasa yang dipilih (--lang), termasuk saran perbaikan.
   */
  pesan: string;
  /**
   * Path berkas (relatif terhadap direktori kerja, pemisah /).
   */
  path: string;
  /**
   * Nomor baris, mulai 1.
   */
  baris?: number;
  /**
   * Nomor kolom, mulai 1.
   */
  kolom?: number;
  /**
   * Header kolom CSV.
   */
  nama_kolom?: string;
  /**
   * Buku kerja (.xlsx): nama lembar (sheet) tempat temuan berada.
   */
  lembar?: string;
  /**
   * Buku kerja (.xlsx): alamat sel temuan, mis. C12 (kolom huruf, baris angka).
   */
  sel?: string;
  /**
   * Letak di dokumen YAML sebagai JSON pointer.
   */
  jalur?: string;
  /**
   * NIP pegawai yang bersangkutan.
   */
  nip?: string;
  /**
   * Data terstruktur temuan (bergantung pada kode).
   */
  args: {};
}
