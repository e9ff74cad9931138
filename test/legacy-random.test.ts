/**
 * A second, deliberately plain implementation of the two legacy rule packs (RULES.md §6.1 pp-46-2011 and
 * §6.2 pp-30-2019, with §1 rounding, §2.1 rows and konsolidasi, §2.3 capaian), written from the text and
 * sharing no code with src/, checked field by field against `asn-kinerja score --format json` on
 * randomly generated workspaces: rows per year, semester, quarter and month mixed under every
 * konsolidasi, biaya present or absent, early / very early / late kegiatan and EW at exactly 24 %, RO = 0,
 * missing and blank rows, 0 … 9 tugas tambahan, every PP 30 IKI band with the rounding boundaries,
 * target maksimal, Nilai KT over its cap, inovasi, a missing nilai perilaku, dengan_360's 60/40, the year
 * and both semesters; units by the packs' own labels.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../scripts/random.mjs';
import { makeTempDir, runCli } from './helpers.js';

const YEAR = 2021;

type Pack = 'pp-46-2011' | 'pp-30-2019';
type Kons = 'jumlah' | 'rata-rata' | 'terakhir';
type Aspek = 'kuantitas' | 'kualitas' | 'waktu' | 'biaya';
type Target = number | { min: number; maks: number };
/** One realisasi row; `v: null` is a blank cell (not reported, RULES.md §2.1). */
interface Row {
  periode: string;
  v: number | null;
}
interface Ind {
  id: string;
  aspek: Aspek;
  satuan: string;
  pol: 'maksimal' | 'minimal';
  target: Target;
  /** Absent: the key is not written and the default (rata-rata) applies. */
  kons?: Kons;
  /** pp-30-2019 only: `target_maksimal: true`. */
  tmax?: boolean;
  rows: Row[];
}
interface Rhk {
  id: string;
  jenis: 'utama' | 'tambahan';
  bobot?: number;
  ind: Ind[];
}
/** A penilaian row for one period: the nilai perilaku (null = blank cell) and, under pp-30-2019, inovasi. */
interface Penilaian {
  nilai: number | null;
  inovasi?: 'ya' | 'tidak';
}
interface Emp {
  nip: string;
  unit: string;
  rhk: Rhk[];
  penilaian: Map<string, Penilaian>;
}
interface Workspace {
  seed: number;
  pack: Pack;
  d360: boolean;
  semester: string;
  emps: Emp[];
}

// ---- the report, as far as this test reads it (its own types: nothing from src/) -----------------

interface Aspect {
  nilai: number | null;
  efisiensi?: number | null;
}
interface Kegiatan46 {
  id: string;
  kuantitas: Aspect | null;
  kualitas: Aspect | null;
  waktu: Aspect | null;
  biaya: Aspect | null;
  dilaksanakan: boolean | null;
  nilai: number | null;
}
interface Iki30 {
  id: string;
  capaian: number | null;
  target_maksimal: boolean;
  nilai: number | null;
}
interface HasilKerja30 {
  id: string;
  jenis: string;
  bobot: number | null;
  nilai: number | null;
  iki: Iki30[];
}
interface PegawaiJson {
  nip: string;
  unit: string;
  nilai_skp: number | null;
  nilai_perilaku: number | null;
  nilai_akhir: number | null;
  predikat: string | null;
  kegiatan?: Kegiatan46[];
  tugas_tambahan?: { jumlah: number; nilai: number };
  nilai_ku?: number | null;
  nilai_kt?: number | null;
  sumber_perilaku?: string | null;
  inovasi?: boolean;
  hasil_kerja?: HasilKerja30[];
}
interface UnitJson {
  id: string;
  jumlah_pegawai: number;
  distribusi: Record<string, number>;
  rata_rata_nilai_akhir: number | null;
  kurva: unknown;
}
interface ReportJson {
  metode: string;
  periode: string;
  ringkasan: { pegawai: number; error: number; peringatan: number; info: number };
  pegawai: PegawaiJson[];
  unit: UnitJson[];
  temuan: { kode: string; tingkat: string; pesan: string; path: string; baris?: number }[];
}

// ---- RULES.md §1 -------------------------------------------------------------------------------

/** RULES.md §1 rounding: toPrecision(15), then half away from zero. */
const ROUND = (x: number, d: number) => {
  const [m = '0', e] = Math.abs(x).toPrecision(15).split('e');
  const v = Number(`${Number(`${m}e${(e ? Number(e) : 0) + d}`) + 0}`);
  return ((Math.sign(x) || 1) * Math.floor(v + 0.5)) / 10 ** d;
};
const R2 = (x: number | null) => (x === null ? null : ROUND(x, 2));
/** A value to report, or `'skip'` (not compared). */
const num2 = (x: number | null | 'skip') => (x === 'skip' ? x : R2(x));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;

// ---- periods, as months of the year ------------------------------------------------------------

type Span = readonly [number, number];
/** `2021`, `2021-S1`, `2021-TW3`, `2021-05` → the months `[first, last]` it covers. */
function span(code: string): Span {
  const rest = code.slice(5);
  if (rest === '') return [1, 12];
  if (rest.startsWith('TW')) {
    const q = Number(rest.slice(2));
    return [3 * q - 2, 3 * q];
  }
  if (rest.startsWith('S')) {
    const s = Number(rest.slice(1));
    return [6 * s - 5, 6 * s];
  }
  return [Number(rest), Number(rest)];
}
const months = (x: Span) => x[1] - x[0] + 1;
const inside = (x: Span, y: Span) => x[0] >= y[0] && x[1] <= y[1];
const ym = (m: number) => `${YEAR}-${String(m).padStart(2, '0')}`;

/** Row layouts over the year; no two rows of one layout overlap (an overlap would be an error, §2.1). */
const LAYOUTS: string[][] = [
  [`${YEAR}`],
  [`${YEAR}-S1`, `${YEAR}-S2`],
  [`${YEAR}-TW1`, `${YEAR}-TW2`, `${YEAR}-TW3`, `${YEAR}-TW4`],
  [`${YEAR}-S1`, `${YEAR}-TW3`, `${YEAR}-TW4`],
  [`${YEAR}-TW1`, `${YEAR}-TW2`, `${YEAR}-S2`],
  [...[1, 2, 3, 4, 5, 6].map(ym), `${YEAR}-TW3`, `${YEAR}-TW4`],
  [`${YEAR}-TW1`, ...[4, 5, 6].map(ym), `${YEAR}-S2`],
];

// ---- the generator ----------------------------------------------------------------------------

