/**
 * A unit's predikat distribution as an inline SVG: the distribution the kurva checked (the whole
 * subtree's when it was not checked) as horizontal bars, with a marker at the limit of every rule it
 * breaks. One drawing for the HTML report and the Dokumen Evaluasi Kinerja (its POLA DISTRIBUSI), in
 * the browser and in the PDF alike.
 */
import type { Lang } from '../../i18n/messages.js';
import type { UnitPermenpanRb_6_2022 as Unit } from '../../types/generated/laporan-skor.js';
import { esc } from '../html.js';
import { ruleLabel } from './kurva-words.js';

const PREDIKAT = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang'] as const;
const BAR = ['#2e8b57', '#7fbf7f', '#e0b000', '#e07b39', '#c0392b'];

const T = {
  id: {
    kurva: 'Kurva distribusi',
    tidakDiperiksa: 'tidak diperiksa',
    grafik: (u: string) => `Sebaran predikat unit ${u}`,
    diperiksa: (n: number) => `${n} pegawai diperiksa (tanpa pimpinan unit)`,
  },
  en: {
    kurva: 'Distribution curve (kurva)',
    tidakDiperiksa: 'not checked',
    grafik: (u: string) => `Predikat distribution of unit ${u}`,
    diperiksa: (n: number) => `${n} employee(s) checked (the unit's head left out)`,
  },
};

export function kurvaChart(u: Pick<Unit, 'id' | 'distribusi' | 'kurva'>, lang: Lang): string {
  const L = T[lang];
  const d = u.kurva.diperiksa ? u.kurva.distribusi : u.distribusi;
  const rules = u.kurva.pelanggaran;
  const top = Math.max(1, ...PREDIKAT.map((p) => d[p]), ...rules.map((r) => r.batas));
  const left = 150;
  const width = 420;
  const row = 28;
  const x = (n: number) => left + (n / top) * width;
  const bars = PREDIKAT.map((p, i) => {
    const y = 10 + i * row;
    const n = d[p];
    const marks = rules
      // A rule over several predikat is drawn once, on the first of them, named with all of them.
      .filter((r) => r.predikat[0] === p)
      .map(
        (r) =>
          `<line x1="${x(r.batas).toFixed(1)}" x2="${x(r.batas).toFixed(1)}" y1="${y - 3}" y2="${y + 21}" stroke="#b3261e" stroke-width="2"${r.aturan === 'maksimal' || r.aturan === 'nol' ? '' : ' stroke-dasharray="4 3"'}/><text x="${(x(r.batas) + 4).toFixed(1)}" y="${y + 8}" font-size="10" fill="#b3261e">${esc(ruleLabel(r, lang))}</text>`,
      )
      .join('');
    return `<text x="${left - 8}" y="${y + 14}" font-size="12" text-anchor="end">${esc(p)}</text><rect x="${left}" y="${y}" width="${((n / top) * width).toFixed(1)}" height="18" fill="${BAR[i]}"/><text x="${(x(n) + 4).toFixed(1)}" y="${y + 14}" font-size="12">${n}</text>${marks}`;
  }).join('');
  const caption = u.kurva.diperiksa ? L.diperiksa(u.kurva.jumlah) : `${L.kurva}: ${L.tidakDiperiksa}`;
  const h = 10 + PREDIKAT.length * row + 18;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${left + width + 120} ${h}" width="${left + width + 120}" height="${h}" role="img" aria-label="${esc(L.grafik(u.id))}"><title>${esc(L.grafik(u.id))}</title>${bars}<text x="${left}" y="${h - 4}" font-size="11" fill="#5b6774">${esc(caption)}</text></svg>`;
}
