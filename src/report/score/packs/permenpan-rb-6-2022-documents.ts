/**
 * The 6/2022 pack's parts of the documents people hand over (issue [8]): the workbook's detail sheet
 * (hasil kerja: a row per indicator of each SKP) and the HTML report's employee table. The formats
 * themselves (report/score/xlsx.ts, html.ts) hold what every pack shares.
 */
import type { Lang } from '../../../i18n/messages.js';
import type { LaporanSkor } from '../../../types/generated/laporan-skor.js';
import { nipCell, type CsvCell } from '../../csv-writer.js';
import { esc, num } from '../../html.js';

type Entry = LaporanSkor['pegawai'][number];

export const DETAIL_HEAD = [
  'nip',
  'nama',
  'masa_skp',
  'rhk',
  'jenis',
  'bobot',
  'capaian_rhk',
  'rating_rhk',
  'indikator',
  'target',
  'target_min',
  'target_maks',
  'realisasi',
  'capaian_indikator',
  'bulan_tercakup',
] as const;

/** A row per indicator of each RHK; an employee with several SKPs in the year (§2.0): each SKP's, with its masa. */
export function detailRows(e: Entry): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const skp of e.skp ?? [{ path: null, masa: null, hasil_kerja: e.hasil_kerja }])
    for (const h of skp.hasil_kerja)
      for (const i of h.indikator) {
        const t = i.target;
        rows.push([
          nipCell(e.nip),
          e.nama,
          skp.masa ? `${skp.masa.mulai}..${skp.masa.selesai}` : null,
          h.id,
          h.jenis,
          h.bobot ?? null,
          h.capaian,
          h.rating ?? null,
          i.id,
          typeof t === 'number' ? t : null,
          t !== null && typeof t === 'object' ? t.min : null,
          t !== null && typeof t === 'object' ? t.maks : null,
          i.realisasi,
          i.capaian,
          i.bulan_tercakup,
        ]);
      }
  return rows;
}

const PREDIKAT_CLASS: Record<string, string> = {
  'Sangat Baik': 'p-sb',
  Baik: 'p-b',
  'Butuh Perbaikan': 'p-bp',
  'Kurang/Misconduct': 'p-k',
  'Sangat Kurang': 'p-sk',
};

const T = {
  id: {
    head: ['NIP', 'Nama', 'Capaian', 'Rating hasil kerja', 'Nilai perilaku', 'Rating perilaku', 'Predikat', 'Angka kredit'],
    dariPenilai: 'ditetapkan penilai',
    dariOrganisasi: 'dari predikat organisasi',
  },
  en: {
    head: ['NIP', 'Name', 'Achievement', 'Work result rating', 'Behaviour score', 'Behaviour rating', 'Predikat', 'Credit points'],
    dariPenilai: 'set by the penilai',
    dariOrganisasi: 'from the organisation predikat',
  },
};
const NUMERIC = new Set([2, 4, 7]);

/** The HTML report's employee table: its header row and each employee's row (sortable, numbers by data-v). */
export const htmlTable = {
  head: (lang: Lang) => `<tr>${T[lang].head.map((h, i) => `<th${NUMERIC.has(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr>`,
  row(p: Entry, lang: Lang): string {
    const L = T[lang];
    const mark = (sumber: string | null) =>
      sumber === 'penilai'
        ? ` <span class="muted" title="${esc(L.dariPenilai)}">ᴾ</span>`
        : sumber === 'organisasi'
          ? ` <span class="muted" title="${esc(L.dariOrganisasi)}">ᴼ</span>`
          : '';
    return `<tr><td>${esc(p.nip)}</td><td>${esc(p.nama)}</td><td class="n" data-v="${p.capaian_hasil_kerja ?? ''}">${num(p.capaian_hasil_kerja, lang)}</td><td>${esc(p.rating_hasil_kerja ?? '–')}${mark(p.sumber_rating.hasil_kerja)}</td><td class="n" data-v="${p.nilai_perilaku ?? ''}">${num(p.nilai_perilaku, lang)}</td><td>${esc(p.rating_perilaku ?? '–')}${mark(p.sumber_rating.perilaku)}</td><td class="${PREDIKAT_CLASS[p.predikat ?? ''] ?? ''}">${esc(p.predikat ?? '–')}</td><td class="n" data-v="${p.angka_kredit ?? ''}">${num(p.angka_kredit, lang)}</td></tr>`;
  },
};