const UNITS: { id: string; induk?: string }[] = [
  { id: 'dinas', induk: 'pemda' },
  { id: 'pemda' },
  { id: 'arsip', induk: 'setda' },
  { id: 'setda', induk: 'pemda' },
];
/** Each unit with its whole subtree (RULES.md §3). */
const subtree = (id: string): string[] => [id, ...UNITS.filter((u) => u.induk === id).flatMap((u) => subtree(u.id))];

/** A decimal as Indonesian Excel writes it (two decimals at most, so never the ambiguous `1,234`). */
const cell = (v: number) => String(v).replace('.', ',');
const r2 = (x: number) => Math.round(x * 100) / 100;

function generate(seed: number, pack: Pack): Workspace {
  const rand = mulberry32(seed * 7919 + (pack === 'pp-46-2011' ? 1 : 2));
  const int = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const uni = (a: number, b: number) => a + rand() * (b - a);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;

  /**
   * Rows in a random layout. `level` is the realisation the whole year would give (a row of m months
   * carries level × m / 12 under jumlah, else about the level itself); rows are sometimes dropped or
   * left blank; with `exact` every row carries the level unchanged (boundary cases), never dropped.
   */
  const rowsFor = (kons: Kons, level: number | (() => number), exact = false): Row[] => {
    // The year row alone now and then only: it counts for no semester.
    const layout = chance(0.05) ? LAYOUTS[0]! : pick(LAYOUTS.slice(1));
    const rows: Row[] = [];
    for (const periode of layout) {
      if (!exact && layout.length > 1 && chance(0.08)) continue;
      const lv = typeof level === 'number' ? level : level();
      const m = months(span(periode));
      const v = exact ? lv : Math.max(0, r2((kons === 'jumlah' ? (lv * m) / 12 : lv) * uni(0.9, 1.1)));
      rows.push({ periode, v: !exact && chance(0.02) ? null : v });
    }
    return rows;
  };
  const drawKons = (allowJumlah: boolean): Kons | undefined =>
    pick([undefined, 'rata-rata', 'terakhir', ...(allowJumlah ? (['jumlah', 'jumlah'] as const) : [])]);

  const emps: Emp[] = [];
  const n = int(20, 40);
  for (let i = 0; i < n; i++) {
    const by = int(1965, 1995);
    const nip = `${by}0${int(1, 9)}1${int(0, 9)}${by + 24}0${int(1, 9)}${int(1, 2)}${String(i + 1).padStart(3, '0')}`;
    const star = chance(0.25); // a strong performer, so the top labels occur
    const rhk: Rhk[] = [];
    if (pack === 'pp-46-2011') {
      const nk = int(1, 3);
      for (let k = 1; k <= nk; k++) {
        const id = `k${k}`;
        // Kuantitas: RO / TO; now and then RO = 0 (not carried out), in the whole year or in S1 only.
        const kKons = drawKons(true);
        const TO = int(2, 200);
        const ro0 = chance(0.07) ? pick(['all', 's1'] as const) : null;
        let kRows = rowsFor(kKons ?? 'rata-rata', TO * (star ? uni(1, 1.2) : uni(0.5, 1.2)));
        if (ro0 === 'all') kRows = kRows.map((r) => ({ ...r, v: 0 }));
        if (ro0 === 's1') kRows = kRows.map((r) => (span(r.periode)[1] <= 6 ? { ...r, v: 0 } : r));
        const TK = pick([100, 100, 100, 90]);
        const qKons = drawKons(false);
        const qRows = rowsFor(qKons ?? 'rata-rata', () => r2(TK * (star ? uni(0.95, 1.02) : uni(0.6, 1.05))));
        // Waktu: very early (EW > 24), early (EW ≤ 24), exactly EW = 24, late (RW > TW), late enough to floor at 0.
        const TW = int(1, 12);
        const wCase = pick(['veryEarly', 'early', 'early', 'late', 'late', 'floor', 'ew24'] as const);
        const wKons = wCase === 'ew24' ? pick(['terakhir', 'rata-rata'] as const) : drawKons(true);
        const TWx = wCase === 'ew24' ? pick([12, 6, 3, 10, 5, 11, 8]) : TW;
        const ratio = {
          veryEarly: uni(0.2, 0.74),
          early: star ? uni(0.77, 0.85) : uni(0.77, 1),
          late: uni(1.01, 1.5),
          floor: uni(1.8, 2.2),
          ew24: 0.76,
        }[wCase];
        const wRows = rowsFor(wKons ?? 'rata-rata', r2(TWx * ratio), wCase === 'ew24');
        const ind: Ind[] = [
          { id: `${id}-jumlah`, aspek: 'kuantitas', satuan: 'dokumen', pol: 'maksimal', target: TO, kons: kKons, rows: kRows },
          { id: `${id}-mutu`, aspek: 'kualitas', satuan: 'persen', pol: 'maksimal', target: TK, kons: qKons, rows: qRows },
          { id: `${id}-waktu`, aspek: 'waktu', satuan: 'bulan', pol: 'minimal', target: TWx, kons: wKons, rows: wRows },
        ];
        // Biaya in about two kegiatan of five, with the same cases.
        if (chance(0.4)) {
          const TB = int(10, 500) * 100000;
          const e24 = chance(0.25);
          const bKons = e24 ? pick(['terakhir', 'rata-rata'] as const) : drawKons(true);
          const bRatio = e24 ? 0.76 : pick([uni(0.3, 0.74), uni(0.77, 1), uni(1.01, 1.3)]);
          ind.push({
            id: `${id}-biaya`,
            aspek: 'biaya',
            satuan: 'rupiah',
            pol: 'minimal',
            target: TB,
            kons: bKons,
            rows: rowsFor(bKons ?? 'rata-rata', Math.round(TB * bRatio), e24),
          });
        }
        // Missing data: all rows of one aspect (the kegiatan then has no nilai).
        if (chance(0.06)) pick(ind).rows = [];
        // The aspects in a random order in the SKP.
        ind.sort(() => rand() - 0.5);
        rhk.push({ id, jenis: 'utama', ind });
      }
      // Tugas tambahan: 0, 1–3, 4–6 or 7–9 RHKs, each with rows in some periods (or none).
      const nt = pick([0, int(1, 3), int(4, 6), int(7, 9), star ? int(4, 9) : 0]);
      for (let t = 1; t <= nt; t++) {
        const periode = pick([
          [`${YEAR}`],
          [`${YEAR}-S1`],
          [`${YEAR}-S2`],
          [`${YEAR}-TW${int(1, 4)}`],
          [ym(int(1, 12))],
          [`${YEAR}-TW1`, `${YEAR}-S2`],
          [],
        ]);
        rhk.push({
          id: `t${t}`,
          jenis: 'tambahan',
          ind: [
            {
              id: `t${t}-x`,
              aspek: 'kuantitas',
              satuan: 'kegiatan',
              pol: 'maksimal',
              target: int(1, 3),
              rows: periode.map((p) => ({ periode: p, v: chance(0.05) ? null : int(1, 4) })),
            },
          ],
        });
      }
    } else {
      // pp-30-2019: IKIs aimed at every band of §6.2, both polarities, ranges, the rounding boundaries.
      const BANDS = [130, 115, 110.5, 108, 104, 101, 100.5, 100, 95, 85, 80, 72, 65, 60, 45, 20, 0, -20];
      const STAR_BANDS = [130, 120, 115, 112];
      const drawIki = (id: string, good: boolean): Ind => {
        const kind = good ? 'plain' : pick(['plain', 'plain', 'plain', 'range', 'boundary', 'tmax'] as const);
        if (kind === 'boundary') {
          // Target 1000 and realisations that sit on the §1 rounding boundaries of the bands:
          // 1009,95 → 100.995 % → 101.00; 1100,05 → 110.005 → 110.01 > 110; 999,95 → 100.00; …
          const v = () => pick([1009.95, 999.95, 1100.04, 1100.05, 799.95, 599.95, 1010, 1000, 800, 600, 1100, 1009.94]);
          const kons = pick(['terakhir', 'rata-rata'] as const);
          const one = v();
          return {
            id,
            aspek: 'kuantitas',
            satuan: 'berkas',
            pol: 'maksimal',
            target: 1000,
            kons,
            rows: rowsFor(kons, kons === 'terakhir' ? v : one, true),
          };
        }
        if (kind === 'tmax') {
          // 8/2021 huruf i: target 100 met exactly → 120; otherwise the bands.
          const kons = pick(['terakhir', 'rata-rata', undefined] as const);
          const v = pick([100, 100, 100, 95, 104]);
          return {
            id,
            aspek: 'kualitas',
            satuan: 'indeks',
            pol: 'maksimal',
            target: 100,
            kons,
            tmax: true,
            rows: rowsFor(kons ?? 'rata-rata', v, true),
          };
        }
        const pol = pick(['maksimal', 'minimal'] as const);
        const kons = drawKons(true);
        const aspek = pick(['kuantitas', 'kualitas', 'waktu', 'biaya'] as const);
        if (kind === 'range') {
          const min = int(10, 50);
          const maks = min + int(0, 30);
          // Inside (→ 100), below min or above maks.
          const level = pick([uni(min, maks), min * uni(0.4, 0.99), maks * uni(1.01, 1.6)]);
          return { id, aspek, satuan: 'unit', pol, target: { min, maks }, kons, rows: rowsFor(kons ?? 'rata-rata', level) };
        }
        const t = int(5, 200);
        const k = pick(good ? STAR_BANDS : BANDS);
        const level = pol === 'maksimal' ? (t * Math.max(0, k)) / 100 : t * (2 - k / 100);
        return { id, aspek, satuan: 'unit', pol, target: t, kons, rows: rowsFor(kons ?? 'rata-rata', level) };
      };
      const nu = int(1, 3);
      const weights = pick([null, { 1: [100], 2: [60, 40], 3: [50, 30, 20] }[nu]!, { 1: [100], 2: [50, 50], 3: [40, 30, 30] }[nu]!]);
      for (let u = 1; u <= nu; u++) {
        const ind = Array.from({ length: int(1, 2) }, (_, j) => drawIki(`u${u}-i${j + 1}`, star));
        if (chance(0.05)) ind[0]!.rows = []; // an IKI without realisation: the RHK and Nilai KU have no nilai
        rhk.push({ id: `u${u}`, jenis: 'utama', ...(weights ? { bobot: weights[u - 1]! } : {}), ind });
      }
      // Tambahan: 0–4 RHKs, with or without a bobot; stars get large ones so KT passes its cap of 10.
      const nt = star ? int(2, 4) : int(0, 3);
      for (let t = 1; t <= nt; t++) {
        const bobot = star ? pick([5, 8, 10]) : pick([undefined, 2, 5, 10]);
        const ind = [drawIki(`t${t}-i1`, star)];
        if (chance(0.1)) ind[0]!.rows = [];
        rhk.push({ id: `t${t}`, jenis: 'tambahan', ...(bobot ? { bobot } : {}), ind });
      }
    }
    // Penilaian rows for the year and both semesters: the nilai perilaku (sometimes none, or blank),
    // and under pp-30-2019 inovasi.
    const penilaian = new Map<string, Penilaian>();
    for (const periode of [`${YEAR}`, `${YEAR}-S1`, `${YEAR}-S2`]) {
      if (chance(0.1)) continue;
      const nilai = chance(0.05) ? null : star ? pick([int(85, 100), r2(uni(85, 100))]) : pick([int(40, 100), r2(uni(40, 100))]);
      if (pack === 'pp-46-2011') {
        if (nilai !== null) penilaian.set(periode, { nilai });
      } else penilaian.set(periode, { nilai, inovasi: chance(star ? 0.6 : 0.3) ? 'ya' : 'tidak' });
    }
    emps.push({ nip, unit: pick(UNITS).id, rhk, penilaian });
  }
  return { seed, pack, d360: pack === 'pp-30-2019' && seed % 2 === 0, semester: seed % 2 ? `${YEAR}-S1` : `${YEAR}-S2`, emps };
}

