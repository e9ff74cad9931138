/* Generated from schemas/skp.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * NIP (PNS) atau NI PPPK, 18 digit; spasi dibuang. Tulis dalam tanda kutip.
 */
export type Nip = string;
/**
 * Pangkat PNS, mis. Penata Muda Tingkat I; untuk Dokumen Evaluasi Kinerja Pegawai. PPPK tidak berpangkat: hapus kuncinya (kosong dianggap tidak diisi).
 */
export type Pangkat = string;
/**
 * Golongan ruang PNS (I/a … IV/e, mis. III/b) atau golongan PPPK (I … XVII, angka Romawi); untuk Dokumen Evaluasi Kinerja Pegawai. Bentuk lain: peringatan GOLONGAN_TIDAK_BAKU.
 */
export type Golongan = string;
/**
 * Target tahunan: angka ≥ 0, atau rentang { min, maks } (0 ≤ min ≤ maks, maks > 0). Target 0 hanya untuk polaritas minimal (toleransi nol).
 */
export type Target =
  | number
  | {
      /**
       * Batas bawah rentang (inklusif), ≥ 0.
       */
      min: number;
      /**
       * Batas atas rentang (inklusif), > 0 dan ≥ min.
       */
      maks: number;
    };

/**
 * Rencana kinerja satu pegawai untuk satu tahun (PermenPAN-RB 6/2022).
 */
