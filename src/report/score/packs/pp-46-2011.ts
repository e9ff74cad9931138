/**
 * How the PP 46/2011 pack's results read (RULES.md §6.1): Nilai SKP, nilai perilaku, nilai prestasi
 * kerja and the sebutan, each kegiatan with its four aspects, in every format and in `--explain`.
 */
import { roundReport } from '../../../core/number.js';
import type { pp462011, Pp46Step } from '../../../core/rules/pp-46-2011/index.js';
import type { KegiatanDetail } from '../../../core/rules/pp-46-2011/employee.js';
import { SEBUTAN } from '../../../core/rules/pp-46-2011/index.js';
import type { EmployeeOf, TimOf, UnitOf } from '../../../core/score/index.js';
import type { Lang } from '../../../i18n/messages.js';
import type {
  PegawaiPp_46_2011 as Entry,
  TimPp_46_2011 as TimEntry,
  UnitPp_46_2011 as UnitEntry,
} from '../../../types/generated/laporan-skor.js';
import { nipCell, type CsvCell } from '../../csv-writer.js';
import { toTemuan } from '../../findings.js';
import { esc, headRow, num } from '../../html.js';
import { r2 } from '../rounding.js';
import { legacyLine, legacyUnitParts, masaSkp, masaText, prorataText, skpEntries } from './legacy-view.js';
import type { ExplainLine, PackView } from './pack-view.js';

type Pack = typeof pp462011;
type Kegiatan = Entry['kegiatan'][number];
const ASPEK = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
const REGULASI = 'PP 46/2011, Perka BKN 1/2013';

function kegiatan(k: KegiatanDetail): Kegiatan {
  const aspek = (a: (typeof ASPEK)[number]) => {
    const x = k.aspek[a];
    if (!x) return null;
    const h = k.hasil;
    const base = { indikator: x.indikator, target: r2(x.target), realisasi: r2(x.realisasi) };
    if (a === 'kuantitas' || a === 'kualitas') return { ...base, nilai: h === null ? null : r2(h[a]) };
    const part = h === null ? null : a === 'waktu' ? h.waktu : h.biaya;
    // Not carried out (RO = 0): every aspect 0, and no efisiensi to speak of.
    const efisiensi = part === null || !h!.dilaksanakan ? null : r2(part.efisiensi);
    return { ...base, nilai: part === null ? null : r2(part.nilai), efisiensi };
  };
  return {
    id: k.id,
    uraian: k.uraian,
    kuantitas: aspek('kuantitas') as Kegiatan['kuantitas'],
    kualitas: aspek('kualitas') as Kegiatan['kualitas'],
    waktu: aspek('waktu') as Kegiatan['waktu'],
    biaya: aspek('biaya') as Kegiatan['biaya'],
    // Unknown for a kegiatan not scored.
    dilaksanakan: k.hasil?.dilaksanakan ?? null,
    nilai: r2(k.hasil?.nilai ?? null),
    alasan: k.alasan,
  };
}

function entry(p: EmployeeOf<Pack>, lang: Lang): Entry {
  return {
    nip: p.nip,
    nama: p.nama,
    unit: p.unit,
    nilai_skp: r2(p.nilai_skp),
    nilai_perilaku: r2(p.nilai_perilaku),
    nilai_akhir: r2(p.nilai_akhir),
    predikat: p.predikat,
    alasan: p.alasan,
    angka_kredit: null,
    tindak_lanjut: null,
    jp_kompetensi: r2(p.jp_kompetensi),
    // One SKP's figure: null for an SKP not scored, and for several SKPs (each SKP's is under skp).
    tugas_tambahan: p.detail !== null && p.skp.length === 1 ? p.detail.tambahan : null,
    kegiatan: p.detail?.kegiatan.map(kegiatan) ?? [],
    ...skpEntries(p, (d) => ({ tugas_tambahan: d.tambahan, kegiatan: d.kegiatan.map(kegiatan) })),
    temuan: p.temuan.map((f) => toTemuan(f, lang)),
  };
}

const CSV_HEAD = [
  'nip',
  'nama',
  'unit',
  'nilai_skp',
  'nilai_perilaku',
  'nilai_akhir',
  'predikat',
  'alasan',
  'jp_kompetensi',
  'jumlah_kegiatan',
  'tugas_tambahan',
  'nilai_tugas_tambahan',
  'masa_skp',
];

const csvRow = (e: Entry): CsvCell[] => [
  nipCell(e.nip),
  e.nama,
  e.unit,
  e.nilai_skp,
  e.nilai_perilaku,
  e.nilai_akhir,
  e.predikat,
  e.alasan.join(' '),
  e.jp_kompetensi,
  e.skp ? e.skp.reduce((a, x) => a + x.kegiatan.length, 0) : e.kegiatan.length,
  e.skp ? e.skp.reduce((a, x) => a + x.tugas_tambahan.jumlah, 0) : (e.tugas_tambahan?.jumlah ?? null),
  e.tugas_tambahan?.nilai ?? null,
  masaSkp(e),
];