function write(w: Workspace): string {
  const dir = makeTempDir('legacy-random');
  writeFileSync(
    join(dir, 'asn-kinerja.yaml'),
    `kind: konfigurasi\ninstansi: Pemerintah Kabupaten Acak\ntahun: ${YEAR}\nmetode: ${w.pack}\n` +
      (w.pack === 'pp-30-2019' ? `pp_30_2019:\n  dengan_360: ${w.d360}\n` : ''),
  );
  writeFileSync(
    join(dir, 'unit-kerja.yaml'),
    'kind: unit-kerja\nunit:\n' +
      UNITS.map((u) => `  - id: ${u.id}\n    nama: Unit ${u.id}\n${u.induk ? `    induk: ${u.induk}\n` : ''}`).join(''),
  );
  mkdirSync(join(dir, 'skp'));
  mkdirSync(join(dir, 'data'));
  const tgt = (t: Target) => (typeof t === 'number' ? String(t) : `{ min: ${t.min}, maks: ${t.maks} }`);
  const realisasi: string[] = [];
  for (const e of w.emps) {
    const lines = [
      'kind: skp',
      `tahun: ${YEAR}`,
      `pegawai: { nip: "${e.nip}", nama: Pegawai ${e.nip.slice(-3)}, unit: ${e.unit} }`,
      'penilai: { nama: Kepala }',
      'hasil_kerja:',
    ];
    for (const r of e.rhk) {
      lines.push(`  - id: ${r.id}`, `    jenis: ${r.jenis}`, `    uraian: Hasil kerja ${r.id}`);
      if (r.bobot !== undefined) lines.push(`    bobot: ${r.bobot}`);
      lines.push('    indikator:');
      for (const x of r.ind) {
        const keys = [
          `id: ${x.id}`,
          `nama: Indikator ${x.id}`,
          `aspek: ${x.aspek}`,
          `satuan: ${x.satuan}`,
          `polaritas: ${x.pol}`,
          `target: ${tgt(x.target)}`,
          ...(x.kons ? [`konsolidasi: ${x.kons}`] : []),
          ...(x.tmax ? ['target_maksimal: true'] : []),
        ];
        lines.push(`      - { ${keys.join(', ')} }`);
        for (const row of x.rows) realisasi.push(`${e.nip};${row.periode};${x.id};${row.v === null ? '' : cell(row.v)}`);
      }
    }
    writeFileSync(join(dir, 'skp', `${e.nip}.yaml`), lines.join('\n') + '\n');
  }
  const csv = (lines: string[]) => '\uFEFF' + lines.join('\r\n') + '\r\n';
  writeFileSync(join(dir, 'data', `realisasi-${YEAR}.csv`), csv(['nip;periode;indikator;realisasi', ...realisasi]));
  const penilaian = w.emps.flatMap((e) =>
    [...e.penilaian].map(([periode, p]) =>
      [e.nip, periode, p.nilai === null ? '' : cell(p.nilai), ...(w.pack === 'pp-30-2019' ? [p.inovasi] : [])].join(';'),
    ),
  );
  writeFileSync(
    join(dir, 'data', `penilaian-${YEAR}.csv`),
    csv([w.pack === 'pp-30-2019' ? 'nip;periode;nilai_perilaku;inovasi' : 'nip;periode;nilai_perilaku', ...penilaian]),
  );
  return dir;
}

