/**
 * What the two legacy packs' views share (RULES.md §6): units and teams by the regulation's labels with
 * the mean nilai akhir and no kurva, their CSV columns, summary lines and HTML parts, each SKP of a
 * mutasi, and the words of the `--explain` steps both packs record.
 */
import { monthCode } from '../../../core/masa.js';
import { roundReport } from '../../../core/number.js';
import type { LegacySkp, LegacySummary, LegacyUnit } from '../../../core/rules/legacy.js';
import type { LegacyStep } from '../../../core/rules/legacy-explain.js';
import type { Prorata } from '../../../core/rules/legacy-indicator.js';
import type { Kelompok } from '../../../core/skm/pool.js';
import { numberText } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/messages.js';
import type { CsvCell } from '../../csv-writer.js';
import { esc, num } from '../../html.js';
import type { Style } from '../../style.js';
import { ikmEntry, r2 } from '../rounding.js';
import type { ExplainLine } from './pack-view.js';
import { perilakuRowLine, roleScoreLine } from './perilaku-words.js';

type UnitIn<L extends string> = LegacyUnit<L> & { kepatuhan_jp: number | null; ikm: Kelompok | null };
type TimIn<L extends string> = LegacySummary<L> & { id: string; nama: string; kepatuhan_jp: number | null };

export interface LegacyUnitEntry<L extends string> {
  id: string;
  nama: string;
  induk: string | null;
  jumlah_pegawai: number;
  distribusi: Record<L | 'tidak_dinilai', number>;
  rata_rata_nilai_akhir: number | null;
  kurva: null;
  ikm: ReturnType<typeof ikmEntry> | null;
  kepatuhan_jp: number | null;
}

export interface LegacyTimEntry<L extends string> {
  id: string;
  nama: string;
  jumlah_pegawai: number;
  distribusi: Record<L | 'tidak_dinilai', number>;
  rata_rata_nilai_akhir: number | null;
  kepatuhan_jp: number | null;
}

/** Each SKP of the year with its own detail, when one of them states a masa (RULES.md §2.0), as the JSON lists them. */
export function skpEntries<D, J>(p: { masaDeclared: boolean; skp: readonly LegacySkp<D>[] }, detail: (d: D) => J) {
  return p.masaDeclared && p.skp.length > 0
    ? {
        skp: p.skp.map((x) => ({
          path: x.path,
          unit: x.unit,
          masa: { mulai: monthCode(x.tahun, x.masa.bulanAwal), selesai: monthCode(x.tahun, x.masa.bulanAkhir) },
          bulan: x.bulan,
          nilai_skp: r2(x.nilai_skp),
          ...detail(x.detail),
        })),
      }
    : {};
}

export { masaSkp, masaText } from './pack-view.js';

const W = {
  id: {
    pegawai: 'pegawai',
    rata: 'Rata-rata nilai akhir',
    rataKecil: 'rata-rata nilai akhir',
    sebaran: 'Sebaran predikat',
    tidakDinilai: 'tidak dinilai',
    tanpaKurva: 'kurva distribusi tidak berlaku (hanya PermenPAN-RB 6/2022)',
  },
  en: {
    pegawai: 'employees',
    rata: 'Mean nilai akhir',
    rataKecil: 'mean nilai akhir',
    sebaran: 'Predikat distribution',
    tidakDinilai: 'not rated',
    tanpaKurva: 'no kurva distribusi (PermenPAN-RB 6/2022 only)',
  },
};

