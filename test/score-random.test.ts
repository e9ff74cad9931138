/**
 * A second, deliberately plain implementation of RULES.md §2–§3 (written from the text, sharing no
 * code with src/), checked field by field against `asn-kinerja score` on randomly generated
 * workspaces: quarterly, monthly and annual rows, ranges, both polarities, every consolidation,
 * explicit ratings, unit heads, missing data, custom thresholds and role weights, unquoted NIPs,
 * several periods, and several SKPs in one year (RULES.md §2.0: movers with two SKPs, CPNS appointed
 * mid-year).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../scripts/random.mjs';
import { makeTempDir, runCli, type Laporan62022 } from './helpers.js';

/**
 * Several SKPs in one year (RULES.md §2.0). With `false` the generator makes no `masa` anywhere and
 * no movers or CPNS: the workspaces of the single-SKP oracle.
 */
const MOVERS = true;

const YEAR = 2026;

type Target = number | { min: number; maks: number };
interface Ind {
  key: string;
  pol: 'maksimal' | 'minimal';
  kons: 'jumlah' | 'rata-rata' | 'terakhir';
  target: Target;
}
interface Rhk {
  bobot?: number;
  ind: Ind[];
}
/** Months `[first, last]` of the year, both inclusive (1 = January). */
type Span = readonly [number, number];
interface Skp {
  unit: string;
  jenjang?: string;
  /** The SKP's `masa` key (RULES.md §2.0); absent = the whole year, and no key is written. */
  masa?: Span;
  rhk: Rhk[];
}
interface Emp {
  nip: string;
  /** biasa: one SKP without `masa`; mutasi: two SKPs (masa A, then B); cpns: one SKP from month m. */
  kind: 'biasa' | 'mutasi' | 'cpns';
  /** In masa order. */
  skp: Skp[];
}

/** The `skp` element of an employee entry (RULES.md §2.0); not yet in the generated type. */
interface SkpJson {
  path: string;
  unit: string;
  jenjang: string | null;
  masa: { mulai: string; selesai: string };
  bulan: number;
  capaian_hasil_kerja: number | null;
  rating_hasil_kerja_dihitung: string | null;
  angka_kredit: number | null;
}
type Pegawai = Laporan62022['pegawai'][number] & { skp?: SkpJson[] };
type Report = Omit<Laporan62022, 'pegawai'> & { pegawai: Pegawai[] };

/** RULES.md §1 rounding: toPrecision(15), then half away from zero. */
const ROUND = (x: number, d: number) => {
  const [m = '0', e] = Math.abs(x).toPrecision(15).split('e');
  const v = Number(`${Number(`${m}e${(e ? Number(e) : 0) + d}`) + 0}`);
  return ((Math.sign(x) || 1) * Math.floor(v + 0.5)) / 10 ** d;
};

// ---- periods, as months of the year ------------------------------------------------------------

