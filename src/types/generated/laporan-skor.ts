/* Generated from schemas/laporan-skor.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * Keluaran `asn-kinerja score --format json` (versi_format 1).
 */
export type LaporanSkor = {
  /**
   * Versi kontrak JSON.
   */
  versi_format: 1;
  /**
   * Versi asn-kinerja.
   */
  versi_alat: string;
  /**
   * Versi paket aturan.
   */
  versi_metode: string;
  /**
   * Periode dinilai.
   */
  periode: string;
  /**
   * Berkas CSV dan lembar buku kerja (.xlsx) yang dibaca.
   */
  sumber: {
    /**
     * Path relatif workspace.
     */
    path: string;
    /**
     * Buku kerja (.xlsx): lembar yang dibaca (satu entri per lembar).
     */
    lembar?: string;
    /**
     * Peran CSV.
     */
    jenis: string | null;
    /**
     * Hash isi berkas.
     */
    sha256: string | null;
    /**
     * utf-8, windows-1252, utf-16le atau utf-16be; null untuk lembar .xlsx.
     */
    encoding: string | null;
    /**
     * Pemisah kolom; null untuk lembar .xlsx.
     */
    pemisah: string | null;
    /**
     * koma atau titik.
     */
    desimal: string | null;
    /**
     * Jumlah baris dibaca.
     */
    baris_dibaca: number;
    /**
     * Jumlah baris dipakai.
     */
    baris_dipakai: number;
    /**
     * Jumlah baris ditolak.
     */
    baris_ditolak: number;
    /**
     * Jumlah baris diabaikan.
     */
    baris_diabaikan: number;
  }[];
  /**
   * Jumlah pegawai dan temuan.
   */
  ringkasan: {
    /**
     * SKP yang dinilai.
     */
    pegawai: number;
    /**
     * Pegawai berpredikat.
     */
    dinilai: number;
    /**
     * Temuan error.
     */
    error: number;
    /**
     * Temuan peringatan.
     */
    peringatan: number;
    /**
     * Temuan info.
     */
    info: number;
  };
  /**
   * Urut ID.
   */
  unit: {
    /**
     * ID unit.
     */
    id: string;
    /**
     * Nama unit.
     */
    nama: string;
    /**
     * Unit induk.
     */
    induk: string | null;
    /**
     * SKP yang dinilai di subpohon.
     */
    jumlah_pegawai: number;
    /**
     * Jumlah pegawai per predikat dan yang tidak dinilai.
     */
    distribusi: {
      /**
       * Jumlah pegawai berpredikat Sangat Baik.
       */
      'Sangat Baik': number;
      /**
       * Jumlah pegawai berpredikat Baik.
       */
      Baik: number;
      /**
       * Jumlah pegawai berpredikat Butuh Perbaikan.
       */
      'Butuh Perbaikan': number;
      /**
       * Jumlah pegawai berpredikat Kurang/Misconduct.
       */
      'Kurang/Misconduct': number;
      /**
       * Jumlah pegawai berpredikat Sangat Kurang.
       */
      'Sangat Kurang': number;
      /**
       * Pegawai tanpa predikat.
       */
      tidak_dinilai: number;
    };
    /**
     * Rata-rata capaian hasil kerja yang tidak null (2 desimal).
     */
    rata_rata_capaian: number | null;
    /**
     * Cukup dinormalkan ke Butuh Perbaikan.
     */
    predikat_organisasi: 'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Kurang' | 'Sangat Kurang' | null;
    /**
     * Pemeriksaan kurva distribusi.
     */
    kurva: {
      /**
       * Apakah kurva diperiksa.
       */
      diperiksa: boolean;
      /**
       * Mengapa tidak diperiksa.
       */
      alasan: 'PERIODE_BUKAN_TAHUNAN' | 'TANPA_PREDIKAT_ORGANISASI' | 'PEGAWAI_KURANG' | null;
      /**
       * Hasil pemeriksaan; null bila tidak diperiksa.
       */
      sesuai: boolean | null;
      /**
       * Pegawai berpredikat yang diperiksa kurva: subpohon unit tanpa pimpinan unit itu sendiri (RULES.md §3).
       */
      jumlah: number;
      /**
       * Jumlah per predikat yang diperiksa kurva (tanpa pimpinan unit).
       */
      distribusi: {
        /**
         * Jumlah pegawai berpredikat Sangat Baik.
         */
        'Sangat Baik': number;
        /**
         * Jumlah pegawai berpredikat Baik.
         */
        Baik: number;
        /**
         * Jumlah pegawai berpredikat Butuh Perbaikan.
         */
        'Butuh Perbaikan': number;
        /**
         * Jumlah pegawai berpredikat Kurang/Misconduct.
         */
        'Kurang/Misconduct': number;
        /**
         * Jumlah pegawai berpredikat Sangat Kurang.
         */
        'Sangat Kurang': number;
      };
      /**
       * Aturan yang dilanggar.
       */
      pelanggaran: {
        /**
         * Jenis aturan.
         */
        aturan: 'maksimal' | 'minimal' | 'mayoritas' | 'terbanyak' | 'harus_ada' | 'nol';
        /**
         * Predikat yang diatur.
         */
        predikat: ('Sangat Baik' | 'Baik' | 'Butuh Perbaikan' | 'Kurang/Misconduct' | 'Sangat Kurang')[];
        /**
         * Jumlah sekarang.
         */
        jumlah: number;
        /**
         * Batas aturan.
         */
        batas: number;
      }[];
      /**
       * Langkah terkecil agar sesuai; null bila tidak mungkin.
       */
      saran:
        | {
            /**
             * Predikat asal.
             */
            dari: 'Sangat Baik' | 'Baik' | 'Butuh Perbaikan' | 'Kurang/Misconduct' | 'Sangat Kurang';
            /**
             * Predikat tujuan.
             */
            ke: 'Sangat Baik' | 'Baik' | 'Butuh Perbaikan' | 'Kurang/Misconduct' | 'Sangat Kurang';
            /**
             * Banyak pegawai.
             */
            jumlah: number;
          }[]
        | null;
    };
    /**
     * IKM subpohon unit (PermenPAN-RB 14/2017); null bila workspace tanpa data SKM.
     */
    ikm: null | {
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
    };
    /**
     * Persen PNS yang memenuhi JP minimal.
     */
    kepatuhan_jp: number | null;
  }[];
  /**
   * Urut ID.
   */
  tim: {
    /**
     * ID tim.
     */
    id: string;
    /**
     * Nama tim.
     */
    nama: string;
    /**
     * Anggota yang dinilai.
     */
    jumlah_pegawai: number;
    /**
     * Jumlah pegawai per predikat dan yang tidak dinilai.
     */
    distribusi: {
      /**
       * Jumlah pegawai berpredikat Sangat Baik.
       */
      'Sangat Baik': number;
      /**
       * Jumlah pegawai berpredikat Baik.
       */
      Baik: number;
      /**
       * Jumlah pegawai berpredikat Butuh Perbaikan.
       */
      'Butuh Perbaikan': number;
      /**
       * Jumlah pegawai berpredikat Kurang/Misconduct.
       */
      'Kurang/Misconduct': number;
      /**
       * Jumlah pegawai berpredikat Sangat Kurang.
       */
      'Sangat Kurang': number;
      /**
       * Pegawai tanpa predikat.
       */
      tidak_dinilai: number;
    };
    /**
     * 2 desimal.
     */
    rata_rata_capaian: number | null;
    /**
     * Persen PNS memenuhi JP.
     */
    kepatuhan_jp: number | null;
  }[];
  /**
   * Temuan berkas dan unit.
   */
  temuan: Temuan[];
} & {
  /**
   * PermenPAN-RB 6/2022.
   */
  metode: 'permenpan-rb-6-2022';
  /**
   * Hasil per pegawai menurut PermenPAN-RB 6/2022.
   */
  pegawai: PegawaiPermenpanRb_6_2022[];
};
/**
 * Per RHK. Bagi pegawai dengan beberapa SKP setahun: RHK dari SKP yang menentukan rating hasil kerja (masa terpanjang di periode; seri: yang kemudian).
 */
