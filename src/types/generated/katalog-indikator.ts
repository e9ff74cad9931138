/* Generated from schemas/katalog-indikator.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * Definisi indikator kinerja yang dapat dirujuk SKP dengan `ref`.
 */
export interface KatalogIndikator {
  /**
   * Selalu `katalog-indikator`.
   */
  kind: 'katalog-indikator';
  /**
   * Daftar definisi indikator.
   *
   * @minItems 1
   */
  indikator: {
    /**
     * Pengenal unik global, lazimnya `unit.nama-pendek`; dirujuk oleh `ref` di SKP dan kolom `indikator` CSV realisasi.
     */
    id: string;
    /**
     * Uraian indikator kinerja individu.
     */
    nama: string;
    /**
     * Satuan target dan realisasi, mis. persen, dokumen, hari, indeks.
     */
    satuan: string;
    /**
     * Aspek indikator: kuantitas, kualitas, waktu, atau biaya.
     */
    aspek: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya';
    /**
     * maksimal: makin tinggi makin baik (capaian = r/t×100); minimal: makin rendah makin baik (capaian = (2 − r/t)×100, PermenPAN-RB 8/2021).
     */
    polaritas: 'maksimal' | 'minimal';
    /**
     * Cara menggabungkan realisasi beberapa sub-periode: jumlah, rata-rata (bawaan; rerata berbobot bulan), atau terakhir. Tidak dipakai untuk sumber: skm.
     */
    konsolidasi?: 'jumlah' | 'rata-rata' | 'terakhir';
    /**
     * realisasi (bawaan; dari CSV realisasi) atau skm (nilai IKM dari survei kepuasan masyarakat, RULES.md §4.5).
     */
    sumber?: 'realisasi' | 'skm';
    /**
     * Wajib bila sumber: skm. unit: subpohon unit pegawai; layanan: satu jenis layanan (skm_layanan); petugas: responden yang menyebut pegawai sebagai nip_petugas.
     */
    skm_lingkup?: 'unit' | 'layanan' | 'petugas';
    /**
     * Nama layanan pada kolom `layanan` CSV SKM; wajib bila skm_lingkup: layanan.
     */
    skm_layanan?: string;
  }[];
}
