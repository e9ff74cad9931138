/**
 * `dokumen --format html`: the same Dokumen Evaluasi Kinerja Pegawai as the PDF, as one print-ready,
 * self-contained page (inline CSS and SVG, no script, no font or image from anywhere): A4 portrait for
 * the Dokumen, A4 landscape for the evaluation form, every employee on a new sheet. Every value is
 * escaped. Printing it from a browser gives the PDF's layout.
 */
import type { Lang } from '../../i18n/messages.js';
import { numberText } from '../../i18n/format.js';
import type { FormatOptions } from '../format.js';
import { esc, page } from '../html.js';
import { kurvaChart } from '../score/kurva-chart.js';
import type { DokumenPegawai, Identitas } from './model.js';
import {
  amountText,
  catatanLines,
  DOT,
  identityLines,
  NILAI,
  noteText,
  pangkatText,
  percentText,
  periodeJudul,
  placeAndDate,
  predikatText,
  ratingNote,
  rentang,
  targetText,
  withUnit,
  WORDS,
} from './words.js';
import type { DokumenReport } from './index.js';

const CSS = `
* { box-sizing: border-box; }
body { font: 12px/1.35 Roboto, "Noto Sans", Arial, sans-serif; color: #111; margin: 0; background: #888; }
.sheet { background: #fff; margin: 12px auto; padding: 14mm 12mm; width: 210mm; min-height: 297mm; }
.sheet.wide { width: 297mm; min-height: 210mm; }
h1 { font-size: 15px; text-align: center; margin: 0; } .sub { text-align: center; font-weight: 700; margin: 0 0 8px; }
.head { display: flex; justify-content: space-between; margin: 0 0 6px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
th, td { border: 1px solid #333; padding: 2px 4px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.small td, .small th { font-size: 10px; }
.rating { font-weight: 700; margin: 6px 0 0; } .rating span { font-weight: 400; color: #444; }
.sign { display: flex; justify-content: space-between; margin-top: 16px; break-inside: avoid; }
.sign > div { width: 45%; } .sign .space { height: 48px; } .sign .name { font-weight: 700; text-decoration: underline; }
ul { margin: 0; padding-left: 14px; } svg { max-width: 100%; height: auto; }
.pre { white-space: pre-line; }
.tool { text-align: center; color: #eee; font-size: 10px; }
@page { size: A4 portrait; margin: 0; }
@page wide { size: A4 landscape; margin: 0; }
@media print {
  body { background: none; }
  .sheet { margin: 0; break-after: page; }
  .sheet.wide { page: wide; }
  .tool { display: none; }
}
`;

const v = (s: string | null | undefined) => esc(s ?? '–');

function identity(no: string, title: string, i: Identitas | null, lang: Lang): string {
  return (
    `<tr><th rowspan="6">${no}</th><th colspan="2">${esc(title)}</th></tr>` +
    identityLines(i, lang)
      .map(([k, x]) => `<tr><td>${esc(k)}</td><td>${v(x)}</td></tr>`)
      .join('')
  );
}

function header(d: DokumenPegawai, title: string, lang: Lang, sub: string | null = null): string {
  const W = WORDS[lang];
  return (
    `<h1>${esc(title)}</h1>${sub ? `<p class="sub">${esc(sub)}</p>` : ''}<p class="sub">${esc(W.periode)}: ${esc(periodeJudul(d.periode, lang))}</p>` +
    `<div class="head"><span>${esc(d.instansi ?? DOT)}</span><span>${esc(W.periodePenilaian)}: ${esc(rentang(d.bulan, lang))}</span></div>`
  );
}

function signature(d: DokumenPegawai, role: string, who: Identitas | null, lang: Lang): string {
  const place = placeAndDate(d, lang);
  return `<div><div>${esc(place)}</div><div>${esc(role)}</div><div class="space"></div><div class="name">${esc(who?.nama ?? DOT)}</div><div>${who?.nip ? `NIP ${esc(who.nip)}` : ''}</div></div>`;
}

function rating(label: string, value: string | null, note: string | null, lang: Lang): string {
  return `<p class="rating">${esc(label)}: ${esc(value ?? WORDS[lang].tidakDinilai)}${note ? ` <span>(${esc(note)})</span>` : ''}</p>`;
}

function dokumenSheet(d: DokumenPegawai, lang: Lang): string {
  const W = WORDS[lang];
  const notes = catatanLines(d, lang);
  const chart = d.unit ? `<div>${esc(d.unit.nama)}</div>${kurvaChart(d.unit, lang)}` : '–';
  const body =
    identity('1', W.pegawai, d.pegawai, lang) +
    identity('2', W.penilai, d.penilai, lang) +
    identity('3', W.atasanPenilai, d.atasanPenilai, lang) +
    `<tr><th rowspan="4">4</th><th colspan="2">${esc(W.evaluasi)}</th></tr>` +
    `<tr><td>${esc(W.capaianOrganisasi)}</td><td><b>${v(d.unit?.predikat_organisasi ?? W.tanpaPredikatOrganisasi)}</b></td></tr>` +
    `<tr><td>${esc(W.polaDistribusi)}</td><td>${chart}</td></tr>` +
    `<tr><td>${esc(W.predikat)}</td><td><b>${esc(predikatText(d, lang))}</b></td></tr>` +
    `<tr><th>5</th><th colspan="2">${esc(W.catatan)}</th></tr>` +
    `<tr><td></td><td colspan="2" class="pre">${esc(notes.join('\n'))}</td></tr>`;
  return (
    `<section class="sheet">${header(d, W.judul, lang)}<table><colgroup><col style="width:6mm"><col style="width:55mm"><col></colgroup>${body}</table>` +
    `<div class="sign">${signature(d, W.pegawaiTtd, d.pegawai, lang)}${signature(d, W.penilaiTtd, d.penilai, lang)}</div></section>`
  );
}

