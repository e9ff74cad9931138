/**
 * `score --format csv`: Excel-safe (UTF-8 BOM; NIP as a text formula so Excel keeps all 18 digits;
 * text cells starting with = + - @ neutralised against formula injection; with `;` the decimal comma).
 */
import { roundReport } from '../core/number.js';
import type { Finding } from '../core/findings.js';
import type { PegawaiSkor, TimSkor, UnitSkor } from '../core/score/index.js';
import { findingMessage } from './validate-report.js';
import type { Lang } from '../i18n/messages.js';

export type TabelCsv = 'pegawai' | 'unit' | 'temuan' | 'tim';

export interface ScoreCsvInput {
  tabel: TabelCsv;
  pegawai: PegawaiSkor[];
  unit: UnitSkor[];
  tim: TimSkor[];
  temuan: Finding[];
  delimiter: ';' | ',';
  lang: Lang;
  /** Every row carries the period and the rule pack with its version (PRODUCT.md: in every output). */
  periode: string;
  metode: string;
}

type Cell = string | number | boolean | null;
const nipCell = (nip: string) => ({ nip });

export function formatScoreCsv(input: ScoreCsvInput): string {
  const d = input.delimiter;
  const num = (x: number | null) => (x === null ? '' : String(roundReport(x, 2)).replace('.', d === ';' ? ',' : '.'));
  const text = (s: Cell | { nip: string }): string => {
    if (s === null) return '';
    if (typeof s === 'object') return `="${s.nip}"`;
    if (typeof s === 'number') return num(s);
    let v = String(s);
    if (/^[=+\-@]/.test(v)) v = `'${v}`;
    return /["\r\n]/.test(v) || v.includes(d) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const rows: (Cell | { nip: string })[][] = [];
  const DIST = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang', 'tidak_dinilai'] as const;
  switch (input.tabel) {
    case 'pegawai':
      rows.push([
        'nip',
        'nama',
        'unit',
        'capaian_hasil_kerja',
        'rating_hasil_kerja',
        'rating_hasil_kerja_dihitung',
        'sumber_rating_hasil_kerja',
        'nilai_perilaku',
        'rating_perilaku',
        'rating_perilaku_dihitung',
        'sumber_rating_perilaku',
        'predikat',
        'alasan',
        'angka_kredit',
        'jp_kompetensi',
        'tindak_lanjut',
      ]);
      for (const p of input.pegawai) {
        rows.push([
          nipCell(p.nip),
          p.nama,
          p.unit,
          p.capaian_hasil_kerja,
          p.rating_hasil_kerja,
          p.rating_hasil_kerja_dihitung,
          p.sumber_rating.hasil_kerja,
          p.nilai_perilaku,
          p.rating_perilaku,
          p.rating_perilaku_dihitung,
          p.sumber_rating.perilaku,
          p.predikat,
          p.alasan.join(' '),
          p.angka_kredit,
          p.jp_kompetensi,
          p.tindak_lanjut?.kode ?? null,
        ]);
      }
      break;
    case 'unit':
      rows.push([
        'id',
        'nama',
        'induk',
        'jumlah_pegawai',
        ...DIST,
        'rata_rata_capaian',
        'predikat_organisasi',
        'kurva_diperiksa',
        'kurva_sesuai',
        'kepatuhan_jp',
      ]);
      for (const u of input.unit)
        rows.push([
          u.id,
          u.nama,
          u.induk,
          u.jumlah_pegawai,
          ...DIST.map((k) => u.distribusi[k]),
          u.rata_rata_capaian,
          u.predikat_organisasi,
          u.kurva.diperiksa,
          u.kurva.sesuai,
          u.kepatuhan_jp,
        ]);
      break;
    case 'tim':
      rows.push(['id', 'nama', 'jumlah_pegawai', ...DIST, 'rata_rata_capaian', 'kepatuhan_jp']);
      for (const t of input.tim)
        rows.push([t.id, t.nama, t.jumlah_pegawai, ...DIST.map((k) => t.distribusi[k]), t.rata_rata_capaian, t.kepatuhan_jp]);
      break;
    case 'temuan':
      rows.push(['kode', 'tingkat', 'path', 'baris', 'kolom', 'nip', 'pesan']);
      for (const f of input.temuan)
        rows.push([
          f.kode,
          f.tingkat,
          f.path,
          f.baris ?? null,
          f.kolom ?? null,
          f.nip ? nipCell(f.nip) : null,
          findingMessage(f, input.lang),
        ]);
      break;
  }
  const meta = [input.periode, input.metode];
  rows.forEach((r, i) => r.push(...(i === 0 ? ['periode', 'metode'] : meta)));
  // Counts are whole numbers: written as they are, not through the 2-decimal formatter.
  return (
    '\ufeff' +
    rows.map((r) => r.map((c) => (typeof c === 'number' && Number.isInteger(c) ? String(c) : text(c))).join(d)).join('\r\n') +
    '\r\n'
  );
}
