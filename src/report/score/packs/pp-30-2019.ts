/**
 * How the PP 30/2019 pack's results read (RULES.md §6.2): Nilai KU, Nilai KT, Nilai SKP, nilai perilaku,
 * nilai kinerja and the predikat with its innovation condition, each RHK with its IKIs' nilai capaian,
 * in every format and in `--explain`.
 */
import { roundReport } from '../../../core/number.js';
import type { pp302019, Pp30Step } from '../../../core/rules/pp-30-2019/index.js';
import type { RhkPp30 } from '../../../core/rules/pp-30-2019/employee.js';
import { PREDIKAT_PP30 } from '../../../core/rules/pp-30-2019/index.js';
import type { EmployeeOf, TimOf, UnitOf } from '../../../core/score/index.js';
import type { Lang } from '../../../i18n/messages.js';
import type {
  PegawaiPp_30_2019 as Entry,
  TimPp_30_2019 as TimEntry,
  UnitPp_30_2019 as UnitEntry,
} from '../../../types/generated/laporan-skor.js';
import { nipCell, type CsvCell } from '../../csv-writer.js';
import { toTemuan } from '../../findings.js';
import { esc, headRow, num } from '../../html.js';
import { r2 } from '../rounding.js';
import { legacyLine, legacyUnitParts, masaSkp, masaText, prorataText, skpEntries } from './legacy-view.js';
import type { ExplainLine, PackView } from './pack-view.js';

type Pack = typeof pp302019;
type Target = number | { min: number; maks: number } | null;
const target = (t: Target) => (t === null ? null : typeof t === 'number' ? r2(t) : { min: r2(t.min)!, maks: r2(t.maks)! });
const REGULASI = 'PP 30/2019, PermenPAN-RB 8/2021';

function hasilKerja(list: readonly RhkPp30[]): Entry['hasil_kerja'] {
  return list.map((r) => ({
    id: r.id,
    jenis: r.jenis,
    bobot: r.bobot,
    nilai: r2(r.nilai),
    iki: r.iki.map((i) => ({
      id: i.id,
      target: target(i.target),
      realisasi: r2(i.realisasi),
      capaian: r2(i.capaian),
      target_maksimal: i.target_maksimal,
      nilai: r2(i.nilai),
    })),
  }));
}

function entry(p: EmployeeOf<Pack>, lang: Lang): Entry {
  const d = p.detail;
  return {
    nip: p.nip,
    nama: p.nama,
    unit: p.unit,
    // One SKP's figures: null for an SKP not scored, and for several SKPs (each SKP's is under skp).
    nilai_ku: d !== null && p.skp.length === 1 ? r2(d.nilai_ku) : null,
    nilai_kt: d !== null && p.skp.length === 1 ? r2(d.nilai_kt) : null,
    nilai_skp: r2(p.nilai_skp),
    nilai_perilaku: r2(p.nilai_perilaku),
    sumber_perilaku: p.sumber_perilaku,
    nilai_akhir: r2(p.nilai_akhir),
    inovasi: p.inovasi,
    predikat: p.predikat,
    alasan: p.alasan,
    angka_kredit: null,
    tindak_lanjut: null,
    jp_kompetensi: r2(p.jp_kompetensi),
    hasil_kerja: hasilKerja(d?.rhk ?? []),
    ...skpEntries(p, (x) => ({ nilai_ku: r2(x.nilai_ku), nilai_kt: r2(x.nilai_kt)!, hasil_kerja: hasilKerja(x.rhk) })),
    temuan: p.temuan.map((f) => toTemuan(f, lang)),
  };
}

const CSV_HEAD = [
  'nip',
  'nama',
  'unit',
  'nilai_ku',
  'nilai_kt',
  'nilai_skp',
  'nilai_perilaku',
  'sumber_perilaku',
  'nilai_akhir',
  'inovasi',
  'predikat',
  'alasan',
  'jp_kompetensi',
  'masa_skp',
];

const csvRow = (e: Entry): CsvCell[] => [
  nipCell(e.nip),
  e.nama,
  e.unit,
  e.nilai_ku,
  e.nilai_kt,
  e.nilai_skp,
  e.nilai_perilaku,
  e.sumber_perilaku,
  e.nilai_akhir,
  e.inovasi,
  e.predikat,
  e.alasan.join(' '),
  e.jp_kompetensi,
  masaSkp(e),
];

const DETAIL_HEAD = [
  'nip',
  'nama',
  'masa_skp',
  'rhk',
  'jenis',
  'bobot',
  'nilai_rhk',
  'indikator',
  'target',
  'target_min',
  'target_maks',
  'realisasi',
  'capaian_indikator',
  'target_maksimal',
  'nilai_iki',
] as const;

