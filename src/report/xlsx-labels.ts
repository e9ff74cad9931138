/**
 * Column headers of the workbook outputs in both languages, keyed by the column's CSV name. The
 * regulation's own labels (predikat, the ratings' values, mutu) are not translated; an unknown key
 * shows as itself. `metode` is labelled so that a re-read workbook is still known as our own export
 * (core/csv/header.ts: `metode`, `rule_pack`).
 */
import type { Lang } from '../i18n/messages.js';

const LABELS: Record<string, [id: string, en: string]> = {
  nip: ['NIP', 'NIP'],
  nama: ['Nama', 'Name'],
  unit: ['Unit', 'Unit'],
  capaian_hasil_kerja: ['Capaian hasil kerja', 'Work result achievement'],
  rating_hasil_kerja: ['Rating hasil kerja', 'Work result rating'],
  rating_hasil_kerja_dihitung: ['Rating hasil kerja (dihitung)', 'Work result rating (computed)'],
  sumber_rating_hasil_kerja: ['Sumber rating hasil kerja', 'Work result rating source'],
  nilai_perilaku: ['Nilai perilaku', 'Behaviour score'],
  rating_perilaku: ['Rating perilaku', 'Behaviour rating'],
  rating_perilaku_dihitung: ['Rating perilaku (dihitung)', 'Behaviour rating (computed)'],
  sumber_rating_perilaku: ['Sumber rating perilaku', 'Behaviour rating source'],
  predikat: ['Predikat', 'Predikat'],
  alasan: ['Alasan', 'Reasons'],
  angka_kredit: ['Angka kredit', 'Credit points'],
  jp_kompetensi: ['JP kompetensi', 'Training hours (JP)'],
  tindak_lanjut: ['Tindak lanjut', 'Follow-up'],
  cara_rating: ['Cara rating', 'Rating method'],
  rhk_di_atas: ['RHK di atas', 'RHK above'],
  rhk_sesuai: ['RHK sesuai', 'RHK as expected'],
  rhk_di_bawah: ['RHK di bawah', 'RHK below'],
  masa_skp: ['Masa SKP', 'SKP period(s)'],
  periode: ['Periode', 'Period'],
  metode: ['Metode', 'Rule pack'],
  // hasil kerja
  rhk: ['RHK', 'RHK'],
  jenis: ['Jenis', 'Type'],
  bobot: ['Bobot', 'Weight'],
  capaian_rhk: ['Capaian RHK', 'RHK achievement'],
  rating_rhk: ['Rating RHK', 'RHK rating'],
  indikator: ['Indikator', 'Indicator'],
  target: ['Target', 'Target'],
  target_min: ['Target min', 'Target min'],
  target_maks: ['Target maks', 'Target max'],
  realisasi: ['Realisasi', 'Realisation'],
  capaian_indikator: ['Capaian indikator', 'Indicator achievement'],
  bulan_tercakup: ['Bulan tercakup', 'Months covered'],
  // unit and tim
  id: ['ID', 'ID'],
  induk: ['Induk', 'Parent'],
  jumlah_pegawai: ['Jumlah pegawai', 'Employees'],
  'Sangat Baik': ['Sangat Baik', 'Sangat Baik'],
  Baik: ['Baik', 'Baik'],
  'Butuh Perbaikan': ['Butuh Perbaikan', 'Butuh Perbaikan'],
  'Kurang/Misconduct': ['Kurang/Misconduct', 'Kurang/Misconduct'],
  'Sangat Kurang': ['Sangat Kurang', 'Sangat Kurang'],
  tidak_dinilai: ['Tidak dinilai', 'Not rated'],
  rata_rata_capaian: ['Rata-rata capaian', 'Mean achievement'],
  predikat_organisasi: ['Predikat organisasi', 'Organisation predikat'],
  kurva_diperiksa: ['Kurva diperiksa', 'Curve checked'],
  kurva_sesuai: ['Kurva sesuai', 'Curve met'],
  kepatuhan_jp: ['Kepatuhan JP (%)', 'JP compliance (%)'],
  ikm: ['IKM', 'IKM'],
  mutu: ['Mutu', 'Mutu'],
  // temuan
  kode: ['Kode', 'Code'],
  tingkat: ['Tingkat', 'Level'],
  path: ['Berkas', 'File'],
  baris: ['Baris', 'Line'],
  kolom: ['Kolom', 'Column'],
  lembar: ['Lembar', 'Sheet'],
  sel: ['Sel', 'Cell'],
  pesan: ['Pesan', 'Message'],
  // sumber
  sha256: ['SHA-256', 'SHA-256'],
  encoding: ['Encoding', 'Encoding'],
  pemisah: ['Pemisah', 'Delimiter'],
  desimal: ['Desimal', 'Decimal mark'],
  baris_dibaca: ['Baris dibaca', 'Rows read'],
  baris_dipakai: ['Baris dipakai', 'Rows used'],
  baris_ditolak: ['Baris ditolak', 'Rows rejected'],
  baris_diabaikan: ['Baris diabaikan', 'Rows ignored'],
  // ikm
  kunci: ['Kelompok', 'Group'],
  layanan: ['Layanan', 'Service'],
  responden: ['Responden', 'Respondents'],
  nilai: ['Nilai', 'Score'],
  kinerja: ['Kinerja', 'Performance'],
  unsur_terlemah: ['Unsur terlemah', 'Weakest element'],
  sampel_minimal: ['Sampel minimal', 'Minimum sample'],
  sampel_cukup: ['Sampel cukup', 'Sample sufficient'],
};

export function columnLabel(key: string, lang: Lang): string {
  const nrr = /^nrr_u(\d)$/.exec(key);
  if (nrr) return `NRR U${nrr[1]}`;
  const l = LABELS[key];
  return l ? l[lang === 'id' ? 0 : 1] : key;
}
