/** One employee end to end through the 6/2022 rules, with every number derived by hand below. */
import { describe, expect, it } from 'vitest';
import { rateEmployee, type PegawaiInput } from '../../../../src/core/rules/permenpan-rb-6-2022/employee.js';
import { resolveConfig } from '../../../../src/core/config.js';
import { parsePeriode } from '../../../../src/core/period.js';
import { WHOLE_YEAR } from '../../../../src/core/masa.js';
import { roundReport } from '../../../../src/core/number.js';
import type { Skp } from '../../../../src/types/generated/skp.js';
import type { IndikatorDefinition } from '../../../../src/core/validate/katalog.js';

const P = parsePeriode('2026')!;
const katalog = new Map<string, IndikatorDefinition>([
  ['a', { id: 'a', nama: 'A', satuan: 'persen', aspek: 'kuantitas', polaritas: 'maksimal', konsolidasi: 'rata-rata' }],
  ['b', { id: 'b', nama: 'B', satuan: 'dokumen', aspek: 'kuantitas', polaritas: 'maksimal', konsolidasi: 'jumlah' }],
]);
const skp: Skp = {
  kind: 'skp',
  tahun: 2026,
  pegawai: { nip: '198703152010012003', nama: 'Siti', jabatan: 'Analis', jenjang: 'ahli-muda', unit: 'u' },
  penilai: { nip: '197501012000031001', nama: 'Budi' },
  hasil_kerja: [
    {
      id: 'rhk-1',
      jenis: 'utama',
      uraian: '1',
      bobot: 60,
      indikator: [
        { ref: 'a', target: 90 },
        { ref: 'b', target: 12 },
      ],
    },
    {
      id: 'rhk-2',
      jenis: 'utama',
      uraian: '2',
      bobot: 40,
      indikator: [
        { id: 'c', nama: 'C', satuan: 'hari', aspek: 'waktu', polaritas: 'minimal', konsolidasi: 'terakhir', target: { min: 3, maks: 5 } },
      ],
    },
    { id: 'rhk-3', jenis: 'tambahan', uraian: '3', indikator: [{ ref: 'a', id: 'd', target: 90 }] },
  ],
};
const q = (k: string) => parsePeriode(k)!;
const all = (v: number) => Array(7).fill(v) as number[];
const plan = { path: 'skp/siti.yaml', skp, valid: true, masa: WHOLE_YEAR };
const base: PegawaiInput = {
  rencana: [plan],
  katalog,
  realisasi: new Map([
    [
      'a',
      [
        { periode: q('2026-TW1'), nilai: 85 },
        { periode: q('2026-TW2'), nilai: 95 },
        { periode: q('2026-TW3'), nilai: 90 },
        { periode: q('2026-TW4'), nilai: 92 },
      ],
    ],
    [
      'b',
      [
        { periode: q('2026-TW1'), nilai: 3 },
        { periode: q('2026-TW2'), nilai: 3 },
      ],
    ],
    [
      'c',
      [
        { periode: q('2026-TW4'), nilai: 4 },
        { periode: q('2026-TW1'), nilai: 6 },
      ],
    ],
  ]),
  perilaku: [
    { penilaiNip: '197501012000031001', peran: 'atasan', nilai: all(4) },
    { penilaiNip: '199001012015011001', peran: 'rekan', nilai: all(3) },
  ],
  penilaian: {},
  organisasi: null,
  config: resolveConfig(undefined),
  periode: P,
};
const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));