const WHOLE_YEAR: Span = [1, 12];
/** `2026`, `2026-S1`, `2026-TW3`, `2026-05` → the months it covers. */
function span(code: string): Span {
  const rest = code.slice(5);
  if (rest === '') return WHOLE_YEAR;
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
const meets = (x: Span, y: Span) => x[0] <= y[1] && y[0] <= x[1];
const inside = (x: Span, y: Span) => x[0] >= y[0] && x[1] <= y[1];
const clip = (x: Span, y: Span): Span => [Math.max(x[0], y[0]), Math.min(x[1], y[1])];
const monthsOf = (x: Span) => Array.from({ length: months(x) }, (_, i) => x[0] + i);
const quarter = (q: number): Span => [3 * q - 2, 3 * q];
const ym = (m: number) => `${YEAR}-${String(m).padStart(2, '0')}`;
/** RULES.md §2.0: an SKP without `masa` covers the whole year. */
const masaOf = (s: Skp) => s.masa ?? WHOLE_YEAR;

/** RULES.md §2.8 koefisien per year. */
const KOEFISIEN: Record<string, number> = {
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
  'ahli-pertama': 12.5,
  'ahli-muda': 25,
  'ahli-madya': 37.5,
  'ahli-utama': 50,
};
/** RULES.md §2.8 persen(predikat). */
const PERSEN: Record<string, number> = {
  'Sangat Baik': 1.5,
  Baik: 1,
  'Butuh Perbaikan': 0.75,
  'Kurang/Misconduct': 0.5,
  'Sangat Kurang': 0.25,
};
const DA = 'Di Atas Ekspektasi';
const SE = 'Sesuai Ekspektasi';
const DB = 'Di Bawah Ekspektasi';
/** RULES.md §2.7: predikat[rating hasil kerja][rating perilaku]. */
const MATRIX: Record<string, Record<string, string>> = {
  [DA]: { [DB]: 'Kurang/Misconduct', [SE]: 'Baik', [DA]: 'Sangat Baik' },
  [SE]: { [DB]: 'Kurang/Misconduct', [SE]: 'Baik', [DA]: 'Baik' },
  [DB]: { [DB]: 'Sangat Kurang', [SE]: 'Butuh Perbaikan', [DA]: 'Butuh Perbaikan' },
};

// ---- the generator ----------------------------------------------------------------------------

function generate(seed: number) {
  const rand = mulberry32(seed);
  const int = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const config = {
    diAtas: pick([100, 105]),
    sesuai: pick([90, 85]),
    batas: pick([120, 110]),
    pDiAtas: pick([3.5, 3.8]),
    pSesuai: pick([2.5, 2.8]),
    bobot: { atasan: pick([60, 50]), rekan: pick([20, 30]), bawahan: 20, diri: 0 },
    minimal: { atasan: 1, rekan: pick([0, 2]), bawahan: 0, diri: 0 },
    // RULES.md §2.4: sebaran (the default; written out on even seeds, left to the default on odd ones) or rata_rata.
    caraRating: seed % 4 === 0 ? 'rata_rata' : 'sebaran',
    writeCara: seed % 2 === 0,
    // RULES.md §3: "sebagian besar" as more than half (default) or as the largest count.
    sebagianBesar: seed % 3 === 0 ? 'terbanyak' : 'mayoritas',
  };
  const units: { id: string; induk?: string; predikat?: string; periodik?: Record<string, string>; pimpinan?: string }[] = [
    { id: 'root', predikat: 'Baik' },
    { id: 'a', induk: 'root', predikat: 'Istimewa' },
    { id: 'b', induk: 'root' },
  ];

  // Two RHKs of one or two indicators each (keys i0, i1 and ji0, ji1; `prefix` makes keys of their own).
  const drawRhk = (prefix: string): Rhk[] => {
    const rhk = [0, 1].map(() => ({
      ind: Array.from({ length: int(1, 2) }, (_, k) => {
        const range = rand() < 0.25;
        const t: Target = range ? { min: int(2, 5), maks: int(6, 10) } : int(5, 100);
        return {
          key: `i${k}`,
          pol: pick(['maksimal', 'minimal'] as const),
          kons: pick(['jumlah', 'rata-rata', 'terakhir'] as const),
          target: t,
        };
      }),
    }));
    rhk[1]!.ind.forEach((x) => (x.key = `j${x.key}`));
    rhk.forEach((r) => r.ind.forEach((x) => (x.key = prefix + x.key)));
    return rhk;
  };
  const drawBobot = (rhk: Rhk[]) => {
    if (rand() < 0.5) {
      rhk[0]!.bobot = 60;
      rhk[1]!.bobot = 40;
    }
  };

  const emps: Emp[] = [];
  const n = int(12, 18);
  for (let i = 0; i < n; i++) {
    const by = int(1970, 1995);
    const nip = `${by}0${int(1, 9)}1${int(0, 9)}${by + 24}0${int(1, 9)}${int(1, 2)}${String(i + 1).padStart(3, '0')}`;
    // About one in four a mover, one in eight a CPNS; the two unit heads (0, 1) are never either,
    // and employees 2 and 3 always are, so every workspace has both.
    let kind: Emp['kind'] = 'biasa';
    if (MOVERS && i >= 2) {
      const r = i === 2 ? 0 : i === 3 ? 0.3 : rand();
      kind = r < 0.25 ? 'mutasi' : r < 0.375 ? 'cpns' : 'biasa';
    }
    if (kind === 'mutasi') {
      // RULES.md §2.0: masa A = 01..k, B = k+1..12, in different units, jenjang drawn for each.
      const k = pick([3, 5, 6, 8]);
      const unitA = pick(['root', 'a', 'b']);
      const unitB = pick(['root', 'a', 'b'].filter((u) => u !== unitA));
      const sameKeys = rand() < 0.5;
      const a: Skp = { unit: unitA, masa: [1, k], rhk: drawRhk('') };
      drawBobot(a.rhk);
      if (rand() < 0.6) a.jenjang = pick(Object.keys(KOEFISIEN));
      const b: Skp = { unit: unitB, masa: [k + 1, 12], rhk: drawRhk(sameKeys ? '' : 'b') };
      drawBobot(b.rhk);
      if (rand() < 0.6) b.jenjang = pick(Object.keys(KOEFISIEN));
      emps.push({ nip, kind, skp: [a, b] });
    } else {
      const rhk = drawRhk('');
      const s: Skp = { unit: pick(['root', 'a', 'b', 'a']), rhk };
      drawBobot(rhk);
      if (rand() < 0.5) s.jenjang = pick(['ahli-pertama', 'terampil', 'ahli-muda']);
      // A CPNS appointed in month m (2..7): masa m..12.
      if (kind === 'cpns') s.masa = [int(2, 7), 12];
      emps.push({ nip, kind, skp: [s] });
    }
  }
  units[0]!.pimpinan = emps[0]!.nip; // unit heads: root (Baik) and a (Istimewa)
  units[1]!.pimpinan = emps[1]!.nip;
  // RULES.md §3: predikat_organisasi as a map from period codes; each P uses its own entry only.
  if (seed % 5 === 0) units[0]!.periodik = { '2026': 'Baik', '2026-TW1': 'Istimewa', '2026-S1': 'Baik', '2026-S2': 'Istimewa' };
  if (seed % 5 === 1) units[1]!.periodik = { '2026-TW1': 'Istimewa', '2026-S1': 'Istimewa', '2026-S2': 'Baik' };

  const realisasi: string[] = [];
  const perilaku: string[] = [];
  const penilaian: string[] = [];
  /** Indices into `realisasi` of the rows planted to be rejected (RULES.md §2.0). */
  const planted = { lintas: [] as number[], luarMasa: [] as number[] };
  const scaleOf = (ind: Ind) => (typeof ind.target === 'number' ? ind.target : (ind.target.min + ind.target.maks) / 2);
  /** A realisation near `share` of the masa's target (share = months / months(masa) for jumlah). */
  const value = (ind: Ind, share: number) =>
    String(Math.round(scaleOf(ind) * (ind.kons === 'jumlah' ? share : 1) * (0.7 + rand() * 0.6) * 10) / 10).replace('.', ',');
  const row = (nip: string, periode: string, key: string, v: string) => realisasi.push(`${nip};${periode};${key};${v}`);

  for (const e of emps) {
    if (e.kind === 'biasa') {
      const s = e.skp[0]!;
      for (const r of s.rhk)
        for (const ind of r.ind) {
          if (rand() < 0.15) continue; // missing data
          const scale = scaleOf(ind);
          const annual = rand() < 0.3;
          const mine: string[] = [];
          if (annual) mine.push(`${e.nip};2026;${ind.key};${String(Math.round(scale * (0.7 + rand() * 0.6) * 10) / 10).replace('.', ',')}`);
          // Now and then quarterly rows after an annual one: they overlap it, with other values.
          if (!annual || rand() < 0.15)
            for (const q of [1, 2, 3, 4])
              if (rand() < 0.9)
                mine.push(
                  `${e.nip};2026-TW${q};${ind.key};${String(Math.round((scale / (ind.kons === 'jumlah' ? 4 : 1)) * (0.7 + rand() * 0.6) * 10) / 10).replace('.', ',')}`,
                );
          realisasi.push(...mine);
          // Now and then a row pasted twice (an exact copy), a row of the same period with another
          // value, or a month row inside a quarter row (RULES.md §2.1 as docs/keputusan.md decides it).
          const pasted = rand();
          if (mine.length > 0 && pasted < 0.08) realisasi.push(pick(mine));
          else if (mine.length > 0 && pasted < 0.12) {
            const [nip, periode, key, v] = pick(mine).split(';');
            realisasi.push(`${nip};${periode};${key};${String(num(v!) + 1).replace('.', ',')}`);
          } else if (!annual && mine.length > 0 && pasted < 0.16) {
            const q = Number(pick(mine).split(';')[1]!.slice(7));
            realisasi.push(`${e.nip};${ym(3 * q - int(0, 2))};${ind.key};1`);
          }
        }
    } else if (e.kind === 'mutasi') {
      const [a, b] = e.skp as [Skp, Skp];
      const k = masaOf(a)[1];
      // Now and then (and always for the first mover of every fourth seed) a row spanning the
      // boundary of A and B: REALISASI_LINTAS_SKP. Its key gets no other rows in its months, so
      // the row can be rejected for nothing else (no overlap, RULES.md §2.1).
      const keysA = a.rhk.flatMap((r) => r.ind.map((x) => x.key));
      const keysB = b.rhk.flatMap((r) => r.ind.map((x) => x.key));
      const forced = seed % 4 === 2 && e === emps[2];
      const boundary =
        rand() < 0.1 || forced
          ? {
              key: keysA.find((x) => keysB.includes(x)) ?? keysA[0]!,
              periode: { 3: '2026-S1', 5: '2026-TW2', 6: '2026', 8: '2026-TW3' }[k]!,
            }
          : null;
      const blocked = (key: string, x: Span) => boundary !== null && boundary.key === key && meets(x, span(boundary.periode));
      for (const s of e.skp) {
        const masa = masaOf(s);
        for (const r of s.rhk)
          for (const ind of r.ind) {
            if (rand() < 0.15) continue; // missing data
            for (const q of [1, 2, 3, 4]) {
              const Q = quarter(q);
              if (!meets(Q, masa)) continue;
              // Mostly monthly rows; a quarter row only when the quarter lies inside the masa.
              if (inside(Q, masa) && rand() < 0.3) {
                if (!blocked(ind.key, Q) && rand() < 0.9) row(e.nip, `2026-TW${q}`, ind.key, value(ind, 3 / months(masa)));
              } else
                for (const m of monthsOf(clip(Q, masa)))
                  if (!blocked(ind.key, [m, m]) && rand() < 0.9) row(e.nip, ym(m), ind.key, value(ind, 1 / months(masa)));
            }
          }
      }
      if (boundary) {
        planted.lintas.push(realisasi.length);
        row(e.nip, boundary.periode, boundary.key, '5');
      }
    } else {
      const s = e.skp[0]!;
      const masa = masaOf(s);
      for (const r of s.rhk)
        for (const ind of r.ind) {
          if (rand() < 0.15) continue; // missing data
          for (const q of [1, 2, 3, 4]) {
            const Q = quarter(q);
            if (meets(Q, masa)) {
              // The quarter holding month m counts for its months inside the masa only.
              if (rand() < 0.9) row(e.nip, `2026-TW${q}`, ind.key, value(ind, months(clip(Q, masa)) / months(masa)));
            } else if (rand() < 0.15) {
              // A quarter entirely before the masa: REALISASI_DI_LUAR_MASA.
              planted.luarMasa.push(realisasi.length);
              row(e.nip, `2026-TW${q}`, ind.key, value(ind, 3 / 12));
            }
          }
        }
    }
    if (rand() < 0.9) {
      const boss = emps[(emps.indexOf(e) + 1) % emps.length]!;
      for (const s of ['S1', 'S2']) {
        // No 360° rows for a half year the employee was not yet appointed in.
        if (e.kind === 'cpns' && !meets(span(`2026-${s}`), masaOf(e.skp[0]!))) continue;
        perilaku.push(
          `${e.nip};2026-${s};${boss.nip};atasan;${Array.from({ length: 7 }, () => String(int(4, 10) / 2).replace('.', ',')).join(';')}`,
        );
      }
    }
    for (let k = 0; k < int(0, 3); k++) {
      const peer = emps[(emps.indexOf(e) + 2 + k) % emps.length]!;
      perilaku.push(
        `${e.nip};2026;${peer.nip};rekan;${Array.from({ length: 7 }, () => (rand() < 0.1 ? '' : String(int(2, 5)))).join(';')}`,
      );
    }
    if (rand() < 0.2) penilaian.push(`${e.nip};2026;${pick([DA, SE, DB])};`);
  }
  return { config, units, emps, realisasi, perilaku, penilaian, planted };
}
type Workspace = ReturnType<typeof generate>;

/**
 * RULES.md §3: the organisation label that applies to P — the map entry whose key is P, or a plain
 * label, which is the year's.
 */
const labelFor = (u: { predikat?: string; periodik?: Record<string, string> }, periode: string) =>
  u.periodik ? u.periodik[periode] : periode === String(YEAR) ? u.predikat : undefined;

function write(w: Workspace): string {
  const dir = makeTempDir('random');
  const c = w.config;
  writeFileSync(
    join(dir, 'asn-kinerja.yaml'),
    `kind: konfigurasi\ntahun: 2026\nhasil_kerja:\n  ambang: { di_atas: ${c.diAtas}, sesuai: ${c.sesuai} }\n  batas_capaian: ${c.batas}\n${c.writeCara ? `  cara_rating: ${c.caraRating}\n` : ''}perilaku:\n  ambang: { di_atas: ${c.pDiAtas}, sesuai: ${c.pSesuai} }\n  bobot_peran: { atasan: ${c.bobot.atasan}, rekan: ${c.bobot.rekan}, bawahan: 20, diri: 0 }\n  minimal_penilai: { atasan: 1, rekan: ${c.minimal.rekan}, bawahan: 0, diri: 0 }\nkurva:\n  minimal_pegawai: 3\n  sebagian_besar: ${c.sebagianBesar}\n`,
  );
  writeFileSync(
    join(dir, 'unit-kerja.yaml'),
    'kind: unit-kerja\nunit:\n' +
      w.units
        .map(
          (u) =>
            `  - id: ${u.id}\n    nama: Unit ${u.id}\n${u.induk ? `    induk: ${u.induk}\n` : ''}${
              u.periodik
                ? `    predikat_organisasi:\n${Object.entries(u.periodik)
                    .map(([k, v]) => `      "${k}": ${v}\n`)
                    .join('')}`
                : u.predikat
                  ? `    predikat_organisasi: ${u.predikat}\n`
                  : ''
            }${u.pimpinan ? `    pimpinan: "${u.pimpinan}"\n` : ''}`,
        )
        .join(''),
  );
  mkdirSync(join(dir, 'skp'));
  const tgt = (t: Target) => (typeof t === 'number' ? String(t) : `{ min: ${t.min}, maks: ${t.maks} }`);
  for (const e of w.emps)
    e.skp.forEach((s, si) => {
      const lines = [
        'kind: skp',
        'tahun: 2026',
        ...(s.masa ? ['masa:', `  mulai: "${ym(s.masa[0])}"`, `  selesai: "${ym(s.masa[1])}"`] : []),
        'pegawai:',
        `  nip: ${e.nip}`,
        `  nama: P ${e.nip}`,
        `  unit: ${s.unit}`,
        ...(s.jenjang ? [`  jenjang: ${s.jenjang}`] : []),
        'penilai:',
        '  nama: Kepala',
        'hasil_kerja:',
      ];
      s.rhk.forEach((r, i) => {
        lines.push(
          `  - id: rhk-${i}`,
          '    jenis: utama',
          '    uraian: x',
          ...(r.bobot ? [`    bobot: ${r.bobot}`] : []),
          '    indikator:',
        );
        for (const ind of r.ind)
          lines.push(
            `      - id: ${ind.key}`,
            '        nama: x',
            '        satuan: unit',
            '        aspek: kuantitas',
            `        polaritas: ${ind.pol}`,
            `        konsolidasi: ${ind.kons}`,
            `        target: ${tgt(ind.target)}`,
          );
      });
      const file = e.kind === 'mutasi' ? `${e.nip}-${si + 1}.yaml` : `${e.nip}.yaml`;
      writeFileSync(join(dir, 'skp', file), lines.join('\n') + '\n');
    });
  writeFileSync(join(dir, 'realisasi.csv'), ['nip;periode;indikator;realisasi', ...w.realisasi].join('\r\n') + '\r\n');
  writeFileSync(
    join(dir, 'perilaku.csv'),
    ['nip;periode;penilai_nip;peran;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;adaptif;kolaboratif', ...w.perilaku].join(
      '\r\n',
    ) + '\r\n',
  );
  writeFileSync(join(dir, 'penilaian.csv'), ['nip;periode;rating_hasil_kerja;rating_perilaku', ...w.penilaian].join('\r\n') + '\r\n');
  return dir;
}

// ---- the oracle -------------------------------------------------------------------------------

const num = (s: string) => Number(s.replace(',', '.'));

/** An accepted realisasi row: its SKP (index into `Emp.skp`), its period and its months in that SKP's masa. */
interface Row {
  skp: number;
  key: string;
  raw: Span;
  span: Span;
  v: number;
}

/**
 * Which realisasi rows are accepted, whatever P is (RULES.md §2.0, §2.1). Line numbers count the
 * header as line 1.
 */
function acceptRealisasi(w: Workspace) {
  const byNip = new Map<string, Row[]>();
  const rejected = { lintas: [] as number[], luarMasa: [] as number[], tumpang: [] as number[], bertentangan: [] as number[] };
  /** The rows left after the masa checks, by employee and indicator, in file order. */
  const byKey = new Map<string, { line: number; nip: string; row: Row }[]>();
  w.realisasi.forEach((line, i) => {
    const [nip = '', periode = '', key = '', v = ''] = line.split(';');
    const emp = w.emps.find((e) => e.nip === nip)!;
    const raw = span(periode);
    // §2.0: a row belongs to the SKP whose masa its period meets (clipped to that masa); a row
    // spanning two masa is rejected (REALISASI_LINTAS_SKP), one meeting none too (REALISASI_DI_LUAR_MASA).
    const owners = emp.skp.map((_, k) => k).filter((k) => meets(raw, masaOf(emp.skp[k]!)));
    if (owners.length > 1) return rejected.lintas.push(i + 2);
    if (owners.length === 0) return rejected.luarMasa.push(i + 2);
    const skp = owners[0]!;
    const list = byKey.get(`${nip} ${key}`) ?? [];
    list.push({ line: i + 2, nip, row: { skp, key, raw, span: clip(raw, masaOf(emp.skp[skp]!)), v: num(v) } });
    byKey.set(`${nip} ${key}`, list);
  });
  // §2.1 (docs/keputusan.md): rows of one employee and indicator must not overlap in time. Rows that
  // share a month, directly or through others, form a group; a group of rows with one period and one
  // value keeps its first row (the others: BARIS_TUMPANG_TINDIH); any other group is rejected whole
  // (BARIS_BERTENTANGAN).
  const accepted: { line: number; nip: string; row: Row }[] = [];
  for (const list of byKey.values()) {
    const seen = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      if (seen.has(i)) continue;
      const group = [i];
      seen.add(i);
      for (let g = 0; g < group.length; g++)
        for (let j = 0; j < list.length; j++)
          if (!seen.has(j) && meets(list[group[g]!]!.row.raw, list[j]!.row.raw)) {
            seen.add(j);
            group.push(j);
          }
      const rows = group.sort((a, b) => a - b).map((k) => list[k]!);
      const [first, ...rest] = rows;
      if (rest.length === 0) accepted.push(first!);
      else if (rest.every((r) => r.row.raw[0] === first!.row.raw[0] && r.row.raw[1] === first!.row.raw[1] && r.row.v === first!.row.v)) {
        accepted.push(first!);
        rejected.tumpang.push(...rest.map((r) => r.line));
      } else rejected.bertentangan.push(...rows.map((r) => r.line));
    }
  }
  for (const a of accepted.sort((x, y) => x.line - y.line)) byNip.set(a.nip, [...(byNip.get(a.nip) ?? []), a.row]);
  rejected.tumpang.sort((a, b) => a - b);
  rejected.bertentangan.sort((a, b) => a - b);
  return { byNip, rejected };
}

