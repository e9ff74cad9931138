/**
 * PP 46/2011 for one SKP (RULES.md §6.1): indicators by aspek give TO/TK/TW/TB, the rows in P give
 * RO/RK/RW/RB (combined by konsolidasi), tambahan RHKs with a realisation count, 60/40 with the
 * penilaian's nilai perilaku. Every number below is derived by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import { roundReport } from '../../../../src/core/number.js';
import { parsePeriode, type Periode } from '../../../../src/core/period.js';
import { scorePp46 } from '../../../../src/core/rules/pp-46-2011/employee.js';
import type { Skp } from '../../../../src/types/generated/skp.js';

const P = parsePeriode('2021')!;
const per = (k: string) => parsePeriode(k)!;
const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));

type Ind = Skp['hasil_kerja'][number]['indikator'][number];
const ind = (id: string, aspek: Ind['aspek'], satuan: string, target: Ind['target'], konsolidasi: Ind['konsolidasi'] = 'jumlah'): Ind => ({
  id,
  nama: id,
  aspek,
  satuan,
  polaritas: aspek === 'waktu' || aspek === 'biaya' ? 'minimal' : 'maksimal',
  konsolidasi,
  target,
});
/** A kegiatan with kuantitas TO, kualitas 100, waktu TW months and, when given, biaya TB. */
const kegiatan = (id: string, TO: number, TW: number, TB?: number): Skp['hasil_kerja'][number] => ({
  id,
  jenis: 'utama',
  uraian: id,
  indikator: [
    ind(`${id}-o`, 'kuantitas', 'dokumen', TO),
    ind(`${id}-k`, 'kualitas', 'persen', 100, 'rata-rata'),
    ind(`${id}-w`, 'waktu', 'bulan', TW, 'terakhir'),
    ...(TB !== undefined ? [ind(`${id}-b`, 'biaya', 'rupiah', TB)] : []),
  ],
});
const tambahan = (id: string): Skp['hasil_kerja'][number] => ({
  id,
  jenis: 'tambahan',
  uraian: id,
  indikator: [ind(`${id}-o`, 'kuantitas', 'kegiatan', 1)],
});
const skp = (hasil_kerja: Skp['hasil_kerja']): Skp => ({
  kind: 'skp',
  tahun: 2021,
  pegawai: { nip: '198703152010012003', nama: 'Staf', unit: 'sekretariat' },
  hasil_kerja,
});
const rows = (entries: [string, string, number][]) => {
  const m = new Map<string, { periode: Periode; nilai: number }[]>();
  for (const [key, p, nilai] of entries) m.set(key, [...(m.get(key) ?? []), { periode: per(p), nilai }]);
  return m;
};