const DETAIL_HEAD = [
  'nip',
  'nama',
  'masa_skp',
  'kegiatan',
  'uraian',
  'aspek',
  'indikator',
  'target',
  'realisasi',
  'nilai_aspek',
  'efisiensi',
  'nilai_kegiatan',
  'dilaksanakan',
  'alasan',
] as const;

/** A row per aspect of each kegiatan; an employee with several SKPs in the year: each SKP's, with its masa. */
function detailRows(e: Entry): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const skp of e.skp ?? [{ masa: null, kegiatan: e.kegiatan }])
    for (const k of skp.kegiatan)
      for (const a of ASPEK) {
        const x = k[a];
        if (x === null) continue;
        rows.push([
          nipCell(e.nip),
          e.nama,
          masaText(skp.masa),
          k.id,
          k.uraian,
          a,
          x.indikator,
          x.target,
          x.realisasi,
          x.nilai,
          'efisiensi' in x ? x.efisiensi : null,
          k.nilai,
          k.dilaksanakan,
          k.alasan,
        ]);
      }
  return rows;
}

const TABLE = {
  id: {
    head: ['NIP', 'Nama', 'Nilai SKP', 'Perilaku', 'Nilai akhir', 'Sebutan'],
    legend: 'Nilai akhir = 60 % Nilai SKP + 40 % nilai perilaku (PP 46/2011); lihat --explain NIP',
  },
  en: {
    head: ['NIP', 'Name', 'Nilai SKP', 'Behaviour', 'Final', 'Sebutan'],
    legend: 'Final = 60 % of the Nilai SKP + 40 % of the nilai perilaku (PP 46/2011); see --explain NIP',
  },
};

const HTML = {
  id: ['NIP', 'Nama', 'Nilai SKP', 'Nilai perilaku', 'Nilai prestasi kerja', 'Sebutan', 'Rincian kegiatan'],
  en: ['NIP', 'Name', 'Nilai SKP', 'Behaviour score', 'Nilai prestasi kerja', 'Sebutan', 'Kegiatan in detail'],
};
const NUMERIC = new Set([2, 3, 4]);

/** The employee's kegiatan, folded: each aspect's target, realisation and nilai, then the kegiatan's nilai. */
function kegiatanHtml(e: Entry, lang: Lang): string {
  const L =
    lang === 'id'
      ? { kegiatan: 'kegiatan', tambahan: 'tugas tambahan', aspek: 'Aspek', target: 'Target', realisasi: 'Realisasi', nilai: 'Nilai' }
      : { kegiatan: 'kegiatan', tambahan: 'additional tasks', aspek: 'Aspect', target: 'Target', realisasi: 'Realisation', nilai: 'Score' };
  const skps = e.skp ?? [{ masa: null, nilai_skp: e.nilai_skp, kegiatan: e.kegiatan, tugas_tambahan: e.tugas_tambahan }];
  const body = skps
    .map((skp) => {
      const head = skp.masa
        ? `<tr><td class="h" colspan="3">${esc(masaText(skp.masa))} · Nilai SKP</td><td class="n h">${num(skp.nilai_skp, lang)}</td></tr>`
        : '';
      const rows = skp.kegiatan
        .map(
          (k) =>
            `<tr><td class="h" colspan="3">${esc(k.id)}${k.uraian ? ` — ${esc(k.uraian)}` : ''}</td><td class="n h">${num(k.nilai, lang)}</td></tr>` +
            ASPEK.map((a) => {
              const x = k[a];
              return x === null
                ? ''
                : `<tr><td>${esc(a)}</td><td class="n">${num(x.target, lang)}</td><td class="n">${num(x.realisasi, lang)}</td><td class="n">${num(x.nilai, lang)}</td></tr>`;
            }).join(''),
        )
        .join('');
      const t = skp.tugas_tambahan;
      const tambahan = t ? `<tr><td colspan="3">${esc(L.tambahan)}: ${t.jumlah}</td><td class="n">${t.nilai}</td></tr>` : '';
      return head + rows + tambahan;
    })
    .join('');
  const n = skps.reduce((a, x) => a + x.kegiatan.length, 0);
  return `<details><summary>${n} ${esc(L.kegiatan)}</summary><table class="fold"><tbody><tr><td class="h">${esc(L.aspek)}</td><td class="n h">${esc(L.target)}</td><td class="n h">${esc(L.realisasi)}</td><td class="n h">${esc(L.nilai)}</td></tr>${body}</tbody></table></details>`;
}

