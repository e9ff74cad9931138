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
   * Temuan berkas dan unit.
   */
  temuan: Temuan[];
} & (
  | {
      /**
       * PermenPAN-RB 6/2022.
       */
      metode: 'permenpan-rb-6-2022';
      /**
       * Hasil per pegawai menurut PermenPAN-RB 6/2022.
       */
      pegawai: PegawaiPermenpanRb_6_2022[];
      /**
       * Unit menurut PermenPAN-RB 6/2022, dengan kurva distribusi.
       */
      unit: UnitPermenpanRb_6_2022[];
      /**
       * Tim kerja menurut PermenPAN-RB 6/2022.
       */
      tim: TimPermenpanRb_6_2022[];
    }
  | {
      /**
       * PP 30/2019.
       */
      metode: 'pp-30-2019';
      /**
       * Hasil per pegawai menurut PP 30/2019.
       */
      pegawai: PegawaiPp_30_2019[];
      /**
       * Unit menurut PP 30/2019, tanpa kurva.
       */
      unit: UnitPp_30_2019[];
      /**
       * Tim kerja menurut PP 30/2019.
       */
      tim: TimPp_30_2019[];
    }
  | {
      /**
       * PP 46/2011.
       */
      metode: 'pp-46-2011';
      /**
       * Hasil per pegawai menurut PP 46/2011.
       */
      pegawai: PegawaiPp_46_2011[];
      /**
       * Unit menurut PP 46/2011, tanpa kurva.
       */
      unit: UnitPp_46_2011[];
      /**
       * Tim kerja menurut PP 46/2011.
       */
      tim: TimPp_46_2011[];
    }
);
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
/**
 * Hasil satu unit (subpohonnya).
 */
export interface UnitPermenpanRb_6_2022 {
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
}
/**
 * Hasil satu tim kerja.
 */
export interface TimPermenpanRb_6_2022 {
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
}
/**
 * Hasil satu pegawai menurut PP 30/2019 dan PermenPAN-RB 8/2021.
 */