/** One SKP scored over W = P ∩ masa from its rows inside P (RULES.md §2.0–§2.4). */
function scoreSkp(w: Workspace, s: Skp, rows: Row[]) {
  const c = w.config;
  const masa = masaOf(s);
  const rate = (x: number) => (ROUND(x, 2) > c.diAtas ? DA : ROUND(x, 2) >= c.sesuai ? SE : DB);
  const indikator: { target: Target | null; bulan_tercakup: number | null }[][] = [];
  const rhkCap: (number | null)[] = s.rhk.map((r) => {
    const caps: number[] = [];
    const detail: { target: Target | null; bulan_tercakup: number | null }[] = [];
    indikator.push(detail);
    for (const ind of r.ind) {
      // §1: sums over rows in period-start order, then canonical order.
      const rs = rows.filter((x) => x.key === ind.key).sort((x, y) => x.span[0] - y.span[0]);
      if (rs.length === 0) {
        detail.push({ target: null, bulan_tercakup: null });
        continue;
      }
      // §2.1 coverage: the months of W covered by the rows (clipped to the masa).
      const covered = rs.reduce((sum, x) => sum + months(x.span), 0);
      // §2.1 consolidation: jumlah = sum; rata-rata = mean weighted by months; terakhir = ends last.
      let real: number;
      if (ind.kons === 'jumlah') real = rs.reduce((sum, x) => sum + x.v, 0);
      else if (ind.kons === 'rata-rata') real = rs.reduce((sum, x) => sum + months(x.span) * x.v, 0) / covered;
      else real = rs.reduce((x, y) => (y.span[1] > x.span[1] ? y : x)).v;
      // §2.0/§2.2: a jumlah target is for the masa, pro-rated by covered months / months(masa).
      const pro = (t: number) => (ind.kons === 'jumlah' ? (t * covered) / months(masa) : t);
      const t: Target = typeof ind.target === 'number' ? pro(ind.target) : { min: pro(ind.target.min), maks: pro(ind.target.maks) };
      detail.push({
        target: typeof t === 'number' ? ROUND(t, 2) : { min: ROUND(t.min, 2), maks: ROUND(t.maks, 2) },
        bulan_tercakup: covered,
      });
      // §2.3 capaian, with ranges and both polarities; capped at batas_capaian, floored at 0.
      const pt = (tt: number) => (ind.pol === 'maksimal' ? (real * 100) / tt : (2 - real / tt) * 100);
      let cap: number;
      if (typeof t === 'number') cap = pt(t);
      else if (real >= t.min && real <= t.maks) cap = 100;
      else cap = real > t.maks ? pt(t.maks) : pt(t.min);
      caps.push(Math.max(0, Math.min(c.batas, cap)));
    }
    // §2.4 RHK capaian = mean of its indicators with a realisation.
    return caps.length ? caps.reduce((sum, x) => sum + x, 0) / caps.length : null;
  });
  // §2.4 capaian hasil kerja = weighted mean over the utama RHKs with a capaian (bobot renormalised).
  let sw = 0;
  let sum = 0;
  s.rhk.forEach((r, i) => {
    if (rhkCap[i] !== null) {
      sum += (r.bobot ?? 1) * rhkCap[i]!;
      sw += r.bobot ?? 1;
    }
  });
  const capaian = sw > 0 ? sum / sw : null;
  // §2.4 sebaran: each utama RHK rated from its own capaian; most below → Di Bawah; most above and none
  // below → Di Atas; fewer than half below → Sesuai; exactly half below → null (the penilai decides).
  const rhkRatings = rhkCap.filter((x): x is number => x !== null).map(rate);
  const m = rhkRatings.length;
  const above = rhkRatings.filter((x) => x === DA).length;
  const below = rhkRatings.filter((x) => x === DB).length;
  const bySpread = m === 0 ? null : below * 2 > m ? DB : above * 2 > m && below === 0 ? DA : below * 2 < m ? SE : null;
  // §2.4 rata_rata: the rating of the reported capaian hasil kerja.
  const dihitung = capaian === null ? null : c.caraRating === 'rata_rata' ? rate(capaian) : bySpread;
  return { capaian, dihitung, rhk_rating: rhkCap.map((x) => (x === null ? null : rate(x))), indikator };
}

