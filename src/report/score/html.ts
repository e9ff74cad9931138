/**
 * `score --format html`: one self-contained report (report/html.ts) from the same model as the JSON —
 * the units with their predikat distribution drawn as an inline SVG against the kurva rules they
 * break and the saran, their IKM per unsur with the weakest marked, the employee table (sortable),
 * the findings grouped by file, and where every number came from (inputs with sha256, rule pack,
 * period, tool version). A page per unit when printed.
 */
import type { Lang } from '../../i18n/messages.js';
import type { LaporanSkor } from '../../types/generated/laporan-skor.js';
import { findingMessage, findingPlace, LEVEL_LABEL, sheetPart } from '../findings.js';
import type { FormatOptions } from '../format.js';
import { esc, num, page } from '../html.js';
import type { ScoreReport } from './model.js';
import { viewOf, type ReportView } from './packs/index.js';

type Unit = LaporanSkor['unit'][number];
type Pegawai = LaporanSkor['pegawai'][number];
type View = ReportView;

const T = {
  id: {
    judul: 'Laporan kinerja pegawai',
    periode: 'Periode',
    metode: 'Paket aturan',
    alat: 'asn-kinerja',
    ringkasan: 'Ringkasan unit',
    unit: 'Unit',
    pegawai: 'Pegawai',
    ikm: 'IKM per unsur',
    terlemah: 'terlemah',
    responden: 'responden',
    daftar: 'Pegawai',
    nama: 'Nama',
    tanpaUnit: 'Pegawai tanpa unit di daftar unit',
    temuan: 'Temuan',
    tidakAdaTemuan: 'Tidak ada temuan.',
    sumber: 'Asal angka',
    berkas: 'Berkas',
    jenis: 'Jenis',
    baris: 'Baris dibaca / dipakai / ditolak / diabaikan',
  },
  en: {
    judul: 'Employee performance report',
    periode: 'Period',
    metode: 'Rule pack',
    alat: 'asn-kinerja',
    ringkasan: 'Units at a glance',
    unit: 'Unit',
    pegawai: 'Employees',
    ikm: 'IKM per element',
    terlemah: 'weakest',
    responden: 'respondents',
    daftar: 'Employees',
    nama: 'Name',
    tanpaUnit: 'Employees whose unit is not in the unit list',
    temuan: 'Findings',
    tidakAdaTemuan: 'No findings.',
    sumber: 'Where the numbers come from',
    berkas: 'File',
    jenis: 'Role',
    baris: 'Rows read / used / rejected / ignored',
  },
};

export function formatScoreHtml(report: ScoreReport, o: FormatOptions): string {
  const { laporan } = report;
  const lang = o.lang;
  const L = T[lang];
  const view = viewOf(laporan.metode);
  const parts: string[] = [];
  parts.push(`<header><h1>${esc(L.judul)} · ${esc(laporan.periode)}</h1>`);
  parts.push(
    `<p class="meta">${esc(L.metode)}: <code>${esc(laporan.metode)} ${esc(laporan.versi_metode)}</code> · ${esc(L.alat)} ${esc(laporan.versi_alat)} · ${laporan.ringkasan.pegawai} ${esc(L.pegawai.toLowerCase())} · ${esc(L.temuan)}: ${laporan.ringkasan.error} error, ${laporan.ringkasan.peringatan} ${lang === 'id' ? 'peringatan' : 'warning(s)'}, ${laporan.ringkasan.info} info</p></header>`,
  );
  parts.push(`<h2>${esc(L.ringkasan)}</h2>`, unitsTable(laporan.unit, lang, view));
  const known = new Set(laporan.unit.map((u) => u.id));
  for (const u of laporan.unit)
    parts.push(
      unitSection(
        u,
        laporan.pegawai.filter((p) => p.unit === u.id),
        lang,
        view,
      ),
    );
  const orphans = laporan.pegawai.filter((p) => !known.has(p.unit));
  if (orphans.length > 0) parts.push(`<section class="unit"><h2>${esc(L.tanpaUnit)}</h2>${employeeTable(orphans, lang, view)}</section>`);
  parts.push(findingsSection(report, lang, o.quiet), sourcesSection(laporan, lang));
  return page(lang, `${L.judul} ${laporan.periode}`, parts.join('\n'));
}

