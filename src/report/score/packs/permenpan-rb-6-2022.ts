/**
 * How the 6/2022 pack's results read: its JSON entry (rounded once, RULES.md §1), its CSV and table
 * columns, and the words of its `--explain` steps.
 */
import { roundReport } from '../../../core/number.js';
import type { Target } from '../../../core/rules/permenpan-rb-6-2022/capaian.js';
import type { ExplainStep } from '../../../core/rules/permenpan-rb-6-2022/index.js';
import type { CaraRating, RhkResult } from '../../../core/rules/permenpan-rb-6-2022/employee.js';
import { monthCode } from '../../../core/masa.js';
import type { EmployeeOf, TimOf, UnitOf } from '../../../core/score/index.js';
import type { permenpanRb62022 } from '../../../core/rules/permenpan-rb-6-2022/index.js';
import type { Lang } from '../../../i18n/messages.js';
import type {
  PegawaiPermenpanRb_6_2022 as Entry,
  TimPermenpanRb_6_2022 as TimEntry,
  UnitPermenpanRb_6_2022 as UnitEntry,
} from '../../../types/generated/laporan-skor.js';
import { nipCell, type CsvCell } from '../../csv-writer.js';
import { toTemuan } from '../../findings.js';
import type { Style } from '../../style.js';
import { ikmEntry, r2 } from '../rounding.js';
import { masaSkp, type ExplainLine, type PackView } from './pack-view.js';
import { perilakuRowLine, roleScoreLine } from './perilaku-words.js';
import { DETAIL_HEAD, detailRows, htmlTable, htmlUnit } from './permenpan-rb-6-2022-documents.js';
import { ruleLabel } from '../kurva-words.js';
import { numberText } from '../../../i18n/format.js';

type Pack = typeof permenpanRb62022;
type PegawaiScore = EmployeeOf<Pack>;
type UnitScore = UnitOf<Pack>;
type TimScore = TimOf<Pack>;
const target = (t: Target | null) => (t === null ? null : typeof t === 'number' ? r2(t) : { min: r2(t.min)!, maks: r2(t.maks)! });

function caraRating(c: CaraRating | null): Entry['cara_rating'] {
  return c === null ? null : { cara: c.cara, jumlah: c.jumlah, di_atas: c.diAtas, sesuai: c.sesuai, di_bawah: c.diBawah };
}

function hasilKerja(list: readonly RhkResult[]): Entry['hasil_kerja'] {
  return list.map((h) => ({
    id: h.id,
    jenis: h.jenis,
    bobot: h.bobot,
    capaian: r2(h.capaian),
    rating: h.rating,
    indikator: h.indikator.map((i) => ({
      id: i.id,
      target: target(i.target),
      realisasi: r2(i.realisasi),
      capaian: r2(i.capaian),
      bulan_tercakup: i.bulan_tercakup,
    })),
  }));
}

function entry(p: PegawaiScore, lang: Lang): Entry {
  return {
    nip: p.nip,
    nama: p.nama,
    unit: p.unit,
    capaian_hasil_kerja: r2(p.capaian_hasil_kerja),
    rating_hasil_kerja: p.rating_hasil_kerja,
    rating_hasil_kerja_dihitung: p.rating_hasil_kerja_dihitung,
    cara_rating: caraRating(p.caraRating),
    nilai_perilaku: r2(p.nilai_perilaku),
    rating_perilaku: p.rating_perilaku,
    rating_perilaku_dihitung: p.rating_perilaku_dihitung,
    sumber_rating: p.sumber_rating,
    predikat: p.predikat,
    alasan: p.alasan,
    angka_kredit: r2(p.angka_kredit),
    jp_kompetensi: r2(p.jp_kompetensi),
    tindak_lanjut: p.tindak_lanjut,
    hasil_kerja: hasilKerja(p.hasil_kerja),
    // Several SKPs in the year, or one with a masa (RULES.md §2.0): each SKP's own result.
    ...(p.masaDeclared && p.skp.length > 0
      ? {
          skp: p.skp.map((x) => ({
            path: x.path,
            unit: x.unit,
            jenjang: x.jenjang,
            masa: { mulai: monthCode(x.tahun, x.masa.bulanAwal), selesai: monthCode(x.tahun, x.masa.bulanAkhir) },
            bulan: x.bulan,
            capaian_hasil_kerja: r2(x.capaian_hasil_kerja),
            rating_hasil_kerja_dihitung: x.rating_hasil_kerja_dihitung,
            cara_rating: caraRating(x.caraRating),
            angka_kredit: r2(x.angka_kredit),
            hasil_kerja: hasilKerja(x.hasil_kerja),
          })),
        }
      : {}),
    temuan: p.temuan.map((f) => toTemuan(f, lang)),
  };
}

