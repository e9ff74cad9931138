/**
 * A second, deliberately plain implementation of RULES.md §2–§3 (written from the text, sharing no
 * code with src/), checked field by field against `asn-kinerja score` on randomly generated
 * workspaces: quarterly and annual rows, ranges, both polarities, every consolidation, explicit
 * ratings, unit heads, missing data, custom thresholds and role weights, unquoted NIPs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../scripts/random.mjs';
import type { LaporanSkor } from '../src/types/generated/laporan-skor.js';
import { makeTempDir, runCli } from './helpers.js';

type Target = number | { min: number; maks: number };
interface Ind {
  key: string;
  pol: 'maksimal' | 'minimal';
  kons: 'jumlah' | 'rata-rata' | 'terakhir';
  target: Target;
}
interface Emp {
  nip: string;
  unit: string;
  jenjang?: string;
  rhk: { bobot?: number; ind: Ind[] }[];
}

const ROUND = (x: number, d: number) => {
  const [m = '0', e] = Math.abs(x).toPrecision(15).split('e');
  const v = Number(`${Number(`${m}e${(e ? Number(e) : 0) + d}`) + 0}`);
  return ((Math.sign(x) || 1) * Math.floor(v + 0.5)) / 10 ** d;
};

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
  const emps: Emp[] = [];
  const n = int(12, 18);
  for (let i = 0; i < n; i++) {
    const by = int(1970, 1995);
    const nip = `${by}0${int(1, 9)}1${int(0, 9)}${by + 24}0${int(1, 9)}${int(1, 2)}${String(i + 1).padStart(3, '0')}`;
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
    const emp: Emp = { nip, unit: pick(['root', 'a', 'b', 'a']), rhk };
    if (rand() < 0.5) {
      emp.rhk[0]!.bobot = 60;
      emp.rhk[1]!.bobot = 40;
    }
    if (rand() < 0.5) emp.jenjang = pick(['ahli-pertama', 'terampil', 'ahli-muda']);
    emps.push(emp);
  }
  units[0]!.pimpinan = emps[0]!.nip; // unit heads: root (Baik) and a (Istimewa)
  units[1]!.pimpinan = emps[1]!.nip;
  // RULES.md §3: predikat_organisasi as a map from period codes; the year uses its own entry only.
  if (seed % 5 === 0) units[0]!.periodik = { '2026': 'Baik', '2026-TW1': 'Istimewa' };
  if (seed % 5 === 1) units[1]!.periodik = { '2026-TW1': 'Istimewa' };

  const realisasi: string[] = [];
  const perilaku: string[] = [];
  const penilaian: string[] = [];
  for (const e of emps) {
    for (const r of e.rhk)
      for (const ind of r.ind) {
        if (rand() < 0.15) continue; // missing data
        const scale = typeof ind.target === 'number' ? ind.target : (ind.target.min + ind.target.maks) / 2;
        const annual = rand() < 0.3;
        if (annual)
          realisasi.push(`${e.nip};2026;${ind.key};${String(Math.round(scale * (0.7 + rand() * 0.6) * 10) / 10).replace('.', ',')}`);
        // Now and then quarterly rows after an annual one: they overlap it and must be rejected.
        if (!annual || rand() < 0.15)
          for (const q of [1, 2, 3, 4])
            if (rand() < 0.9)
              realisasi.push(
                `${e.nip};2026-TW${q};${ind.key};${String(Math.round((scale / (ind.kons === 'jumlah' ? 4 : 1)) * (0.7 + rand() * 0.6) * 10) / 10).replace('.', ',')}`,
              );
      }
    if (rand() < 0.9) {
      const boss = emps[(emps.indexOf(e) + 1) % emps.length]!;
      for (const s of ['S1', 'S2'])
        perilaku.push(
          `${e.nip};2026-${s};${boss.nip};atasan;${Array.from({ length: 7 }, () => String(int(4, 10) / 2).replace('.', ',')).join(';')}`,
        );
    }
    for (let k = 0; k < int(0, 3); k++) {
      const peer = emps[(emps.indexOf(e) + 2 + k) % emps.length]!;
      perilaku.push(
        `${e.nip};2026;${peer.nip};rekan;${Array.from({ length: 7 }, () => (rand() < 0.1 ? '' : String(int(2, 5)))).join(';')}`,
      );
    }
    if (rand() < 0.2) penilaian.push(`${e.nip};2026;${pick(['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'])};`);
  }
  return { config, units, emps, realisasi, perilaku, penilaian };
}

/** The label a unit has for the year 2026: its map's "2026" entry, or its plain label. */
const yearLabel = (u: { predikat?: string; periodik?: Record<string, string> }) => (u.periodik ? u.periodik['2026'] : u.predikat);