export interface PegawaiPp_30_2019 {
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
   * Rata-rata nilai RHK utama berbobot, 2 desimal; null bila tidak dapat dihitung atau pegawai punya beberapa SKP (lihat skp).
   */
  nilai_ku: number | null;
  /**
   * Σ nilai × bobot / 100 RHK tambahan, paling besar 10, 2 desimal; null bila SKP tidak dinilai atau pegawai punya beberapa SKP (lihat skp).
   */
  nilai_kt: number | null;
  /**
   * Nilai KU + Nilai KT, 2 desimal; null bila Nilai KU tidak ada.
   */
  nilai_skp: number | null;
  /**
   * Nilai perilaku 0–100: kolom nilai_perilaku, atau dengan dengan_360 dari penilaian 360°; null bila tidak ada.
   */
  nilai_perilaku: number | null;
  /**
   * penilai (kolom CSV penilaian) atau 360; null bila tidak ada.
   */
  sumber_perilaku: 'penilai' | '360' | null;
  /**
   * 70 % Nilai SKP + 30 % nilai perilaku (60/40 dengan dengan_360), 2 desimal; null bila salah satunya tidak ada.
   */
  nilai_akhir: number | null;
  /**
   * Kolom inovasi CSV penilaian: syarat predikat Sangat Baik.
   */
  inovasi: boolean;
  /**
   * Predikat PP 30/2019 dari nilai akhir yang dilaporkan.
   */
  predikat: 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang' | 'Sangat Kurang' | null;
  /**
   * Mengapa nilai akhir tidak ada: SKP_TIDAK_VALID, NILAI_SKP_TIDAK_DINILAI, NILAI_PERILAKU_TIDAK_ADA.
   */
  alasan: ('SKP_TIDAK_VALID' | 'NILAI_SKP_TIDAK_DINILAI' | 'NILAI_PERILAKU_TIDAK_ADA')[];
  /**
   * Selalu null di metode ini.
   */
  angka_kredit: null;
  /**
   * Selalu null di metode ini.
   */
  tindak_lanjut: null;
  /**
   * Jam pelajaran pengembangan kompetensi di periode.
   */
  jp_kompetensi: number | null;
  /**
   * RHK dan IKI-nya, urut SKP; bagi pegawai dengan beberapa SKP: RHK SKP dengan bulan terbanyak (semua ada di skp).
   */
  hasil_kerja: {
    /**
     * ID RHK.
     */
    id: string;
    /**
     * utama atau tambahan.
     */
    jenis: 'utama' | 'tambahan';
    /**
     * Bobot (persen); null bila tidak ada.
     */
    bobot: number | null;
    /**
     * Rata-rata nilai IKI-nya, 2 desimal; null bila ada IKI tanpa nilai.
     */
    nilai: number | null;
    /**
     * Indikator kinerja individu RHK ini.
     */
    iki: {
      /**
       * Kunci indikator (IKI).
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
       * Realisasi di periode, 2 desimal; null bila tidak ada baris.
       */
      realisasi: number | null;
      /**
       * Capaian (persen, RULES.md §2.3, tidak dibatasi), 2 desimal; null bila tidak dapat dihitung.
       */
      capaian: number | null;
      /**
       * Target adalah maksimal: capaian 100 % bernilai 120 (PermenPAN-RB 8/2021 huruf i).
       */
      target_maksimal: boolean;
      /**
       * Nilai capaian 0–120, 2 desimal; null bila capaian tidak ada.
       */
      nilai: number | null;
    }[];
  }[];
  /**
   * Ada bila salah satu SKP pegawai menyatakan masa: setiap SKP yang masanya bertemu periode, urut masa. Nilai SKP pegawai adalah rata-rata berbobot bulan; rincian di atas dari SKP dengan bulan terbanyak.
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
     * Bulan periode yang dipegang SKP ini.
     */
    bulan: number;
    /**
     * Nilai SKP ini atas periode ∩ masa, 2 desimal; null bila tidak dapat dihitung.
     */
    nilai_skp: number | null;
    /**
     * Nilai KU SKP ini, 2 desimal; null bila tidak dapat dihitung.
     */
    nilai_ku: number | null;
    /**
     * Nilai KT SKP ini, 2 desimal.
     */
    nilai_kt: number;
    /**
     * RHK SKP ini.
     */
    hasil_kerja: {
      /**
       * ID RHK.
       */
      id: string;
      /**
       * utama atau tambahan.
       */
      jenis: 'utama' | 'tambahan';
      /**
       * Bobot (persen); null bila tidak ada.
       */
      bobot: number | null;
      /**
       * Rata-rata nilai IKI-nya, 2 desimal; null bila ada IKI tanpa nilai.
       */
      nilai: number | null;
      /**
       * Indikator kinerja individu RHK ini.
       */
      iki: {
        /**
         * Kunci indikator (IKI).
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
         * Realisasi di periode, 2 desimal; null bila tidak ada baris.
         */
        realisasi: number | null;
        /**
         * Capaian (persen, RULES.md §2.3, tidak dibatasi), 2 desimal; null bila tidak dapat dihitung.
         */
        capaian: number | null;
        /**
         * Target adalah maksimal: capaian 100 % bernilai 120 (PermenPAN-RB 8/2021 huruf i).
         */
        target_maksimal: boolean;
        /**
         * Nilai capaian 0–120, 2 desimal; null bila capaian tidak ada.
         */
        nilai: number | null;
      }[];
    }[];
  }[];
  /**
   * Temuan penilaian pegawai ini.
   */
  temuan: Temuan[];
}
/**
 * Satu unit menurut PP 30/2019.
 */
export interface UnitPp_30_2019 {
  /**
   * ID unit.
   */
  id: string;
  /**
   * Nama unit.
   */
  nama: string;
  /**
   * ID unit induk; null untuk akar.
   */
  induk: string | null;
  /**
   * Pegawai dinilai di subpohon unit.
   */
  jumlah_pegawai: number;
  /**
   * Jumlah pegawai per predikat PP 30/2019 dan yang tidak dinilai.
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
     * Jumlah pegawai berpredikat Cukup.
     */
    Cukup: number;
    /**
     * Jumlah pegawai berpredikat Kurang.
     */
    Kurang: number;
    /**
     * Jumlah pegawai berpredikat Sangat Kurang.
     */
    'Sangat Kurang': number;
    /**
     * Jumlah pegawai tanpa nilai akhir.
     */
    tidak_dinilai: number;
  };
  /**
   * Rata-rata nilai akhir pegawai yang dinilai, 2 desimal; null bila tidak ada.
   */
  rata_rata_nilai_akhir: number | null;
  /**
   * Selalu null: kurva distribusi hanya ada di PermenPAN-RB 6/2022.
   */
  kurva: null;
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
}
/**
 * Satu tim menurut PP 30/2019.
 */