const CSV_HEAD = [
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
  'cara_rating',
  'rhk_di_atas',
  'rhk_sesuai',
  'rhk_di_bawah',
  // RULES.md §2.0: each SKP's unit and masa, for an employee with several SKPs or a masa (else empty).
  'masa_skp',
];

function csvRow(e: Entry): CsvCell[] {
  return [
    nipCell(e.nip),
    e.nama,
    e.unit,
    e.capaian_hasil_kerja,
    e.rating_hasil_kerja,
    e.rating_hasil_kerja_dihitung,
    e.sumber_rating.hasil_kerja,
    e.nilai_perilaku,
    e.rating_perilaku,
    e.rating_perilaku_dihitung,
    e.sumber_rating.perilaku,
    e.predikat,
    e.alasan.join(' '),
    e.angka_kredit,
    e.jp_kompetensi,
    e.tindak_lanjut?.kode ?? null,
    e.cara_rating?.cara ?? null,
    e.cara_rating?.di_atas ?? null,
    e.cara_rating?.sesuai ?? null,
    e.cara_rating?.di_bawah ?? null,
    masaSkp(e),
  ];
}

const SHORT: Record<string, string> = { 'Di Atas Ekspektasi': 'Di Atas', 'Sesuai Ekspektasi': 'Sesuai', 'Di Bawah Ekspektasi': 'Di Bawah' };
const num = (x: number | null, lang: Lang) => numberText(x, lang);
/** A rating the penilai set (*) or the organisation's predikat decided (°): not the computed one. */
const MARK: Record<string, string> = { penilai: '*', organisasi: '°' };

const TABLE = {
  id: {
    head: ['NIP', 'Nama', 'Capaian', 'HK', 'Nilai', 'PK', 'Predikat'],
    legend:
      'HK = rating hasil kerja · Nilai/PK = nilai dan rating perilaku kerja\n' +
      '* ditetapkan penilai · ° dari predikat organisasi (pimpinan unit)\n' +
      'HK dari sebaran rating RHK utama (cara_rating: rata_rata = dari rata-rata); lihat --explain NIP',
  },
  en: {
    head: ['NIP', 'Name', 'Result', 'WR', 'Score', 'BR', 'Predikat'],
    legend:
      'Result = work-result achievement · WR = work-result rating · Score/BR = behaviour score and rating\n' +
      '* set by the penilai · ° from the organisation predikat (unit head)\n' +
      'WR from the spread of the main RHK ratings (their mean under cara_rating: rata_rata); see --explain',
  },
};

function unitEntry(u: UnitScore): UnitEntry {
  return {
    id: u.id,
    nama: u.nama,
    induk: u.induk,
    jumlah_pegawai: u.jumlah_pegawai,
    distribusi: u.distribusi,
    rata_rata_capaian: r2(u.rata_rata_capaian),
    predikat_organisasi: u.predikat_organisasi,
    kurva: {
      diperiksa: u.kurva.diperiksa,
      alasan: u.kurva.alasan,
      sesuai: u.kurva.sesuai,
      jumlah: u.kurva.jumlah,
      distribusi: {
        'Sangat Baik': u.kurva.distribusi.SB,
        Baik: u.kurva.distribusi.B,
        'Butuh Perbaikan': u.kurva.distribusi.BP,
        'Kurang/Misconduct': u.kurva.distribusi.K,
        'Sangat Kurang': u.kurva.distribusi.SK,
      },
      pelanggaran: u.kurva.pelanggaran,
      saran: u.saran,
    },
    ikm: u.ikm === null ? null : ikmEntry(u.ikm),
    kepatuhan_jp: r2(u.kepatuhan_jp),
  };
}

