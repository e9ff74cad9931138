/* Generated from schemas/laporan-ikm.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * Keluaran `asn-kinerja ikm --format json` (versi_format 1).
 */
export interface LaporanIkm {
  /**
   * Versi kontrak JSON.
   */
  versi_format: 1;
  /**
   * Periode; null bila semua.
   */
  periode: string | null;
  /**
   * Pengelompokan.
   */
  per: 'unit' | 'layanan' | 'petugas';
  /**
   * tepat, 0.111 atau 0.11.
   */
  bobot: 'tepat' | '0.111' | '0.11';
  /**
   * Berkas CSV dan lembar buku kerja (.xlsx) yang dibaca.
   */
  sumber: {
    /**
     * Path berkas.
     */
    path: string;
    /**
     * Buku kerja (.xlsx): lembar yang dibaca (satu entri per lembar).
     */
    lembar?: string;
    /**
     * Hash isi.
     */
    sha256: string | null;
    /**
     * Jumlah baris.
     */
    baris_dibaca: number;
    /**
     * Jumlah baris.
     */
    baris_dipakai: number;
    /**
     * Jumlah baris.
     */
    baris_ditolak: number;
    /**
     * Jumlah baris.
     */
    baris_diabaikan: number;
  }[];
  /**
   * Hasil per kelompok, urut kunci.
   */
  kelompok: {
    /**
     * unit, unit/layanan atau NIP petugas.
     */
    kunci: string;
    /**
     * ID unit.
     */
    unit: string | null;
    /**
     * Nama layanan.
     */
    layanan: string | null;
    /**
     * Indeks 1–4 (4 desimal).
     */
    ikm: number | null;
    /**
     * IKM × 25, 2 desimal.
     */
    nilai: number | null;
    /**
     * A | B | C | D, dari nilai yang dilaporkan.
     */
    mutu: 'A' | 'B' | 'C' | 'D' | null;
    /**
     * Kinerja unit pelayanan.
     */
    kinerja: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
    /**
     * Jawaban yang diterima.
     */
    responden: number;
    /**
     * NRR per unsur U1…U9 (4 desimal); null bila tidak dijawab.
     *
     * @minItems 9
     * @maxItems 9
     */
    nrr: (number | null)[];
    /**
     * Krejcie–Morgan dari populasi_layanan; null bila tidak diketahui.
     */
    sampel_minimal: number | null;
    /**
     * responden ≥ sampel_minimal; null bila tidak diketahui.
     */
    sampel_cukup: boolean | null;
    /**
     * Nomor unsur dengan NRR terendah (seri: nomor terkecil).
     */
    unsur_terlemah: number | null;
  }[];
  /**
   * Temuan.
   */
  temuan: Temuan[];
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