/** RULES.md, plainly: the expected entry of every NIP listed for `periode`. */
function expected(w: Workspace, periode: string) {
  const c = w.config;
  const P = span(periode);
  const { byNip } = acceptRealisasi(w);
  const out = new Map<
    string,
    {
      unit: string;
      capaianUnrounded: number | null;
      skpUnits: string[];
      json: Record<string, unknown>;
    }
  >();
  for (const e of w.emps) {
    // §2.0: each SKP whose masa meets P is scored on its own over W = P ∩ masa, from the rows of
    // that SKP lying entirely inside P; an NIP with none is not listed.
    const parts = e.skp
      .map((s, k) => ({ s, k, masa: masaOf(s) }))
      .filter((x) => meets(x.masa, P))
      .sort((x, y) => x.masa[0] - y.masa[0])
      .map((x) => {
        const rows = (byNip.get(e.nip) ?? []).filter((r) => r.skp === x.k && inside(r.raw, P));
        return { ...x, bulan: months(clip(x.masa, P)), ...scoreSkp(w, x.s, rows) };
      });
    if (parts.length === 0) continue;
    // §2.0: the last SKP (masa ending last in P) gives the unit.
    const last = parts[parts.length - 1]!;

    // §2.0: capaian hasil kerja = mean of the SKPs' unrounded capaian weighted by months(P ∩ masa).
    const withCap = parts.filter((x) => x.capaian !== null);
    const capaian = withCap.length
      ? withCap.reduce((sum, x) => sum + x.bulan * x.capaian!, 0) / withCap.reduce((sum, x) => sum + x.bulan, 0)
      : null;
    // §2.0: the computed rating is that of the SKP with the most months in P (ties: the later); the
    // top-level hasil_kerja is that SKP's too (docs/keputusan.md: the RHKs shown explain the rating).
    const longest = parts.reduce((best, x) => (x.bulan >= best.bulan ? x : best));

    // §2.5 perilaku: all 360° rows of the NIP inside P (never split by SKP): row → rater → role → weighted.
    const raters = new Map<string, { peran: string; s: number[] }>();
    for (const f of w.perilaku.map((l) => l.split(';')).filter((x) => x[0] === e.nip && inside(span(x[1]!), P))) {
      const vals = f
        .slice(4, 11)
        .filter((x) => x !== '')
        .map(num);
      const key = `${f[3]}|${f[2]}`;
      raters.set(key, { peran: f[3]!, s: [...(raters.get(key)?.s ?? []), vals.reduce((a, b) => a + b, 0) / vals.length] });
    }
    let nilai: number | null = null;
    const role = (p: 'atasan' | 'rekan') => {
      const rs = [...raters.values()].filter((r) => r.peran === p).map((r) => r.s.reduce((a, b) => a + b, 0) / r.s.length);
      return rs.length >= c.minimal[p] && rs.length > 0 ? rs.reduce((a, b) => a + b, 0) / rs.length : null;
    };
    const at = role('atasan');
    const rk = role('rekan');
    if (at !== null)
      nilai = (c.bobot.atasan * at + (rk !== null ? c.bobot.rekan * rk : 0)) / (c.bobot.atasan + (rk !== null ? c.bobot.rekan : 0));
    const pkDihitung = nilai === null ? null : ROUND(nilai, 2) >= c.pDiAtas ? DA : ROUND(nilai, 2) >= c.pSesuai ? SE : DB;

    // §2.4/§2.6 precedence: the explicit penilaian for P > the organisation (a unit head, label for P) > dihitung.
    const explicit = w.penilaian.map((l) => l.split(';')).find((f) => f[0] === e.nip && f[1] === periode)?.[2];
    const head = w.units.find((u) => u.pimpinan === e.nip && labelFor(u, periode));
    const headLabel = head ? labelFor(head, periode) : undefined;
    const org = headLabel ? (headLabel === 'Istimewa' ? DA : headLabel === 'Baik' ? SE : DB) : null;
    const hk = explicit ?? org ?? longest.dihitung;
    // §2.7
    const predikat = hk && pkDihitung ? MATRIX[hk]![pkDihitung]! : null;
    // §2.8 with §2.0: Σ per SKP persen(predikat) × koefisien(its jenjang) × months(P ∩ masa) / 12.
    const share = (x: (typeof parts)[number]) =>
      predikat && x.s.jenjang ? (PERSEN[predikat]! * KOEFISIEN[x.s.jenjang]! * x.bulan) / 12 : null;
    const shares = parts.map(share).filter((x): x is number => x !== null);
    const angka = shares.length ? shares.reduce((a, b) => a + b, 0) : null;

    out.set(e.nip, {
      unit: last.s.unit,
      capaianUnrounded: capaian,
      skpUnits: parts.map((x) => x.s.unit),
      json: {
        unit: last.s.unit,
        capaian_hasil_kerja: capaian === null ? null : ROUND(capaian, 2),
        rating_hasil_kerja: hk,
        rhk_rating: longest.rhk_rating,
        indikator: longest.indikator,
        nilai_perilaku: nilai === null ? null : ROUND(nilai, 2),
        rating_perilaku: pkDihitung,
        predikat,
        angka_kredit: angka === null ? null : ROUND(angka, 2),
        // §2.0: each SKP's own result, when any SKP of the NIP carries a masa.
        skp: e.skp.some((s) => s.masa)
          ? parts.map((x) => {
              const a = share(x);
              return {
                bulan: x.bulan,
                unit: x.s.unit,
                capaian_hasil_kerja: x.capaian === null ? null : ROUND(x.capaian, 2),
                rating_hasil_kerja_dihitung: x.dihitung,
                angka_kredit: a === null ? null : ROUND(a, 2),
              };
            })
          : 'absent',
      },
    });
  }
  return out;
}

