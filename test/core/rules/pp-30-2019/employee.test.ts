/**
 * PP 30/2019 (PermenPAN-RB 8/2021) for one SKP, RULES.md §6.2: IKI capaian (not capped) → nilai capaian,
 * RHK = mean of its IKIs, KU weighted by bobot, KT from tambahan with bobot capped at 10, 70/30 or 60/40,
 * the innovation condition. Every number below is derived by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import { roundReport } from '../../../../src/core/number.js';
import { parsePeriode } from '../../../../src/core/period.js';
import { scorePp30, type Pp30Input } from '../../../../src/core/rules/pp-30-2019/employee.js';
import type { Skp } from '../../../../src/types/generated/skp.js';

const P = parsePeriode('2021-S2')!;
const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));
type Ind = Skp['hasil_kerja'][number]['indikator'][number];
const iki = (id: string, target: number, extra: Partial<Ind> = {}): Ind => ({
  id,
  nama: id,
  aspek: 'kuantitas',
  satuan: 'persen',
  polaritas: 'maksimal',
  target,
  ...extra,
});
const SKP: Skp = {
  kind: 'skp',
  tahun: 2021,
  pegawai: { nip: '197501012000031001', nama: 'Kepala Dinas', unit: 'dinkes' },
  hasil_kerja: [
    { id: 'rhk-1', jenis: 'utama', uraian: 'a', bobot: 60, indikator: [iki('a1', 100)] },
    { id: 'rhk-2', jenis: 'utama', uraian: 'b', bobot: 40, indikator: [iki('b1', 90), iki('b2', 100, { target_maksimal: true })] },
    { id: 'tambahan-1', jenis: 'tambahan', uraian: 't', bobot: 5, indikator: [iki('t1', 10)] },
    { id: 'tambahan-2', jenis: 'tambahan', uraian: 'u', bobot: 5, indikator: [iki('t2', 4)] },
    { id: 'tambahan-3', jenis: 'tambahan', uraian: 'v', indikator: [iki('t3', 1)] },
  ],
};
const rows = (entries: [string, number][]) => new Map(entries.map(([k, nilai]) => [k, [{ periode: P, nilai }]]));
const ALL = rows([
  ['a1', 105],
  ['b1', 90],
  ['b2', 100],
  ['t1', 12],
  ['t2', 5],
  ['t3', 1],
]);
const base: Pp30Input = {
  skp: SKP,
  katalog: new Map(),
  realisasi: ALL,
  penilaian: { nilaiPerilaku: 90, inovasi: true },
  nilai360: null,
  dengan360: false,
  skala: { min: 1, maks: 5 },
  periode: P,
};

describe('scorePp30', () => {
  it('KU, KT over its cap, 70/30 and the innovation: every step by hand', () => {
    const r = scorePp30(base);
    // a1: c 105 → 110 + 10/9 × 4 = 114.444…; b1: c 100 → 109; b2: c 100 with target_maksimal → 120
    expect(r.rhk.map((x) => x.iki.map((i) => r2(i.nilai)))).toEqual([[114.44], [109, 120], [120], [120], [109]]);
    // rhk-2 = (109 + 120) / 2 = 114.5; KU = (60 × 114.444… + 40 × 114.5) / 100 = 114.466…
    expect(r2(r.nilai_ku)).toBe(114.47);
    // KT: t1 c 120 → 120 × 5 / 100 = 6; t2 c 125 (not capped) → 120 → 6; tambahan-3 has no bobot → 12 → 10
    expect(r.nilai_kt).toBe(10);
    // SKP 124.466…; (70 × 124.466… + 30 × 90) / 100 = 87.126… + 27 = 114.126… → Sangat Baik with inovasi
    expect(r2(r.nilai_skp)).toBe(124.47);
    expect(r2(r.nilai_akhir)).toBe(114.13);
    expect([r.sumber_perilaku, r.predikat]).toEqual(['penilai', 'Sangat Baik']);
    expect(scorePp30({ ...base, penilaian: { nilaiPerilaku: 90 } }).predikat).toBe('Baik');
  });

  it('with dengan_360 and no nilai in the penilaian, the 360° nilai on 0–100 and 60/40; a Cukup', () => {
    const one: Skp = { ...SKP, hasil_kerja: [{ id: 'rhk-1', jenis: 'utama', uraian: 'a', indikator: [iki('a1', 100)] }] };
    const r = scorePp30({ ...base, skp: one, realisasi: rows([['a1', 90]]), penilaian: {}, nilai360: 3.5, dengan360: true });
    // a1: c 90 → 70 + 19/19 × 10 = 80 = KU = SKP; 3.5 on 1–5 → 62.5; (60 × 80 + 40 × 62.5) / 100 = 48 + 25 = 73 → Cukup
    expect([r2(r.nilai_skp), r2(r.nilai_perilaku), r.sumber_perilaku, r2(r.nilai_akhir), r.predikat]).toEqual([
      80,
      62.5,
      '360',
      73,
      'Cukup',
    ]);
    // Without dengan_360 the 360° nilai is not used: no nilai perilaku, no nilai akhir.
    expect(scorePp30({ ...base, skp: one, realisasi: rows([['a1', 90]]), penilaian: {}, nilai360: 3.5 }).nilai_akhir).toBeNull();
  });

  it('a missing realisation leaves its RHK, KU and everything after it null, never 0', () => {
    const r = scorePp30({ ...base, realisasi: rows([['a1', 105]]) });
    expect(r.rhk[1]!.nilai).toBeNull();
    expect([r.nilai_ku, r.nilai_skp, r.nilai_akhir, r.predikat]).toEqual([null, null, null, null]);
  });

  it('an IKI fed by the survey reads the IKM nilai (RULES.md §4.5), not a CSV row', () => {
    const skp: Skp = {
      ...SKP,
      hasil_kerja: [
        { id: 'rhk-1', jenis: 'utama', uraian: 'a', indikator: [iki('ikm', 80, { sumber: 'skm', skm_lingkup: 'unit', satuan: 'indeks' })] },
      ],
    };
    const asked: unknown[] = [];
    const r = scorePp30({
      ...base,
      skp,
      realisasi: new Map(),
      skmRealisasi: (lingkup, layanan, unit) => {
        asked.push([lingkup, layanan, unit]);
        return 84;
      },
    });
    // The unit's IKM nilai 84 against 80: c 105 → 110 + 10/9 × 4 = 114.44.
    expect(asked).toEqual([['unit', undefined, 'dinkes']]);
    expect(r.rhk[0]!.iki[0]).toMatchObject({ realisasi: 84, capaian: 105 });
    expect(r2(r.rhk[0]!.iki[0]!.nilai)).toBe(114.44);
  });

  it('a zero-tolerance IKI met says so (TOLERANSI_NOL), as under 6/2022', () => {
    const skp: Skp = {
      ...SKP,
      hasil_kerja: [
        { id: 'rhk-1', jenis: 'utama', uraian: 'a', indikator: [iki('temuan', 0, { polaritas: 'minimal', satuan: 'temuan' })] },
      ],
    };
    const said: unknown[] = [];
    const r = scorePp30({ ...base, skp, realisasi: rows([['temuan', 0]]), add: (kode, jalur, args) => said.push([kode, jalur, args]) });
    // Minimal, target 0, realisation 0: capaian 100 (RULES.md §2.3) → 109.
    expect(r.rhk[0]!.iki[0]).toMatchObject({ capaian: 100, nilai: 109 });
    expect(said).toEqual([['TOLERANSI_NOL', '/hasil_kerja/0/indikator/0', { indikator: 'temuan', capaian: 100 }]]);
  });
});