describe('scorePp46', () => {
  it('two kegiatan (one with biaya), 4 tambahan, 60/40: every step by hand', () => {
    const r = scorePp46({
      skp: skp([kegiatan('arsip', 1200, 12), kegiatan('pameran', 4, 12, 100), ...['t1', 't2', 't3', 't4', 't5'].map(tambahan)]),
      katalog: new Map(),
      realisasi: rows([
        // arsip: RO 600 + 600 = 1,200 (jumlah), RK mean of 90 and 100 over two semesters = 95, RW 10 (terakhir).
        ['arsip-o', '2021-S1', 600],
        ['arsip-o', '2021-S2', 600],
        ['arsip-k', '2021-S1', 90],
        ['arsip-k', '2021-S2', 100],
        ['arsip-w', '2021-S1', 6],
        ['arsip-w', '2021-S2', 10],
        // pameran: RO 4, RK 90, RW 12 (on time), RB 100 of TB 100.
        ['pameran-o', '2021', 4],
        ['pameran-k', '2021', 90],
        ['pameran-w', '2021', 12],
        ['pameran-b', '2021', 100],
        // Four tambahan carried out; t5 has no row.
        ['t1-o', '2021', 1],
        ['t2-o', '2021', 1],
        ['t3-o', '2021', 1],
        ['t4-o', '2021', 1],
      ]),
      nilaiPerilaku: 80,
      periode: P,
    });
    // arsip: kuantitas 100, kualitas 95, waktu (21.12 − 10) / 12 × 100 = 92.666… → 95.888…
    // pameran: (100 + 90 + 76 + 76) / 4 = 85.5 (RULES.md §7's kegiatan)
    expect(r.kegiatan.map((k) => r2(k.hasil!.nilai))).toEqual([95.89, 85.5]);
    // 4 tambahan → 2; SKP = (95.888… + 85.5) / 2 + 2 = 92.694…
    expect(r.tambahan).toEqual({ jumlah: 4, nilai: 2 });
    expect(r2(r.nilai_skp)).toBe(92.69);
    // (60 × 92.694… + 40 × 80) / 100 = 87.616… → Baik
    expect(r2(r.nilai_akhir)).toBe(87.62);
    expect(r.predikat).toBe('Baik');
  });

  it('a kegiatan not carried out (RO 0 reported) scores 0 and pulls the mean down; a missing row is not 0', () => {
    const input = {
      skp: skp([kegiatan('a', 10, 12), kegiatan('b', 10, 12)]),
      katalog: new Map(),
      nilaiPerilaku: 90,
      periode: P,
    };
    const done = rows([
      ['a-o', '2021', 10],
      ['a-k', '2021', 100],
      ['a-w', '2021', 12],
      ['b-o', '2021', 0],
    ]);
    const r = scorePp46({ ...input, realisasi: done });
    // a: (100 + 100 + 76) / 3 = 92; b: 0; SKP (92 + 0) / 2 = 46; (60 × 46 + 40 × 90) / 100 = 63.6 → Cukup
    expect(r.kegiatan.map((k) => [k.alasan, r2(k.hasil!.nilai)])).toEqual([
      [null, 92],
      [null, 0],
    ]);
    expect([r2(r.nilai_skp), r2(r.nilai_akhir), r.predikat]).toEqual([46, 63.6, 'Cukup']);
    // Without b's row at all: missing, not zero — no Nilai SKP.
    const missing = scorePp46({
      ...input,
      realisasi: rows([
        ['a-o', '2021', 10],
        ['a-k', '2021', 100],
        ['a-w', '2021', 12],
      ]),
    });
    expect(missing.kegiatan[1]).toMatchObject({ hasil: null, alasan: 'TANPA_REALISASI' });
    expect([missing.nilai_skp, missing.nilai_akhir, missing.predikat]).toEqual([null, null, null]);
  });

  it('a kegiatan without its kualitas indicator is PP46_ASPEK; without a nilai perilaku there is no nilai akhir', () => {
    const broken = { ...kegiatan('c', 10, 12), indikator: kegiatan('c', 10, 12).indikator.filter((i) => i.aspek !== 'kualitas') };
    const r = scorePp46({
      skp: skp([broken]),
      katalog: new Map(),
      realisasi: rows([['c-o', '2021', 10]]),
      nilaiPerilaku: null,
      periode: P,
    });
    expect(r.kegiatan[0]).toMatchObject({ alasan: 'PP46_ASPEK', hasil: null });
    expect(r.nilai_skp).toBeNull();
  });

  it('a semester scores the rows inside it only', () => {
    const r = scorePp46({
      skp: skp([kegiatan('s', 6, 6)]),
      katalog: new Map(),
      realisasi: rows([
        ['s-o', '2021-S1', 6],
        ['s-k', '2021-S1', 100],
        ['s-w', '2021-S1', 5],
      ]),
      nilaiPerilaku: 85,
      periode: per('2021-S1'),
      // An SKP for the semester (masa January–June): its targets are for those 6 months, nothing is pro-rated.
      bulanMasa: 6,
    });
    // Waktu TW 6, RW 5: EW 16.67 ≤ 24 → (10.56 − 5) / 6 × 100 = 92.666…; (100 + 100 + 92.666…) / 3 = 97.555…
    expect(r2(r.kegiatan[0]!.hasil!.nilai)).toBe(97.56);
    // (60 × 97.555… + 40 × 85) / 100 = 92.533… → Sangat Baik
    expect([r2(r.nilai_akhir), r.predikat]).toEqual([92.53, 'Sangat Baik']);
  });

  it('a target_periode entry for the semester replaces the annual target; without one a jumlah target is pro-rated to the months covered', () => {
    const k = kegiatan('t', 12, 12);
    // The annual TO is 12; for 2021-S1 the SKP says 6 (and TW 6 months).
    k.indikator[0]!.target_periode = { '2021-S1': 6 };
    k.indikator[2]!.target_periode = { '2021-S1': 6 };
    const input = {
      skp: skp([k]),
      katalog: new Map(),
      realisasi: rows([
        ['t-o', '2021-S1', 6],
        ['t-k', '2021-S1', 100],
        ['t-w', '2021-S1', 6],
      ]),
      nilaiPerilaku: 80,
      periode: per('2021-S1'),
    };
    // 6 of 6 → 100; 100; waktu RW 6 of TW 6 → (1.76 × 6 − 6)/6 × 100 = 76; (100 + 100 + 76)/3 = 92.
    expect(r2(scorePp46(input).kegiatan[0]!.hasil!.nilai)).toBe(92);
    // Without the entries, the year's targets: TO 12 (jumlah) pro-rated to the 6 months the rows cover
    // (RULES.md §2.1, a missing month is never a zero) → 6, so 6 of 6 → 100; TW 12 (terakhir) is not
    // pro-rated: RW 6, EW 50 > 24 → 76 − ((21.12 − 6)/12 × 100 − 100) = 76 − 26 = 50; (100 + 100 + 50)/3 = 83.33.
    delete k.indikator[0]!.target_periode;
    delete k.indikator[2]!.target_periode;
    const r = scorePp46(input);
    expect(r.kegiatan[0]!.aspek.kuantitas!.target).toBe(6);
    expect(r2(r.kegiatan[0]!.hasil!.nilai)).toBe(83.33);
  });

  it('a tambahan RHK counts when any of its indicators has a row, two of one aspek too', () => {
    const t = tambahan('t');
    t.indikator.push({ ...t.indikator[0]!, id: 't-o2' });
    const r = scorePp46({
      skp: skp([kegiatan('k', 1, 12), t]),
      katalog: new Map(),
      // Only the first of the two kuantitas indicators has a row.
      realisasi: rows([
        ['k-o', '2021', 1],
        ['k-k', '2021', 100],
        ['k-w', '2021', 12],
        ['t-o', '2021', 1],
      ]),
      nilaiPerilaku: 80,
      periode: P,
    });
    expect(r.tambahan).toEqual({ jumlah: 1, nilai: 1 });
    // A tugas tambahan reported as 0 was not carried out, as a kegiatan with RO = 0.
    const zero = scorePp46({
      skp: skp([kegiatan('k', 1, 12), tambahan('t')]),
      katalog: new Map(),
      realisasi: rows([
        ['k-o', '2021', 1],
        ['k-k', '2021', 100],
        ['k-w', '2021', 12],
        ['t-o', '2021', 0],
      ]),
      nilaiPerilaku: 80,
      periode: P,
    });
    expect(zero.tambahan).toEqual({ jumlah: 0, nilai: 0 });
  });
});
