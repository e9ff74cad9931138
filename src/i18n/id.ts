/** Bahasa Indonesia: the message and the fix of every finding code. */
import type { AlasanNilai, AlasanPredikat, SebabKegiatan, SkemaArgs } from '../core/findings.js';
import { arrow, CONFIG, list, maybe, orList, q, s, type Catalogue } from './format.js';

const EXCEL_FIX =
  'Format kolom NIP sebagai Teks (Format Cells → Text) sebelum mengetik atau menempelkan NIP, lalu ketik ulang NIP lengkapnya; di YAML, tulis NIP dalam tanda kutip.';

const TYPE_NAMES: Record<string, string> = {
  number: 'angka',
  integer: 'bilangan bulat',
  string: 'teks',
  object: 'peta kunci: nilai',
  array: 'daftar (- …)',
  boolean: 'true atau false',
};

/** The parsers' error codes in words (their own messages are English; `pesan_parser` keeps them). */
const PARSER: Record<string, string> = {
  BAD_INDENT: 'indentasi atau kurung [ ] / { } tidak sejajar (butir satu peta atau daftar mulai di kolom yang sama)',
  BLOCK_AS_IMPLICIT_KEY: 'ada titik dua kedua di baris ini, atau peta di tempat nilai (beri tanda kutip pada nilai yang memuat ": ")',
  MULTILINE_IMPLICIT_KEY: 'kunci harus berada dalam satu baris',
  MISSING_CHAR: 'ada tanda yang kurang di sini: kutip penutup, ] atau }, atau titik dua setelah kunci',
  TAB_AS_INDENT: 'tab dipakai sebagai indentasi; pakai spasi',
  UNEXPECTED_TOKEN: 'ada teks yang tidak diharapkan di sini',
  BAD_SCALAR_START: 'baris atau nilai diawali karakter khusus (@, `, %); beri tanda kutip',
  BLOCK_IN_FLOW: 'daftar atau peta bertingkat di dalam [ ] atau { }',
  BAD_DQ_ESCAPE: 'urutan \\ tidak sah di dalam tanda kutip ganda',
  CSV_QUOTE_NOT_CLOSED: 'tanda kutip dibuka tetapi tidak ditutup',
  CSV_INVALID_CLOSING_QUOTE: 'ada teks setelah tanda kutip penutup',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'ada teks setelah tanda kutip penutup',
  CSV_MAX_RECORD_SIZE: 'baris terlalu panjang',
};

function schemaMessage(a: SkemaArgs): string {
  switch (a.keyword) {
    case 'required':
      return `Kunci wajib ${q(a.kunci)} tidak ada atau kosong.`;
    case 'additionalProperties':
      return `Kunci ${q(a.kunci)} tidak dikenal di sini.`;
    case 'enum':
    case 'const':
      return `Nilai ${q(a.nilai)} tidak sah; harus ${orList(a.diizinkan, 'atau')}.`;
    case 'type':
      return `Nilai ${q(a.nilai)} harus ${orList(
        a.tipe.map((t) => TYPE_NAMES[t] ?? t),
        'atau',
      )}.`;
    case 'minimum':
      return `Nilai ${s(a.nilai)} terlalu kecil; paling kecil ${s(a.batas)}.`;
    case 'exclusiveMinimum':
      return `Nilai ${s(a.nilai)} harus lebih dari ${s(a.batas)}.`;
    case 'maximum':
      return `Nilai ${s(a.nilai)} terlalu besar; paling besar ${s(a.batas)}.`;
    case 'exclusiveMaximum':
      return `Nilai ${s(a.nilai)} harus kurang dari ${s(a.batas)}.`;
    case 'minLength':
      return 'Nilai tidak boleh kosong.';
    case 'minItems':
      return `Daftar harus berisi paling sedikit ${s(a.batas)} butir.`;
    case 'pattern':
      return `Nilai ${q(a.nilai)} tidak sesuai pola ${s(a.pola)}.`;
    default:
      return `Tidak sesuai skema: ${s(a.pesan_ajv)}.`;
  }
}

function schemaFix(a: SkemaArgs): string {
  if (a.keyword === 'additionalProperties') return `Hapus atau perbaiki ejaannya; kunci yang dikenal: ${s(a.diizinkan)}.`;
  if (a.keyword === 'required') return `Tambahkan ${q(a.kunci)} dengan nilainya.`;
  // `bobot: 70,5`: YAML writes decimals with a point; the comma made it text.
  if (a.keyword === 'type' && (a.tipe.includes('number') || a.tipe.includes('integer')) && /^-?\d+,\d+$/.test(a.nilai))
    return `Di YAML desimal ditulis dengan titik: ${a.nilai.replace(',', '.')}.`;
  return 'Lihat `asn-kinerja schema` untuk bentuk yang diharapkan.';
}

const SEBAB_KEGIATAN: Record<SebabKegiatan, string> = {
  PP46_ASPEK: 'indikatornya tidak lengkap per aspek (PP46_ASPEK)',
  TARGET_RENTANG: 'targetnya rentang, PP 46/2011 memerlukan satu angka',
  TARGET_NOL: 'target kuantitas, kualitas atau waktu kosong atau 0',
  TANPA_REALISASI: 'realisasi kuantitas, kualitas, waktu atau biaya tidak ada di periode ini',
};

const ALASAN_NILAI: Record<AlasanNilai, string> = {
  SKP_TIDAK_VALID: 'SKP berisi error',
  NILAI_SKP_TIDAK_DINILAI: 'Nilai SKP tidak dapat dihitung',
  NILAI_PERILAKU_TIDAK_ADA: 'nilai perilaku tidak ada',
};

const ALASAN_PREDIKAT: Record<AlasanPredikat, string> = {
  HASIL_KERJA_TIDAK_DINILAI: 'rating hasil kerja tidak ada',
  PERILAKU_TIDAK_DINILAI: 'rating perilaku tidak ada',
};