function hasilKerja(d: DokumenPegawai, lang: Lang): string {
  const W = WORDS[lang];
  return d.hasilKerja
    .map((bagian) => {
      const rows: string[] = [];
      for (const [label, jenis] of [
        [W.utama, 'utama'],
        [W.tambahan, 'tambahan'],
      ] as const) {
        const list = bagian.rhk.filter((r) => r.jenis === jenis);
        rows.push(`<tr><th colspan="9">${esc(label)}</th></tr>`);
        if (list.length === 0) rows.push(`<tr><td colspan="9">–</td></tr>`);
        list.forEach((r, n) => {
          const span = Math.max(1, r.indikator.length);
          r.indikator.forEach((i, k) => {
            const lead =
              k === 0
                ? `<td rowspan="${span}">${n + 1}</td><td rowspan="${span}">${v(r.intervensi)}</td><td rowspan="${span}">${esc(r.uraian)}</td>`
                : '';
            rows.push(
              `<tr>${lead}<td>${v(i.aspek)}</td><td>${esc(i.nama)}</td><td>${v(targetText(i, lang))}</td>` +
                `<td>${v(i.realisasi === null ? null : withUnit(amountText(i.realisasi, lang), i.satuan))}</td><td class="n">${v(percentText(i.capaian, lang))}</td>` +
                `<td class="pre">${esc(i.umpanBalik.map((u) => noteText(u, d.periode)).join('\n'))}</td></tr>`,
            );
          });
        });
      }
      const title = bagian.masa ? `<p class="rating">${esc(W.masaSkp(bagian.masa, bagian.unit))}</p>` : '';
      return `${title}<table class="small"><thead><tr>${W.kolomHk.map((t) => `<th>${esc(t)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('');
}

function perilaku(d: DokumenPegawai, lang: Lang): string {
  const W = WORDS[lang];
  const feedback = d.umpanBalikPerilaku.map((u) => noteText(u, d.periode)).join('\n');
  const last = `<tr><th colspan="4">${esc(W.umpanBalikPerilaku)}</th></tr><tr><td colspan="4" class="pre">${esc(feedback)}</td></tr>`;
  const rows = d.perilaku
    .map((p, i) => {
      const n = NILAI[p.kunci];
      return (
        `<tr><td>${i + 1}</td><td><b>${esc(n.nama)}</b><ul>${n[lang].map((x) => `<li>${esc(x)}</li>`).join('')}</ul></td>` +
        `<td>${esc(p.ekspektasi ?? '')}</td><td class="n">${v(p.skor === null ? null : numberText(p.skor, lang))}</td></tr>`
      );
    })
    .join('');
  return `<table class="small"><thead><tr>${W.kolomPerilaku.map((t) => `<th>${esc(t)}</th>`).join('')}</tr></thead><tbody>${rows}${last}</tbody></table>`;
}

function evaluasiSheet(d: DokumenPegawai, lang: Lang): string {
  const W = WORDS[lang];
  const pairs: [string, string | null, string | null][] = [
    [W.nama, d.pegawai.nama, d.penilai?.nama ?? null],
    [W.nip, d.pegawai.nip, d.penilai?.nip ?? null],
    [W.pangkat, pangkatText(d.pegawai), d.penilai ? pangkatText(d.penilai) : null],
    [W.jabatan, d.pegawai.jabatan, d.penilai?.jabatan ?? null],
    [W.unit, d.pegawai.unit, d.penilai?.unit ?? null],
  ];
  const ident =
    `<table class="small"><tr><th>${esc(W.no)}</th><th colspan="2">${esc(W.pegawai)}</th><th>${esc(W.no)}</th><th colspan="2">${esc(W.penilai)}</th></tr>` +
    pairs
      .map(
        ([k, a, b], i) => `<tr><td>${i + 1}</td><td>${esc(k)}</td><td>${v(a)}</td><td>${i + 1}</td><td>${esc(k)}</td><td>${v(b)}</td></tr>`,
      )
      .join('') +
    `</table>`;
  return (
    `<section class="sheet wide">${header(d, W.judulEvaluasi, lang, W.pendekatan[d.pendekatan])}${ident}` +
    `<h2 class="rating">${esc(W.hasilKerja)}</h2>${d.skpValid ? hasilKerja(d, lang) : `<p class="rating">${esc(W.skpTidakValid)}</p>`}` +
    rating(W.ratingHk, d.ratingHasilKerja, ratingNote(d, 'hasil_kerja', lang), lang) +
    `<h2 class="rating">${esc(W.perilaku)}</h2>${perilaku(d, lang)}` +
    rating(W.ratingPerilaku, d.ratingPerilaku, ratingNote(d, 'perilaku', lang), lang) +
    rating(W.predikat, predikatText(d, lang), null, lang) +
    `<div class="sign"><div></div>${signature(d, W.penilaiTtd, d.penilai, lang)}</div></section>`
  );
}

export function formatDokumenHtml(report: DokumenReport, o: FormatOptions): string {
  const lang = o.lang;
  const W = WORDS[lang];
  const body = report.dokumen.map((d) => dokumenSheet(d, lang) + evaluasiSheet(d, lang)).join('\n');
  const title = report.dokumen.length === 1 ? `${W.judul} — ${report.dokumen[0]!.pegawai.nama ?? ''}` : W.judul;
  const footer = `<p class="tool">asn-kinerja ${esc(report.versiAlat)} · ${esc(report.metode)}</p>`;
  return page(lang, title, `${body || `<p>${esc(W.tidakAda)}</p>`}${footer}`, { css: CSS, script: false });
}