// ---- the oracle -------------------------------------------------------------------------------

/** Case labels met while computing the expected results, so the test can show it is not vacuous. */
type Seen = Set<string>;

/**
 * RULES.md §2.1: the reported rows inside P combined by the indicator's konsolidasi (default
 * rata-rata), and the target for P: a jumlah target pro-rated to the months covered. Null when no row
 * of the indicator lies inside P.
 */
function consolidate(x: Ind, P: Span, notes: string[]): { r: number; t: Target } | null {
  const rows = x.rows
    .filter((row): row is { periode: string; v: number } => row.v !== null && inside(span(row.periode), P))
    .map((row) => ({ s: span(row.periode), v: row.v }))
    .sort((a, b) => a.s[0] - b.s[0]);
  if (rows.length === 0) return null;
  const covered = sum(rows.map((row) => months(row.s)));
  const kons = x.kons ?? 'rata-rata';
  let r: number;
  if (kons === 'jumlah') r = sum(rows.map((row) => row.v));
  else if (kons === 'rata-rata') r = sum(rows.map((row) => months(row.s) * row.v)) / covered;
  else r = rows.reduce((a, b) => (b.s[1] > a.s[1] ? b : a)).v;
  const pro = (t: number) => (kons === 'jumlah' ? (t * covered) / 12 : t);
  const t = typeof x.target === 'number' ? pro(x.target) : { min: pro(x.target.min), maks: pro(x.target.maks) };
  if (kons === 'jumlah' && covered !== 12)
    notes.push(`${x.id}: jumlah target ${JSON.stringify(x.target)} pro-rated to ${covered} of 12 months → ${JSON.stringify(t)} (§2.1)`);
  return { r, t };
}

/** RULES.md §2.3 capaian (percent), without the cap (§6.2) and before the floor. */
function capaian(r: number, t: Target, pol: 'maksimal' | 'minimal'): number {
  const one = (tt: number) => (pol === 'maksimal' ? (r * 100) / tt : (2 - r / tt) * 100);
  if (typeof t === 'number') return one(t);
  if (r >= t.min && r <= t.maks) return 100;
  return r > t.maks ? one(t.maks) : one(t.min);
}

/** RULES.md §6.1 sebutan, on the reported nilai akhir. */
const sebutan46 = (n: number) => (n >= 91 ? 'Sangat Baik' : n >= 76 ? 'Baik' : n >= 61 ? 'Cukup' : n >= 51 ? 'Kurang' : 'Buruk');
const LABELS: Record<Pack, string[]> = {
  'pp-46-2011': ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Buruk'],
  'pp-30-2019': ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang'],
};

/**
 * RULES.md §6.1 waktu / biaya from target T and realisation R: E = 100 − R / T × 100; the branch is
 * chosen on the reported E (§1: a classification compares the reported value); floored at 0.
 */
function efisiensiAspect(T: number, R: number, seen: Seen, notes: string[], what: string) {
  const e = 100 - (R * 100) / T;
  const base = ((1.76 * T - R) / T) * 100;
  const early = ROUND(e, 2) <= 24;
  const v = early ? base : 76 - (base - 100);
  seen.add(`${what.split(' ')[1]}:${ROUND(e, 2) === 24 ? 'E=24' : early ? (R > T ? 'late' : 'E<=24') : 'E>24'}`);
  if (v < 0) seen.add(`${what.split(' ')[1]}:floor0`);
  if (ROUND(e, 2) === 24 && e !== 24) notes.push(`${what}: E = 100 − ${R} × 100 / ${T} = ${e}, reported 24.00 → the E ≤ 24 branch (§1)`);
  return { nilai: Math.max(0, v), efisiensi: e };
}

interface Expected {
  nip: string;
  unit: string;
  nilaiAkhir: number | null;
  json: Record<string, unknown>;
  /** The rule-sensitive steps taken (pro-rating, a boundary read on the reported value), shown with a mismatch. */
  notes: string[];
}