export interface TimPp_30_2019 {
  /**
   * ID tim.
   */
  id: string;
  /**
   * Nama tim.
   */
  nama: string;
  /**
   * Anggota tim yang dinilai.
   */
  jumlah_pegawai: number;
  /**
   * Jumlah pegawai per predikat PP 30/2019 dan yang tidak dinilai.
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
     * Jumlah pegawai berpredikat Cukup.
     */
    Cukup: number;
    /**
     * Jumlah pegawai berpredikat Kurang.
     */
    Kurang: number;
    /**
     * Jumlah pegawai berpredikat Sangat Kurang.
     */
    'Sangat Kurang': number;
    /**
     * Jumlah pegawai tanpa nilai akhir.
     */
    tidak_dinilai: number;
  };
  /**
   * Rata-rata nilai akhir pegawai yang dinilai, 2 desimal; null bila tidak ada.
   */
  rata_rata_nilai_akhir: number | null;
  /**
   * Persen PNS memenuhi JP.
   */
  kepatuhan_jp: number | null;
}
/**
 * Hasil satu pegawai menurut PP 46/2011 dan Perka BKN 1/2013.
 */
export interface PegawaiPp_46_2011 {
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
   * Rata-rata nilai capaian kegiatan + nilai tugas tambahan, 2 desimal; null bila tidak dapat dihitung.
   */
  nilai_skp: number | null;
  /**
   * Nilai perilaku kerja 0–100 dari kolom nilai_perilaku CSV penilaian; null bila tidak ada.
   */
  nilai_perilaku: number | null;
  /**
   * 60 % Nilai SKP + 40 % nilai perilaku, 2 desimal; null bila salah satunya tidak ada.
   */
  nilai_akhir: number | null;
  /**
   * Sebutan PP 46/2011 dari nilai akhir yang dilaporkan.
   */
  predikat: 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang' | 'Buruk' | null;
  /**
   * Mengapa nilai akhir tidak ada: SKP_TIDAK_VALID, NILAI_SKP_TIDAK_DINILAI, NILAI_PERILAKU_TIDAK_ADA.
   */
  alasan: ('SKP_TIDAK_VALID' | 'NILAI_SKP_TIDAK_DINILAI' | 'NILAI_PERILAKU_TIDAK_ADA')[];
  /**
   * Selalu null di metode ini.
   */
  angka_kredit: null;
  /**
   * Selalu null di metode ini.
   */
  tindak_lanjut: null;
  /**
   * Jam pelajaran pengembangan kompetensi di periode.
   */
  jp_kompetensi: number | null;
  /**
   * RHK tambahan dengan realisasi di periode dan nilainya (1–3 → 1, 4–6 → 2, ≥ 7 → 3); null bila SKP tidak dinilai atau pegawai punya beberapa SKP (lihat skp).
   */
  tugas_tambahan: null | {
    /**
     * RHK tambahan dengan realisasi.
     */
    jumlah: number;
    /**
     * Nilai tugas tambahan 0–3.
     */
    nilai: number;
  };
  /**
   * Setiap RHK utama sebagai kegiatan tugas jabatan, urut SKP; bagi pegawai dengan beberapa SKP: kegiatan SKP dengan bulan terbanyak (semua ada di skp).
   */
  kegiatan: {
    /**
     * ID RHK utama (kegiatan tugas jabatan).
     */
    id: string;
    /**
     * Uraian RHK; null bila tidak ada.
     */
    uraian: string | null;
    /**
     * Aspek kuantitas; null bila kegiatan tidak punya indikator aspek ini.
     */
    kuantitas: null | {
      /**
       * Kunci indikator aspek ini.
       */
      indikator: string;
      /**
       * Target, 2 desimal; null bila tidak ada.
       */
      target: number | null;
      /**
       * Realisasi di periode, 2 desimal; null bila tidak ada baris.
       */
      realisasi: number | null;
      /**
       * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
       */
      nilai: number | null;
    };
    /**
     * Aspek kualitas; null bila kegiatan tidak punya indikator aspek ini.
     */
    kualitas: null | {
      /**
       * Kunci indikator aspek ini.
       */
      indikator: string;
      /**
       * Target, 2 desimal; null bila tidak ada.
       */
      target: number | null;
      /**
       * Realisasi di periode, 2 desimal; null bila tidak ada baris.
       */
      realisasi: number | null;
      /**
       * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
       */
      nilai: number | null;
    };
    /**
     * Aspek waktu; null bila kegiatan tidak punya indikator aspek ini.
     */
    waktu: null | {
      /**
       * Kunci indikator aspek ini.
       */
      indikator: string;
      /**
       * Target, 2 desimal; null bila tidak ada.
       */
      target: number | null;
      /**
       * Realisasi di periode, 2 desimal; null bila tidak ada baris.
       */
      realisasi: number | null;
      /**
       * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
       */
      nilai: number | null;
      /**
       * Efisiensi (persen): 100 − R × 100 / T, 2 desimal; di atas 24 memakai cabang kedua Perka BKN 1/2013.
       */
      efisiensi: number | null;
    };
    /**
     * Aspek biaya; null bila kegiatan tidak punya indikator aspek ini.
     */
    biaya: null | {
      /**
       * Kunci indikator aspek ini.
       */
      indikator: string;
      /**
       * Target, 2 desimal; null bila tidak ada.
       */
      target: number | null;
      /**
       * Realisasi di periode, 2 desimal; null bila tidak ada baris.
       */
      realisasi: number | null;
      /**
       * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
       */
      nilai: number | null;
      /**
       * Efisiensi (persen): 100 − R × 100 / T, 2 desimal; di atas 24 memakai cabang kedua Perka BKN 1/2013.
       */
      efisiensi: number | null;
    };
    /**
     * false bila RO = 0: kegiatan tidak dilaksanakan, semua aspek 0; null bila kegiatan tidak dinilai.
     */
    dilaksanakan: boolean | null;
    /**
     * (Kuantitas + Kualitas + Waktu [+ Biaya]) / 3 [atau 4], 2 desimal; null bila tidak dinilai.
     */
    nilai: number | null;
    /**
     * Mengapa kegiatan tidak dinilai; null bila dinilai.
     */
    alasan: 'PP46_ASPEK' | 'TARGET_RENTANG' | 'TARGET_NOL' | 'TANPA_REALISASI' | null;
  }[];
  /**
   * Ada bila salah satu SKP pegawai menyatakan masa: setiap SKP yang masanya bertemu periode, urut masa. Nilai SKP pegawai adalah rata-rata berbobot bulan; rincian di atas dari SKP dengan bulan terbanyak.
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
     * Bulan periode yang dipegang SKP ini.
     */
    bulan: number;
    /**
     * Nilai SKP ini atas periode ∩ masa, 2 desimal; null bila tidak dapat dihitung.
     */
    nilai_skp: number | null;
    /**
     * Tugas tambahan SKP ini.
     */
    tugas_tambahan: {
      /**
       * RHK tambahan dengan realisasi.
       */
      jumlah: number;
      /**
       * Nilai tugas tambahan 0–3.
       */
      nilai: number;
    };
    /**
     * Kegiatan SKP ini.
     */
    kegiatan: {
      /**
       * ID RHK utama (kegiatan tugas jabatan).
       */
      id: string;
      /**
       * Uraian RHK; null bila tidak ada.
       */
      uraian: string | null;
      /**
       * Aspek kuantitas; null bila kegiatan tidak punya indikator aspek ini.
       */
      kuantitas: null | {
        /**
         * Kunci indikator aspek ini.
         */
        indikator: string;
        /**
         * Target, 2 desimal; null bila tidak ada.
         */
        target: number | null;
        /**
         * Realisasi di periode, 2 desimal; null bila tidak ada baris.
         */
        realisasi: number | null;
        /**
         * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
         */
        nilai: number | null;
      };
      /**
       * Aspek kualitas; null bila kegiatan tidak punya indikator aspek ini.
       */
      kualitas: null | {
        /**
         * Kunci indikator aspek ini.
         */
        indikator: string;
        /**
         * Target, 2 desimal; null bila tidak ada.
         */
        target: number | null;
        /**
         * Realisasi di periode, 2 desimal; null bila tidak ada baris.
         */
        realisasi: number | null;
        /**
         * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
         */
        nilai: number | null;
      };
      /**
       * Aspek waktu; null bila kegiatan tidak punya indikator aspek ini.
       */
      waktu: null | {
        /**
         * Kunci indikator aspek ini.
         */
        indikator: string;
        /**
         * Target, 2 desimal; null bila tidak ada.
         */
        target: number | null;
        /**
         * Realisasi di periode, 2 desimal; null bila tidak ada baris.
         */
        realisasi: number | null;
        /**
         * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
         */
        nilai: number | null;
        /**
         * Efisiensi (persen): 100 − R × 100 / T, 2 desimal; di atas 24 memakai cabang kedua Perka BKN 1/2013.
         */
        efisiensi: number | null;
      };
      /**
       * Aspek biaya; null bila kegiatan tidak punya indikator aspek ini.
       */
      biaya: null | {
        /**
         * Kunci indikator aspek ini.
         */
        indikator: string;
        /**
         * Target, 2 desimal; null bila tidak ada.
         */
        target: number | null;
        /**
         * Realisasi di periode, 2 desimal; null bila tidak ada baris.
         */
        realisasi: number | null;
        /**
         * Nilai aspek, 2 desimal; null bila kegiatan tidak dinilai.
         */
        nilai: number | null;
        /**
         * Efisiensi (persen): 100 − R × 100 / T, 2 desimal; di atas 24 memakai cabang kedua Perka BKN 1/2013.
         */
        efisiensi: number | null;
      };
      /**
       * false bila RO = 0: kegiatan tidak dilaksanakan, semua aspek 0; null bila kegiatan tidak dinilai.
       */
      dilaksanakan: boolean | null;
      /**
       * (Kuantitas + Kualitas + Waktu [+ Biaya]) / 3 [atau 4], 2 desimal; null bila tidak dinilai.
       */
      nilai: number | null;
      /**
       * Mengapa kegiatan tidak dinilai; null bila dinilai.
       */
      alasan: 'PP46_ASPEK' | 'TARGET_RENTANG' | 'TARGET_NOL' | 'TANPA_REALISASI' | null;
    }[];
  }[];
  /**
   * Temuan penilaian pegawai ini.
   */
  temuan: Temuan[];
}
/**
 * Satu unit menurut PP 46/2011.
 */