/** The unit and team parts of a legacy pack's view, over its labels. */
export function legacyUnitParts<L extends string>(labels: readonly L[]) {
  const keys = [...labels, 'tidak_dinilai'] as const;
  const unitEntry = (u: UnitIn<L>): LegacyUnitEntry<L> => ({
    id: u.id,
    nama: u.nama,
    induk: u.induk,
    jumlah_pegawai: u.jumlah_pegawai,
    distribusi: u.distribusi,
    rata_rata_nilai_akhir: r2(u.rata_rata_nilai_akhir),
    kurva: null,
    ikm: u.ikm === null ? null : ikmEntry(u.ikm),
    kepatuhan_jp: r2(u.kepatuhan_jp),
  });
  const timEntry = (t: TimIn<L>): LegacyTimEntry<L> => ({
    id: t.id,
    nama: t.nama,
    jumlah_pegawai: t.jumlah_pegawai,
    distribusi: t.distribusi,
    rata_rata_nilai_akhir: r2(t.rata_rata_nilai_akhir),
    kepatuhan_jp: r2(t.kepatuhan_jp),
  });
  const distText = (d: Record<string, number>, lang: Lang) =>
    keys.map((k) => `${k === 'tidak_dinilai' ? W[lang].tidakDinilai : k} ${d[k]}`).join(' · ');
  return {
    unitEntry,
    timEntry,
    unitCsv: {
      head: ['id', 'nama', 'induk', 'jumlah_pegawai', ...keys, 'rata_rata_nilai_akhir', 'kepatuhan_jp'],
      row: (u: LegacyUnitEntry<L>): CsvCell[] => [
        u.id,
        u.nama,
        u.induk,
        u.jumlah_pegawai,
        ...keys.map((k) => u.distribusi[k]),
        u.rata_rata_nilai_akhir,
        u.kepatuhan_jp,
      ],
    },
    timCsv: {
      head: ['id', 'nama', 'jumlah_pegawai', ...keys, 'rata_rata_nilai_akhir', 'kepatuhan_jp'],
      row: (t: LegacyTimEntry<L>): CsvCell[] => [
        t.id,
        t.nama,
        t.jumlah_pegawai,
        ...keys.map((k) => t.distribusi[k]),
        t.rata_rata_nilai_akhir,
        t.kepatuhan_jp,
      ],
    },
    /** A unit in the table's summary: its figures and the distribution by the regulation's labels. */
    unitSummary: (u: LegacyUnitEntry<L>, lang: Lang, style: Style): string[] => {
      const L = W[lang];
      const ikm = u.ikm && u.ikm.responden > 0 ? ` · IKM ${numberText(u.ikm.nilai, lang)} ${u.ikm.mutu ?? ''}` : '';
      const out = [
        `${style.bold(u.id)}  ${u.jumlah_pegawai} ${L.pegawai} · ${L.rataKecil} ${numberText(u.rata_rata_nilai_akhir, lang)}${ikm}`,
      ];
      const max = Math.max(1, ...keys.map((k) => u.distribusi[k]));
      for (const k of keys) {
        const n = u.distribusi[k];
        out.push(
          `  ${(k === 'tidak_dinilai' ? L.tidakDinilai : k).padEnd(18)} ${String(n).padStart(4)} ${'█'.repeat(Math.round((n / max) * 30))}`,
        );
      }
      return out;
    },
    htmlUnit: {
      head: (lang: Lang) => `<th class="n">${esc(W[lang].rata)}</th><th>${esc(W[lang].sebaran)}</th>`,
      cells: (u: LegacyUnitEntry<L>, lang: Lang) =>
        `<td class="n" data-v="${u.rata_rata_nilai_akhir ?? ''}">${num(u.rata_rata_nilai_akhir, lang)}</td><td>${esc(distText(u.distribusi, lang))}</td>`,
      section(u: LegacyUnitEntry<L>, lang: Lang): string {
        const L = W[lang];
        const rows = keys
          .map((k) => `<tr><td>${esc(k === 'tidak_dinilai' ? L.tidakDinilai : k)}</td><td class="n">${u.distribusi[k]}</td></tr>`)
          .join('');
        return [
          `<p>${u.jumlah_pegawai} ${esc(L.pegawai)} · ${esc(L.rata)} ${num(u.rata_rata_nilai_akhir, lang)} · <span class="muted">${esc(L.tanpaKurva)}</span></p>`,
          `<table class="dist"><thead><tr><th>${esc(L.sebaran)}</th><th class="n">${esc(L.pegawai)}</th></tr></thead><tbody>${rows}</tbody></table>`,
        ].join('\n');
      },
    },
  };
}

const n2 = (x: number | null) => (x === null ? '–' : String(roundReport(x, 2)));

/** A pro-rated target in words: " (target 100 × 9/12, diprorata ke bulan tercakup)". */
export function prorataText(p: Prorata | null, lang: Lang): string {
  if (p === null) return '';
  const t = typeof p.dari === 'number' ? n2(p.dari) : `${n2(p.dari.min)}–${n2(p.dari.maks)}`;
  return ` (target ${t} × ${p.bulan}/${p.dariBulan}, ${lang === 'id' ? 'diprorata ke bulan tercakup' : 'pro-rated to the months covered'})`;
}