/** RULES.md §6.1 for one employee and period P. */
function expected46(e: Emp, periode: string, seen: Seen): Expected {
  const P = span(periode);
  const notes: string[] = [];
  const kegiatan = e.rhk
    .filter((r) => r.jenis === 'utama')
    .map((r) => {
      const by = (a: Aspek) => r.ind.find((x) => x.aspek === a);
      const q = consolidate(by('kuantitas')!, P, notes);
      const k = consolidate(by('kualitas')!, P, notes);
      const w = consolidate(by('waktu')!, P, notes);
      const bInd = by('biaya');
      const b = bInd ? consolidate(bInd, P, notes) : null;
      seen.add(bInd ? 'biaya' : 'tanpa-biaya');
      const T = (c: { t: Target } | null) => c!.t as number;
      // "A kegiatan not carried out (RO = 0) scores 0 on every aspect", whatever else is reported.
      if (q !== null && q.r === 0) {
        seen.add('RO=0');
        return {
          id: r.id,
          kuantitas: 0,
          kualitas: 0,
          waktu: 0,
          efisiensiWaktu: undefined,
          biaya: bInd ? 0 : null,
          efisiensiBiaya: undefined,
          dilaksanakan: false,
          nilai: 0,
        };
      }
      const kuantitas = q ? Math.max(0, (q.r * 100) / T(q)) : null;
      const kualitas = k ? Math.max(0, (k.r * 100) / T(k)) : null;
      const waktu = w ? efisiensiAspect(T(w), w.r, seen, notes, `${r.id} waktu`) : null;
      const biaya = b ? efisiensiAspect(T(b), b.r, seen, notes, `${r.id} biaya`) : null;
      const complete = kuantitas !== null && kualitas !== null && waktu !== null && (!bInd || biaya !== null);
      if (!complete) seen.add('kegiatan-tanpa-realisasi');
      const parts = complete ? [kuantitas, kualitas, waktu.nilai, ...(biaya ? [biaya.nilai] : [])] : [];
      // An incomplete kegiatan has no nilai; how much of it the report still shows is not a rule.
      if (!complete)
        return {
          id: r.id,
          kuantitas: 'skip' as const,
          kualitas: 'skip' as const,
          waktu: 'skip' as const,
          efisiensiWaktu: undefined,
          biaya: 'skip' as const,
          efisiensiBiaya: undefined,
          dilaksanakan: undefined,
          nilai: null,
        };
      return {
        id: r.id,
        kuantitas,
        kualitas,
        waktu: waktu.nilai,
        efisiensiWaktu: waktu.efisiensi,
        biaya: bInd ? biaya!.nilai : null,
        efisiensiBiaya: biaya ? biaya.efisiensi : undefined,
        dilaksanakan: true,
        nilai: sum(parts) / parts.length,
      };
    });
  // Tugas tambahan: RHKs with a reported row inside P; 1–3 → 1, 4–6 → 2, ≥ 7 → 3.
  const jumlah = e.rhk.filter(
    (r) => r.jenis === 'tambahan' && r.ind.some((x) => x.rows.some((row) => row.v !== null && inside(span(row.periode), P))),
  ).length;
  const tambahan = jumlah === 0 ? 0 : jumlah <= 3 ? 1 : jumlah <= 6 ? 2 : 3;
  seen.add(`tambahan:${tambahan}`);
  const nilais = kegiatan.map((x) => x.nilai);
  const skp = nilais.every((x): x is number => x !== null) ? sum(nilais) / nilais.length + tambahan : null;
  const perilaku = e.penilaian.get(periode)?.nilai ?? null;
  if (perilaku === null) seen.add('tanpa-nilai-perilaku');
  const akhir = skp !== null && perilaku !== null ? (60 * skp + 40 * perilaku) / 100 : null;
  const predikat = akhir === null ? null : sebutan46(ROUND(akhir, 2));
  seen.add(`predikat:${predikat}`);
  return {
    nip: e.nip,
    unit: e.unit,
    nilaiAkhir: akhir,
    notes,
    json: {
      nilai_skp: R2(skp),
      nilai_perilaku: R2(perilaku),
      nilai_akhir: R2(akhir),
      predikat,
      tugas_tambahan: { jumlah, nilai: tambahan },
      kegiatan: kegiatan.map((x) => ({
        id: x.id,
        kuantitas: num2(x.kuantitas),
        kualitas: num2(x.kualitas),
        waktu: num2(x.waktu),
        // Efisiensi only where the kegiatan was carried out and RW (RB) reported.
        efisiensi_waktu: x.efisiensiWaktu === undefined ? 'skip' : R2(x.efisiensiWaktu),
        // `biaya` is an object exactly when the kegiatan has a biaya indicator (TB > 0 here), else null.
        biaya_ada: x.biaya === 'skip' ? 'skip' : x.biaya !== null,
        biaya: num2(x.biaya),
        efisiensi_biaya: x.efisiensiBiaya === undefined ? 'skip' : R2(x.efisiensiBiaya),
        dilaksanakan: x.dilaksanakan ?? 'skip',
        nilai: R2(x.nilai),
      })),
    },
  };
}

/** RULES.md §6.2 nilai capaian IKI from c (the capaian reported to 2 decimals, floored at 0, not capped). */
function band(c: number, seen: Seen): number {
  const at = (name: string, nilai: number) => {
    seen.add(`band:${name}`);
    return nilai;
  };
  if (c > 110) return at('>110', 120);
  if (c >= 101) return at('101-110', 110 + ((120 - 110) / (110 - 101)) * (c - 101));
  if (c >= 100) return at('100-101', 109 + (c - 100));
  if (c >= 80) return at('80-100', 70 + ((89 - 70) / (99 - 80)) * (c - 80));
  if (c >= 60) return at('60-80', 50 + ((69 - 50) / (79 - 60)) * (c - 60));
  return at('<60', (c / 59) * 49);
}