export type HasilKerjaPermenpanRb_6_2022 = {
  /**
   * ID RHK.
   */
  id: string;
  /**
   * utama atau tambahan.
   */
  jenis: 'utama' | 'tambahan';
  /**
   * Bobot RHK bila ada.
   */
  bobot: number | null;
  /**
   * Rata-rata capaian indikator (2 desimal).
   */
  capaian: number | null;
  /**
   * Rating RHK utama dari capaiannya sendiri (RULES.md §2.4); null untuk RHK tambahan atau tanpa capaian.
   */
  rating: 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi' | null;
  /**
   * Indikator RHK.
   */
  indikator: {
    /**
     * Kunci indikator.
     */
    id: string;
    /**
     * Target untuk periode (angka atau rentang), 2 desimal; null bila tidak ada.
     */
    target:
      | number
      | null
      | {
          /**
           * Batas bawah.
           */
          min: number;
          /**
           * Batas atas.
           */
          maks: number;
        };
    /**
     * Realisasi terkonsolidasi di periode (2 desimal).
     */
    realisasi: number | null;
    /**
     * Capaian persen (2 desimal).
     */
    capaian: number | null;
    /**
     * Jumlah bulan periode yang punya data.
     */
    bulan_tercakup: number | null;
  }[];
}[];

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
/**
 * Hasil satu pegawai menurut PermenPAN-RB 6/2022 (RULES.md §2).
 */
