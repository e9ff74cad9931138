/**
 * The 6/2022 pack's parts of the documents people hand over (issue [8]): the workbook's detail sheet
 * (hasil kerja: a row per indicator of each SKP), the HTML report's employee table and its unit parts
 * (the mean capaian, the predikat organisasi and the kurva with its chart and saran). The formats
 * themselves (report/score/xlsx.ts, html.ts) hold what every pack shares.
 */
import type { Lang } from '../../../i18n/messages.js';
import type { PegawaiPermenpanRb_6_2022 as Entry, UnitPermenpanRb_6_2022 as Unit } from '../../../types/generated/laporan-skor.js';
import { kurvaChart } from '../kurva-chart.js';
import { ruleLabel } from '../kurva-words.js';
import { nipCell, type CsvCell } from '../../csv-writer.js';
import { masaText } from './pack-view.js';
import { esc, headRow, num } from '../../html.js';

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
          masaText(skp.masa),
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
  head: (lang: Lang) => headRow(T[lang].head, NUMERIC),
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

const U = {
  id: {
    pegawai: 'pegawai',
    rata: 'Rata-rata capaian',
    predikatOrg: 'Predikat organisasi',
    kurva: 'Kurva distribusi',
    sesuai: 'sesuai',
    tidakSesuai: 'tidak sesuai',
    tidakDiperiksa: 'tidak diperiksa',
    saran: 'Saran',
    pindah: (n: number, dari: string, ke: string) => `${n} pegawai dari ${dari} ke ${ke}`,
    tanpaSaran: 'tidak ada langkah yang membuat kurva sesuai',
  },
  en: {
    pegawai: 'employees',
    rata: 'Mean achievement',
    predikatOrg: 'Organisation predikat',
    kurva: 'Distribution curve (kurva)',
    sesuai: 'fits',
    tidakSesuai: 'does not fit',
    tidakDiperiksa: 'not checked',
    saran: 'Advice',
    pindah: (n: number, dari: string, ke: string) => `${n} employee(s) from ${dari} to ${ke}`,
    tanpaSaran: 'no change makes the curve fit',
  },
};

function kurvaStatus(u: Unit, lang: Lang): string {
  const L = U[lang];
  if (!u.kurva.diperiksa)
    return `<span class="badge muted">${esc(L.tidakDiperiksa)}${u.kurva.alasan ? ` (${esc(u.kurva.alasan)})` : ''}</span>`;
  return u.kurva.sesuai ? `<span class="badge ok">${esc(L.sesuai)}</span>` : `<span class="badge bad">${esc(L.tidakSesuai)}</span>`;
}

/** The HTML report's unit parts: the mean capaian, the predikat organisasi, the kurva with its chart, breaches and saran. */
export const htmlUnit = {
  head: (lang: Lang) => {
    const L = U[lang];
    return `<th class="n">${esc(L.rata)}</th><th>${esc(L.predikatOrg)}</th><th>${esc(L.kurva)}</th>`;
  },
  cells: (u: Unit, lang: Lang) =>
    `<td class="n" data-v="${u.rata_rata_capaian ?? ''}">${num(u.rata_rata_capaian, lang)}</td><td>${esc(u.predikat_organisasi ?? '–')}</td><td>${kurvaStatus(u, lang)}</td>`,
  section(u: Unit, lang: Lang): string {
    const L = U[lang];
    const out = [
      `<p>${u.jumlah_pegawai} ${esc(L.pegawai)} · ${esc(L.rata)} ${num(u.rata_rata_capaian, lang)} · ${esc(L.predikatOrg)}: ${esc(u.predikat_organisasi ?? '–')} · ${esc(L.kurva)}: ${kurvaStatus(u, lang)}</p>`,
      `<figure>${kurvaChart(u, lang)}</figure>`,
    ];
    if (u.kurva.diperiksa && u.kurva.sesuai === false) {
      out.push(
        `<ul>${u.kurva.pelanggaran.map((a) => `<li class="bad">${esc(ruleLabel(a, lang))} (${lang === 'id' ? 'sekarang' : 'now'} ${a.jumlah})</li>`).join('')}</ul>`,
      );
      const saran = u.kurva.saran;
      out.push(
        `<p><strong>${esc(L.saran)}:</strong> ${saran === null ? esc(L.tanpaSaran) : saran.map((s) => esc(L.pindah(s.jumlah, s.dari, s.ke))).join('; ')}</p>`,
      );
    }
    return out.join('\n');
  },
};