/** RULES.md §6.2 for one employee and period P. */
function expected30(e: Emp, periode: string, d360: boolean, seen: Seen): Expected {
  const P = span(periode);
  const notes: string[] = [];
  const hasil = e.rhk.map((r) => {
    const iki = r.ind.map((x) => {
      const got = consolidate(x, P, notes);
      if (got === null) return { id: x.id, capaian: null, target_maksimal: !!x.tmax, nilai: null };
      const raw = capaian(got.r, got.t, x.pol);
      const c = Math.max(0, ROUND(raw, 2));
      const cAt = (v: number) => ROUND(raw, 2) === v && Math.abs(raw - v) > 1e-9;
      if ([101, 100, 110, 80, 60].some(cAt) || (ROUND(raw, 2) === 110.01 && raw <= 110.005)) seen.add('band:pembulatan');
      let nilai: number;
      if (x.tmax && c === 100) {
        seen.add('target-maksimal-100');
        nilai = 120;
      } else nilai = band(c, seen);
      return { id: x.id, capaian: c, target_maksimal: !!x.tmax, nilai };
    });
    const vals = iki.map((x) => x.nilai);
    const nilai = vals.every((v): v is number => v !== null) ? mean(vals) : null;
    return { id: r.id, jenis: r.jenis, bobot: r.bobot ?? null, nilai, iki };
  });
  const utama = hasil.filter((h) => h.jenis === 'utama');
  const ku = utama.every((h) => h.nilai !== null)
    ? sum(utama.map((h) => (h.bobot ?? 1) * h.nilai!)) / sum(utama.map((h) => h.bobot ?? 1))
    : null;
  const ktSum = sum(
    hasil.filter((h) => h.jenis === 'tambahan' && h.nilai !== null && h.bobot !== null).map((h) => (h.nilai! * h.bobot!) / 100),
  );
  if (ktSum > 10) seen.add('KT>10');
  const kt = Math.min(10, ktSum);
  const skp = ku === null ? null : ku + kt;
  const row = e.penilaian.get(periode);
  const perilaku = row?.nilai ?? null;
  if (perilaku === null) seen.add('tanpa-nilai-perilaku');
  const inovasi = row?.inovasi === 'ya';
  const [ws, wp] = d360 ? [60, 40] : [70, 30];
  const akhir = skp !== null && perilaku !== null ? (ws * skp + wp * perilaku) / 100 : null;
  let predikat: string | null = null;
  if (akhir !== null) {
    const n = ROUND(akhir, 2);
    // "110–120 and inovasi = ya": read as ≥ 110 (docs/keputusan.md; with Nilai KT the nilai can pass 120).
    predikat = n >= 110 && inovasi ? 'Sangat Baik' : n >= 90 ? 'Baik' : n >= 70 ? 'Cukup' : n >= 50 ? 'Kurang' : 'Sangat Kurang';
    if (inovasi) seen.add(n >= 110 ? 'inovasi:>=110' : 'inovasi:<110');
    if (n >= 110 && !inovasi) seen.add('>=110-tanpa-inovasi');
  }
  seen.add(`predikat:${predikat}`);
  return {
    nip: e.nip,
    unit: e.unit,
    nilaiAkhir: akhir,
    notes,
    json: {
      nilai_ku: R2(ku),
      nilai_kt: R2(kt),
      nilai_skp: R2(skp),
      nilai_perilaku: R2(perilaku),
      sumber_perilaku: perilaku === null ? null : 'penilai',
      nilai_akhir: R2(akhir),
      inovasi,
      predikat,
      hasil_kerja: hasil.map((h) => ({
        id: h.id,
        jenis: h.jenis,
        bobot: h.bobot,
        nilai: R2(h.nilai),
        iki: h.iki.map((x) => ({ id: x.id, capaian: R2(x.capaian), target_maksimal: x.target_maksimal, nilai: R2(x.nilai) })),
      })),
    },
  };
}

function expectedAll(w: Workspace, periode: string, seen: Seen): Map<string, Expected> {
  return new Map(w.emps.map((e) => [e.nip, w.pack === 'pp-46-2011' ? expected46(e, periode, seen) : expected30(e, periode, w.d360, seen)]));
}

// ---- comparing ---------------------------------------------------------------------------------

/**
 * Every difference between the expected and the reported value, as `path: expected … got …`. Numbers
 * agree to 0.01; strings, booleans and null exactly; `'skip'` in the expectation is not compared.
 */
