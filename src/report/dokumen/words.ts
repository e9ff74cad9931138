/**
 * The words of the Dokumen Evaluasi Kinerja Pegawai, in the Lampiran's Indonesian and in English, and
 * how its values are written (periods, dates, targets, pangkat). The PDF and the HTML share them, so
 * the two renderings say the same thing. The regulation's labels (ratings, predikat, the BerAKHLAK
 * values) stay as the regulation writes them in both languages.
 */
import type { Lang } from '../../i18n/messages.js';
import { numberText } from '../../i18n/format.js';
import type { Periode } from '../../core/period.js';
import type { BarisIndikator, DokumenPegawai, Identitas } from './model.js';

const BULAN = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const ROMAWI = ['I', 'II', 'III', 'IV'];

/** The seven core values with the Lampiran's panduan perilaku (SE MenPAN-RB 20/2021), in RULES.md order. */
export const NILAI = {
  berorientasi_pelayanan: {
    nama: 'Berorientasi Pelayanan',
    id: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
    en: ["Understands and meets the public's needs", 'Friendly, quick, solution-minded and dependable', 'Keeps improving'],
  },
  akuntabel: {
    nama: 'Akuntabel',
    id: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
    en: [
      'Works honestly, responsibly, carefully, with discipline and high integrity',
      'Uses state assets responsibly, effectively and efficiently',
      'Does not abuse the authority of office',
    ],
  },
  kompeten: {
    nama: 'Kompeten',
    id: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
    en: ['Builds their own competence to meet ever-changing challenges', 'Helps others learn', 'Does the work to the best quality'],
  },
  harmonis: {
    nama: 'Harmonis',
    id: ['Menghargai setiap orang apa pun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
    en: ['Respects everyone whatever their background', 'Likes to help others', 'Builds a good working environment'],
  },
  loyal: {
    nama: 'Loyal',
    id: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
    en: [
      'Holds to Pancasila and the 1945 Constitution, loyal to the Republic and its lawful government',
      'Protects the good name of fellow ASN, superiors, the agency and the state',
      'Keeps official and state secrets',
    ],
  },
  adaptif: {
    nama: 'Adaptif',
    id: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
    en: ['Adapts quickly to change', 'Keeps innovating and developing creativity', 'Acts proactively'],
  },
  kolaboratif: {
    nama: 'Kolaboratif',
    id: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
    en: ['Gives others the chance to contribute', 'Open to working together to add value', 'Mobilises resources for shared goals'],
  },
} as const;

export const WORDS = {
  id: {
    judul: 'DOKUMEN EVALUASI KINERJA PEGAWAI',
    judulEvaluasi: 'EVALUASI KINERJA PEGAWAI',
    pendekatan: { kuantitatif: 'PENDEKATAN HASIL KERJA KUANTITATIF', kualitatif: 'PENDEKATAN HASIL KERJA KUALITATIF' },
    skpTidakValid:
      'SKP ini memuat kesalahan: hasil kerjanya tidak ditampilkan dan predikat belum dapat ditetapkan. Lihat asn-kinerja validate.',
    umpanBalikPerilaku: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG (PEJABAT PENILAI)',
    periode: 'PERIODE',
    periodePenilaian: 'PERIODE PENILAIAN',
    no: 'NO',
    pegawai: 'PEGAWAI YANG DINILAI',
    penilai: 'PEJABAT PENILAI KINERJA',
    atasanPenilai: 'ATASAN PEJABAT PENILAI KINERJA',
    nama: 'NAMA',
    nip: 'NIP',
    pangkat: 'PANGKAT/GOL RUANG',
    jabatan: 'JABATAN',
    unit: 'UNIT KERJA',
    evaluasi: 'EVALUASI KINERJA',
    capaianOrganisasi: 'CAPAIAN KINERJA ORGANISASI',
    polaDistribusi: 'POLA DISTRIBUSI',
    predikat: 'PREDIKAT KINERJA PEGAWAI',
    catatan: 'CATATAN/REKOMENDASI',
    hasilKerja: 'HASIL KERJA',
    utama: 'A. UTAMA',
    tambahan: 'B. TAMBAHAN',
    kolomHk: [
      'NO',
      'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
      'RENCANA HASIL KERJA',
      'ASPEK',
      'INDIKATOR KINERJA INDIVIDU',
      'TARGET',
      'REALISASI',
      'CAPAIAN',
      'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG',
    ],
    ratingHk: 'RATING HASIL KERJA',
    perilaku: 'PERILAKU KERJA',
    kolomPerilaku: ['NO', 'PERILAKU KERJA', 'EKSPEKTASI KHUSUS PIMPINAN', 'NILAI'],
    ratingPerilaku: 'RATING PERILAKU KERJA',
    pegawaiTtd: 'Pegawai yang Dinilai,',
    penilaiTtd: 'Pejabat Penilai Kinerja,',
    masaSkp: (masa: string, unit: string | null) => `SKP ${masa}${unit ? `, ${unit}` : ''}`,
    capaian: (c: string) => `capaian ${c}`,
    nilaiPerilaku: (n: string) => `nilai ${n}`,
    dariPenilai: 'ditetapkan pejabat penilai',
    dariOrganisasi: 'dari capaian kinerja organisasi (pimpinan unit)',
    tidakDinilai: 'belum dapat ditetapkan',
    tidakDiperiksa: 'kurva tidak diperiksa',
    tanpaPredikatOrganisasi: 'belum ditetapkan',
    tidakAda: '–',
    halaman: (n: number, dari: number) => `Halaman ${n} dari ${dari}`,
    alasan: {
      HASIL_KERJA_TIDAK_DINILAI: 'rating hasil kerja belum ada',
      PERILAKU_TIDAK_DINILAI: 'rating perilaku belum ada',
      SKP_TIDAK_VALID: 'SKP memuat kesalahan',
    } as Record<string, string>,
    tindakLanjut: {
      penghargaan: 'Penghargaan: dapat diusulkan ke dalam kelompok rencana suksesi (talent pool) dan prioritas pengembangan kompetensi.',
      pertahankan: 'Pertahankan kinerja.',
      pengembangan_kinerja: 'Pengembangan kinerja: bimbingan kinerja dan rencana pengembangan',
      pembinaan_perilaku: 'Pembinaan perilaku kerja',
      pembinaan_intensif: 'Pembinaan intensif dan konseling kinerja.',
    } as Record<string, string>,
    padaRhk: (u: string) => ` pada RHK "${u}".`,
    padaNilai: (v: string) => ` pada nilai ${v}.`,
    tindakLanjutJudul: 'Tindak lanjut',
  },
  en: {
    judul: 'EMPLOYEE PERFORMANCE EVALUATION DOCUMENT',
    judulEvaluasi: 'EMPLOYEE PERFORMANCE EVALUATION',
    pendekatan: { kuantitatif: 'QUANTITATIVE WORK-RESULT APPROACH', kualitatif: 'QUALITATIVE WORK-RESULT APPROACH' },
    skpTidakValid: 'This SKP has errors: its work results are not shown and no predikat can be set. See asn-kinerja validate.',
    umpanBalikPerilaku: 'CONTINUOUS FEEDBACK BASED ON EVIDENCE (ASSESSING OFFICIAL)',
    periode: 'PERIOD',
    periodePenilaian: 'ASSESSMENT PERIOD',
    no: 'NO',
    pegawai: 'EMPLOYEE ASSESSED',
    penilai: 'ASSESSING OFFICIAL (PEJABAT PENILAI KINERJA)',
    atasanPenilai: "ASSESSING OFFICIAL'S SUPERIOR",
    nama: 'NAME',
    nip: 'NIP',
    pangkat: 'RANK/GRADE',
    jabatan: 'POSITION',
    unit: 'WORK UNIT',
    evaluasi: 'PERFORMANCE EVALUATION',
    capaianOrganisasi: 'ORGANISATION PERFORMANCE',
    polaDistribusi: 'DISTRIBUTION PATTERN',
    predikat: 'EMPLOYEE PERFORMANCE PREDIKAT',
    catatan: 'NOTES/RECOMMENDATIONS',
    hasilKerja: 'WORK RESULTS',
    utama: 'A. MAIN',
    tambahan: 'B. ADDITIONAL',
    kolomHk: [
      'NO',
      "SUPERIOR'S PLANNED RESULT SUPPORTED",
      'PLANNED WORK RESULT',
      'ASPECT',
      'INDIVIDUAL PERFORMANCE INDICATOR',
      'TARGET',
      'REALISATION',
      'ACHIEVEMENT',
      'CONTINUOUS FEEDBACK BASED ON EVIDENCE',
    ],
    ratingHk: 'WORK RESULT RATING',
    perilaku: 'WORK BEHAVIOUR',
    kolomPerilaku: ['NO', 'WORK BEHAVIOUR', "SUPERIOR'S SPECIFIC EXPECTATION", 'SCORE'],
    ratingPerilaku: 'WORK BEHAVIOUR RATING',
    pegawaiTtd: 'Employee assessed,',
    penilaiTtd: 'Assessing official,',
    masaSkp: (masa: string, unit: string | null) => `SKP ${masa}${unit ? `, ${unit}` : ''}`,
    capaian: (c: string) => `achievement ${c}`,
    nilaiPerilaku: (n: string) => `score ${n}`,
    dariPenilai: 'set by the assessing official',
    dariOrganisasi: "from the organisation's performance (unit head)",
    tidakDinilai: 'cannot be set yet',
    tidakDiperiksa: 'curve not checked',
    tanpaPredikatOrganisasi: 'not set',
    tidakAda: '–',
    halaman: (n: number, dari: number) => `Page ${n} of ${dari}`,
    alasan: {
      HASIL_KERJA_TIDAK_DINILAI: 'no work result rating yet',
      PERILAKU_TIDAK_DINILAI: 'no behaviour rating yet',
      SKP_TIDAK_VALID: 'the SKP has errors',
    } as Record<string, string>,
    tindakLanjut: {
      penghargaan: 'Recognition: may be proposed for the succession pool (talent pool) and priority competency development.',
      pertahankan: 'Keep up the performance.',
      pengembangan_kinerja: 'Performance development: coaching and a development plan',
      pembinaan_perilaku: 'Guidance on work behaviour',
      pembinaan_intensif: 'Intensive guidance and performance counselling.',
    } as Record<string, string>,
    padaRhk: (u: string) => ` on the RHK "${u}".`,
    padaNilai: (v: string) => ` on ${v}.`,
    tindakLanjutJudul: 'Follow-up',
  },
};

/** `AKHIR`, `TRIWULAN II`, `SEMESTER I`, `BULAN MARET` (the Lampiran: TRIWULAN I/II/III/IV-AKHIR). */
export function periodeJudul(P: Periode, lang: Lang): string {
  const id = lang === 'id';
  switch (P.jenis) {
    case 'tahun':
      return id ? 'AKHIR' : 'FINAL (YEAR)';
    case 'semester':
      return `SEMESTER ${ROMAWI[P.bulanAkhir / 6 - 1]}`;
    case 'triwulan':
      return `${id ? 'TRIWULAN' : 'QUARTER'} ${ROMAWI[P.bulanAkhir / 3 - 1]}`;
    case 'bulan':
      return `${id ? 'BULAN' : 'MONTH'} ${BULAN[lang][P.bulanAwal - 1]!.toUpperCase()}`;
  }
}

function lastDay(tahun: number, bulan: number): number {
  return new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
}

/** `1 JANUARI SD 31 DESEMBER 2026`, as the Lampiran writes the periode penilaian. */
export function rentang(b: DokumenPegawai['bulan'], lang: Lang): string {
  const m = BULAN[lang];
  const sd = lang === 'id' ? 'SD' : 'TO';
  return `1 ${m[b.awal - 1]!.toUpperCase()} ${sd} ${lastDay(b.tahun, b.akhir)} ${m[b.akhir - 1]!.toUpperCase()} ${b.tahun}`;
}

/** `2027-01-15` → `15 Januari 2027`. */
function tanggalText(iso: string, lang: Lang): string {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${BULAN[lang][mo - 1]} ${y}`;
}

/** `Penata Muda Tingkat I, III/b`; the golongan alone for a PPPK; null when neither is known. */
export function pangkatText(i: Identitas): string | null {
  const parts = [i.pangkat, i.golongan].filter((x): x is string => x !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** A target or realisation as written: no trailing zeros (`93`, `85,4`, `85,71`). */
export function amountText(x: number, lang: Lang): string {
  const digits = Number.isInteger(x) ? 0 : Number.isInteger(Math.round(x * 1000) / 100) ? 1 : 2;
  return numberText(x, lang, digits);
}

const UNIT_WORDS: Record<string, string> = { persen: '%' };

/** A target with its unit: `95 %`, `3–5 hari`, `12 dokumen`. */
export function targetText(i: BarisIndikator, lang: Lang): string | null {
  const t = i.target;
  if (t === null) return null;
  const n = typeof t === 'number' ? amountText(t, lang) : `${amountText(t.min, lang)}–${amountText(t.maks, lang)}`;
  return withUnit(n, i.satuan);
}

export function withUnit(n: string, satuan: string | null): string {
  if (satuan === null) return n;
  const u = UNIT_WORDS[satuan];
  return u !== undefined ? `${n} ${u}` : `${n} ${satuan}`;
}

/** A note as the document shows it: its period first when it was written for part of P. */
export function noteText(n: { periode: string; teks: string }, P: Periode): string {
  return n.periode === P.kode ? n.teks : `${n.periode}: ${n.teks}`;
}

/** The tindak lanjut in words, naming the RHK or the values it concerns. */
function tindakLanjutText(d: DokumenPegawai, lang: Lang): string | null {
  const tl = d.tindakLanjut;
  if (!tl) return null;
  const W = WORDS[lang];
  const base = W.tindakLanjut[tl.kode] ?? tl.kode;
  if (tl.kode === 'pengembangan_kinerja') return base + (d.rhkTindakLanjut ? W.padaRhk(d.rhkTindakLanjut) : '.');
  if (tl.kode === 'pembinaan_perilaku') {
    const values = (tl.nilai_perilaku_terendah ?? []).map((k) => NILAI[k as keyof typeof NILAI]?.nama ?? k);
    return base + (values.length > 0 ? W.padaNilai(values.join(', ')) : '.');
  }
  return base;
}

/** A line left to fill in by hand. */
export const DOT = '…………………………';

/** `92,49 %`; null for none. */
export function percentText(x: number | null, lang: Lang): string | null {
  return x === null ? null : `${numberText(x, lang)} %`;
}

/** The five lines of an identity block: label and value (null when the workspace does not hold it). */
export function identityLines(i: Identitas | null, lang: Lang): [string, string | null][] {
  const W = WORDS[lang];
  return [
    [W.nama, i?.nama ?? null],
    [W.nip, i?.nip ?? null],
    [W.pangkat, i ? pangkatText(i) : null],
    [W.jabatan, i?.jabatan ?? null],
    [W.unit, i?.unit ?? null],
  ];
}

/** `Kota Contoh, 15 Januari 2027`, a dotted line for what is not known. */
export function placeAndDate(d: DokumenPegawai, lang: Lang): string {
  return `${d.tempat ?? DOT}, ${d.tanggal ? tanggalText(d.tanggal, lang) : DOT}`;
}

/** The predikat, or why there is none. */
export function predikatText(d: DokumenPegawai, lang: Lang): string {
  const W = WORDS[lang];
  if (d.predikat !== null) return d.predikat;
  const why = d.alasan.map((a) => W.alasan[a] ?? a).join(', ');
  return `${W.tidakDinilai}${why ? ` (${why})` : ''}`;
}

/** What stands beside a rating: the capaian or the nilai it comes from, and who set it when not computed. */
export function ratingNote(d: DokumenPegawai, which: 'hasil_kerja' | 'perilaku', lang: Lang): string | null {
  const W = WORDS[lang];
  const parts: string[] = [];
  if (which === 'hasil_kerja' && d.capaianHasilKerja !== null) parts.push(W.capaian(percentText(d.capaianHasilKerja, lang)!));
  if (which === 'perilaku' && d.nilaiPerilaku !== null) parts.push(W.nilaiPerilaku(numberText(d.nilaiPerilaku, lang)));
  if (d.sumberRating[which] === 'penilai') parts.push(W.dariPenilai);
  if (d.sumberRating[which] === 'organisasi') parts.push(W.dariOrganisasi);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** The CATATAN/REKOMENDASI: the penilai's notes, then the tindak lanjut. */
export function catatanLines(d: DokumenPegawai, lang: Lang): string[] {
  const lines = d.catatan.map((n) => noteText(n, d.periode));
  const tl = tindakLanjutText(d, lang);
  if (tl) lines.push(`${WORDS[lang].tindakLanjutJudul}: ${tl}`);
  return lines;
}