/** Runs `score` for `periode` and compares every employee and unit with the oracle. */
async function check(w: Workspace, dir: string, periode: string) {
  const r = await runCli(['score', dir, '--format', 'json', ...(periode === String(YEAR) ? [] : ['--periode', periode])]);
  expect(r.code, r.stdout.slice(0, 400) + r.stderr.slice(0, 400)).toBeLessThanOrEqual(1);
  const report = JSON.parse(r.stdout) as Report;
  expect(report.periode).toBe(periode);
  const exp = expected(w, periode);
  // Not a vacuous comparison: most employees get a predikat (except in a quarter, which has no 360°
  // rows of its own), some do not, values vary.
  const values = [...exp.values()].map((v) => v.json);
  if (!periode.includes('TW')) expect(values.filter((v) => v.predikat !== null).length).toBeGreaterThan(values.length / 2);
  expect(new Set(values.map((v) => v.capaian_hasil_kerja)).size).toBeGreaterThan(values.length / 2);
  // §2.0: every NIP with an SKP meeting P is listed once; no other.
  expect(report.pegawai.map((p) => p.nip).sort()).toEqual([...exp.keys()].sort());
  for (const p of report.pegawai) {
    const e = exp.get(p.nip)!;
    expect({
      nip: p.nip,
      unit: p.unit,
      capaian_hasil_kerja: p.capaian_hasil_kerja,
      rating_hasil_kerja: p.rating_hasil_kerja,
      rhk_rating: p.hasil_kerja.map((h) => h.rating),
      indikator: p.hasil_kerja.map((h) =>
        h.indikator.map((i) => ({ target: i.bulan_tercakup === null ? null : i.target, bulan_tercakup: i.bulan_tercakup })),
      ),
      nilai_perilaku: p.nilai_perilaku,
      rating_perilaku: p.rating_perilaku,
      predikat: p.predikat,
      angka_kredit: p.angka_kredit,
      skp:
        // Absent (not null) for an NIP none of whose SKPs has a masa.
        !('skp' in p)
          ? 'absent'
          : (p.skp?.map((s) => ({
              bulan: s.bulan,
              unit: s.unit,
              capaian_hasil_kerja: s.capaian_hasil_kerja,
              rating_hasil_kerja_dihitung: s.rating_hasil_kerja_dihitung,
              angka_kredit: s.angka_kredit,
            })) ?? p.skp),
    }).toEqual({ nip: p.nip, ...e.json });
  }
  // Units (RULES.md §3): an employee counts only in the unit of their last SKP (§2.0), over the subtree.
  for (const u of report.unit) {
    const ids = u.id === 'root' ? ['root', 'a', 'b'] : [u.id];
    const members = [...exp.entries()].filter(([, v]) => ids.includes(v.unit)).map(([nip, v]) => ({ nip, ...v }));
    const labels = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang'] as const;
    expect(u.jumlah_pegawai).toBe(members.length);
    expect(u.distribusi).toEqual({
      ...Object.fromEntries(labels.map((l) => [l, members.filter((m) => m.json.predikat === l).length])),
      tidak_dinilai: members.filter((m) => m.json.predikat === null).length,
    });
    // §3 rata_rata_capaian: the mean of the subtree's unrounded capaian hasil kerja that are not null.
    const caps = members.map((m) => m.capaianUnrounded).filter((x): x is number => x !== null);
    expect(u.rata_rata_capaian, u.id).toBe(caps.length ? ROUND(caps.reduce((a, b) => a + b, 0) / caps.length, 2) : null);
    // The kurva (§3): the unit's own head left out; the label for P; n ≥ 3; Baik/Istimewa rules.
    const def = w.units.find((x) => x.id === u.id)!;
    const curve = members.filter((m) => m.json.predikat !== null && m.nip !== def.pimpinan).map((m) => m.json.predikat as string);
    const count = (label: string) => curve.filter((x) => x === label).length;
    const nk = curve.length;
    expect(u.kurva.jumlah).toBe(nk);
    expect(u.kurva.distribusi).toEqual(Object.fromEntries(labels.map((l) => [l, count(l)])));
    const label = labelFor(def, periode);
    if (!label || nk < 3) {
      expect(u.kurva.diperiksa).toBe(false);
      expect(u.kurva.alasan).toBe(
        label ? 'PEGAWAI_KURANG' : !def.periodik && def.predikat ? 'PERIODE_BUKAN_TAHUNAN' : 'TANPA_PREDIKAT_ORGANISASI',
      );
      continue;
    }
    const main = label === 'Istimewa' ? 'Sangat Baik' : 'Baik';
    const x = count(main);
    const half = Math.floor(nk / 2) + 1;
    const cap = w.config.sebagianBesar === 'mayoritas' ? Math.max(Math.floor((7 * nk) / 10), half) : Math.floor((7 * nk) / 10);
    const most = w.config.sebagianBesar === 'mayoritas' ? x >= half : labels.every((l) => l === main || x >= count(l));
    const mustHave = label === 'Baik' ? count('Butuh Perbaikan') + count('Kurang/Misconduct') >= 1 : true;
    expect(u.kurva.sesuai, `${u.id} ${JSON.stringify(u.kurva)}`).toBe(x <= cap && most && mustHave);
  }
  return report;
}