/** Words for the steps both legacy packs record; null for a pack's own step. */
export function legacyLine(s: LegacyStep, lang: Lang, regulasi: string): ExplainLine {
  const id = lang === 'id';
  switch (s.langkah) {
    case 'pegawai':
      return { teks: `${s.nama} (${s.nip}) · ${s.unit} · ${s.periode} · ${s.metode} ${s.versi}` };
    case 'skp_tidak_valid':
      return {
        teks: id
          ? 'SKP berisi error; tidak dinilai. Jalankan asn-kinerja validate.'
          : 'The SKP has errors; not scored. Run asn-kinerja validate.',
      };
    case 'skp':
      return {
        teks: `SKP ${s.path}: masa ${s.masa}, ${s.bulan} ${id ? 'bulan di periode ini' : 'months in this period'}, unit ${s.unit}`,
      };
    case 'baris_realisasi':
      return { teks: `${s.periode}: ${s.nilai}`, asal: s.asal };
    case 'realisasi_skm':
      return {
        teks:
          s.nilai === null
            ? id
              ? 'tidak ada nilai IKM dari survei di periode ini (bukan nol)'
              : 'no IKM nilai from the survey in this period (not zero)'
            : `${id ? 'realisasi' : 'realisation'} = ${n2(s.nilai)} (${id ? 'nilai IKM dari survei' : 'IKM nilai from the survey'}, PermenPAN-RB 14/2017)`,
      };
    case 'tanpa_realisasi':
      return { teks: id ? 'tidak ada realisasi di periode ini (bukan nol)' : 'no realisation in this period (not zero)' };
    case 'gabungan': {
      const present = s.bagian.filter((b) => b.nilai !== null);
      const months = present.reduce((a, b) => a + b.bulan, 0);
      const formula =
        present.length > 0 ? `(${present.map((b) => `${n2(b.nilai)} × ${b.bulan}`).join(' + ')}) / ${months} = ${n2(s.nilai)}` : '–';
      return {
        teks: id
          ? `Nilai SKP = ${formula} (rata-rata SKP berbobot bulan; SKP tanpa nilai tidak ikut)`
          : `Nilai SKP = ${formula} (the SKPs' mean weighted by months; an SKP without a nilai is left out)`,
      };
    }
    case 'baris_perilaku':
      return perilakuRowLine(s);
    case 'skor_peran':
      return roleScoreLine(s, lang);
    case 'perilaku_360':
      return {
        teks: `${id ? 'nilai 360°' : '360° nilai'} ${n2(s.n)} → (${n2(s.n)} − ${s.min}) / (${s.maks} − ${s.min}) × 100 = ${n2(s.nilai)} (RULES.md §2.5, §6.2)`,
      };
    case 'nilai_perilaku': {
      const src =
        s.sumber === 'penilai'
          ? id
            ? 'kolom nilai_perilaku CSV penilaian'
            : "the penilaian CSV's nilai_perilaku column"
          : s.sumber === '360'
            ? id
              ? 'penilaian 360° (RULES.md §2.5) dijadikan 0–100'
              : 'the 360° ratings (RULES.md §2.5) on 0–100'
            : id
              ? 'tidak ada'
              : 'none';
      return { teks: `${id ? 'nilai perilaku' : 'nilai perilaku'} = ${n2(s.nilai)} (${src})` };
    }
    case 'nilai_akhir': {
      const [a, b] = s.bobot;
      const formula =
        s.nilaiSkp !== null && s.nilaiPerilaku !== null
          ? `${a} % × ${n2(s.nilaiSkp)} + ${b} % × ${n2(s.nilaiPerilaku)} = ${n2(s.nilai)}`
          : '–';
      return { teks: `${id ? 'nilai akhir' : 'nilai akhir'} = ${formula} (${regulasi})` };
    }
    case 'predikat':
      return {
        teks:
          s.predikat === null
            ? `predikat = ${id ? 'tidak dinilai' : 'not rated'} (${s.alasan.join(', ')})`
            : `predikat = ${s.predikat} (${id ? 'dari nilai akhir' : 'from the nilai akhir'} ${n2(s.nilai)}${s.inovasi === null ? '' : `, inovasi ${s.inovasi ? (id ? 'ya' : 'yes') : id ? 'tidak' : 'no'}`}; ${regulasi})`,
      };
  }
}