function timEntry(t: TimScore): TimEntry {
  return {
    id: t.id,
    nama: t.nama,
    jumlah_pegawai: t.jumlah_pegawai,
    distribusi: t.distribusi,
    rata_rata_capaian: r2(t.rata_rata_capaian),
    kepatuhan_jp: r2(t.kepatuhan_jp),
  };
}

const DIST = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang', 'tidak_dinilai'] as const;

const SUMMARY = {
  id: {
    pegawai: 'pegawai',
    rata: 'rata-rata capaian',
    kurva: 'kurva',
    sesuai: 'sesuai',
    tidak: 'TIDAK sesuai',
    tidakDiperiksa: 'tidak diperiksa',
    saran: 'saran',
    tidakDinilai: 'tidak dinilai',
    diperiksa: (n: number) => `${n} pegawai diperiksa kurva (tanpa pimpinan unit)`,
  },
  en: {
    pegawai: 'employees',
    rata: 'mean achievement',
    kurva: 'kurva',
    sesuai: 'fits',
    tidak: 'does NOT fit',
    tidakDiperiksa: 'not checked',
    saran: 'advice',
    tidakDinilai: 'not rated',
    diperiksa: (n: number) => `${n} employee(s) checked by the kurva (the unit's head left out)`,
  },
};

/** A unit in the table's summary: its figures, the predikat distribution drawn against the kurva rule, the saran. */
function unitSummary(u: UnitEntry, lang: Lang, style: Style): string[] {
  const L = SUMMARY[lang];
  const out: string[] = [];
  const status = !u.kurva.diperiksa
    ? style.dim(`${L.kurva}: ${L.tidakDiperiksa} (${u.kurva.alasan})`)
    : u.kurva.sesuai
      ? style.ok(`${L.kurva}: ${L.sesuai}`)
      : style.warning(`${L.kurva}: ${L.tidak}`);
  const head = `${u.jumlah_pegawai} ${L.pegawai} · ${L.rata} ${num(u.rata_rata_capaian, lang)} · ${u.predikat_organisasi ?? '–'}`;
  const ikm = u.ikm && u.ikm.responden > 0 ? `IKM ${num(u.ikm.nilai, lang)} ${u.ikm.mutu ?? ''} · ` : '';
  // One line when it fits 100 columns, else the IKM and the kurva on the next.
  const plainStatus = !u.kurva.diperiksa
    ? `${L.kurva}: ${L.tidakDiperiksa} (${u.kurva.alasan})`
    : `${L.kurva}: ${u.kurva.sesuai ? L.sesuai : L.tidak}`;
  if ([...`${u.id}  ${head} · ${ikm}${plainStatus}`].length <= 100) out.push(`${style.bold(u.id)}  ${head} · ${ikm}${status}`);
  else out.push(`${style.bold(u.id)}  ${head}`, `  ${ikm}${status}`);
  // The counts the kurva checked (the unit's own head left out, RULES.md §3) when it was checked, so a
  // rule's limit stands beside the count it was checked on; else the whole subtree's.
  const dist: Record<string, number> = u.kurva.diperiksa ? u.kurva.distribusi : u.distribusi;
  const max = Math.max(1, ...Object.values(dist));
  for (const [label, n] of Object.entries(dist)) {
    // A rule over several predikat is noted once, on the first of them, naming them all.
    const rules = u.kurva.pelanggaran.filter((p) => p.predikat[0] === label);
    const bar = '█'.repeat(Math.round((n / max) * 30));
    const note = rules.length > 0 ? style.warning(` ${rules.map((r) => ruleLabel(r, lang, r.predikat.length > 1)).join('; ')}`) : '';
    const shown = label === 'tidak_dinilai' ? L.tidakDinilai : label;
    out.push(`  ${shown.padEnd(18)} ${String(n).padStart(4)} ${bar}${note}`);
  }
  if (u.kurva.diperiksa) out.push(style.dim(`  ${L.diperiksa(u.kurva.jumlah)}`));
  const saran = u.kurva.saran;
  if (saran && saran.length > 0) out.push(`  ${L.saran}: ${saran.map((x) => `${x.jumlah} ${x.dari} → ${x.ke}`).join('; ')}`);
  return out;
}