/** A row per IKI of each RHK; an employee with several SKPs in the year: each SKP's, with its masa. */
function detailRows(e: Entry): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const skp of e.skp ?? [{ masa: null, hasil_kerja: e.hasil_kerja }])
    for (const h of skp.hasil_kerja)
      for (const i of h.iki) {
        const t = i.target;
        rows.push([
          nipCell(e.nip),
          e.nama,
          masaText(skp.masa),
          h.id,
          h.jenis,
          h.bobot,
          h.nilai,
          i.id,
          typeof t === 'number' ? t : null,
          t !== null && typeof t === 'object' ? t.min : null,
          t !== null && typeof t === 'object' ? t.maks : null,
          i.realisasi,
          i.capaian,
          i.target_maksimal,
          i.nilai,
        ]);
      }
  return rows;
}

const TABLE = {
  id: {
    head: ['NIP', 'Nama', 'KU', 'KT', 'SKP', 'NP', 'Akhir', 'Predikat'],
    legend:
      'KU/KT = nilai kinerja utama/tambahan · SKP = KU + KT · NP = nilai perilaku · * inovasi\n' +
      'Akhir = 70 % SKP + 30 % NP (60/40 dengan penilaian 360°)\n' +
      'Rumus PermenPAN-RB 8/2021 untuk JPT, dipakai untuk semua jabatan; lihat --explain NIP',
  },
  en: {
    head: ['NIP', 'Name', 'KU', 'KT', 'SKP', 'NP', 'Final', 'Predikat'],
    legend:
      'KU/KT = main/additional work score · SKP = KU + KT · NP = nilai perilaku · * innovation\n' +
      'Final = 70 % SKP + 30 % NP (60/40 with 360° ratings)\n' +
      "PermenPAN-RB 8/2021's formula for JPT, applied to every jabatan; see --explain NIP",
  },
};

const HTML = {
  id: ['NIP', 'Nama', 'Nilai KU', 'Nilai KT', 'Nilai SKP', 'Nilai perilaku', 'Nilai kinerja', 'Inovasi', 'Predikat', 'Rincian RHK'],
  en: ['NIP', 'Name', 'Nilai KU', 'Nilai KT', 'Nilai SKP', 'Behaviour score', 'Nilai kinerja', 'Innovation', 'Predikat', 'RHK in detail'],
};
const NUMERIC = new Set([2, 3, 4, 5, 6]);

/** The employee's RHKs, folded: each IKI's target, realisation, capaian and nilai, then the RHK's nilai. */
function rhkHtml(e: Entry, lang: Lang): string {
  const L =
    lang === 'id'
      ? { rhk: 'RHK', target: 'Target', realisasi: 'Realisasi', nilai: 'Nilai', maks: 'target maksimal' }
      : { rhk: 'RHK', target: 'Target', realisasi: 'Realisation', nilai: 'Score', maks: 'maximum target' };
  const t = (x: Entry['hasil_kerja'][number]['iki'][number]['target']) =>
    x === null || typeof x === 'number' ? num(x, lang) : `${num(x.min, lang)}–${num(x.maks, lang)}`;
  const skps = e.skp ?? [{ masa: null, nilai_skp: e.nilai_skp, nilai_ku: e.nilai_ku, nilai_kt: e.nilai_kt, hasil_kerja: e.hasil_kerja }];
  const body = skps
    .map(
      (skp) =>
        (skp.masa
          ? `<tr><td class="h" colspan="4">${esc(masaText(skp.masa))} · KU ${num(skp.nilai_ku, lang)} + KT ${num(skp.nilai_kt, lang)} = Nilai SKP</td><td class="n h">${num(skp.nilai_skp, lang)}</td></tr>`
          : '') +
        skp.hasil_kerja
          .map(
            (h) =>
              `<tr><td class="h" colspan="4">${esc(h.id)} (${esc(h.jenis)}${h.bobot !== null ? `, bobot ${h.bobot}` : ''})</td><td class="n h">${num(h.nilai, lang)}</td></tr>` +
              h.iki
                .map(
                  (i) =>
                    `<tr><td>${esc(i.id)}${i.target_maksimal ? ` <span class="muted">(${esc(L.maks)})</span>` : ''}</td><td class="n">${t(i.target)}</td><td class="n">${num(i.realisasi, lang)}</td><td class="n">${num(i.capaian, lang)}</td><td class="n">${num(i.nilai, lang)}</td></tr>`,
                )
                .join(''),
          )
          .join(''),
    )
    .join('');
  const n = skps.reduce((a, x) => a + x.hasil_kerja.length, 0);
  return `<details><summary>${n} ${esc(L.rhk)}</summary><table class="fold"><tbody><tr><td class="h">IKI</td><td class="n h">${esc(L.target)}</td><td class="n h">${esc(L.realisasi)}</td><td class="n h">Capaian</td><td class="n h">${esc(L.nilai)}</td></tr>${body}</tbody></table></details>`;
}