function unitsTable(units: readonly Unit[], lang: Lang, view: View): string {
  const L = T[lang];
  const rows = units
    .map(
      (u) =>
        `<tr><td><a href="#unit-${esc(u.id)}">${esc(u.id)}</a></td><td>${esc(u.nama)}</td><td class="n" data-v="${u.jumlah_pegawai}">${u.jumlah_pegawai}</td>${view.htmlUnit.cells(u, lang)}<td class="n" data-v="${u.ikm?.nilai ?? ''}">${u.ikm ? `${num(u.ikm.nilai, lang)} ${esc(u.ikm.mutu ?? '')}` : '–'}</td></tr>`,
    )
    .join('');
  return `<table data-sortable><thead><tr><th>${esc(L.unit)}</th><th>${esc(L.nama)}</th><th class="n">${esc(L.pegawai)}</th>${view.htmlUnit.head(lang)}<th class="n">IKM</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function unitSection(u: Unit, pegawai: readonly Pegawai[], lang: Lang, view: View): string {
  const L = T[lang];
  const out: string[] = [
    `<section class="unit" id="unit-${esc(u.id)}" data-unit="${esc(u.id)}">`,
    `<h2>${esc(u.id)} — ${esc(u.nama)}</h2>`,
  ];
  out.push(view.htmlUnit.section(u, lang));
  if (u.ikm && u.ikm.responden > 0) out.push(ikmTable(u.ikm, lang));
  if (pegawai.length > 0) out.push(`<h3>${esc(L.daftar)}</h3>`, employeeTable(pegawai, lang, view));
  out.push('</section>');
  return out.join('\n');
}

function ikmTable(ikm: NonNullable<Unit['ikm']>, lang: Lang): string {
  const L = T[lang];
  const present = ikm.nrr.filter((x): x is number => x !== null);
  const weakest = present.length > 0 ? Math.min(...present) : null;
  const cells = ikm.nrr
    .map(
      (x) =>
        `<td class="n${x !== null && x === weakest ? ' weak' : ''}"${x !== null && x === weakest ? ` title="${esc(L.terlemah)}"` : ''}>${num(x, lang, 4)}${x !== null && x === weakest ? ` (${esc(L.terlemah)})` : ''}</td>`,
    )
    .join('');
  return `<h3>${esc(L.ikm)}: ${num(ikm.nilai, lang)} ${esc(ikm.mutu ?? '')} (${esc(ikm.kinerja ?? '–')}) · ${ikm.responden} ${esc(L.responden)}</h3><table class="ikm"><thead><tr>${ikm.nrr.map((_, i) => `<th class="n">U${i + 1}</th>`).join('')}</tr></thead><tbody><tr>${cells}</tr></tbody></table>`;
}

function employeeTable(pegawai: readonly Pegawai[], lang: Lang, view: View): string {
  return `<table data-sortable><thead>${view.htmlTable.head(lang)}</thead><tbody>${pegawai.map((p) => view.htmlTable.row(p, lang)).join('')}</tbody></table>`;
}

function findingsSection(report: ScoreReport, lang: Lang, quiet: boolean): string {
  const L = T[lang];
  const shown = report.findings.filter((f) => !(quiet && f.tingkat === 'info'));
  if (shown.length === 0) return `<section><h2>${esc(L.temuan)}</h2><p>${esc(L.tidakAdaTemuan)}</p></section>`;
  const groups = new Map<string, typeof shown>();
  for (const f of shown) {
    const key = f.lembar !== undefined ? `${f.path} › ${sheetPart({ lembar: f.lembar })}` : f.path;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const items = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, list]) => {
      const errors = list.filter((f) => f.tingkat === 'error').length;
      const li = list
        .map(
          (f) =>
            `<li><code>${esc(findingPlace(f))}</code> <span class="${f.tingkat === 'error' ? 'bad' : 'muted'}">${esc(LEVEL_LABEL[lang][f.tingkat])}</span> <code>${esc(f.kode)}</code>${f.nip ? ` (${esc(f.nip)})` : ''} — ${esc(findingMessage(f, lang))}</li>`,
        )
        .join('');
      return `<details${errors > 0 ? ' open' : ''}><summary>${esc(file)} (${list.length})</summary><ul>${li}</ul></details>`;
    })
    .join('');
  return `<section><h2>${esc(L.temuan)}</h2>${items}</section>`;
}

function sourcesSection(laporan: LaporanSkor, lang: Lang): string {
  const L = T[lang];
  const rows = laporan.sumber
    .map(
      (s) =>
        `<tr><td>${esc(s.path)}${s.lembar !== undefined ? ` › ${esc(s.lembar)}` : ''}</td><td>${esc(s.jenis ?? '–')}</td><td><code>${esc(s.sha256 ?? '–')}</code></td><td class="n">${s.baris_dibaca} / ${s.baris_dipakai} / ${s.baris_ditolak} / ${s.baris_diabaikan}</td></tr>`,
    )
    .join('');
  return `<section><h2>${esc(L.sumber)}</h2><p>${esc(L.periode)} ${esc(laporan.periode)} · ${esc(L.metode)} <code>${esc(laporan.metode)} ${esc(laporan.versi_metode)}</code> · asn-kinerja ${esc(laporan.versi_alat)}</p><table><thead><tr><th>${esc(L.berkas)}</th><th>${esc(L.jenis)}</th><th>SHA-256</th><th class="n">${esc(L.baris)}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