/** The periods scored besides the year: a semester on seeds ≡ 1 (mod 4), a quarter and a semester on seeds ≡ 3. */
const periodsOf = (seed: number) => [String(YEAR), ...(seed % 4 === 1 ? ['2026-S1'] : seed % 4 === 3 ? ['2026-TW2', '2026-S2'] : [])];

describe('score against a plain re-implementation of RULES.md on random workspaces', () => {
  const SEEDS = Array.from({ length: 16 }, (_, i) => i + 1);
  for (const seed of SEEDS) {
    it(`seed ${seed}`, async () => {
      const w = generate(seed);
      const dir = write(w);
      if (MOVERS) {
        // Every workspace has a mover and a CPNS.
        expect(w.emps.some((e) => e.kind === 'mutasi')).toBe(true);
        expect(w.emps.some((e) => e.kind === 'cpns')).toBe(true);
      }
      for (const periode of periodsOf(seed)) {
        const report = await check(w, dir, periode);
        if (periode !== String(YEAR)) continue;
        // The root (Baik, 12–18 employees) is always checked for the year, so the kurva comparison is never vacuous.
        expect(report.unit.find((u) => u.id === 'root')!.kurva.diperiksa).toBe(true);
        if (MOVERS) expect(report.pegawai.some((p) => p.skp?.length === 2)).toBe(true);
        // Rejected realisasi rows (RULES.md §2.0, §2.1), by line: the planted ones and only those.
        const { rejected } = acceptRealisasi(w);
        expect(rejected.lintas).toEqual(w.planted.lintas.map((i) => i + 2));
        expect(rejected.luarMasa).toEqual(w.planted.luarMasa.map((i) => i + 2));
        const findings = [...report.temuan, ...report.pegawai.flatMap((p) => p.temuan)];
        const lines = (kode: string) =>
          [...new Set(findings.filter((t) => t.kode === kode && t.path.endsWith('realisasi.csv')).map((t) => t.baris))].sort(
            (a, b) => a! - b!,
          );
        expect(lines('REALISASI_LINTAS_SKP')).toEqual(rejected.lintas);
        expect(lines('REALISASI_DI_LUAR_MASA')).toEqual(rejected.luarMasa);
        expect(lines('BARIS_TUMPANG_TINDIH')).toEqual(rejected.tumpang);
        expect(lines('BARIS_BERTENTANGAN')).toEqual(rejected.bertentangan);
        const file = report.sumber.find((s) => s.path.endsWith('realisasi.csv'))!;
        expect(file.baris_ditolak).toBe(
          rejected.lintas.length + rejected.luarMasa.length + rejected.tumpang.length + rejected.bertentangan.length,
        );
        expect(file.baris_dibaca).toBe(file.baris_dipakai + file.baris_ditolak + file.baris_diabaikan);
      }
    });
  }

  // Not vacuous over the 16 seeds: the cases of RULES.md §2.0 all occur.
  it.runIf(MOVERS)('the seeds cover the several-SKP cases and both kinds of overlapping group', () => {
    let lintas = 0;
    let luarMasa = 0;
    let tumpang = 0;
    let bertentangan = 0;
    let bothScored = 0;
    let clippedQuarter = 0;
    for (const seed of SEEDS) {
      const w = generate(seed);
      lintas += w.planted.lintas.length;
      luarMasa += w.planted.luarMasa.length;
      const { rejected } = acceptRealisasi(w);
      tumpang += rejected.tumpang.length;
      bertentangan += rejected.bertentangan.length;
      const exp = expected(w, String(YEAR));
      for (const e of w.emps) {
        const json = exp.get(e.nip)!.json;
        const skp = json.skp as { capaian_hasil_kerja: number | null }[];
        if (e.kind === 'mutasi' && skp.every((s) => s.capaian_hasil_kerja !== null)) bothScored++;
        if (e.kind === 'cpns' && masaOf(e.skp[0]!)[0] % 3 !== 1 && skp[0]!.capaian_hasil_kerja !== null) clippedQuarter++;
      }
    }
    expect(lintas).toBeGreaterThan(0);
    expect(luarMasa).toBeGreaterThan(0);
    // §2.1: copies, and groups that disagree (a quarter inside a year, a month inside a quarter, two values of one period).
    expect(tumpang).toBeGreaterThan(0);
    expect(bertentangan).toBeGreaterThan(0);
    expect(bothScored).toBeGreaterThan(0);
    expect(clippedQuarter).toBeGreaterThan(0);
  });
});