describe('rateEmployee (RULES.md §2), hand-derived', () => {
  const { hasil, findings } = rateEmployee(base);
  it('indicators: rata-rata weighted by months, jumlah pro-rated to coverage, terakhir, range', () => {
    const [a, b] = hasil.hasil_kerja[0]!.indikator;
    // a: (3·85 + 3·95 + 3·90 + 3·92) / 12 = 90.5 → 90.5 / 90 × 100 = 100.56
    expect(a).toMatchObject({ realisasi: 90.5, target: 90, bulan_tercakup: 12 });
    expect(r2(a!.capaian)).toBe(100.56);
    // b: 3 + 3 over 6 months; target 12 × 6/12 = 6 → 100
    expect(b).toMatchObject({ realisasi: 6, target: 6, capaian: 100, bulan_tercakup: 6 });
    // c: the row that ends last is TW4 = 4, inside 3–5 → 100
    expect(hasil.hasil_kerja[1]!.indikator[0]).toMatchObject({ realisasi: 4, capaian: 100 });
  });
  it('capaian hasil kerja (60 × 100.2778 + 40 × 100) / 100 = 100.17; rating by sebaran: rhk-1 Di Atas, rhk-2 Sesuai → Sesuai', () => {
    expect(r2(hasil.hasil_kerja[0]!.capaian)).toBe(100.28);
    expect(r2(hasil.capaian_hasil_kerja)).toBe(100.17);
    // RULES.md §2.4: rhk-1 100.28 > 100 → Di Atas; rhk-2 100 → Sesuai; 1 of 2 above is not "most" → Sesuai.
    expect(hasil.hasil_kerja.map((r) => r.rating)).toEqual(['Di Atas Ekspektasi', 'Sesuai Ekspektasi', null]);
    expect(hasil.rating_hasil_kerja).toBe('Sesuai Ekspektasi');
    expect(hasil.sumber_rating).toEqual({ hasil_kerja: 'dihitung', perilaku: 'dihitung' });
  });
  it('cara_rating: rata_rata rates the weighted mean instead: 100.17 > 100 → Di Atas', () => {
    const r = rateEmployee({ ...base, config: resolveConfig({ kind: 'konfigurasi', hasil_kerja: { cara_rating: 'rata_rata' } }) });
    expect(r.hasil.rating_hasil_kerja).toBe('Di Atas Ekspektasi');
    expect(r.hasil.predikat).toBe('Sangat Baik'); // Di Atas × Di Atas
    expect(r.hasil.angka_kredit).toBe(37.5); // 150 % × 25
  });
  it('tambahan RHKs are reported apart; missing realisation is null with a finding, never 0', () => {
    expect(hasil.hasil_kerja[2]).toMatchObject({ jenis: 'tambahan', capaian: null });
    expect(findings.map((f) => f.kode)).toEqual(expect.arrayContaining(['INDIKATOR_TANPA_REALISASI', 'CAKUPAN_SEBAGIAN']));
    expect(findings.find((f) => f.kode === 'CAKUPAN_SEBAGIAN')!.args.bulan_kosong).toEqual([7, 8, 9, 10, 11, 12]);
  });
  it('perilaku (60·4 + 20·3) / 80 = 3.75 → Di Atas; predikat Sesuai × Di Atas = Baik; angka kredit 100 % × 25 = 25', () => {
    expect(hasil.nilai_perilaku).toBe(3.75);
    expect(hasil.rating_perilaku).toBe('Di Atas Ekspektasi');
    expect(hasil.predikat).toBe('Baik');
    expect(hasil.angka_kredit).toBe(25);
  });
  it("the penilai's explicit rating wins, with an info when the computed one differs (§2.6)", () => {
    const r = rateEmployee({ ...base, penilaian: { hasilKerja: 'Di Bawah Ekspektasi' } });
    expect(r.hasil).toMatchObject({
      rating_hasil_kerja: 'Di Bawah Ekspektasi',
      rating_hasil_kerja_dihitung: 'Sesuai Ekspektasi',
      predikat: 'Butuh Perbaikan', // Di Bawah × Di Atas
      angka_kredit: 18.75, // 75 % × 25
    });
    expect(r.hasil.sumber_rating.hasil_kerja).toBe('penilai');
    expect(r.findings.map((f) => f.kode)).toContain('RATING_BERBEDA');
  });
  it("a unit head gets the organisation's rating over the computed one (§2.4)", () => {
    const r = rateEmployee({ ...base, organisasi: 'Di Bawah Ekspektasi' });
    expect(r.hasil).toMatchObject({ rating_hasil_kerja: 'Di Bawah Ekspektasi', predikat: 'Butuh Perbaikan' });
    expect(r.hasil.sumber_rating.hasil_kerja).toBe('organisasi');
    expect(r2(r.hasil.capaian_hasil_kerja)).toBe(100.17); // still computed and shown
  });
  it("kualitatif: no computed rating; without the penilai's rating no predikat", () => {
    const r = rateEmployee({ ...base, rencana: [{ ...plan, skp: { ...skp, pendekatan: 'kualitatif' } }] });
    expect(r.hasil).toMatchObject({
      rating_hasil_kerja: null,
      rating_hasil_kerja_dihitung: null,
      predikat: null,
      alasan: ['HASIL_KERJA_TIDAK_DINILAI'],
    });
    expect(r.findings.map((f) => f.kode)).toContain('KUALITATIF_TANPA_RATING');
  });
  it('no atasan rating: nilai perilaku null, predikat null with a reason', () => {
    const r = rateEmployee({ ...base, perilaku: base.perilaku.filter((x) => x.peran !== 'atasan') });
    expect(r.hasil).toMatchObject({ nilai_perilaku: null, predikat: null, alasan: ['PERILAKU_TIDAK_DINILAI'], angka_kredit: null });
  });
  it('an SKP with errors is listed with every computed field null (§2.0)', () => {
    const r = rateEmployee({ ...base, rencana: [{ ...plan, valid: false }] });
    expect(r.hasil).toMatchObject({ capaian_hasil_kerja: null, predikat: null, alasan: ['SKP_TIDAK_VALID'], hasil_kerja: [] });
  });
  it('target_periode overrides only for exactly P', () => {
    const withOverride: Skp = {
      ...skp,
      hasil_kerja: [
        { id: 'rhk-1', jenis: 'utama', uraian: '1', indikator: [{ ref: 'a', target: 90, target_periode: { '2026-TW1': 80 } }] },
      ],
    };
    const tw1 = rateEmployee({
      ...base,
      rencana: [{ ...plan, skp: withOverride }],
      periode: q('2026-TW1'),
      realisasi: new Map([['a', [{ periode: q('2026-TW1'), nilai: 85 }]]]),
    });
    expect(tw1.hasil.hasil_kerja[0]!.indikator[0]).toMatchObject({ target: 80, realisasi: 85 }); // 85/80 = 106.25
    expect(r2(tw1.hasil.capaian_hasil_kerja)).toBe(106.25);
    const year = rateEmployee({
      ...base,
      rencana: [{ ...plan, skp: withOverride }],
      realisasi: new Map([['a', [{ periode: q('2026-TW1'), nilai: 85 }]]]),
    });
    expect(year.hasil.hasil_kerja[0]!.indikator[0]!.target).toBe(90);
    expect(year.findings.map((f) => f.kode)).toContain('TARGET_PERIODE_SUB');
  });
});