function explainLine(s: Pp46Step, lang: Lang): ExplainLine {
  const id = lang === 'id';
  const n = (x: number | null) => (x === null ? '–' : String(roundReport(x, 2)));
  switch (s.langkah) {
    case 'kegiatan':
      return { teks: `${id ? 'Kegiatan' : 'Kegiatan'} ${s.id}${s.uraian ? `: ${s.uraian}` : ''}` };
    case 'aspek': {
      if (!s.dilaksanakan)
        return { teks: `${s.aspek} (${s.indikator}): 0 (RO = 0: ${id ? 'kegiatan tidak dilaksanakan' : 'not carried out'})` };
      // The branch as the formula took it: on the reported efisiensi (RULES.md §1).
      const ew = s.efisiensi === null ? null : roundReport(s.efisiensi, 2);
      const how =
        s.aspek === 'kuantitas' || s.aspek === 'kualitas'
          ? `${n(s.realisasi)} / ${n(s.target)} × 100`
          : ew === null
            ? '–'
            : ew <= 24
              ? `(1.76 × ${n(s.target)} − ${n(s.realisasi)}) / ${n(s.target)} × 100 (${id ? 'efisiensi' : 'efficiency'} ${n(ew)} % ≤ 24)`
              : `76 − ((1.76 × ${n(s.target)} − ${n(s.realisasi)}) / ${n(s.target)} × 100 − 100) (${id ? 'efisiensi' : 'efficiency'} ${n(ew)} % > 24)`;
      return { teks: `${s.aspek} (${s.indikator}): ${how} = ${n(s.nilai)}${prorataText(s.prorata, lang)}` };
    }
    case 'nilai_kegiatan':
      if (s.nilai === null) return { teks: `${id ? 'nilai capaian kegiatan' : 'kegiatan score'} = – (${s.alasan ?? '–'})` };
      return {
        teks: s.dilaksanakan
          ? `${id ? 'nilai capaian kegiatan' : 'kegiatan score'} = ${id ? 'jumlah aspek' : 'sum of the aspects'} / ${s.aspek} = ${n(s.nilai)}`
          : `${id ? 'nilai capaian kegiatan' : 'kegiatan score'} = 0 (RO = 0: ${id ? 'kegiatan tidak dilaksanakan' : 'not carried out'})`,
      };
    case 'tugas_tambahan':
      return {
        teks: `${id ? 'tugas tambahan' : 'tugas tambahan'}: ${s.jumlah} RHK ${id ? 'dengan realisasi' : 'with a realisation'} → ${s.nilai} (1–3 → 1, 4–6 → 2, ≥ 7 → 3)`,
      };
    case 'nilai_skp':
      return {
        teks:
          s.nilai === null
            ? 'Nilai SKP = –'
            : `Nilai SKP = (${s.kegiatan.map(n).join(' + ')}) / ${s.kegiatan.length} + ${s.tambahan} = ${n(s.nilai)}`,
      };
    default:
      return legacyLine(s, lang, REGULASI);
  }
}

const units = legacyUnitParts(SEBUTAN);

export const pp462011View = {
  entry,
  csvHead: CSV_HEAD,
  csvRow,
  table: {
    head: (lang: Lang) => TABLE[lang].head,
    legend: (lang: Lang) => TABLE[lang].legend,
    colWidths: [20, 22, 11, 10, 13, 15],
    row: (e: Entry, lang: Lang) => [
      e.nip,
      e.nama,
      num(e.nilai_skp, lang),
      num(e.nilai_perilaku, lang),
      num(e.nilai_akhir, lang),
      e.predikat,
    ],
  },
  unitEntry: units.unitEntry,
  timEntry: units.timEntry,
  unitCsv: units.unitCsv,
  timCsv: units.timCsv,
  detail: { sheet: 'kegiatan', head: DETAIL_HEAD, rows: detailRows },
  htmlTable: {
    head: (lang: Lang) => headRow(HTML[lang], NUMERIC),
    row: (e: Entry, lang: Lang) =>
      `<tr><td>${esc(e.nip)}</td><td>${esc(e.nama)}</td>${[e.nilai_skp, e.nilai_perilaku, e.nilai_akhir]
        .map((x) => `<td class="n" data-v="${x ?? ''}">${num(x, lang)}</td>`)
        .join('')}<td>${esc(e.predikat ?? '–')}</td><td>${kegiatanHtml(e, lang)}</td></tr>`,
  },
  htmlUnit: units.htmlUnit,
  unitSummary: units.unitSummary,
  explainLine,
} satisfies PackView<EmployeeOf<Pack>, Entry, Pp46Step, UnitOf<Pack>, UnitEntry, TimOf<Pack>, TimEntry>;