export interface Skp {
  /**
   * Selalu `skp`.
   */
  kind: 'skp';
  /**
   * Tahun rencana kinerja; target bersifat tahunan.
   */
  tahun: number;
  /**
   * Pegawai yang dinilai.
   */
  pegawai: {
    nip: Nip;
    /**
     * Nama lengkap dengan gelar.
     */
    nama: string;
    pangkat?: Pangkat;
    golongan?: Golongan;
    /**
     * Nama jabatan (dianjurkan).
     */
    jabatan?: string;
    /**
     * Opsional; mengaktifkan angka kredit (RULES.md §2.8).
     */
    jenjang?: 'pemula' | 'terampil' | 'mahir' | 'penyelia' | 'ahli-pertama' | 'ahli-muda' | 'ahli-madya' | 'ahli-utama';
    /**
     * ID unit kerja dari berkas unit-kerja.
     */
    unit: string;
  };
  /**
   * Bulan-bulan yang dicakup SKP ini di dalam tahunnya (mutasi, promosi, CPNS yang diangkat di tengah tahun). Bawaan: seluruh tahun. Beberapa SKP satu NIP dalam satu tahun boleh asalkan masanya tidak bertumpang tindih (RULES.md §2.0).
   */
  masa?: {
    /**
     * Bulan pertama, YYYY-MM, di dalam tahun SKP.
     */
    mulai: string;
    /**
     * Bulan terakhir, YYYY-MM, di dalam tahun SKP, tidak sebelum mulai.
     */
    selesai: string;
  };
  /**
   * Pejabat penilai kinerja, biasanya atasan langsung. Bila tidak diisi: peringatan PENILAI_TIDAK_ADA (kecuali memang tidak ada, mis. penilai adalah kepala daerah: isi nama saja).
   */
  penilai?: {
    /**
     * NIP 18 digit penilai; spasi dibuang. Kosongkan hanya bila penilai adalah pejabat negara tanpa NIP (mis. kepala daerah).
     */
    nip?: string;
    /**
     * Nama lengkap penilai.
     */
    nama?: string;
    pangkat?: Pangkat;
    golongan?: Golongan;
    /**
     * Jabatan penilai. Bila kosong, diambil dari SKP-nya sendiri di workspace.
     */
    jabatan?: string;
    /**
     * ID unit dari berkas unit-kerja, atau nama unit bila di luar daftar. Bila kosong, diambil dari SKP-nya sendiri di workspace.
     */
    unit?: string;
  };
  /**
   * Atasan pejabat penilai kinerja, untuk blok identitas ketiga Dokumen Evaluasi Kinerja Pegawai. Bila kosong: penilai dari SKP penilai di workspace.
   */
  atasan_penilai?: {
    /**
     * NIP 18 digit atasan pejabat penilai; spasi dibuang. Kosongkan bila ia pejabat negara tanpa NIP.
     */
    nip?: string;
    /**
     * Nama lengkap atasan pejabat penilai.
     */
    nama?: string;
    pangkat?: Pangkat;
    golongan?: Golongan;
    /**
     * Jabatan atasan penilai. Bila kosong, diambil dari SKP-nya sendiri di workspace.
     */
    jabatan?: string;
    /**
     * ID unit dari berkas unit-kerja, atau nama unit bila di luar daftar. Bila kosong, diambil dari SKP-nya sendiri di workspace.
     */
    unit?: string;
  };
  /**
   * kuantitatif (bawaan): rating dihitung dari capaian; kualitatif: rating hanya dari penilaian eksplisit atasan.
   */
  pendekatan?: 'kuantitatif' | 'kualitatif';
  /**
   * Daftar RHK utama dan tambahan.
   *
   * @minItems 1
   */
  hasil_kerja: {
    /**
     * Unik dalam SKP ini; dirujuk oleh `intervensi` SKP bawahan.
     */
    id: string;
    /**
     * utama atau tambahan; RHK tambahan tidak masuk rerata capaian.
     */
    jenis: 'utama' | 'tambahan';
    /**
     * Rumusan rencana hasil kerja (dianjurkan; tanpa uraian: peringatan RHK_TANPA_URAIAN).
     */
    uraian?: string;
    /**
     * ID RHK di SKP penilai (cascading); wajib untuk RHK utama bila SKP penilai ada di workspace.
     */
    intervensi?: string;
    /**
     * Persen; semua-atau-tidak-sama-sekali di RHK utama dan berjumlah 100; tidak boleh di RHK tambahan.
     */
    bobot?: number;
    /**
     * Indikator kinerja individu RHK ini.
     *
     * @minItems 1
     */
    indikator: {
      /**
       * ID indikator di katalog-indikator.
       */
      ref?: string;
      /**
       * Kunci indikator di SKP dan di kolom `indikator` CSV; unik dalam SKP. Tanpa `ref`, indikator didefinisikan di sini.
       */
      id?: string;
      /**
       * Uraian indikator kinerja individu.
       */
      nama?: string;
      /**
       * Satuan target dan realisasi, mis. persen, dokumen, hari, indeks.
       */
      satuan?: string;
      /**
       * Aspek indikator: kuantitas, kualitas, waktu, atau biaya.
       */
      aspek?: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya';
      /**
       * maksimal: makin tinggi makin baik (capaian = r/t×100); minimal: makin rendah makin baik (capaian = (2 − r/t)×100, PermenPAN-RB 8/2021).
       */
      polaritas?: 'maksimal' | 'minimal';
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
      target?: Target;
      /**
       * Pengganti target hanya bila periode penilaian sama persis dengan kuncinya (mis. 2026-TW1); kunci harus di tahun SKP.
       */
      target_periode?: {
        [k: string]: Target;
      };
      /**
       * Hanya untuk metode pp-30-2019 (PermenPAN-RB 8/2021 huruf i): target yang sudah maksimal, mis. persentase pengelolaan keuangan bebas temuan material 100 %; capaian 100 % diberi nilai 120. Metode lain mengabaikannya.
       */
      target_maksimal?: boolean;
    }[];
  }[];
  /**
   * Ekspektasi khusus pimpinan per nilai BerAKHLAK (opsional).
   */
  perilaku?: {
    /**
     * Per nilai inti BerAKHLAK.
     */
    ekspektasi_khusus?: {
      /**
       * Ekspektasi khusus untuk nilai Berorientasi Pelayanan.
       */
      berorientasi_pelayanan?: string;
      /**
       * Ekspektasi khusus untuk nilai Akuntabel.
       */
      akuntabel?: string;
      /**
       * Ekspektasi khusus untuk nilai Kompeten.
       */
      kompeten?: string;
      /**
       * Ekspektasi khusus untuk nilai Harmonis.
       */
      harmonis?: string;
      /**
       * Ekspektasi khusus untuk nilai Loyal.
       */
      loyal?: string;
      /**
       * Ekspektasi khusus untuk nilai Adaptif.
       */
      adaptif?: string;
      /**
       * Ekspektasi khusus untuk nilai Kolaboratif.
       */
      kolaboratif?: string;
    };
  };
}