function explainLine(s: Pp30Step, lang: Lang): ExplainLine {
  const id = lang === 'id';
  const n = (x: number | null) => (x === null ? '–' : String(roundReport(x, 2)));
  const t = (x: Target) => (x === null ? '–' : typeof x === 'number' ? n(x) : `${n(x.min)}–${n(x.maks)}`);
  switch (s.langkah) {
    case 'rhk':
      return { teks: `${s.id} (${s.jenis}${s.bobot !== null ? `, bobot ${s.bobot}` : ''})` };
    case 'iki': {
      if (s.capaian === null)
        return {
          teks: `IKI ${s.id}: target ${t(s.target)}, ${id ? 'realisasi' : 'realisation'} ${n(s.realisasi)} → ${id ? 'tanpa nilai' : 'no score'}`,
        };
      const c = roundReport(Math.max(0, s.capaian), 2);
      const band =
        s.targetMaksimal && c === 100
          ? id
            ? 'target maksimal tercapai → 120 (8/2021 huruf i)'
            : 'maximum target met → 120 (8/2021 huruf i)'
          : c > 110
            ? '> 110 → 120'
            : c >= 101
              ? `110 + 10/9 × (${n(c)} − 101)`
              : c >= 100
                ? `109 + (${n(c)} − 100)`
                : c >= 80
                  ? `70 + 19/19 × (${n(c)} − 80)`
                  : c >= 60
                    ? `50 + 19/19 × (${n(c)} − 60)`
                    : `${n(c)} / 59 × 49`;
      return {
        teks: `IKI ${s.id}: target ${t(s.target)}${prorataText(s.prorata, lang)}, ${id ? 'realisasi' : 'realisation'} ${n(s.realisasi)}, capaian ${n(s.capaian)} % → ${band} = ${n(s.nilai)}`,
      };
    }
    case 'nilai_rhk':
      return { teks: `${id ? 'nilai RHK' : 'RHK score'} = ${n(s.nilai)} (${id ? 'rata-rata IKI' : 'mean of its IKIs'})` };
    case 'nilai_ku':
      return { teks: `Nilai KU = ${n(s.nilai)} (${id ? 'rata-rata RHK utama berbobot' : 'weighted mean of the utama RHKs'})` };
    case 'nilai_kt': {
      const parts = s.bagian.filter((b) => b.bobot !== null && b.nilai !== null).map((b) => `${n(b.nilai)} × ${b.bobot} %`);
      const raw = s.bagian.reduce((a, b) => a + (b.bobot !== null && b.nilai !== null ? (b.nilai * b.bobot) / 100 : 0), 0);
      return {
        teks:
          parts.length === 0
            ? `Nilai KT = 0 (${id ? 'tidak ada RHK tambahan berbobot dengan nilai' : 'no tambahan RHK with a bobot and a score'})`
            : `Nilai KT = ${parts.join(' + ')} = ${n(s.nilai)}${raw > 10 ? ` (${id ? 'dibatasi 10' : 'capped at 10'})` : ''}`,
      };
    }
    case 'nilai_skp':
      return { teks: `Nilai SKP = ${n(s.ku)} + ${n(s.kt)} = ${n(s.nilai)}` };
    default:
      return legacyLine(s, lang, REGULASI);
  }
}

const units = legacyUnitParts(PREDIKAT_PP30);

export const pp302019View = {
  entry,
  csvHead: CSV_HEAD,
  csvRow,
  table: {
    head: (lang: Lang) => TABLE[lang].head,
    legend: (lang: Lang) => TABLE[lang].legend,
    // 100 columns with the borders; "Sangat Kurang*" (an innovation cannot lift it) still fits.
    colWidths: [20, 16, 8, 7, 8, 8, 8, 16],
    row: (e: Entry, lang: Lang) => [
      e.nip,
      e.nama,
      num(e.nilai_ku, lang),
      num(e.nilai_kt, lang),
      num(e.nilai_skp, lang),
      num(e.nilai_perilaku, lang),
      num(e.nilai_akhir, lang),
      e.predikat === null ? null : `${e.predikat}${e.inovasi ? '*' : ''}`,
    ],
  },
  unitEntry: units.unitEntry,
  timEntry: units.timEntry,
  unitCsv: units.unitCsv,
  timCsv: units.timCsv,
  detail: { sheet: 'hasil kerja', head: DETAIL_HEAD, rows: detailRows },
  htmlTable: {
    head: (lang: Lang) => headRow(HTML[lang], NUMERIC),
    row: (e: Entry, lang: Lang) =>
      `<tr><td>${esc(e.nip)}</td><td>${esc(e.nama)}</td>${[e.nilai_ku, e.nilai_kt, e.nilai_skp, e.nilai_perilaku, e.nilai_akhir]
        .map((x) => `<td class="n" data-v="${x ?? ''}">${num(x, lang)}</td>`)
        .join(
          '',
        )}<td>${e.inovasi ? (lang === 'id' ? 'ya' : 'yes') : lang === 'id' ? 'tidak' : 'no'}</td><td>${esc(e.predikat ?? '–')}</td><td>${rhkHtml(e, lang)}</td></tr>`,
  },
  htmlUnit: units.htmlUnit,
  unitSummary: units.unitSummary,
  explainLine,
} satisfies PackView<EmployeeOf<Pack>, Entry, Pp30Step, UnitOf<Pack>, UnitEntry, TimOf<Pack>, TimEntry>;