export const id: Catalogue = {
  YAML_SINTAKS: {
    pesan: (a) =>
      `YAML tidak dapat dibaca: ${PARSER[a.kode_parser] ?? a.pesan_parser}.${a.lainnya ? ` (${s(a.lainnya)} kesalahan lanjutan tidak ditampilkan.)` : ''}`,
    perbaikan: () => 'Periksa indentasi (spasi, bukan tab), titik dua setelah kunci, dan tanda kutip yang belum ditutup.',
  },
  KUNCI_GANDA: {
    pesan: (a) => `Kunci ${q(a.kunci)} muncul dua kali di peta yang sama.`,
    perbaikan: () => 'Hapus salah satunya; YAML tidak menentukan mana yang berlaku.',
  },
  YAML_ALIAS: {
    pesan: (a) => `Alias YAML mengembang melebihi ${s(a.batas)} simpul (kemungkinan "alias bomb").`,
    perbaikan: () => 'Tulis nilainya langsung, tanpa anchor (&) dan alias (*).',
  },
  YAML_TERLALU_DALAM: {
    pesan: (a) => `YAML bersarang lebih dari ${s(a.batas)} tingkat di sini; berkas rencana kinerja hanya beberapa tingkat.`,
    perbaikan: () =>
      'Periksa kurung [ { yang tidak ditutup dan indentasi yang terus bertambah; tulis datanya sebagai daftar atau peta yang datar.',
  },
  DOKUMEN_GANDA: {
    pesan: (a) => `Berkas berisi ${s(a.jumlah)} dokumen YAML; hanya satu yang diizinkan.`,
    perbaikan: () => 'Pisahkan tiap dokumen (setelah `---`) ke berkasnya sendiri.',
  },
  TANPA_KIND: {
    pesan: () => 'YAML tanpa kunci `kind` dilewati.',
    perbaikan: () => 'Bila ini berkas asn-kinerja, tambahkan `kind:` (konfigurasi, unit-kerja, tim-kerja, katalog-indikator, skp).',
  },
  KIND_HURUF: {
    pesan: (a) => `Kunci ${q(a.kunci)}: maksud Anda \`kind\`? Nama kunci membedakan huruf besar dan kecil, jadi berkas ini tidak dikenali.`,
    perbaikan: (a) => `Tulis \`kind:\` dengan huruf kecil, bukan ${q(a.kunci)}.`,
  },
  KIND_TIDAK_DIKENAL: {
    pesan: (a) => `kind ${q(a.kind)} tidak dikenal.`,
    perbaikan: (a) => `Gunakan salah satu: ${s(a.dikenal)}.`,
  },
  YAML_TERLALU_BESAR: {
    pesan: (a) =>
      `Berkas YAML berukuran ${s(a.ukuran)} byte, melebihi batas YAML ${s(a.batas)} byte (membacanya memerlukan memori sekitar 50 kali ukurannya).`,
    perbaikan: () => 'Pecah katalog atau daftar menjadi beberapa berkas, atau naikkan batas dengan --batas-ukuran bila memori mesin cukup.',
  },
  FILE_TERLALU_BESAR: {
    pesan: (a) => `Berkas berukuran ${s(a.ukuran)} byte, melebihi batas ${s(a.batas)} byte.`,
    perbaikan: () => 'Periksa apakah ini berkas yang benar, atau naikkan batas dengan --batas-ukuran.',
  },
  FILE_BINER: {
    pesan: () => 'Berkas berisi data biner, bukan teks.',
    perbaikan: () => 'Simpan ulang sebagai teks UTF-8.',
  },
  FILE_ENCODING: {
    pesan: () => 'Berkas YAML bukan UTF-8 yang sah.',
    perbaikan: () => 'Simpan ulang dengan encoding UTF-8.',
  },
  FILE_ENCODING_CAMPUR: {
    pesan: () =>
      'Berkas UTF-8 ini mulai baris ini memuat byte yang bukan UTF-8 (bercampur encoding lain); huruf di sana terbaca sebagai �.',
    perbaikan: () => 'Simpan ulang seluruh berkas sebagai "CSV UTF-8"; jangan menempel baris dari berkas berencoding lain.',
  },
  FILE_TIDAK_TERBACA: {
    pesan: (a) => `Berkas tidak dapat dibaca (${s(a.sebab)}).`,
    perbaikan: () => 'Periksa izin berkas.',
  },
  TAUTAN_SIMBOLIK: {
    pesan: (a) =>
      a.sebab === 'di_luar'
        ? `Tautan simbolik ini menunjuk ke luar workspace (${s(a.tujuan)}); tidak dibaca.`
        : a.sebab === 'rusak'
          ? `Tautan simbolik ini rusak (tujuannya ${q(a.tujuan)} tidak ada); tidak dibaca.`
          : `Tautan simbolik ini membentuk lingkaran (kembali ke ${s(a.tujuan)}); tidak dibaca lagi.`,
    perbaikan: (a) =>
      a.sebab === 'di_luar'
        ? 'Salin berkasnya ke dalam workspace, atau jalankan asn-kinerja pada folder yang memuatnya.'
        : a.sebab === 'rusak'
          ? 'Hapus tautannya atau perbaiki tujuannya.'
          : 'Hapus tautan yang menunjuk ke folder di atasnya.',
  },
  XLSX_SIMPAN_CSV: {
    pesan: (a) => `Berkas .${s(a.format)} tidak dibaca langsung; datanya tidak ikut dihitung.`,
    perbaikan: () =>
      'Simpan sebagai .xlsx (Excel: File → Save As → "Excel Workbook"; LibreOffice: Simpan Sebagai → "Excel 2007-365") atau sebagai "CSV UTF-8".',
  },
  XLSX_RUSAK: {
    pesan: (a) =>
      a.sebab === 'terenkripsi'
        ? 'Buku kerja ini terkunci kata sandi (atau berkas .xls yang diberi nama .xlsx); isinya tidak dapat dibaca.'
        : a.sebab === 'bukan-zip'
          ? 'Berkas ini bukan buku kerja .xlsx (bukan arsip ZIP).'
          : `Buku kerja ini rusak dan tidak dapat dibaca (${s(a.detail)}).`,
    perbaikan: (a) =>
      a.sebab === 'terenkripsi'
        ? 'Buka di Excel, hapus kata sandinya (File → Info → Protect Workbook → Encrypt with Password, kosongkan), lalu simpan sebagai .xlsx.'
        : 'Buka dan simpan ulang di Excel atau LibreOffice sebagai .xlsx, atau simpan sebagai "CSV UTF-8".',
  },
  XLSX_BERKAS_KUNCI: {
    pesan: () => 'Berkas kunci Excel (~$…): tanda buku kerja sedang terbuka, bukan data; dilewati.',
    perbaikan: () => 'Tutup buku kerjanya di Excel; berkas ini hilang sendiri.',
  },
  SKEMA: {
    pesan: schemaMessage,
    perbaikan: schemaFix,
  },
  KONFIGURASI_BUKAN_AKAR: {
    pesan: (a) => `Konfigurasi ini tidak dipakai: hanya ${CONFIG} di akar workspace (${s(a.akar)}) atau --config yang berlaku.`,
    perbaikan: () => 'Pindahkan ke akar workspace atau hapus.',
  },
  KONFIGURASI_AMBANG: {
    pesan: (a) => `Ambang ${s(a.bagian)}: sesuai (${s(a.sesuai)}) harus lebih kecil dari di_atas (${s(a.di_atas)}).`,
    perbaikan: () => 'Turunkan `sesuai` atau naikkan `di_atas`.',
  },
  KONFIGURASI_SKALA: {
    pesan: (a) => `Skala perilaku tidak sah: min ${s(a.min)} tidak lebih kecil dari maks ${s(a.maks)}.`,
    perbaikan: () => 'Perbaiki `perilaku.skala` (bawaan 1–5).',
  },
  KONFIGURASI_AMBANG_SKALA: {
    pesan: (a) => `Ambang perilaku ${s(a.kunci)} = ${s(a.nilai)} di luar skala ${s(a.min)}–${s(a.maks)}.`,
    perbaikan: () => 'Letakkan ambang di dalam skala.',
  },
  KONFIGURASI_BOBOT_PERAN: {
    pesan: () => 'Semua bobot peran perilaku bernilai 0; nilai perilaku tidak dapat dihitung.',
    perbaikan: () => 'Beri bobot > 0 paling tidak pada atasan (bawaan 60/20/20/0).',
  },
  KONFIGURASI_BATAS_CAPAIAN: {
    pesan: (a) => `batas_capaian ${s(a.batas_capaian)} ≤ ambang di_atas ${s(a.di_atas)}: Di Atas Ekspektasi tidak mungkin dicapai.`,
    perbaikan: () => 'Naikkan batas_capaian (bawaan 120) atau turunkan ambang di_atas.',
  },
  UNIT_GANDA: {
    pesan: (a) => `ID unit ${q(a.id)} sudah dipakai di ${s(a.path_pertama)}.`,
    perbaikan: () => 'Beri ID yang unik atau hapus duplikatnya.',
  },
  INDUK_TIDAK_DIKENAL: {
    pesan: (a) => `Induk ${q(a.induk)} dari unit ${q(a.id)} tidak ada di daftar unit.`,
    perbaikan: (a) => `${maybe(a.saran, `Mungkin maksudnya ${q(a.saran)}? `)}Tambahkan unit itu atau perbaiki ID induk.`,
  },
  UNIT_SIKLUS: {
    pesan: (a) =>
      a.lainnya === undefined
        ? `Induk unit ${q(a.id)} membentuk siklus: ${arrow(a.siklus)}.`
        : `Induk unit ${q(a.id)} membentuk siklus: ${arrow(a.siklus)} → … (${s(a.lainnya)} unit lagi) → ${s(a.id)}.`,
    perbaikan: () => 'Satu unit dalam rantai ini harus punya induk lain atau menjadi akar (tanpa induk).',
  },
  TIM_GANDA: {
    pesan: (a) => `ID tim ${q(a.id)} sudah dipakai di ${s(a.path_pertama)}.`,
    perbaikan: () => 'Beri ID yang unik.',
  },
  TIM_ANGGOTA_GANDA: {
    pesan: (a) => `NIP ${s(a.nip)} tercantum lebih dari sekali di tim ${q(a.id)}; dihitung sekali.`,
    perbaikan: () => 'Hapus duplikatnya.',
  },
  KATALOG_GANDA: {
    pesan: (a) => `ID indikator ${q(a.id)} sudah didefinisikan di ${s(a.path_pertama)}.`,
    perbaikan: () => 'ID katalog harus unik di seluruh workspace; ganti atau hapus salah satunya.',
  },
  SKM_LINGKUP_WAJIB: {
    pesan: () => 'Indikator dengan `sumber: skm` tidak punya `skm_lingkup`.',
    perbaikan: () => 'Tambahkan `skm_lingkup: unit`, `layanan` atau `petugas`.',
  },
  SKM_LAYANAN_WAJIB: {
    pesan: () => '`skm_lingkup: layanan` memerlukan `skm_layanan`.',
    perbaikan: () => 'Tambahkan `skm_layanan:` dengan nama layanan seperti di kolom `layanan` CSV SKM.',
  },
  SKM_KONSOLIDASI: {
    pesan: () => '`konsolidasi` tidak berlaku untuk indikator `sumber: skm` (realisasinya nilai IKM periode itu).',
    perbaikan: () => 'Hapus `konsolidasi`.',
  },
  SKP_GANDA: {
    pesan: (a) =>
      `NIP ${s(a.nip)} punya lebih dari satu SKP tahun ${s(a.tahun)} yang masanya bertumpang tindih (SKP ini: ${s(a.masa)}); juga di ${s(a.path_lain)}.`,
    perbaikan: () =>
      'Beberapa SKP setahun boleh (mutasi, promosi) bila masanya tidak bertumpang tindih: beri tiap SKP `masa: { mulai, selesai }` yang terpisah, atau hapus salah satunya.',
  },
  MASA_DI_LUAR_TAHUN: {
    pesan: (a) => `Bulan ${q(a.bulan)} di luar tahun SKP ${s(a.tahun)}.`,
    perbaikan: (a) =>
      `Masa SKP berada di dalam tahunnya: bulan ${s(a.tahun)}-01 sampai ${s(a.tahun)}-12. SKP tahun lain ditulis di berkas sendiri.`,
  },
  MASA_TERBALIK: {
    pesan: (a) => `Masa SKP selesai (${q(a.selesai)}) sebelum mulai (${q(a.mulai)}).`,
    perbaikan: () => 'Tukar mulai dan selesai, atau perbaiki bulannya.',
  },
  UNIT_TIDAK_DIKENAL: {
    pesan: (a) => `Unit ${q(a.unit)} tidak ada di daftar unit kerja.`,
    perbaikan: (a) => `${maybe(a.saran, `Mungkin maksudnya ${q(a.saran)}? `)}Gunakan ID dari berkas unit-kerja.`,
  },
  PENILAI_DIRI: {
    pesan: () => 'Penilai sama dengan pegawai yang dinilai.',
    perbaikan: () => 'Isi NIP pejabat penilai kinerja (biasanya atasan langsung).',
  },
  GOLONGAN_TIDAK_BAKU: {
    pesan: (a) =>
      `Golongan ${q(a.golongan)} tidak berbentuk baku${a.saran ? `; maksudnya ${q(a.saran)}?` : '.'} Dokumen Evaluasi Kinerja menuliskannya apa adanya.`,
    perbaikan: () => 'Tulis golongan ruang PNS sebagai I/a … IV/e (mis. III/b), atau golongan PPPK sebagai angka Romawi I … XVII.',
  },
  PENILAI_TIDAK_ADA: {
    pesan: () => 'SKP tidak menyebut pejabat penilai kinerja.',
    perbaikan: () => 'Tambahkan `penilai:` dengan nip dan nama atasan langsung (untuk kepala daerah sebagai penilai: nama saja).',
  },
  INTERVENSI_WAJIB: {
    pesan: (a) => `RHK utama ${q(a.rhk)} tidak menyebut RHK atasan yang diintervensi (SKP penilai ada di ${s(a.path_penilai)}).`,
    perbaikan: (a) => `Tambahkan \`intervensi:\` dengan salah satu: ${s(a.rhk_penilai)}.`,
  },
  INTERVENSI_TIDAK_DIKENAL: {
    pesan: (a) => `intervensi ${q(a.intervensi)} bukan RHK di SKP penilai (${s(a.path_penilai)}).`,
    perbaikan: (a) => `Gunakan salah satu: ${s(a.rhk_penilai)}.`,
  },
  RHK_GANDA: {
    pesan: (a) => `ID RHK ${q(a.id)} dipakai dua kali dalam SKP ini.`,
    perbaikan: () => 'Beri tiap RHK ID yang unik.',
  },
  RHK_TANPA_URAIAN: {
    pesan: (a) => `RHK ${q(a.rhk)} tidak punya uraian.`,
    perbaikan: () => 'Tambahkan `uraian:` yang merumuskan hasil kerja yang direncanakan.',
  },
  REF_TIDAK_DIKENAL: {
    pesan: (a) => `Indikator ${q(a.ref)} tidak ada di katalog indikator.`,
    perbaikan: (a) =>
      `${maybe(a.saran, `Mungkin maksudnya ${q(a.saran)}? `)}Tambahkan ke katalog-indikator atau definisikan di SKP (id, nama, satuan, aspek, polaritas).`,
  },
  INDIKATOR_TIDAK_LENGKAP: {
    pesan: (a) => `Indikator tanpa \`ref\` tidak lengkap: kurang ${s(a.kurang)}.`,
    perbaikan: () => 'Rujuk katalog dengan `ref:` atau lengkapi id, nama, satuan, aspek dan polaritas.',
  },
  INDIKATOR_GANDA: {
    pesan: (a) => `Kunci indikator ${q(a.kunci)} dipakai dua kali dalam SKP ini.`,
    perbaikan: () => 'Beri `id` berbeda (satu indikator katalog dapat dipakai dua RHK dengan `ref` + `id`).',
  },
  INDIKATOR_BENTROK_KATALOG: {
    pesan: (a) => `id ${q(a.id)} sama dengan ID indikator katalog lain.`,
    perbaikan: () => 'Gunakan `ref:` untuk indikator katalog, atau pilih id lain.',
  },
  BOBOT_SEBAGIAN: {
    pesan: (a) => `Bobot hanya diisi pada sebagian RHK utama; tanpa bobot: ${s(a.tanpa_bobot)}.`,
    perbaikan: () => 'Isi bobot di semua RHK utama (berjumlah 100) atau hapus semuanya (bobot sama).',
  },
  BOBOT_TOTAL: {
    pesan: (a) => `Bobot RHK utama berjumlah ${s(a.jumlah)}, bukan 100.`,
    perbaikan: () => 'Sesuaikan bobot agar berjumlah 100.',
  },
  KT_TANPA_BOBOT: {
    pesan: (a) => `RHK tambahan ${q(a.rhk)} tanpa bobot tidak menambah Nilai KT (PermenPAN-RB 8/2021 angka 8).`,
    perbaikan: () => 'Beri `bobot` (persen) bila tugas tambahan ini harus masuk Nilai KT; tanpa bobot ia hanya dilaporkan.',
  },
  KUALITATIF_DIABAIKAN: {
    pesan: () => 'pendekatan: kualitatif diabaikan: PP 46/2011 dan PP 30/2019 menilai setiap SKP dari target dan realisasi indikatornya.',
    perbaikan: () => 'Beri setiap indikator target dan realisasi, atau nilai dengan metode permenpan-rb-6-2022.',
  },
  PP46_TARGET: {
    pesan: (a) =>
      `Target indikator ${q(a.indikator)} (aspek ${s(a.aspek)}) kegiatan ${q(a.rhk)} ${a.rentang ? 'berupa rentang' : 'tidak lebih dari 0'}: PP 46/2011 membagi dengan target ini.`,
    perbaikan: (a) =>
      a.rentang
        ? 'Tulis satu angka target (TO, TK, TW atau TB), bukan { min, maks }.'
        : 'Isi target lebih dari 0 (TK biasanya 100; TW dalam bulan).',
  },
  ANGKA_TIDAK_TERHINGGA: {
    pesan: (a) => `Angka ${q(a.nilai)} tak terhingga atau tidak terbaca sebagai angka: tidak ada isian yang dapat memakainya.`,
    perbaikan: () => 'Tulis angka biasa (mis. 60 atau 12,5 sebagai 12.5); periksa salah ketik eksponen atau angka yang terlalu panjang.',
  },
  PP46_ASPEK: {
    pesan: (a) =>
      `RHK utama ${q(a.rhk)} bukan kegiatan PP 46/2011: perlu tepat satu indikator kuantitas, satu kualitas dan satu waktu, paling banyak satu biaya; ada kuantitas ${s(a.kuantitas)}, kualitas ${s(a.kualitas)}, waktu ${s(a.waktu)}, biaya ${s(a.biaya)}.${a.waktu_bukan_bulan ? ' Indikator waktu harus bersatuan bulan.' : ''}`,
    perbaikan: () =>
      'Tulis setiap kegiatan dengan indikator kuantitas (TO), kualitas (TK, biasanya 100), waktu (TW, satuan: bulan) dan bila ada biaya (TB), sesuai Perka BKN 1/2013.',
  },
  BOBOT_TAMBAHAN: {
    pesan: (a) => `RHK tambahan ${q(a.rhk)} tidak boleh punya bobot.`,
    perbaikan: () => 'Hapus `bobot`; RHK tambahan dilaporkan terpisah dan tidak masuk rerata.',
  },
  TARGET_WAJIB: {
    pesan: (a) => `Indikator ${q(a.kunci)} tidak punya target.`,
    perbaikan: () => 'Tambahkan `target:` (angka atau { min, maks }); hanya SKP `pendekatan: kualitatif` boleh tanpa target.',
  },
  TARGET_NOL: {
    pesan: () => 'Target 0 dengan polaritas maksimal membuat capaian tidak terhitung (pembagian dengan nol).',
    perbaikan: () => 'Isi target > 0, atau gunakan `polaritas: minimal` untuk target toleransi nol.',
  },
  TARGET_RENTANG: {
    pesan: (a) => `Rentang target tidak sah: min ${s(a.min)}, maks ${s(a.maks)}.`,
    perbaikan: () => 'Rentang harus 0 ≤ min ≤ maks dengan maks > 0.',
  },
  TARGET_PERIODE_KUNCI: {
    pesan: (a) => (a.sah ? `Periode ${q(a.kunci)} di luar tahun SKP ${s(a.tahun)}.` : `${q(a.kunci)} bukan periode yang sah.`),
    perbaikan: (a) => `Gunakan ${s(a.tahun)}-S1, ${s(a.tahun)}-TW1…TW4 atau ${s(a.tahun)}-01…12.`,
  },
  NIP_FORMAT: {
    pesan: (a) =>
      `NIP ${q(a.nilai)} tidak sah: harus tepat 18 digit (ada ${s(a.panjang)} karakter${a.hanya_angka ? '' : ', bukan hanya angka'}).`,
    perbaikan: () => 'Salin NIP lengkap dari SK atau data kepegawaian. ' + EXCEL_FIX,
  },
  NIP_NOTASI_ILMIAH: {
    pesan: (a) => `NIP ${q(a.nilai)} dalam notasi ilmiah: Excel mengubahnya menjadi angka dan digit terakhirnya hilang.`,
    perbaikan: () => EXCEL_FIX,
  },
  NIP_TANPA_KUTIP: {
    pesan: (a) =>
      `NIP ${s(a.nilai)} ditulis tanpa tanda kutip: asn-kinerja membacanya utuh, tetapi editor (YAML language server) dan alat YAML lain membacanya sebagai angka dan menghilangkan digit terakhirnya.`,
    perbaikan: (a) => `Tulis "${a.nilai}".`,
  },
  NIP_TERPOTONG: {
    pesan: (a) =>
      `NIP ${s(a.nilai)} berakhiran 000: kemungkinan terpotong Excel (hanya 15 digit bermakna).${maybe(a.mirip, ` Mungkin NIP ${s(a.mirip)}.`)}`,
    perbaikan: () => 'Nomor urut NIP dimulai dari 001. ' + EXCEL_FIX,
  },
  NIP_TANGGAL_LAHIR: {
    pesan: (a) => `Digit 1–8 NIP (${s(a.nilai)}) bukan tanggal lahir yang sah (yyyymmdd).`,
    perbaikan: () => 'Periksa NIP pada SK; digit 1–8 adalah tanggal lahir.',
  },
  NIP_TMT: {
    pesan: (a) => `Digit 9–14 NIP (${s(a.nilai)}) bukan TMT yang sah (yyyymm, bulan 01–12).`,
    perbaikan: () => 'Periksa NIP pada SK; digit 9–14 adalah tahun dan bulan TMT CPNS (PPPK: digit 9–12 tahun pengangkatan).',
  },
  NIP_JENIS_KELAMIN: {
    pesan: (a) => `Digit 15 NIP (${s(a.nilai)}) harus 1 (laki-laki) atau 2 (perempuan).`,
    perbaikan: () => 'Periksa NIP pada SK.',
  },
  NIP_PPPK_KONTRAK: {
    pesan: () => 'Digit 14 NI PPPK (nomor kontrak) harus 1–9.',
    perbaikan: () => 'Periksa NI PPPK pada SK pengangkatan.',
  },
  NIP_TMT_MUDA: {
    pesan: (a) => `Menurut NIP, pegawai diangkat (${s(a.tmt)}) sebelum berusia 18 tahun (lahir ${s(a.lahir)}).`,
    perbaikan: () => 'Periksa NIP; kemungkinan salah ketik.',
  },
  NIP_TMT_SETELAH_PERIODE: {
    pesan: (a) => `Menurut NIP, pengangkatan (${s(a.tmt)}) setelah akhir tahun ${s(a.tahun)}.`,
    perbaikan: () => 'Periksa NIP atau tahun SKP.',
  },
  CSV_FORMAT: {
    pesan: (a) =>
      `Dibaca sebagai ${s(a.encoding)}, pemisah ${q(a.pemisah)}, desimal ${s(a.desimal)}${a.sumber_desimal === 'opsi' ? ' (--desimal)' : ''}.`,
    perbaikan: (a) =>
      a.encoding === 'windows-1252'
        ? 'Berkas ini bukan UTF-8; simpan sebagai "CSV UTF-8" agar huruf khusus pasti terbaca benar.'
        : 'Bila salah, gunakan --delimiter atau --desimal.',
  },
  CSV_TIDAK_DIKENALI: {
    pesan: (a) =>
      a.alasan === 'several'
        ? `Header cocok untuk lebih dari satu jenis CSV (${s(a.kandidat)}).`
        : a.alasan === 'kosong'
          ? 'Berkas CSV kosong, tanpa header.'
          : 'Jenis CSV tidak dikenali dari headernya.',
    perbaikan: (a) => `Header yang diharapkan: ${s(a.diharapkan)}. Header berkas ini: ${s(a.header)}.`,
  },
  XLSX_LEMBAR: {
    pesan: (a) =>
      `Lembar dibaca sebagai ${s(a.jenis)}; header di baris ${s(a.baris_header)}${a.sampai > a.baris_header ? `–${s(a.sampai)}` : ''}${a.baris_header > 1 ? ` (baris 1–${a.baris_header - 1} di atasnya dilewati sebagai judul)` : ''}.`,
    perbaikan: () => 'Tidak perlu tindakan.',
  },
  LEMBAR_DILEWATI: {
    pesan: (a) =>
      `Lembar ${a.tersembunyi ? 'tersembunyi ' : ''}ini tidak dibaca: tidak ada header jenis CSV yang dikenal dalam ${s(a.baris_dicari)} baris pertamanya (baris pertama berisi: ${q(a.header)}).`,
    perbaikan: () =>
      'Bila lembar ini berisi data, beri header yang dikenal (lihat docs/temuan.md, CSV_TIDAK_DIKENALI) di baris judul kolomnya.',
  },
  LEMBAR_TERSEMBUNYI: {
    pesan: (a) => `Lembar ini tersembunyi dan berisi data ${s(a.jenis)}; tidak dibaca.`,
    perbaikan: () => 'Tampilkan lembarnya (klik kanan tab lembar → Unhide) bila datanya harus dihitung, atau hapus lembarnya.',
  },
  SEL_GABUNG: {
    pesan: (a) =>
      `${s(a.jumlah)} rentang sel gabungan (merge) di baris data (${s(a.contoh)}); setiap sel di rentang dibaca dengan nilai sel pertamanya.`,
    perbaikan: () => 'Periksa bahwa nilai itu memang berlaku untuk setiap baris rentangnya; lebih aman: Unmerge lalu isi setiap sel.',
  },
  RUMUS_TANPA_NILAI: {
    pesan: (a) => `Sel kolom ${s(a.kolom)} berisi rumus yang disimpan tanpa hasilnya; baris ditolak.`,
    perbaikan: () => 'Buka buku kerja di Excel atau LibreOffice dan simpan ulang (hasil rumus ikut tersimpan), atau tulis nilainya.',
  },
  SEL_GALAT: {
    pesan: (a) => `Sel kolom ${s(a.kolom)} berisi galat Excel ${q(a.nilai)}; baris ditolak.`,
    perbaikan: () => 'Perbaiki rumus atau nilai sel itu di buku kerja.',
  },
  NIP_ANGKA_EXCEL: {
    pesan: (a) =>
      `NIP di sel ini tersimpan sebagai angka (${s(a.nilai)}): Excel hanya menyimpan 15 digit, digit terakhirnya sudah hilang.${maybe(a.mirip, ` Mungkin NIP ${s(a.mirip)}.`)}`,
    perbaikan: () => EXCEL_FIX,
  },
  CSV_KELUARAN_ALAT: {
    pesan: (a) => `Berkas ini hasil ekspor asn-kinerja sendiri (kolom ${s(a.kolom)}), bukan data masukan; dilewati.`,
    perbaikan: () =>
      'Simpan keluaran di luar workspace (mis. folder laporan/ di sebelahnya) atau di folder yang tercantum di `abaikan` pada asn-kinerja.yaml.',
  },
  CSV_HEADER_GANDA: {
    pesan: (a) => `Kolom ${s(a.kolom)} muncul lebih dari sekali di header.`,
    perbaikan: () => 'Hapus atau ganti nama kolom kembar.',
  },
  CSV_KOLOM_DIABAIKAN: {
    pesan: (a) => `Kolom tambahan diabaikan: ${s(a.kolom)}.`,
    perbaikan: () => 'Tidak perlu tindakan bila kolom itu memang catatan.',
  },
  CSV_SINTAKS: {
    pesan: (a) =>
      `Baris ${a.sampai !== undefined && a.sampai !== null ? `ini sampai baris ${s(a.sampai)}` : 'ini'} tidak dapat dibaca sebagai CSV (${PARSER[a.kode_parser] ?? a.detail}); semuanya ditolak.`,
    perbaikan: () => 'Periksa tanda kutip: sel berisi tanda kutip harus diapit kutip dan kutip di dalamnya digandakan ("").',
  },
  BARIS_KOLOM: {
    pesan: (a) => `Baris berisi ${s(a.jumlah)} kolom, header ${s(a.diharapkan)}.`,
    perbaikan: () => 'Periksa pemisah di dalam sel (sel berisi ; atau , harus diapit tanda kutip).',
  },
  BARIS_KOSONG: {
    pesan: (a) => `${s(a.jumlah)} baris kosong (hanya pemisah) diabaikan.`,
    perbaikan: () => 'Hapus baris kosong di akhir lembar kerja sebelum menyimpan.',
  },
  BARIS_DI_LUAR_PERIODE: {
    pesan: (a) => `${s(a.jumlah)} baris di luar periode ${s(a.periode)} diabaikan.`,
    perbaikan: () => 'Tidak perlu tindakan; pilih periode lain dengan --periode.',
  },
  BARIS_SKP_TIDAK_VALID: {
    pesan: (a) => `${s(a.jumlah)} baris milik pegawai yang SKP-nya berisi error tidak diperiksa terhadap SKP itu.`,
    perbaikan: () => 'Perbaiki error di SKP tersebut lalu jalankan lagi.',
  },
  BARIS_DI_LUAR_MASA: {
    pesan: (a) =>
      `${s(a.jumlah)} baris milik pegawai yang tidak dinilai untuk periode ${s(a.periode)} (masa SKP-nya di luar periode itu) diabaikan.`,
    perbaikan: () => 'Tidak perlu tindakan bila masa SKP-nya benar.',
  },
  KOLOM_KOSONG: {
    pesan: (a) => `Kolom ${s(a.kolom)} kosong.`,
    perbaikan: () => 'Isi sel ini; baris ditolak tanpanya.',
  },
  PERIODE_TIDAK_VALID: {
    pesan: (a) => `${q(a.nilai)} bukan periode yang sah.`,
    perbaikan: () => 'Gunakan 2026, 2026-S1, 2026-TW1 … 2026-TW4, atau 2026-01 … 2026-12.',
  },
  PERIODE_DIUBAH_EXCEL: {
    pesan: (a) => `Periode ${q(a.nilai)} telah diubah Excel menjadi tanggal.`,
    perbaikan: () => 'Format kolom periode sebagai Teks (Format Cells → Text), lalu ketik ulang periodenya, mis. 2026-01 atau 2026-TW1.',
  },
  TANGGAL_TIDAK_VALID: {
    pesan: (a) => `${q(a.nilai)} bukan tanggal yang sah.`,
    perbaikan: () => 'Gunakan yyyy-mm-dd (2026-03-15) atau hari lebih dulu: dd/mm/yyyy (15/03/2026).',
  },
  TANGGAL_BULAN_KEDUA: {
    pesan: (a) => `${q(a.nilai)}: angka kedua lebih dari 12, padahal urutannya hari/bulan/tahun.`,
    perbaikan: () => 'Tanggal ini tampaknya ditulis bulan lebih dulu (format AS). Atur lokal Excel ke Indonesia atau tulis yyyy-mm-dd.',
  },
  TANGGAL_MUNGKIN_BULAN_DULU: {
    pesan: (a) =>
      `Kolom ini ditulis bulan lebih dulu (baris ${s(a.baris_bukti)}: ${q(a.bukti)}), jadi ${s(a.jumlah)} tanggal yang bisa dibaca dua arah, mis. ${q(a.contoh)}, mungkin salah bulan: dibaca hari lebih dulu.`,
    perbaikan: () => 'Ekspor ulang dengan lokal Indonesia atau tulis yyyy-mm-dd, lalu jalankan lagi.',
  },
  NILAI_BUKAN_ANGKA: {
    pesan: (a) => `${q(a.nilai)} di kolom ${s(a.kolom)} bukan angka.`,
    perbaikan: () => 'Tulis angka saja, mis. 87,5 atau 1.234,5 (tanpa satuan atau teks).',
  },
  NILAI_NEGATIF: {
    pesan: (a) => `Nilai ${q(a.nilai)} negatif.`,
    perbaikan: () => 'Realisasi dan nilai tidak boleh negatif; periksa sel ini.',
  },
  NILAI_AMBIGU: {
    pesan: (a) =>
      `${q(a.nilai)} dapat dibaca ${s(a.koma)} (desimal koma) atau ${s(a.titik)} (desimal titik); dipakai desimal ${s(a.dipakai)}.`,
    perbaikan: () => 'Bila salah, jalankan dengan --desimal koma|titik, atau tulis tanpa pemisah ribuan.',
  },
  DESIMAL_CAMPUR: {
    pesan: (a) => `Berkas memakai dua tanda desimal: ${s(a.koma)} sel dengan koma, ${s(a.titik)} dengan titik.`,
    perbaikan: (a) => `Sel yang ambigu dibaca dengan desimal ${s(a.dipakai)}; seragamkan sebelum ekspor.`,
  },
  NILAI_MUNGKIN_PECAHAN: {
    pesan: (a) =>
      `Semua realisasi indikator persen ${q(a.indikator)} di berkas ini ≤ 1,5 (terbesar ${s(a.maks)}): kemungkinan ditulis sebagai pecahan (0,95 = 95%).`,
    perbaikan: () => 'Tulis persen sebagai 95 atau 95%, bukan 0,95.',
  },
  REALISASI_KOSONG: {
    pesan: (a) => `Realisasi ${q(a.indikator)} kosong: dianggap belum dilaporkan, bukan nol.`,
    perbaikan: () => 'Isi realisasinya bila sudah ada; tulis 0 bila memang nol.',
  },
  REALISASI_SUMBER_SKM: {
    pesan: (a) => `Indikator ${q(a.indikator)} bersumber survei SKM; baris realisasinya diabaikan.`,
    perbaikan: () => 'Hapus baris ini; nilainya dihitung dari CSV SKM.',
  },
  PERAN_TIDAK_VALID: {
    pesan: (a) => `Peran ${q(a.nilai)} tidak dikenal.`,
    perbaikan: () => 'Gunakan atasan, rekan, bawahan atau diri.',
  },
  PERILAKU_DI_LUAR_SKALA: {
    pesan: (a) => `Nilai ${q(a.nilai)} di luar skala ${s(a.min)}–${s(a.maks)}.`,
    perbaikan: () => 'Perbaiki nilainya; nilai tidak pernah dipotong ke batas skala. Skala diatur di perilaku.skala.',
  },
  PERILAKU_KOSONG: {
    pesan: () => 'Ketujuh nilai BerAKHLAK kosong.',
    perbaikan: () => 'Isi paling tidak satu nilai, atau hapus baris ini.',
  },
  PERILAKU_DIRI_NIP: {
    pesan: (a) => `Peran diri tetapi penilai_nip ${s(a.penilai_nip)} bukan NIP pegawai ${s(a.nip)}.`,
    perbaikan: () => 'Untuk penilaian diri, penilai_nip sama dengan nip; bila bukan, perbaiki perannya.',
  },
  PERILAKU_PENILAI_DIRI: {
    pesan: (a) => `Pegawai menilai dirinya sendiri dengan peran ${q(a.peran)}.`,
    perbaikan: () => 'Gunakan peran diri, atau isi NIP penilai yang benar.',
  },
  RATING_TIDAK_VALID: {
    pesan: (a) => `Rating ${q(a.nilai)} tidak dikenal.`,
    perbaikan: (a) => `Gunakan ${orList(a.label, 'atau')}.`,
  },
  RATING_PREDIKAT: {
    pesan: (a) => `${q(a.nilai)} adalah predikat, bukan rating.`,
    perbaikan: (a) => `Kolom rating berisi ${orList(a.label, 'atau')}; predikat dihitung dari kedua rating.`,
  },
  INOVASI_TIDAK_VALID: {
    pesan: (a) => `inovasi ${q(a.nilai)} tidak sah.`,
    perbaikan: () => 'Gunakan ya atau tidak.',
  },
  PENILAIAN_KOSONG: {
    pesan: () => 'Baris penilaian tanpa rating diabaikan.',
    perbaikan: () => 'Isi rating atau hapus baris ini.',
  },
  INOVASI_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} isian kolom inovasi diabaikan: metode ini tidak memakai inovasi (syarat predikat Sangat Baik hanya ada di PP 30/2019).`,
    perbaikan: () => 'Tidak perlu tindakan; kolom ini dipakai bila metode: pp-30-2019.',
  },
  PERILAKU_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} baris penilaian 360° diabaikan: metode ini menilai perilaku dari kolom nilai_perilaku (0–100) CSV penilaian, bukan dari penilaian 360°.`,
    perbaikan: () =>
      'Isi nilai_perilaku di CSV penilaian; untuk pp-30-2019, pp_30_2019.dengan_360: true memakai penilaian 360° bila kolom itu kosong.',
  },
  RATING_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} isian rating_hasil_kerja / rating_perilaku diabaikan: rating penilai adalah bagian PermenPAN-RB 6/2022; metode ini menilai dari Nilai SKP dan nilai perilaku.`,
    perbaikan: () => 'Tidak perlu tindakan; isi nilai_perilaku (0–100) untuk metode pp-46-2011 / pp-30-2019.',
  },
  NILAI_PERILAKU_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} nilai di kolom nilai_perilaku diabaikan: metode ini menghitung perilaku dari penilaian 360° (RULES.md §2.5), bukan dari nilai 0–100.`,
    perbaikan: () => 'Isi rating_perilaku bila penilai menetapkan rating, atau pakai metode pp-46-2011 / pp-30-2019 untuk nilai 0–100.',
  },
  PENILAIAN_GANDA: {
    pesan: (a) =>
      `${s(a.kolom)} untuk pegawai dan periode ini sudah diisi di ${s(a.path_pertama)} baris ${s(a.baris_pertama)}; yang ini ditolak.`,
    perbaikan: () => 'Hapus salah satunya.',
  },
  PENILAIAN_BERTENTANGAN: {
    pesan: (a) =>
      `${s(a.kolom)} untuk pegawai dan periode ini diisi berbeda di ${s(a.jumlah)} baris (lihat juga ${s(a.path_lain)} baris ${s(a.baris_lain)}); tidak ada yang dipakai: kolom ini dianggap tidak diisi, dan rating diambil dari sumber berikutnya.`,
    perbaikan: () => 'Sisakan satu baris dengan nilai yang ditetapkan penilai dan hapus yang lain.',
  },
  SKM_JAWABAN_TIDAK_VALID: {
    pesan: (a) => `Jawaban ${s(a.unsur)} ${q(a.nilai)} tidak sah: PermenPAN-RB 14/2017 memakai skala 1–4.`,
    perbaikan: () =>
      'Jawaban harus bilangan bulat 1–4 (kosong = tidak dijawab); nilai tidak pernah dipotong. Kuesioner 1–5 harus dikonversi dulu oleh penyelenggara.',
  },
  SKM_KOSONG: {
    pesan: () => 'Kesembilan unsur kosong.',
    perbaikan: () => 'Hapus baris ini atau isi jawabannya.',
  },
  SKM_UNIT_TIDAK_DIKENAL: {
    pesan: (a) => `Unit ${q(a.unit)} tidak ada di daftar unit kerja.`,
    perbaikan: (a) => (a.id ? `Itu nama unit; tulis ID-nya: ${q(a.id)}.` : 'Gunakan ID unit dari unit-kerja.yaml.'),
  },
  SKM_TANPA_PERIODE: {
    pesan: () => 'CSV SKM tanpa kolom tanggal atau periode: semua jawaban dihitung untuk periode mana pun.',
    perbaikan: () => 'Tambahkan kolom tanggal (yyyy-mm-dd) atau periode.',
  },
  SKM_PERIODE_TIDAK_COCOK: {
    pesan: (a) => `Tanggal ${s(a.tanggal)} di luar periode ${s(a.periode)}; periode yang dipakai.`,
    perbaikan: () => 'Perbaiki salah satunya.',
  },
  JP_TIDAK_VALID: {
    pesan: (a) => `JP ${q(a.nilai)} harus lebih dari 0.`,
    perbaikan: () => 'Isi jumlah jam pelajaran kegiatan.',
  },
  JENIS_KOMPETENSI_TIDAK_VALID: {
    pesan: (a) => `Jenis ${q(a.nilai)} bukan klasikal atau nonklasikal.`,
    perbaikan: () =>
      'Isi jenis dengan klasikal atau nonklasikal, atau kosongkan. Bila berisi angka, cek apakah jp ditulis dengan koma desimal di berkas berpemisah koma.',
  },
  NILAI_KOMA_TERPISAH: {
    pesan: (a) =>
      `Di berkas berpemisah koma, ${q(a.nilai)} terbaca sebagai ${s(a.kolom)} = ${s(a.dibaca)} dan ${s(a.kolom_berikut)} = ${q(a.nilai.split(',')[1] ?? '')}; mungkin maksudnya ${s(a.atau)}.`,
    perbaikan: () =>
      'Bila maksudnya desimal, tulis dengan titik (10.5) atau beri tanda kutip ("10,5"), atau simpan dengan pemisah titik koma.',
  },
  BARIS_TUMPANG_TINDIH: {
    pesan: (a) =>
      `Periode ${s(a.periode)} untuk ${s(a.kunci)} tumpang tindih dengan baris ${s(a.baris_pertama)} di ${s(a.path_pertama)}; baris ini ditolak.`,
    perbaikan: () => 'Satu nilai per bulan: hapus duplikatnya, atau pakai triwulan saja atau bulan saja.',
  },
  BARIS_BERTENTANGAN: {
    pesan: (a) =>
      `Periode ${s(a.periode)} untuk ${s(a.kunci)} tumpang tindih dengan baris ${s(a.baris_lain)} di ${s(a.path_lain)}, dan ${s(a.jumlah)} baris yang berbagi bulan ini berbeda periode atau nilai; semuanya ditolak, tidak ada yang dihitung.`,
    perbaikan: () =>
      'Sisakan satu baris per bulan dengan nilai yang benar dan hapus yang lain (pakai triwulan saja atau bulan saja); baris yang sama persis cukup ditulis sekali.',
  },
  NIP_TANPA_SKP: {
    pesan: (a) => `NIP ${s(a.nip)} tidak punya SKP tahun ${s(a.tahun)} di workspace.`,
    perbaikan: (a) =>
      `${maybe(a.saran, `Mungkin maksudnya ${s(a.saran)} (beda satu angka)? `)}Periksa NIP-nya, atau tambahkan SKP pegawai ini.`,
  },
  INDIKATOR_TIDAK_DI_SKP: {
    pesan: (a) => `Indikator ${q(a.indikator)} tidak ada di SKP ${s(a.tahun)} pegawai ${s(a.nip)}.`,
    perbaikan: (a) =>
      `${maybe(a.saran, `Mungkin maksudnya ${q(a.saran)}? `)}Gunakan kunci indikator dari SKP (id, atau ref bila tanpa id).`,
  },
  REALISASI_LINTAS_SKP: {
    pesan: (a) => `Periode ${s(a.periode)} melintasi masa dua SKP pegawai ini (${s(a.masa)}); baris ini ditolak.`,
    perbaikan: (a) =>
      `Laporkan per bulan (atau per triwulan yang seluruhnya di dalam satu masa), masing-masing untuk SKP-nya: ${s(a.path)}.`,
  },
  REALISASI_DI_LUAR_MASA: {
    pesan: (a) => `Periode ${s(a.periode)} di luar masa SKP pegawai ini (${s(a.masa)}); baris ini ditolak.`,
    perbaikan: () => 'Hapus baris ini, atau perbaiki periodenya atau `masa` SKP-nya (mis. tanggal pengangkatan CPNS).',
  },
  PENILAI_TANPA_SKP: {
    pesan: (a) => `Penilai ${s(a.penilai_nip)} tidak punya SKP di workspace; nilainya tetap dipakai.`,
    perbaikan: () => 'Wajar untuk penilai dari instansi lain; bila tidak, periksa NIP-nya.',
  },
  ATASAN_BUKAN_PENILAI: {
    pesan: (a) => `Penilai peran atasan ${s(a.penilai_nip)} bukan penilai di SKP (${s(a.penilai_skp)}); nilainya tetap dipakai.`,
    perbaikan: () => 'Periksa NIP penilai atau penilai di SKP.',
  },
  SKP_TIDAK_VALID: {
    pesan: () => 'SKP ini berisi error; pegawai tetap terdaftar tetapi tidak dinilai.',
    perbaikan: () => 'Perbaiki error di SKP (asn-kinerja validate) lalu nilai ulang.',
  },
  SKP_DI_LUAR_PERIODE: {
    pesan: (a) => `Masa SKP ini (${s(a.masa)}) tidak mencakup periode ${s(a.periode)}; SKP ini tidak dinilai untuk periode itu.`,
    perbaikan: () => 'Tidak perlu tindakan bila masanya benar.',
  },
  INDIKATOR_TANPA_REALISASI: {
    pesan: (a) => `Indikator ${q(a.indikator)} tidak punya realisasi di periode ${s(a.periode)}; tidak ikut dirata-rata (bukan nol).`,
    perbaikan: () => 'Tambahkan baris realisasinya di CSV realisasi.',
  },
  CAKUPAN_SEBAGIAN: {
    pesan: (a) =>
      `Realisasi ${q(a.indikator)} mencakup ${s(a.bulan_tercakup)} dari ${s(a.bulan_periode)} bulan; bulan tanpa data: ${s(a.bulan_kosong)}.`,
    perbaikan: () => 'Bulan kosong tidak dihitung nol; target jumlah diprorata ke bulan yang ada.',
  },
  TARGET_PERIODE_SUB: {
    pesan: (a) => `Target per periode ${s(a.kunci)} ada di dalam ${s(a.periode)} tetapi tidak dijumlahkan; target tahunan yang dipakai.`,
    perbaikan: (a) => `Tambahkan target_periode untuk ${s(a.periode)} bila perlu.`,
  },
  TOLERANSI_NOL: {
    pesan: (a) => `Target 0 (toleransi nol) untuk ${q(a.indikator)}: capaian ${s(a.capaian)}.`,
    perbaikan: () => 'Capaian 100 bila realisasi 0, selain itu 0 (RULES.md §2.3).',
  },
  CAPAIAN_TIDAK_TERHITUNG: {
    pesan: (a) =>
      `Capaian hasil kerja tidak dapat dihitung: ${a.sebab === 'TANPA_RHK_UTAMA' ? 'tidak ada RHK utama' : 'tidak ada realisasi RHK utama'}.`,
    perbaikan: () => 'Lengkapi realisasi RHK utama.',
  },
  CAPAIAN_DATA_SEBAGIAN: {
    pesan: (a) => `Capaian hasil kerja hanya dari RHK berbobot ${s(a.bobot_ada)} dari ${s(a.bobot_total)}.`,
    perbaikan: () => 'Lengkapi realisasi RHK utama lainnya.',
  },
  PERAN_PENILAI_KURANG: {
    pesan: (a) => `Peran ${s(a.peran)} hanya ${s(a.penilai)} penilai (minimal ${s(a.minimal)}); tidak ikut dihitung.`,
    perbaikan: () => 'Tambahkan penilai atau ubah perilaku.minimal_penilai.',
  },
  PERILAKU_TANPA_ATASAN: {
    pesan: () => 'Tidak ada nilai perilaku dari atasan di periode ini; nilai perilaku tidak dihitung.',
    perbaikan: () => 'Tambahkan baris perilaku dengan peran atasan, atau rating_perilaku di CSV penilaian.',
  },
  PERILAKU_PERIODE_LEBIH_PANJANG: {
    pesan: (a) =>
      `Tidak ada penilaian perilaku di dalam periode ${s(a.periode)}: ${s(a.jumlah)} baris berkas ini untuk periode yang lebih panjang (mis. ${s(a.contoh)}), jadi tidak dihitung untuk ${s(a.periode)} dan tidak ada pegawai yang punya nilai perilaku.`,
    perbaikan: (a) =>
      `Nilai dengan --periode ${s(a.contoh)} (periode penilaian perilaku), atau tambahkan penilaian perilaku untuk ${s(a.periode)}.`,
  },
  KUALITATIF_TANPA_RATING: {
    pesan: () => 'SKP pendekatan kualitatif tanpa rating hasil kerja dari penilai.',
    perbaikan: () => 'Isi rating_hasil_kerja di CSV penilaian.',
  },
  RATING_PERLU_PENILAI: {
    pesan: (a) =>
      `Tepat separuh RHK utama (${s(a.di_bawah)} dari ${s(a.jumlah)}) di bawah ekspektasi: ${s(a.rhk)}. Itu bukan "sebagian kecil" dan bukan "sebagian besar", jadi rating hasil kerja tidak dihitung.`,
    perbaikan: () => 'Pejabat penilai menetapkan rating_hasil_kerja di CSV penilaian (PermenPAN-RB 6/2022, Lampiran).',
  },
  RATING_BERBEDA: {
    pesan: (a) =>
      `Rating ${s(a.rating)}: ${s(a.sumber)} memberi ${q(a.dipakai)}, ${s(a.sumber_lain)} ${q(a.lain)}; yang dipakai dari ${s(a.sumber)}.`,
    perbaikan: () => 'Tidak perlu tindakan; urutan: penilai > organisasi > dihitung.',
  },
  PREDIKAT_TIDAK_DINILAI: {
    pesan: (a) =>
      `Predikat tidak dapat ditetapkan: ${list(a.alasan)
        .map((x) => ALASAN_PREDIKAT[x])
        .join(', ')}.`,
    perbaikan: () => 'Lengkapi data yang kurang.',
  },
  KEGIATAN_TIDAK_DINILAI: {
    pesan: (a) => `Kegiatan ${q(a.rhk)} tidak dapat dinilai: ${SEBAB_KEGIATAN[a.sebab] ?? s(a.sebab)}; SKP ini tanpa Nilai SKP.`,
    perbaikan: (a) =>
      a.sebab === 'TANPA_REALISASI'
        ? 'Lengkapi realisasi kuantitas, kualitas, waktu (dan biaya) kegiatan ini; RO = 0 berarti kegiatan tidak dilaksanakan.'
        : 'Perbaiki indikator kegiatan ini (jalankan asn-kinerja validate).',
  },
  NILAI_AKHIR_TIDAK_DINILAI: {
    pesan: (a) =>
      `Nilai akhir tidak dapat dihitung: ${list(a.alasan)
        .map((x) => ALASAN_NILAI[x])
        .join(', ')}.`,
    perbaikan: (a) =>
      a.alasan.includes('NILAI_PERILAKU_TIDAK_ADA')
        ? 'Isi kolom nilai_perilaku (0–100) di CSV penilaian untuk pegawai ini, atau untuk pp-30-2019 aktifkan pp_30_2019.dengan_360.'
        : 'Lengkapi data yang kurang.',
  },
  PIMPINAN_GANDA: {
    pesan: (a) => `NIP ${s(a.nip)} memimpin beberapa unit berpredikat (${s(a.unit)}); dipakai unit terdekat ke akar: ${s(a.dipakai)}.`,
    perbaikan: () => 'Periksa kolom pimpinan di unit-kerja.yaml.',
  },
  KURVA_TIDAK_SESUAI: {
    pesan: (a) =>
      `Kurva distribusi unit ${q(a.unit)} (${s(a.predikat_organisasi)}) tidak sesuai: ${s(a.predikat)} ${a.aturan === 'maksimal' || a.aturan === 'nol' ? 'paling banyak' : 'paling sedikit'} ${s(a.batas)}, ada ${s(a.jumlah)}.`,
    perbaikan: () =>
      'Lihat saran pada laporan unit (hanya saran; hasil pegawai tidak diubah). Aturan "harus ada" di unit Baik adalah aturan SE MenPAN-RB 3/2023.',
  },
  KURVA_TIDAK_MUNGKIN: {
    pesan: (a) => `Tidak ada sebaran ${s(a.jumlah)} pegawai yang memenuhi kurva unit ${q(a.unit)}.`,
    perbaikan: () => 'Tidak ada saran yang mungkin.',
  },
  JP_KURANG: {
    pesan: (a) => `JP pengembangan kompetensi ${s(a.jp)} di bawah minimal ${s(a.minimal)} untuk periode ini.`,
    perbaikan: () => 'PP 11/2017 Pasal 203 ayat 4: paling sedikit 20 JP setahun bagi PNS.',
  },
  TIM_ANGGOTA_TANPA_SKP: {
    pesan: (a) => `Anggota tim ${q(a.tim)} ${s(a.nip)} tidak punya SKP yang dinilai; tidak dihitung.`,
    perbaikan: () => 'Periksa NIP anggota tim.',
  },
  SKM_UNSUR_KOSONG: {
    pesan: (a) => `Tidak ada jawaban untuk unsur ${s(a.unsur)} di kelompok ${q(a.kunci)}; unsur itu tidak ikut dihitung.`,
    perbaikan: () => 'Wajar bila unsur tidak berlaku (mis. Biaya/Tarif pada layanan gratis).',
  },
  SKM_TANPA_KELOMPOK: {
    pesan: (a) => `${s(a.jumlah)} jawaban tanpa ${s(a.kolom)} tidak masuk kelompok mana pun.`,
    perbaikan: (a) => `Isi kolom ${s(a.kolom)} bila jawaban itu perlu dihitung per ${s(a.kolom)}.`,
  },
  SKM_POPULASI_SEBAGIAN: {
    pesan: (a) => `Hanya sebagian unit di bawah ${q(a.unit)} punya populasi_layanan; sampel minimal dihitung dari yang ada.`,
    perbaikan: () => 'Isi populasi_layanan di semua unit pelayanan.',
  },
  SKM_SAMPEL_KURANG: {
    pesan: (a) => `Responden ${q(a.kunci)} ${s(a.responden)}, kurang dari sampel minimal ${s(a.sampel_minimal)} (Krejcie–Morgan).`,
    perbaikan: () => 'Tambah responden sebelum IKM dipublikasikan (PermenPAN-RB 14/2017).',
  },
  TEMUAN_DIRINGKAS: {
    pesan: (a) => `${s(a.jumlah)} temuan ${s(a.kode_temuan)} lain di berkas ini tidak ditampilkan satu per satu.`,
    perbaikan: () => 'Perbaiki temuan di atas lalu jalankan lagi (atau pakai --semua-temuan).',
  },
};
