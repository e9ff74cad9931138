/* Generated from schemas/konfigurasi.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * Berkas asn-kinerja.yaml di akar workspace: metode penilaian dan ambang yang dipakai. Semua kunci selain kind opsional; nilai bawaan tertulis di tiap deskripsi.
 */
export interface Konfigurasi {
  /**
   * Selalu `konfigurasi`.
   */
  kind: 'konfigurasi';
  /**
   * Nama instansi, mis. Pemerintah Kota Contoh. Tanpa nilai bawaan.
   */
  instansi?: string;
  /**
   * Tempat pada baris tanda tangan Dokumen Evaluasi Kinerja Pegawai (asn-kinerja dokumen), mis. Kota Contoh. Bila kosong, baris tempat dibiarkan titik-titik untuk diisi tangan.
   */
  tempat?: string;
  /**
   * Tahun yang dinilai bila --periode tidak diberikan. Tanpa nilai bawaan: bila kosong, tahun --periode, atau satu-satunya tahun semua SKP.
   */
  tahun?: number;
  /**
   * Paket aturan penilaian. Bawaan: permenpan-rb-6-2022.
   */
  metode?: 'permenpan-rb-6-2022' | 'pp-30-2019' | 'pp-46-2011';
  /**
   * Ambang rating hasil kerja dan batas capaian (RULES.md §2.3–2.4).
   */
  hasil_kerja?: {
    /**
     * Capaian c (persen, nilai yang dilaporkan 2 desimal): c > di_atas → Di Atas Ekspektasi; sesuai ≤ c ≤ di_atas → Sesuai Ekspektasi; c < sesuai → Di Bawah Ekspektasi.
     */
    ambang?: {
      /**
       * Batas KETAT: capaian harus LEBIH DARI nilai ini untuk Di Atas Ekspektasi (berbeda dengan perilaku, yang inklusif). Bawaan 100.
       */
      di_atas?: number;
      /**
       * Capaian paling sedikit nilai ini (inklusif) untuk Sesuai Ekspektasi. Harus lebih kecil dari di_atas. Bawaan 90.
       */
      sesuai?: number;
    };
    /**
     * Bagaimana rating hasil kerja dihitung dari RHK utama (RULES.md §2.4). sebaran (bawaan; Lampiran PermenPAN-RB 6/2022): setiap RHK utama dinilai dari capaiannya sendiri, lalu sebarannya menentukan — sebagian besar/semua di atas dan tidak ada di bawah → Di Atas; hanya sebagian kecil di bawah → Sesuai; sebagian besar di bawah → Di Bawah; tepat separuh di bawah → pejabat penilai yang memutuskan. rata_rata: rating dari capaian hasil kerja (rata-rata berbobot).
     */
    cara_rating?: 'sebaran' | 'rata_rata';
    /**
     * Capaian satu indikator dibatasi paling tinggi nilai ini (persen). Bawaan 120. Bila ≤ ambang.di_atas, Di Atas Ekspektasi tidak mungkin dicapai (peringatan).
     */
    batas_capaian?: number;
  };
  /**
   * Skala, ambang dan bobot peran untuk penilaian 360° (RULES.md §2.5).
   */
  perilaku?: {
    /**
     * Rentang nilai yang sah di CSV perilaku. Bawaan 1–5 (3 = sesuai ekspektasi).
     */
    skala?: {
      /**
       * Bawaan 1.
       */
      min?: number;
      /**
       * Bawaan 5.
       */
      maks?: number;
    };
    /**
     * Nilai perilaku n (2 desimal): n ≥ di_atas → Di Atas Ekspektasi; sesuai ≤ n < di_atas → Sesuai Ekspektasi; selain itu Di Bawah Ekspektasi.
     */
    ambang?: {
      /**
       * Batas INKLUSIF: nilai perilaku paling sedikit nilai ini untuk Di Atas Ekspektasi (berbeda dengan hasil kerja, yang ketat). Bawaan 3.5.
       */
      di_atas?: number;
      /**
       * Nilai perilaku paling sedikit nilai ini untuk Sesuai Ekspektasi. Harus lebih kecil dari di_atas. Bawaan 2.5.
       */
      sesuai?: number;
    };
    /**
     * Bobot tiap peran dalam nilai perilaku; dinormalkan ulang atas peran yang ada. Bawaan atasan 60, rekan 20, bawahan 20, diri 0.
     */
    bobot_peran?: {
      /**
       * Bawaan 60.
       */
      atasan?: number;
      /**
       * Bawaan 20.
       */
      rekan?: number;
      /**
       * Bawaan 20.
       */
      bawahan?: number;
      /**
       * Bawaan 0.
       */
      diri?: number;
    };
    /**
     * Peran dengan penilai lebih sedikit diabaikan (peringatan). Bawaan atasan 1, lainnya 0.
     */
    minimal_penilai?: {
      /**
       * Bawaan 1.
       */
      atasan?: number;
      /**
       * Bawaan 0.
       */
      rekan?: number;
      /**
       * Bawaan 0.
       */
      bawahan?: number;
      /**
       * Bawaan 0.
       */
      diri?: number;
    };
  };
  /**
   * Pemeriksaan pola distribusi predikat per unit (SE MenPAN-RB 3/2023).
   */
  kurva?: {
    /**
     * Kurva diperiksa hanya bila unit punya paling sedikit sekian pegawai berpredikat. Bawaan 5, paling kecil 3.
     */
    minimal_pegawai?: number;
    /**
     * Cara membaca "sebagian besar" pada kurva unit Istimewa dan Baik (RULES.md §3): mayoritas (bawaan) = lebih dari separuh pegawai berpredikat di kurva; terbanyak = paling sedikit sebanyak predikat lain mana pun (seri lolos).
     */
    sebagian_besar?: 'mayoritas' | 'terbanyak';
  };
  /**
   * Pengaturan IKM (PermenPAN-RB 14/2017).
   */
  skm?: {
    /**
     * `tepat` = tepat 1/9 (bawaan), atau "0.111" / "0.11" seperti tercetak di banyak lembar kerja (Σ bobot 0,999 / 0,99).
     */
    bobot?: 'tepat' | '0.111' | '0.11';
  };
  /**
   * PP 11/2017 Pasal 203 ayat 4.
   */
  kompetensi?: {
    /**
     * Jam pelajaran pengembangan kompetensi minimal per tahun bagi PNS. Bawaan 20.
     */
    minimal_jp?: number;
  };
  /**
   * Pengaturan paket aturan lama PP 30/2019.
   */
  pp_30_2019?: {
    /**
     * true: bobot 60/40 (SKP/perilaku) alih-alih 70/30. Bawaan false.
     */
    dengan_360?: boolean;
  };
  /**
   * Pola glob path relatif workspace yang dilewati saat membaca workspace. Bawaan kosong.
   */
  abaikan?: string[];
}