function diff(path: string, want: unknown, got: unknown, out: string[]) {
  if (want === 'skip') return;
  if (typeof want === 'number' && typeof got === 'number') {
    if (Math.abs(want - got) > 0.01 + 1e-9) out.push(`${path}: expected ${want}, got ${got}`);
    return;
  }
  if (Array.isArray(want) && Array.isArray(got)) {
    if (want.length !== got.length) out.push(`${path}: expected ${want.length} entries, got ${got.length}`);
    want.forEach((x, i) => diff(`${path}[${i}]`, x, got[i], out));
    return;
  }
  if (want && typeof want === 'object' && got && typeof got === 'object') {
    for (const [k, v] of Object.entries(want)) diff(`${path}.${k}`, v, (got as Record<string, unknown>)[k], out);
    return;
  }
  if (want !== got) out.push(`${path}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

/** The reported employee in the shape of the expectation. */
function actual(p: PegawaiJson, pack: Pack): Record<string, unknown> {
  if (pack === 'pp-46-2011')
    return {
      nilai_skp: p.nilai_skp,
      nilai_perilaku: p.nilai_perilaku,
      nilai_akhir: p.nilai_akhir,
      predikat: p.predikat,
      tugas_tambahan: p.tugas_tambahan,
      kegiatan: (p.kegiatan ?? []).map((k) => ({
        id: k.id,
        kuantitas: k.kuantitas?.nilai ?? null,
        kualitas: k.kualitas?.nilai ?? null,
        waktu: k.waktu?.nilai ?? null,
        efisiensi_waktu: k.waktu?.efisiensi ?? null,
        biaya_ada: k.biaya !== null,
        biaya: k.biaya?.nilai ?? null,
        efisiensi_biaya: k.biaya?.efisiensi ?? null,
        dilaksanakan: k.dilaksanakan,
        nilai: k.nilai,
      })),
    };
  return {
    nilai_ku: p.nilai_ku,
    nilai_kt: p.nilai_kt,
    nilai_skp: p.nilai_skp,
    nilai_perilaku: p.nilai_perilaku,
    sumber_perilaku: p.sumber_perilaku,
    nilai_akhir: p.nilai_akhir,
    inovasi: p.inovasi,
    predikat: p.predikat,
    hasil_kerja: (p.hasil_kerja ?? []).map((h) => ({
      id: h.id,
      jenis: h.jenis,
      bobot: h.bobot,
      nilai: h.nilai,
      iki: h.iki.map((x) => ({ id: x.id, capaian: x.capaian, target_maksimal: x.target_maksimal, nilai: x.nilai })),
    })),
  };
}

/**
 * Runs `score` for `periode` and returns every difference from the oracle (each employee's with the
 * rule-sensitive steps the oracle took for them); structural surprises fail at once.
 */
async function check(w: Workspace, dir: string, periode: string, seen: Seen): Promise<string[]> {
  const args = ['score', dir, '--format', 'json', ...(periode === `${YEAR}` && w.seed % 3 === 0 ? [] : ['--periode', periode])];
  const r = await runCli(args);
  expect(r.code, r.stderr.slice(0, 600)).toBe(0);
  const report = JSON.parse(r.stdout) as ReportJson;
  expect(report.metode).toBe(w.pack);
  expect(report.periode).toBe(periode);
  // Nothing in the generated data is an error.
  expect(report.ringkasan.error, JSON.stringify(report.temuan.filter((t) => t.tingkat === 'error').slice(0, 5))).toBe(0);
  const exp = expectedAll(w, periode, seen);
  expect(report.pegawai.map((p) => p.nip).sort()).toEqual([...exp.keys()].sort());
  const mismatches: string[] = [];
  for (const p of report.pegawai) {
    const e = exp.get(p.nip)!;
    const mine: string[] = [];
    if (p.unit !== e.unit) mine.push(`${p.nip}.unit: expected ${e.unit}, got ${p.unit}`);
    diff(`${w.pack} seed ${w.seed} ${periode} ${p.nip}`, e.json, actual(p, w.pack), mine);
    if (mine.length && e.notes.length) mine.push(`  ↳ ${p.nip} by the rules: ${e.notes.join('; ')}`);
    mismatches.push(...mine);
  }
  // Units (RULES.md §3, §6): each unit's whole subtree, distribusi by the pack's labels, the mean of the
  // unrounded nilai akhir that are not null, no kurva.
  expect(report.unit.map((u) => u.id).sort()).toEqual(UNITS.map((u) => u.id).sort());
  for (const u of report.unit) {
    const ids = subtree(u.id);
    const members = [...exp.values()].filter((x) => ids.includes(x.unit));
    const predikat = (x: Expected) => x.json.predikat as string | null;
    const akhir = members.map((x) => x.nilaiAkhir).filter((x): x is number => x !== null);
    diff(
      `${w.pack} seed ${w.seed} ${periode} unit ${u.id}`,
      {
        jumlah_pegawai: members.length,
        distribusi: {
          ...Object.fromEntries(LABELS[w.pack].map((l) => [l, members.filter((m) => predikat(m) === l).length])),
          tidak_dinilai: members.filter((m) => predikat(m) === null).length,
        },
        rata_rata_nilai_akhir: akhir.length ? ROUND(mean(akhir), 2) : null,
        kurva: null,
      },
      u,
      mismatches,
    );
    expect(Object.keys(u.distribusi).sort()).toEqual([...LABELS[w.pack], 'tidak_dinilai'].sort());
  }
  return mismatches;
}

/** `score --format json` of a workspace for one period. */
async function score(dir: string, periode: string): Promise<ReportJson> {
  const r = await runCli(['score', dir, '--format', 'json', '--periode', periode]);
  expect(r.code, r.stderr.slice(0, 600)).toBe(0);
  return JSON.parse(r.stdout) as ReportJson;
}

/** A hand-made indicator: rows as `[periode, value]`. */
const hand = (
  id: string,
  aspek: Aspek,
  target: number,
  kons: Kons | undefined,
  rows: [string, number][],
  pol?: 'maksimal' | 'minimal',
): Ind => ({
  id,
  aspek,
  satuan: aspek === 'waktu' ? 'bulan' : 'unit',
  pol: pol ?? (aspek === 'waktu' || aspek === 'biaya' ? 'minimal' : 'maksimal'),
  target,
  kons,
  rows: rows.map(([periode, v]) => ({ periode, v })),
});

const SEEDS = [1, 2, 3, 4, 5, 6];
const PACKS: Pack[] = ['pp-46-2011', 'pp-30-2019'];

describe('the legacy packs against a plain re-implementation of RULES.md §6 on random workspaces', () => {
  for (const pack of PACKS)
    for (const seed of SEEDS)
      it(`${pack} seed ${seed}`, async () => {
        const w = generate(seed, pack);
        expect(w.emps.length).toBeGreaterThanOrEqual(20);
        expect(w.emps.length).toBeLessThanOrEqual(40);
        const dir = write(w);
        const mismatches: string[] = [];
        for (const periode of [`${YEAR}`, w.semester]) mismatches.push(...(await check(w, dir, periode, new Set())));
        expect(mismatches).toEqual([]);
        // RULES.md §6: only a year or a semester; a quarter or a month exits 2.
        if (seed === 1)
          for (const periode of [`${YEAR}-TW1`, `${YEAR}-03`]) {
            const r = await runCli(['score', dir, '--format', 'json', '--periode', periode]);
            expect(r.code, periode).toBe(2);
            expect(r.stdout).toBe('');
          }
      });

  // Two rules the random workspaces exercise all the time, here on one employee each, by hand.

  it('pp-46-2011: a jumlah target is pro-rated to the months covered (RULES.md §2.1), in the year and a semester', async () => {
    const nip = '198001012005011001';
    const w: Workspace = {
      seed: 0,
      pack: 'pp-46-2011',
      d360: false,
      semester: `${YEAR}-S1`,
      emps: [
        {
          nip,
          unit: 'dinas',
          rhk: [
            {
              id: 'k1',
              jenis: 'utama',
              ind: [
                // TO 100 a year, three quarters reported (25 each): the fourth is not yet in, not 0.
                hand('k1-jumlah', 'kuantitas', 100, 'jumlah', [
                  [`${YEAR}-TW1`, 25],
                  [`${YEAR}-TW2`, 25],
                  [`${YEAR}-TW3`, 25],
                ]),
                hand('k1-mutu', 'kualitas', 100, undefined, [
                  [`${YEAR}-S1`, 100],
                  [`${YEAR}-S2`, 100],
                ]),
                hand('k1-waktu', 'waktu', 12, 'terakhir', [
                  [`${YEAR}-S1`, 12],
                  [`${YEAR}-S2`, 12],
                ]),
              ],
            },
          ],
          penilaian: new Map([
            [`${YEAR}`, { nilai: 80 }],
            [`${YEAR}-S1`, { nilai: 80 }],
          ]),
        },
      ],
    };
    const dir = write(w);
    // 2021: 9 months covered → TO = 100 × 9 / 12 = 75, RO = 75 → kuantitas 100; kualitas 100; waktu RW 12 of
    // TW 12 → 76; nilai (100 + 100 + 76) / 3 = 92; nilai akhir (60 × 92 + 40 × 80) / 100 = 87.2 → Baik.
    // 2021-S1: 6 months covered → TO = 50, RO = 50 → 100, the same nilai 92.
    for (const periode of [`${YEAR}`, `${YEAR}-S1`]) {
      const p = (await score(dir, periode)).pegawai.find((x) => x.nip === nip)!;
      const k = p.kegiatan![0]!;
      const why = `${periode}: TO 100 a year under jumlah, RO ${periode === `${YEAR}` ? '75 over 9 months' : '50 over 6 months'}`;
      expect(expected46(w.emps[0]!, periode, new Set()).json.nilai_skp).toBe(92);
      expect({ kuantitas: k.kuantitas?.nilai, nilai: k.nilai, nilai_skp: p.nilai_skp }, why).toEqual({
        kuantitas: 100,
        nilai: 92,
        nilai_skp: 92,
      });
    }
  });

  it('pp-30-2019: a jumlah target is pro-rated to the months covered (RULES.md §2.1, §2.3), in the year and a semester', async () => {
    const nip = '198502022010012002';
    const w: Workspace = {
      seed: 0,
      pack: 'pp-30-2019',
      d360: false,
      semester: `${YEAR}-S1`,
      emps: [
        {
          nip,
          unit: 'dinas',
          rhk: [
            {
              id: 'u1',
              jenis: 'utama',
              ind: [
                // 12 reports a year, 3 a quarter, three quarters reported.
                hand('u1-laporan', 'kuantitas', 12, 'jumlah', [
                  [`${YEAR}-TW1`, 3],
                  [`${YEAR}-TW2`, 3],
                  [`${YEAR}-TW3`, 3],
                ]),
              ],
            },
          ],
          penilaian: new Map([
            [`${YEAR}`, { nilai: 80, inovasi: 'tidak' as const }],
            [`${YEAR}-S1`, { nilai: 80, inovasi: 'tidak' as const }],
          ]),
        },
      ],
    };
    const dir = write(w);
    // 2021: target 12 × 9 / 12 = 9, realisation 9 → capaian 100 → nilai 109 (100 ≤ c < 101); KU = SKP = 109.
    // 2021-S1: target 6, realisation 6 → the same.
    for (const periode of [`${YEAR}`, `${YEAR}-S1`]) {
      const p = (await score(dir, periode)).pegawai.find((x) => x.nip === nip)!;
      const iki = p.hasil_kerja![0]!.iki[0]!;
      expect(expected30(w.emps[0]!, periode, false, new Set()).json.nilai_skp).toBe(109);
      expect({ capaian: iki.capaian, nilai: iki.nilai, nilai_skp: p.nilai_skp }, `${periode}: target 12 a year under jumlah`).toEqual({
        capaian: 100,
        nilai: 109,
        nilai_skp: 109,
      });
    }
  });

  it('pp-46-2011: the EW ≤ 24 branch reads the reported efisiensi (RULES.md §1): TW 12, RW 9,12 → EW 24.00 → waktu 100', async () => {
    const nips = ['199003032015032003', '199003032015032004'];
    const kegiatan = (tw: number, rw: number): Rhk => ({
      id: 'k1',
      jenis: 'utama',
      ind: [
        hand('k1-jumlah', 'kuantitas', 10, undefined, [[`${YEAR}`, 10]]),
        hand('k1-mutu', 'kualitas', 100, undefined, [[`${YEAR}`, 100]]),
        hand('k1-waktu', 'waktu', tw, undefined, [[`${YEAR}`, rw]]),
      ],
    });
    const w: Workspace = {
      seed: 0,
      pack: 'pp-46-2011',
      d360: false,
      semester: `${YEAR}-S1`,
      emps: [
        // 100 − 9.12 × 100 / 12 is 24.000000000000014 in doubles; 100 − 7.6 × 100 / 10 is exactly 24.
        { nip: nips[0]!, unit: 'dinas', rhk: [kegiatan(12, 9.12)], penilaian: new Map([[`${YEAR}`, { nilai: 80 }]]) },
        { nip: nips[1]!, unit: 'dinas', rhk: [kegiatan(10, 7.6)], penilaian: new Map([[`${YEAR}`, { nilai: 80 }]]) },
      ],
    };
    const report = await score(write(w), `${YEAR}`);
    // EW = 24.00 ≤ 24 → ((1.76 × TW − RW) / TW) × 100 = 100; nilai (100 + 100 + 100) / 3 = 100;
    // nilai akhir (60 × 100 + 40 × 80) / 100 = 92 → Sangat Baik (≥ 91).
    for (const nip of nips) {
      const p = report.pegawai.find((x) => x.nip === nip)!;
      const k = p.kegiatan![0]!;
      expect(expected46(w.emps[nips.indexOf(nip)]!, `${YEAR}`, new Set()).json.predikat).toBe('Sangat Baik');
      expect(
        { efisiensi: k.waktu?.efisiensi, waktu: k.waktu?.nilai, nilai_akhir: p.nilai_akhir, predikat: p.predikat },
        `TW ${nip === nips[0] ? '12, RW 9,12' : '10, RW 7,6'}`,
      ).toEqual({ efisiensi: 24, waktu: 100, nilai_akhir: 92, predikat: 'Sangat Baik' });
    }
  });

  it('the seeds cover the cases of RULES.md §6', () => {
    for (const pack of PACKS) {
      const seen: Seen = new Set();
      for (const seed of SEEDS) {
        const w = generate(seed, pack);
        for (const periode of [`${YEAR}`, w.semester]) {
          const exp = [...expectedAll(w, periode, seen).values()];
          // Not vacuous: most employees get a predikat in the year, many in a semester.
          const scored = exp.filter((x) => x.json.predikat !== null).length;
          expect(scored, `${pack} seed ${seed} ${periode}`).toBeGreaterThan(exp.length / (periode === `${YEAR}` ? 2 : 3));
        }
      }
      const common = ['tanpa-nilai-perilaku', ...LABELS[pack].map((l) => `predikat:${l}`), 'predikat:null'];
      const want =
        pack === 'pp-46-2011'
          ? [
              ...common,
              'biaya',
              'tanpa-biaya',
              'waktu:E<=24',
              'waktu:E>24',
              'waktu:E=24',
              'waktu:late',
              'waktu:floor0',
              'biaya:E<=24',
              'biaya:E>24',
              'biaya:E=24',
              'biaya:late',
              'RO=0',
              'kegiatan-tanpa-realisasi',
              'tambahan:0',
              'tambahan:1',
              'tambahan:2',
              'tambahan:3',
            ]
          : [
              ...common,
              'band:>110',
              'band:101-110',
              'band:100-101',
              'band:80-100',
              'band:60-80',
              'band:<60',
              'band:pembulatan',
              'target-maksimal-100',
              'KT>10',
              'inovasi:>=110',
              'inovasi:<110',
              '>=110-tanpa-inovasi',
            ];
      expect(
        want.filter((x) => !seen.has(x)),
        pack,
      ).toEqual([]);
    }
  });
});