function explainLine(s: ExplainStep, lang: Lang): ExplainLine {
  const id = lang === 'id';
  const n = (x: number | null) => (x === null ? '–' : String(roundReport(x, 2)));
  const t = (x: Target | null) => (x === null ? '–' : typeof x === 'number' ? n(x) : `${n(x.min)}–${n(x.maks)}`);
  switch (s.langkah) {
    case 'pegawai':
      return { teks: `${s.nama} (${s.nip}) · ${s.unit} · ${s.periode} · ${s.metode} ${s.versi}` };
    case 'skp_tidak_valid':
      return {
        teks: id
          ? 'SKP berisi error; tidak dinilai. Jalankan asn-kinerja validate.'
          : 'The SKP has errors; not scored. Run asn-kinerja validate.',
      };
    case 'bagian':
      return {
        teks:
          s.bagian === 'hasil_kerja'
            ? id
              ? 'Hasil kerja'
              : 'Work results'
            : id
              ? 'Perilaku kerja (BerAKHLAK)'
              : 'Work behaviour (BerAKHLAK)',
      };
    case 'rhk':
      return { teks: `${s.id} (${s.jenis}${s.bobot !== null ? `, bobot ${s.bobot}` : ''})` };
    case 'indikator':
      return { teks: `${id ? 'Indikator' : 'Indicator'} ${s.id}` };
    case 'baris_realisasi':
      return {
        teks: `${s.periode}: ${s.nilai}${s.dihitung !== null ? ` (${id ? 'dihitung untuk' : 'counted for'} ${s.dihitung}: ${id ? 'masa SKP ini' : "this SKP's masa"})` : ''}`,
        asal: s.asal,
      };
    case 'skp':
      return {
        teks: `SKP ${s.path}: masa ${s.masa}, ${s.bulan} ${id ? 'bulan di periode ini' : 'months in this period'}, unit ${s.unit}${s.jenjang ? `, ${s.jenjang}` : ''}`,
      };
    case 'gabungan': {
      // SKPs without a capaian do not enter the mean (docs/keputusan.md).
      const present = s.bagian.filter((b) => b.capaian !== null);
      const parts = present.map((b) => `${n(b.capaian)} × ${b.bulan}`).join(' + ');
      const months = present.reduce((a, b) => a + b.bulan, 0);
      const formula = present.length > 0 ? `(${parts}) / ${months} = ${n(s.capaian)}` : '–';
      return {
        teks: id
          ? `capaian hasil kerja = ${formula} (rata-rata SKP berbobot bulan; rating dihitung dari SKP dengan bulan terbanyak: ${s.penentu}; RULES.md §2.0)`
          : `capaian hasil kerja = ${formula} (the SKPs' mean weighted by months; computed rating from the SKP with the most months: ${s.penentu}; RULES.md §2.0)`,
      };
    }
    case 'tanpa_realisasi':
      return {
        teks: id
          ? 'tidak ada realisasi di periode ini → tidak dinilai (bukan nol)'
          : 'no realisation in this period → not scored (not zero)',
      };
    case 'realisasi': {
      const how = {
        jumlah: id ? 'jumlah baris' : 'sum of the rows',
        'rata-rata': id ? 'rata-rata berbobot bulan' : 'mean weighted by months',
        terakhir: id ? 'baris yang berakhir paling akhir' : 'the row that ends last',
        skm: id ? 'nilai IKM dari survei (PermenPAN-RB 14/2017)' : 'IKM nilai from the survey (PermenPAN-RB 14/2017)',
      }[s.konsolidasi];
      const covered = s.bulanTercakup !== null ? `, ${s.bulanTercakup} ${id ? 'bulan tercakup' : 'months covered'}` : '';
      return { teks: `${id ? 'realisasi' : 'realisation'} = ${n(s.nilai)} (${how}${covered})` };
    }
    case 'target': {
      const own = s.targetPeriode !== null ? ` (target_periode ${s.targetPeriode})` : '';
      const prorata = s.prorata
        ? ` = ${t(s.prorata.dari)} × ${s.prorata.bulan}/${s.prorata.dariBulan} (${id ? 'diprorata ke bulan tercakup' : 'pro-rated to the months covered'})`
        : '';
      return { teks: `target = ${t(s.target)}${prorata}${own}` };
    }
    case 'capaian': {
      const T = s.target;
      const formula =
        typeof T === 'object' && T !== null
          ? s.realisasi >= T.min && s.realisasi <= T.maks
            ? id
              ? 'di dalam rentang → 100'
              : 'inside the range → 100'
            : id
              ? 'di luar rentang: batas terdekat sebagai target'
              : 'outside the range: the nearer bound is the target'
          : s.polaritas === 'maksimal'
            ? `${n(s.realisasi)} × 100 / ${t(T)}`
            : `(2 − ${n(s.realisasi)} / ${t(T)}) × 100`;
      const clamp =
        s.dibatasi === 'atas'
          ? id
            ? `, dibatasi ${s.batas}`
            : `, capped at ${s.batas}`
          : s.dibatasi === 'bawah'
            ? id
              ? ', paling rendah 0'
              : ', floored at 0'
            : '';
      return { teks: `capaian = ${formula} = ${n(s.capaian)} % (${s.polaritas}${clamp}; RULES.md §2.3)` };
    }
    case 'capaian_rhk':
      return { teks: `capaian RHK = ${n(s.capaian)} (${id ? 'rata-rata indikator' : 'mean of its indicators'})` };
    case 'capaian_hasil_kerja':
      return { teks: `capaian hasil kerja = ${n(s.capaian)} (${id ? 'rata-rata berbobot RHK utama' : 'weighted mean of the utama RHKs'})` };
    case 'rating_rhk':
      return {
        teks: `rating RHK = ${s.rating} (capaian ${n(s.capaian)}; ${id ? 'di atas bila' : 'Di Atas when'} > ${s.ambang.diAtas}, ${id ? 'sesuai bila' : 'Sesuai when'} ≥ ${s.ambang.sesuai})`,
      };
    case 'rating_hasil_kerja_dihitung': {
      const rule = `${id ? 'di atas bila' : 'Di Atas when'} > ${s.ambang.diAtas}, ${id ? 'sesuai bila' : 'Sesuai when'} ≥ ${s.ambang.sesuai}`;
      if (s.cara === null)
        return {
          teks: `${id ? 'rating dihitung' : 'computed rating'}: – (${id ? 'tidak ada RHK utama dengan capaian' : 'no utama RHK has a capaian'})`,
        };
      if (s.cara.cara === 'rata_rata')
        return {
          teks: `${id ? 'rating dihitung' : 'computed rating'}: ${s.rating ?? '–'} (${id ? 'dari capaian hasil kerja' : 'from the capaian hasil kerja'}; ${rule}; cara_rating: rata_rata)`,
        };
      const c = s.cara;
      const counts = id
        ? `${c.diAtas} di atas, ${c.sesuai} sesuai, ${c.diBawah} di bawah dari ${c.jumlah} RHK utama`
        : `${c.diAtas} above, ${c.sesuai} at, ${c.diBawah} below of ${c.jumlah} utama RHKs`;
      const WHY = {
        sebagian_besar_di_bawah: id ? 'sebagian besar di bawah' : 'most below',
        sebagian_besar_di_atas: id ? 'sebagian besar di atas, tidak ada di bawah' : 'most above, none below',
        sebagian_kecil_di_bawah: id ? 'paling banyak sebagian kecil di bawah' : 'at most a small share below',
        separuh_di_bawah: id ? 'tepat separuh di bawah: penilai yang memutuskan' : 'exactly half below: the penilai decides',
      };
      const why = c.alasan === null ? '–' : WHY[c.alasan];
      return {
        teks: `${id ? 'rating dihitung' : 'computed rating'}: ${s.rating ?? '–'} (${counts}: ${why}; cara_rating: sebaran, PermenPAN-RB 6/2022 Lampiran)`,
      };
    }
    case 'rating_hasil_kerja':
      return {
        teks: `rating hasil kerja = ${s.rating ?? '–'} (${id ? 'sumber' : 'source'}: ${s.sumber ?? '–'}; penilai > organisasi > dihitung)`,
      };
    case 'baris_perilaku':
      return perilakuRowLine(s);
    case 'skor_peran':
      return roleScoreLine(s, lang);
    case 'nilai_perilaku':
      return {
        teks: `nilai perilaku = ${n(s.nilai)}; ${id ? 'rating dihitung' : 'computed rating'} ${s.rating ?? '–'} (Di Atas ≥ ${s.ambang.diAtas}, Sesuai ≥ ${s.ambang.sesuai})`,
      };
    case 'rating_perilaku':
      return { teks: `rating perilaku = ${s.rating ?? '–'} (${id ? 'sumber' : 'source'}: ${s.sumber ?? '–'})` };
    case 'predikat':
      return {
        teks: `predikat = ${s.predikat ?? (id ? 'tidak dinilai' : 'not rated')} ${s.predikat ? `(${id ? 'matriks' : 'matrix'} ${s.hasilKerja} × ${s.perilaku}, PermenPAN-RB 6/2022)` : `(${s.alasan.join(', ')})`}`,
      };
    case 'angka_kredit':
      return {
        teks: `angka kredit${s.path !== null ? ` (${s.path})` : ''} = ${s.persen} % × ${s.koefisien} × ${s.bulan}/12 = ${n(s.nilai)}`,
      };
    case 'angka_kredit_total':
      return { teks: `angka kredit = ${n(s.nilai)} (${id ? 'jumlah per SKP' : 'sum over the SKPs'})` };
  }
}