export interface PegawaiPermenpanRb_6_2022 {
  /**
   * NIP 18 digit.
   */
  nip: string;
  /**
   * Nama pegawai.
   */
  nama: string;
  /**
   * ID unit di SKP.
   */
  unit: string;
  /**
   * Rata-rata berbobot RHK utama (2 desimal).
   */
  capaian_hasil_kerja: number | null;
  /**
   * Rating yang dipakai.
   */
  rating_hasil_kerja: 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi' | null;
  /**
   * Rating yang dihitung menurut hasil_kerja.cara_rating: sebaran rating RHK utama (bawaan) atau rating capaian hasil kerja (rata_rata); null bila tepat separuh RHK di bawah ekspektasi (RATING_PERLU_PENILAI).
   */
  rating_hasil_kerja_dihitung: 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi' | null;
  /**
   * Bagaimana rating_hasil_kerja_dihitung dicapai (RULES.md §2.4): cara (sebaran | rata_rata) dan jumlah RHK utama berating, berapa Di Atas / Sesuai / Di Bawah; null bila tidak ada RHK utama dengan capaian.
   */
  cara_rating: CaraRatingPermenpanRb_6_2022 | null;
  /**
   * Nilai 360° (2 desimal).
   */
  nilai_perilaku: number | null;
  /**
   * Rating yang dipakai.
   */
  rating_perilaku: 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi' | null;
  /**
   * Rating dari nilai perilaku.
   */
  rating_perilaku_dihitung: 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi' | null;
  /**
   * Asal tiap rating.
   */
  sumber_rating: {
    /**
     * penilai | organisasi | dihitung | null.
     */
    hasil_kerja: 'penilai' | 'organisasi' | 'dihitung' | null;
    /**
     * penilai | organisasi | dihitung | null.
     */
    perilaku: 'penilai' | 'organisasi' | 'dihitung' | null;
  };
  /**
   * Predikat kinerja; null bila tidak dinilai.
   */
  predikat: 'Sangat Baik' | 'Baik' | 'Butuh Perbaikan' | 'Kurang/Misconduct' | 'Sangat Kurang' | null;
  /**
   * Mengapa predikat null.
   */
  alasan: string[];
  /**
   * Angka kredit periode (2 desimal).
   */
  angka_kredit: number | null;
  /**
   * Jam pelajaran pengembangan kompetensi di periode.
   */
  jp_kompetensi: number | null;
  /**
   * Tindak lanjut menurut predikat (Pasal 5).
   */
  tindak_lanjut: null | {
    /**
     * Kode tindak lanjut.
     */
    kode: 'penghargaan' | 'pertahankan' | 'pengembangan_kinerja' | 'pembinaan_perilaku' | 'pembinaan_intensif';
    /**
     * RHK utama dengan capaian terendah.
     */
    rhk: string | null;
    /**
     * Nilai BerAKHLAK terendah.
     */
    nilai_perilaku_terendah: string[] | null;
  };
  hasil_kerja: HasilKerjaPermenpanRb_6_2022;
  /**
   * Ada bila salah satu SKP pegawai tahun ini menyatakan masa (mutasi, promosi, CPNS; RULES.md §2.0): setiap SKP yang masanya bertemu periode, urut masa, dengan hasilnya sendiri atas periode ∩ masa. Hasil di atas adalah gabungannya.
   */
  skp?: {
    /**
     * Path berkas SKP, relatif terhadap workspace.
     */
    path: string;
    /**
     * Unit kerja menurut SKP ini.
     */
    unit: string;
    /**
     * Jenjang jabatan fungsional menurut SKP ini; null bila tidak ada.
     */
    jenjang: string | null;
    /**
     * Bulan mulai dan selesai SKP (seluruh tahun bila SKP tidak menyatakannya).
     */
    masa: {
      /**
       * YYYY-MM.
       */
      mulai: string;
      /**
       * YYYY-MM.
       */
      selesai: string;
    };
    /**
     * Jumlah bulan periode ∩ masa: bobot SKP ini dalam capaian gabungan dan bagiannya dalam angka kredit.
     */
    bulan: number;
    /**
     * Capaian hasil kerja SKP ini (2 desimal); null bila tidak terhitung.
     */
    capaian_hasil_kerja: number | null;
    /**
     * Rating yang dihitung dari SKP ini saja.
     */
    rating_hasil_kerja_dihitung: 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi' | null;
    /**
     * Bagaimana rating_hasil_kerja_dihitung SKP ini dicapai; null bila tidak ada RHK utama dengan capaian.
     */
    cara_rating: CaraRatingPermenpanRb_6_2022 | null;
    /**
     * Bagian SKP ini: persen(predikat) × koefisien(jenjangnya) × bulan / 12 (2 desimal); null tanpa jenjang atau predikat.
     */
    angka_kredit: number | null;
    hasil_kerja: HasilKerjaPermenpanRb_6_2022;
  }[];
  /**
   * Temuan penilaian pegawai ini.
   */
  temuan: Temuan[];
}
/**
 * Cara dan jumlah RHK utama per rating.
 */
export interface CaraRatingPermenpanRb_6_2022 {
  /**
   * hasil_kerja.cara_rating yang dipakai.
   */
  cara: 'sebaran' | 'rata_rata';
  /**
   * RHK utama yang punya rating.
   */
  jumlah: number;
  /**
   * RHK utama Di Atas Ekspektasi.
   */
  di_atas: number;
  /**
   * RHK utama Sesuai Ekspektasi.
   */
  sesuai: number;
  /**
   * RHK utama Di Bawah Ekspektasi.
   */
  di_bawah: number;
}