export interface UnitPp_46_2011 {
  /**
   * ID unit.
   */
  id: string;
  /**
   * Nama unit.
   */
  nama: string;
  /**
   * ID unit induk; null untuk akar.
   */
  induk: string | null;
  /**
   * Pegawai dinilai di subpohon unit.
   */
  jumlah_pegawai: number;
  /**
   * Jumlah pegawai per predikat PP 46/2011 dan yang tidak dinilai.
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
     * Jumlah pegawai berpredikat Cukup.
     */
    Cukup: number;
    /**
     * Jumlah pegawai berpredikat Kurang.
     */
    Kurang: number;
    /**
     * Jumlah pegawai berpredikat Buruk.
     */
    Buruk: number;
    /**
     * Jumlah pegawai tanpa nilai akhir.
     */
    tidak_dinilai: number;
  };
  /**
   * Rata-rata nilai akhir pegawai yang dinilai, 2 desimal; null bila tidak ada.
   */
  rata_rata_nilai_akhir: number | null;
  /**
   * Selalu null: kurva distribusi hanya ada di PermenPAN-RB 6/2022.
   */
  kurva: null;
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
}
/**
 * Satu tim menurut PP 46/2011.
 */
export interface TimPp_46_2011 {
  /**
   * ID tim.
   */
  id: string;
  /**
   * Nama tim.
   */
  nama: string;
  /**
   * Anggota tim yang dinilai.
   */
  jumlah_pegawai: number;
  /**
   * Jumlah pegawai per predikat PP 46/2011 dan yang tidak dinilai.
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
     * Jumlah pegawai berpredikat Cukup.
     */
    Cukup: number;
    /**
     * Jumlah pegawai berpredikat Kurang.
     */
    Kurang: number;
    /**
     * Jumlah pegawai berpredikat Buruk.
     */
    Buruk: number;
    /**
     * Jumlah pegawai tanpa nilai akhir.
     */
    tidak_dinilai: number;
  };
  /**
   * Rata-rata nilai akhir pegawai yang dinilai, 2 desimal; null bila tidak ada.
   */
  rata_rata_nilai_akhir: number | null;
  /**
   * Persen PNS memenuhi JP.
   */
  kepatuhan_jp: number | null;
}