export const permenpanRb62022View = {
  entry,
  csvHead: CSV_HEAD,
  csvRow,
  table: {
    head: (lang: Lang) => TABLE[lang].head,
    legend: (lang: Lang) => TABLE[lang].legend,
    // 100 columns with the borders; a long name wraps onto a second line.
    colWidths: [20, 15, 9, 11, 7, 11, 19],
    row: (e: Entry, lang: Lang) => [
      e.nip,
      e.nama,
      num(e.capaian_hasil_kerja, lang),
      e.rating_hasil_kerja === null ? '–' : `${SHORT[e.rating_hasil_kerja]}${MARK[e.sumber_rating.hasil_kerja ?? ''] ?? ''}`,
      num(e.nilai_perilaku, lang),
      e.rating_perilaku === null ? '–' : `${SHORT[e.rating_perilaku]}${MARK[e.sumber_rating.perilaku ?? ''] ?? ''}`,
      e.predikat,
    ],
  },
  unitEntry,
  timEntry,
  detail: { sheet: 'hasil kerja', head: DETAIL_HEAD, rows: detailRows },
  htmlTable,
  htmlUnit,
  unitCsv: {
    head: [
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
    ],
    row: (u: UnitEntry): CsvCell[] => [
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
    ],
  },
  timCsv: {
    head: ['id', 'nama', 'jumlah_pegawai', ...DIST, 'rata_rata_capaian', 'kepatuhan_jp'],
    row: (t: TimEntry): CsvCell[] => [
      t.id,
      t.nama,
      t.jumlah_pegawai,
      ...DIST.map((k) => t.distribusi[k]),
      t.rata_rata_capaian,
      t.kepatuhan_jp,
    ],
  },
  unitSummary,
  explainLine,
} satisfies PackView<PegawaiScore, Entry, ExplainStep, UnitScore, UnitEntry, TimScore, TimEntry>;