function write(w: ReturnType<typeof generate>): string {
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
  for (const e of w.emps) {
    const lines = [
      'kind: skp',
      'tahun: 2026',
      'pegawai:',
      `  nip: ${e.nip}`,
      `  nama: P ${e.nip}`,
      `  unit: ${e.unit}`,
      ...(e.jenjang ? [`  jenjang: ${e.jenjang}`] : []),
      'penilai:',
      '  nama: Kepala',
      'hasil_kerja:',
    ];
    e.rhk.forEach((r, i) => {
      lines.push(`  - id: rhk-${i}`, '    jenis: utama', '    uraian: x', ...(r.bobot ? [`    bobot: ${r.bobot}`] : []), '    indikator:');
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
    writeFileSync(join(dir, 'skp', `${e.nip}.yaml`), lines.join('\n') + '\n');
  }
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

/** RULES.md, plainly. */
function expected(w: ReturnType<typeof generate>) {
  const c = w.config;
  const num = (s: string) => Number(s.replace(',', '.'));
  const months = (p: string) => (p === '2026' ? [1, 12] : [Number(p.slice(-1)) * 3 - 2, Number(p.slice(-1)) * 3]);
  const out = new Map<string, Record<string, unknown>>();
  for (const e of w.emps) {
    // Rows in canonical order; overlapping later rows are rejected.
    const rows = w.realisasi.map((l) => l.split(';')).filter((f) => f[0] === e.nip);
    const taken = new Map<string, Set<number>>();
    const byKey = new Map<string, { a: number; b: number; v: number }[]>();
    for (const f of rows) {
      const [a, b] = months(f[1]!);
      const set = taken.get(f[2]!) ?? new Set<number>();
      let clash = false;
      for (let m = a!; m <= b!; m++) if (set.has(m)) clash = true;
      if (clash) continue;
      for (let m = a!; m <= b!; m++) set.add(m);
      taken.set(f[2]!, set);
      byKey.set(f[2]!, [...(byKey.get(f[2]!) ?? []), { a: a!, b: b!, v: num(f[3]!) }]);
    }
    const rhkCap: (number | null)[] = e.rhk.map((r) => {
      const caps: number[] = [];
      for (const ind of r.ind) {
        const rs = (byKey.get(ind.key) ?? []).sort((x, y) => x.a - y.a);
        if (rs.length === 0) continue;
        const covered = rs.reduce((s, x) => s + (x.b - x.a + 1), 0);
        let real: number;
        if (ind.kons === 'jumlah') real = rs.reduce((s, x) => s + x.v, 0);
        else if (ind.kons === 'rata-rata') real = rs.reduce((s, x) => s + (x.b - x.a + 1) * x.v, 0) / covered;
        else real = rs.reduce((x, y) => (y.b > x.b ? y : x)).v;
        const f = ind.kons === 'jumlah' ? covered / 12 : 1;
        const t: Target =
          typeof ind.target === 'number'
            ? (ind.target * 12 * f) / 12
            : { min: (ind.target.min * 12 * f) / 12, maks: (ind.target.maks * 12 * f) / 12 };
        const pt = (tt: number) => (ind.pol === 'maksimal' ? (real * 100) / tt : (2 - real / tt) * 100);
        let cap: number;
        if (typeof t === 'number') cap = pt(t);
        else if (real >= t.min && real <= t.maks) cap = 100;
        else cap = real > t.maks ? pt(t.maks) : pt(t.min);
        caps.push(Math.max(0, Math.min(c.batas, cap)));
      }
      return caps.length ? caps.reduce((s, x) => s + x, 0) / caps.length : null;
    });
    let sw = 0;
    let s = 0;
    e.rhk.forEach((r, i) => {
      if (rhkCap[i] !== null) {
        s += (r.bobot ?? 1) * rhkCap[i]!;
        sw += r.bobot ?? 1;
      }
    });
    const capaian = sw > 0 ? s / sw : null;
    const rate = (x: number) =>
      ROUND(x, 2) > c.diAtas ? 'Di Atas Ekspektasi' : ROUND(x, 2) >= c.sesuai ? 'Sesuai Ekspektasi' : 'Di Bawah Ekspektasi';
    // sebaran: each utama RHK rated from its own capaian; most below → Di Bawah; most above and none
    // below → Di Atas; fewer than half below → Sesuai; exactly half below → null (the penilai decides).
    const rhkRatings = rhkCap.filter((x): x is number => x !== null).map(rate);
    const m = rhkRatings.length;
    const above = rhkRatings.filter((x) => x === 'Di Atas Ekspektasi').length;
    const below = rhkRatings.filter((x) => x === 'Di Bawah Ekspektasi').length;
    const bySpread =
      m === 0
        ? null
        : below * 2 > m
          ? 'Di Bawah Ekspektasi'
          : above * 2 > m && below === 0
            ? 'Di Atas Ekspektasi'
            : below * 2 < m
              ? 'Sesuai Ekspektasi'
              : null;
    const hkDihitung = capaian === null ? null : c.caraRating === 'rata_rata' ? rate(capaian) : bySpread;
    // Perilaku: row → rater → role → weighted.
    const raters = new Map<string, { peran: string; s: number[] }>();
    for (const f of w.perilaku.map((l) => l.split(';')).filter((x) => x[0] === e.nip)) {
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
    const pkDihitung =
      nilai === null
        ? null
        : ROUND(nilai, 2) >= c.pDiAtas
          ? 'Di Atas Ekspektasi'
          : ROUND(nilai, 2) >= c.pSesuai
            ? 'Sesuai Ekspektasi'
            : 'Di Bawah Ekspektasi';
    const explicit = w.penilaian.map((l) => l.split(';')).find((f) => f[0] === e.nip)?.[2];
    const head = w.units.find((u) => u.pimpinan === e.nip && yearLabel(u));
    const org = head
      ? yearLabel(head) === 'Istimewa'
        ? 'Di Atas Ekspektasi'
        : yearLabel(head) === 'Baik'
          ? 'Sesuai Ekspektasi'
          : 'Di Bawah Ekspektasi'
      : null;
    const hk = explicit ?? org ?? hkDihitung;
    const M: Record<string, Record<string, string>> = {
      'Di Atas Ekspektasi': {
        'Di Bawah Ekspektasi': 'Kurang/Misconduct',
        'Sesuai Ekspektasi': 'Baik',
        'Di Atas Ekspektasi': 'Sangat Baik',
      },
      'Sesuai Ekspektasi': { 'Di Bawah Ekspektasi': 'Kurang/Misconduct', 'Sesuai Ekspektasi': 'Baik', 'Di Atas Ekspektasi': 'Baik' },
      'Di Bawah Ekspektasi': {
        'Di Bawah Ekspektasi': 'Sangat Kurang',
        'Sesuai Ekspektasi': 'Butuh Perbaikan',
        'Di Atas Ekspektasi': 'Butuh Perbaikan',
      },
    };
    const predikat = hk && pkDihitung ? M[hk]![pkDihitung]! : null;
    const K: Record<string, number> = { 'ahli-pertama': 12.5, terampil: 5, 'ahli-muda': 25 };
    const P: Record<string, number> = {
      'Sangat Baik': 1.5,
      Baik: 1,
      'Butuh Perbaikan': 0.75,
      'Kurang/Misconduct': 0.5,
      'Sangat Kurang': 0.25,
    };
    out.set(e.nip, {
      capaian_hasil_kerja: capaian === null ? null : ROUND(capaian, 2),
      rating_hasil_kerja: hk,
      rhk_rating: rhkCap.map((x) => (x === null ? null : rate(x))),
      nilai_perilaku: nilai === null ? null : ROUND(nilai, 2),
      rating_perilaku: pkDihitung,
      predikat,
      angka_kredit: predikat && e.jenjang ? ROUND(P[predikat]! * K[e.jenjang]!, 2) : null,
    });
  }
  return out;
}

describe('score against a plain re-implementation of RULES.md on random workspaces', () => {
  for (const seed of Array.from({ length: 16 }, (_, i) => i + 1)) {
    it(`seed ${seed}`, async () => {
      const w = generate(seed);
      const dir = write(w);
      const r = await runCli(['score', dir, '--format', 'json']);
      expect(r.code, r.stdout.slice(0, 400)).toBeLessThanOrEqual(1);
      const report = JSON.parse(r.stdout) as LaporanSkor;
      const exp = expected(w);
      // Not a vacuous comparison: most employees get a predikat, some do not, values vary.
      const values = [...exp.values()];
      expect(values.filter((v) => v.predikat !== null).length).toBeGreaterThan(values.length / 2);
      expect(new Set(values.map((v) => v.capaian_hasil_kerja)).size).toBeGreaterThan(values.length / 2);
      for (const p of report.pegawai) {
        const e = exp.get(p.nip)!;
        expect({
          nip: p.nip,
          capaian_hasil_kerja: p.capaian_hasil_kerja,
          rating_hasil_kerja: p.rating_hasil_kerja,
          rhk_rating: p.hasil_kerja.map((h) => h.rating),
          nilai_perilaku: p.nilai_perilaku,
          rating_perilaku: p.rating_perilaku,
          predikat: p.predikat,
          angka_kredit: p.angka_kredit,
        }).toEqual({ nip: p.nip, ...e });
      }
      // The root (Baik, 12–18 employees) is always checked, so the kurva comparison below is never vacuous.
      expect(report.unit.find((u) => u.id === 'root')!.kurva.diperiksa).toBe(true);
      // Units: counts over the subtree, the mean of unrounded capaian (compared as reported).
      for (const u of report.unit) {
        const ids = u.id === 'root' ? ['root', 'a', 'b'] : [u.id];
        const members = report.pegawai.filter((p) => ids.includes(p.unit));
        expect(u.jumlah_pegawai).toBe(members.length);
        expect(u.distribusi.tidak_dinilai).toBe(members.filter((p) => p.predikat === null).length);
        // The kurva (RULES.md §3): the unit's own head left out; n ≥ 3; Baik/Istimewa rules.
        const def = w.units.find((x) => x.id === u.id)!;
        const curve = members.filter((p) => p.predikat !== null && p.nip !== def.pimpinan).map((p) => p.predikat!);
        const count = (label: string) => curve.filter((x) => x === label).length;
        const nk = curve.length;
        expect(u.kurva.jumlah).toBe(nk);
        const label = yearLabel(def);
        if (!label || nk < 3) {
          expect(u.kurva.diperiksa).toBe(false);
          continue;
        }
        const labels = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang'];
        const main = label === 'Istimewa' ? 'Sangat Baik' : 'Baik';
        const x = count(main);
        const half = Math.floor(nk / 2) + 1;
        const cap = w.config.sebagianBesar === 'mayoritas' ? Math.max(Math.floor((7 * nk) / 10), half) : Math.floor((7 * nk) / 10);
        const most = w.config.sebagianBesar === 'mayoritas' ? x >= half : labels.every((l) => l === main || x >= count(l));
        const mustHave = label === 'Baik' ? count('Butuh Perbaikan') + count('Kurang/Misconduct') >= 1 : true;
        expect(u.kurva.sesuai, `${u.id} ${JSON.stringify(u.kurva)}`).toBe(x <= cap && most && mustHave);
      }
    });
  }
});
