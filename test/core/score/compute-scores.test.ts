/**
 * `computeScores` (src/core/score/index.ts) called directly: literal documents and literal rows in,
 * no files. Every expected number is derived by hand from RULES.md in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { computeScores, type EmployeeOf, type ScoreOutput, type TimOf, type UnitOf } from '../../../src/core/score/index.js';
import { collectRow, emptyRows, type CollectedRows } from '../../../src/core/score/rows.js';
import { RULE_PACKS } from '../../../src/core/rules/index.js';
import { resolveConfig } from '../../../src/core/config.js';
import { parsePeriode, type Periode } from '../../../src/core/period.js';
import { isPppk } from '../../../src/core/nip.js';
import { roundReport } from '../../../src/core/number.js';
import type { LoadedDoc } from '../../../src/core/validate/types.js';
import type { Skp } from '../../../src/types/generated/skp.js';

const pack = RULE_PACKS['permenpan-rb-6-2022'];
const P2026 = parsePeriode('2026')!;
const per = (kode: string): Periode => parsePeriode(kode)!;
const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));

// PNS unit head; PNS staff; a PPPK (digit 13 = 2, RULES.md §5); a team member with no SKP.
const KEPALA = '197805122003121002';
const STAF = '198703152010012003';
const PPPK = '199203102021212001';
const TANPA_SKP = '199501012019031005';

const unitKerja: LoadedDoc = {
  path: 'unit-kerja.yaml',
  kind: 'unit-kerja',
  valid: true,
  data: {
    kind: 'unit-kerja',
    unit: [
      { id: 'kantor', nama: 'Kantor', predikat_organisasi: 'Istimewa', pimpinan: KEPALA },
      { id: 'seksi', nama: 'Seksi Layanan', induk: 'kantor' },
    ],
  },
};

const katalog: LoadedDoc = {
  path: 'katalog.yaml',
  kind: 'katalog-indikator',
  valid: true,
  data: {
    kind: 'katalog-indikator',
    indikator: [
      {
        id: 'ind-a',
        nama: 'Persentase layanan tepat waktu',
        satuan: 'persen',
        aspek: 'waktu',
        polaritas: 'maksimal',
        konsolidasi: 'rata-rata',
      },
      { id: 'ind-b', nama: 'Jumlah dokumen', satuan: 'dokumen', aspek: 'kuantitas', polaritas: 'maksimal', konsolidasi: 'jumlah' },
    ],
  },
};

function skpDoc(path: string, pegawai: Skp['pegawai'], hasil_kerja: Skp['hasil_kerja'], tahun = 2026): LoadedDoc {
  return { path, kind: 'skp', valid: true, data: { kind: 'skp', tahun, pegawai, hasil_kerja } };
}

const skpKepala = skpDoc('skp/kepala.yaml', { nip: KEPALA, nama: 'Kepala', unit: 'kantor' }, [
  { id: 'rhk-1', jenis: 'utama', indikator: [{ ref: 'ind-a', target: 80 }] },
]);
const skpStaf = skpDoc('skp/staf.yaml', { nip: STAF, nama: 'Staf', unit: 'seksi', jenjang: 'ahli-pertama' }, [
  { id: 'rhk-1', jenis: 'utama', bobot: 60, indikator: [{ ref: 'ind-a', target: 80 }] },
  { id: 'rhk-2', jenis: 'utama', bobot: 40, indikator: [{ ref: 'ind-b', target: 25 }] },
  {
    id: 'rhk-3',
    jenis: 'tambahan',
    indikator: [
      {
        id: 'ind-t',
        nama: 'Kegiatan tambahan',
        satuan: 'kegiatan',
        aspek: 'kuantitas',
        polaritas: 'maksimal',
        konsolidasi: 'jumlah',
        target: 10,
      },
    ],
  },
]);
const skpPppk = skpDoc('skp/pppk.yaml', { nip: PPPK, nama: 'Petugas', unit: 'seksi' }, [
  { id: 'rhk-1', jenis: 'utama', indikator: [{ ref: 'ind-a', target: 80 }] },
]);
// Another year's SKP is not scored for 2026 (RULES.md §2.0).
const skpLama = skpDoc(
  'skp/lama.yaml',
  { nip: STAF, nama: 'Staf', unit: 'seksi' },
  [{ id: 'rhk-1', jenis: 'utama', indikator: [{ ref: 'ind-a', target: 1 }] }],
  2025,
);

const timKerja: LoadedDoc = {
  path: 'tim-kerja.yaml',
  kind: 'tim-kerja',
  valid: true,
  data: { kind: 'tim-kerja', tim: [{ id: 'tim-x', nama: 'Tim X', ketua: KEPALA, anggota: [PPPK, TANPA_SKP] }] },
};

let line = 1;
function realisasi(rows: CollectedRows, nip: string, indikator: string, periode: string, nilai: number) {
  collectRow(rows, { peran: 'realisasi', file: 0, line: ++line, nip, indikator, periode: per(periode), nilai });
}
function perilaku(rows: CollectedRows, nip: string, penilaiNip: string, peranPenilai: 'atasan' | 'rekan', periode: string, v: number) {
  collectRow(rows, {
    peran: 'perilaku',
    file: 1,
    line: ++line,
    nip,
    penilaiNip,
    peranPenilai,
    periode: per(periode),
    nilai: Array<number>(7).fill(v),
  });
}
function kompetensi(rows: CollectedRows, nip: string, jp: number) {
  collectRow(rows, { peran: 'kompetensi', file: 2, line: ++line, nip, tanggal: { tahun: 2026, bulan: 3, hari: 1 }, jp });
}

function literalRows(): CollectedRows {
  const rows = emptyRows();
  // Kepala, ind-a (rata-rata): four quarters 84, 88, 80, 92.
  for (const [tw, v] of [
    ['2026-TW1', 84],
    ['2026-TW2', 88],
    ['2026-TW3', 80],
    ['2026-TW4', 92],
  ] as const)
    realisasi(rows, KEPALA, 'ind-a', tw, v);
  // Staf: ind-a one yearly row 76; ind-b (jumlah) S1 11 + S2 12; the tambahan ind-t 15 for the year.
  realisasi(rows, STAF, 'ind-a', '2026', 76);
  realisasi(rows, STAF, 'ind-b', '2026-S1', 11);
  realisasi(rows, STAF, 'ind-b', '2026-S2', 12);
  realisasi(rows, STAF, 'ind-t', '2026', 15);
  // PPPK: ind-a 60 for the year.
  realisasi(rows, PPPK, 'ind-a', '2026', 60);
  // 360°: the staff rated 4 by the head (atasan) and 3 by the PPPK (rekan); the PPPK rated 2 by the head.
  perilaku(rows, STAF, KEPALA, 'atasan', '2026', 4);
  perilaku(rows, STAF, PPPK, 'rekan', '2026', 3);
  perilaku(rows, PPPK, KEPALA, 'atasan', '2026', 2);
  // Competency hours (JP): head 20 (exactly the minimum), staff 18 (below), PPPK 5 (below, but PPPK).
  kompetensi(rows, KEPALA, 20);
  kompetensi(rows, STAF, 12);
  kompetensi(rows, STAF, 6);
  kompetensi(rows, PPPK, 5);
  return rows;
}

type Pack = (typeof RULE_PACKS)['permenpan-rb-6-2022'];
type PegawaiScore = EmployeeOf<Pack>;

/** Scored by the 6/2022 pack, so every result is that pack's. */
function score(docs: LoadedDoc[], rows = literalRows(), pathsWithErrors: ReadonlySet<string> = new Set()) {
  return as6(
    computeScores({
      pack,
      docs,
      pathsWithErrors,
      config: resolveConfig({ kind: 'konfigurasi', tahun: 2026 }),
      periode: P2026,
      rows,
      surveyPath: null,
    }),
  );
}

/** A result computed by the 6/2022 pack, typed as that pack's. */
function as6(out: ScoreOutput) {
  expect(out.pegawai.every((p) => p.metode === 'permenpan-rb-6-2022')).toBe(true);
  return out as Omit<ScoreOutput, 'pegawai' | 'unit' | 'tim'> & { pegawai: PegawaiScore[]; unit: UnitOf<Pack>[]; tim: TimOf<Pack>[] };
}

const all = () => score([unitKerja, katalog, skpKepala, skpStaf, skpPppk, skpLama, timKerja]);
const byNip = (list: readonly PegawaiScore[], nip: string) => list.find((p) => p.nip === nip)!;

describe('computeScores: employees (RULES.md §2)', () => {
  it('scores only the SKPs of year(P), sorted by unit id then NIP (§2.0)', () => {
    const out = all();
    // kantor < seksi; inside seksi 198703… < 199203….
    expect(out.pegawai.map((p) => [p.unit, p.nip])).toEqual([
      ['kantor', KEPALA],
      ['seksi', STAF],
      ['seksi', PPPK],
    ]);
    expect(out.pegawai.every((p) => p.metode === 'permenpan-rb-6-2022')).toBe(true);
  });

  it('staff: weighted mean of the utama RHKs, tambahan left out, Sesuai × Di Atas = Baik (§2.3, §2.4, §2.5, §2.7)', () => {
    const p = byNip(all().pegawai, STAF);
    // rhk-1: 76 × 100 / 80 = 95. rhk-2 (jumlah): 11 + 12 = 23 over 12 months; 23 × 100 / 25 = 92.
    // rhk-3 (tambahan): 15 × 100 / 10 = 150 → capped at batas_capaian 120; reported, not in the mean.
    expect(p.hasil_kerja.map((h) => [h.id, h.capaian])).toEqual([
      ['rhk-1', 95],
      ['rhk-2', 92],
      ['rhk-3', 120],
    ]);
    expect(p.hasil_kerja[1]!.indikator[0]).toMatchObject({ id: 'ind-b', target: 25, realisasi: 23, bulan_tercakup: 12 });
    // capaian hasil kerja = (60 × 95 + 40 × 92) / 100 = 93.8; 90 ≤ 93.8 ≤ 100 → Sesuai. Both utama RHKs
    // are Sesuai on their own, so the rating is Sesuai whichever cara_rating is used.
    expect(r2(p.capaian_hasil_kerja)).toBe(93.8);
    // nilai perilaku = (60 × 4 + 20 × 3) / (60 + 20) = 3.75 ≥ 3.5 → Di Atas (bawahan absent: 75/25).
    expect(p.nilai_perilaku).toBe(3.75);
    expect(p).toMatchObject({
      rating_hasil_kerja: 'Sesuai Ekspektasi',
      rating_hasil_kerja_dihitung: 'Sesuai Ekspektasi',
      rating_perilaku: 'Di Atas Ekspektasi',
      sumber_rating: { hasil_kerja: 'dihitung', perilaku: 'dihitung' },
      predikat: 'Baik',
      alasan: [],
      // §2.8: Baik 100 % × ahli-pertama 12.5 × 12/12.
      angka_kredit: 12.5,
      // 12 + 6 JP.
      jp_kompetensi: 18,
      // §3.2: Baik → pertahankan; the weakest utama RHK is rhk-2 (92); all seven values tie at 3.75.
      tindak_lanjut: {
        kode: 'pertahankan',
        rhk: 'rhk-2',
        nilai_perilaku_terendah: ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'],
      },
    });
  });

  it('unit head: rated by the predikat organisasi, no atasan → predikat null with alasan (§2.4, §2.5, §2.7)', () => {
    const p = byNip(all().pegawai, KEPALA);
    // ind-a (rata-rata): (84 + 88 + 80 + 92) / 4 = 86; 86 × 100 / 80 = 107.5 → computed Di Atas.
    expect(p.capaian_hasil_kerja).toBe(107.5);
    expect(p).toMatchObject({
      rating_hasil_kerja_dihitung: 'Di Atas Ekspektasi',
      // Head of `kantor` (Istimewa) → Di Atas from the organisation, which outranks dihitung.
      rating_hasil_kerja: 'Di Atas Ekspektasi',
      sumber_rating: { hasil_kerja: 'organisasi', perilaku: null },
      nilai_perilaku: null,
      rating_perilaku: null,
      predikat: null,
      alasan: ['PERILAKU_TIDAK_DINILAI'],
      angka_kredit: null,
      tindak_lanjut: null,
    });
    expect(p.temuan.map((f) => f.kode).sort()).toEqual(['PERILAKU_TANPA_ATASAN', 'PREDIKAT_TIDAK_DINILAI']);
  });

  it('PPPK: Di Bawah × Di Bawah = Sangat Kurang (§2.7, §3.2)', () => {
    const p = byNip(all().pegawai, PPPK);
    // 60 × 100 / 80 = 75 < 90 → Di Bawah; nilai perilaku 2 < 2.5 → Di Bawah.
    expect(p).toMatchObject({
      capaian_hasil_kerja: 75,
      rating_hasil_kerja: 'Di Bawah Ekspektasi',
      nilai_perilaku: 2,
      rating_perilaku: 'Di Bawah Ekspektasi',
      predikat: 'Sangat Kurang',
      tindak_lanjut: { kode: 'pembinaan_intensif', rhk: 'rhk-1' },
    });
  });

  it('JP_KURANG for a PNS below the minimum, not for a PPPK nor for a PNS exactly at it (§3.3)', () => {
    const out = all();
    expect(isPppk(PPPK)).toBe(true);
    expect(isPppk(STAF)).toBe(false);
    const jp = (nip: string) => byNip(out.pegawai, nip).temuan.filter((f) => f.kode === 'JP_KURANG');
    // Staff: 18 < 20 × 12/12.
    expect(jp(STAF).map((f) => ({ tingkat: f.tingkat, nip: f.nip, path: f.path, args: f.args }))).toEqual([
      { tingkat: 'peringatan', nip: STAF, path: 'skp/staf.yaml', args: { jp: 18, minimal: 20 } },
    ]);
    // PPPK: 5 JP, reported but not warned.
    expect(byNip(out.pegawai, PPPK).jp_kompetensi).toBe(5);
    expect(jp(PPPK)).toEqual([]);
    // Head: 20 = 20 meets the minimum.
    expect(jp(KEPALA)).toEqual([]);
  });

  it('the JP minimum is pro-rated to P: 20 × 3/12 = 5 for a triwulan', () => {
    const rows = emptyRows();
    kompetensi(rows, STAF, 4);
    kompetensi(rows, PPPK, 1);
    const out = as6(
      computeScores({
        pack,
        docs: [unitKerja, katalog, skpStaf, skpPppk],
        pathsWithErrors: new Set(),
        config: resolveConfig(undefined),
        periode: per('2026-TW1'),
        rows,
        surveyPath: null,
      }),
    );
    expect(
      byNip(out.pegawai, STAF)
        .temuan.filter((f) => f.kode === 'JP_KURANG')
        .map((f) => f.args),
    ).toEqual([{ jp: 4, minimal: 5 }]);
    expect(byNip(out.pegawai, PPPK).temuan.filter((f) => f.kode === 'JP_KURANG')).toEqual([]);
  });

  it('without any kompetensi rows there are no JP figures and no JP finding (§3.3)', () => {
    const rows = emptyRows();
    realisasi(rows, STAF, 'ind-a', '2026', 76);
    const out = score([unitKerja, katalog, skpStaf], rows);
    const p = byNip(out.pegawai, STAF);
    expect(p.jp_kompetensi).toBeNull();
    expect(p.temuan.some((f) => f.kode === 'JP_KURANG')).toBe(false);
    expect(out.unit.map((u) => u.kepatuhan_jp)).toEqual([null, null]);
  });

  it('an SKP in a file with an error is listed, null everywhere, SKP_TIDAK_VALID, counted as tidak_dinilai (§2.0)', () => {
    const out = score([unitKerja, katalog, skpStaf], literalRows(), new Set(['skp/staf.yaml']));
    const p = byNip(out.pegawai, STAF);
    expect(p).toMatchObject({
      capaian_hasil_kerja: null,
      nilai_perilaku: null,
      predikat: null,
      alasan: ['SKP_TIDAK_VALID'],
      hasil_kerja: [],
    });
    expect(p.temuan.map((f) => f.kode)).toContain('SKP_TIDAK_VALID');
    const seksi = out.unit.find((u) => u.id === 'seksi')!;
    expect(seksi.jumlah_pegawai).toBe(1);
    expect(seksi.distribusi.tidak_dinilai).toBe(1);
    expect(seksi.rata_rata_capaian).toBeNull();
  });
});

describe('computeScores: units over their subtree (RULES.md §3)', () => {
  it('a parent unit counts its child unit’s employees', () => {
    const out = all();
    expect(out.unit.map((u) => u.id)).toEqual(['kantor', 'seksi']);
    const [kantor, seksi] = out.unit as [(typeof out.unit)[number], (typeof out.unit)[number]];
    // seksi: staff (Baik) and PPPK (Sangat Kurang).
    expect(seksi).toMatchObject({
      induk: 'kantor',
      jumlah_pegawai: 2,
      distribusi: { 'Sangat Baik': 0, Baik: 1, 'Butuh Perbaikan': 0, 'Kurang/Misconduct': 0, 'Sangat Kurang': 1, tidak_dinilai: 0 },
      predikat_organisasi: null,
      kurva: { diperiksa: false, alasan: 'TANPA_PREDIKAT_ORGANISASI', sesuai: null },
      ikm: null,
    });
    // (93.8 + 75) / 2 = 84.4.
    expect(r2(seksi.rata_rata_capaian)).toBe(84.4);
    // PNS in seksi: the staff only (PPPK not counted), 18 < 20 → 0 of 1.
    expect(seksi.kepatuhan_jp).toBe(0);

    // kantor = its own head + seksi's two.
    expect(kantor).toMatchObject({
      induk: null,
      jumlah_pegawai: 3,
      distribusi: { 'Sangat Baik': 0, Baik: 1, 'Butuh Perbaikan': 0, 'Kurang/Misconduct': 0, 'Sangat Kurang': 1, tidak_dinilai: 1 },
      predikat_organisasi: 'Istimewa',
      // 2 employees with a predikat < kurva.minimal_pegawai 5.
      kurva: { diperiksa: false, alasan: 'PEGAWAI_KURANG', sesuai: null, pelanggaran: [] },
    });
    // (107.5 + 93.8 + 75) / 3 = 276.3 / 3 = 92.1.
    expect(r2(kantor.rata_rata_capaian)).toBe(92.1);
    // PNS: head (20, meets) and staff (18) → 1 of 2 = 50.
    expect(kantor.kepatuhan_jp).toBe(50);
  });
});

describe('computeScores: teams (RULES.md §3.1)', () => {
  it('a team’s figures over its members with an SKP; a member without one is left out with TIM_ANGGOTA_TANPA_SKP', () => {
    const out = all();
    expect(out.tim).toHaveLength(1);
    const tim = out.tim[0]!;
    // Members: ketua (head, tidak dinilai) and the PPPK (Sangat Kurang); the third NIP has no SKP.
    expect(tim).toMatchObject({
      id: 'tim-x',
      nama: 'Tim X',
      jumlah_pegawai: 2,
      distribusi: { 'Sangat Baik': 0, Baik: 0, 'Butuh Perbaikan': 0, 'Kurang/Misconduct': 0, 'Sangat Kurang': 1, tidak_dinilai: 1 },
      // PNS members: the head only, who meets the minimum → 100.
      kepatuhan_jp: 100,
      anggota: [KEPALA, PPPK, TANPA_SKP],
    });
    // (107.5 + 75) / 2 = 91.25.
    expect(tim.rata_rata_capaian).toBe(91.25);
    const missing = out.findings.filter((f) => f.kode === 'TIM_ANGGOTA_TANPA_SKP');
    expect(missing.map((f) => ({ tingkat: f.tingkat, path: f.path, jalur: f.jalur, nip: f.nip, args: f.args }))).toEqual([
      { tingkat: 'peringatan', path: 'tim-kerja.yaml', jalur: '/tim/0', nip: TANPA_SKP, args: { tim: 'tim-x', nip: TANPA_SKP } },
    ]);
  });

  it('a NIP listed twice (or with spaces) counts once', () => {
    const dup: LoadedDoc = {
      path: 'tim-kerja.yaml',
      kind: 'tim-kerja',
      valid: true,
      data: { kind: 'tim-kerja', tim: [{ id: 'tim-y', nama: 'Tim Y', ketua: STAF, anggota: ['19870315 201001 2 003', PPPK] }] },
    };
    const tim = score([unitKerja, katalog, skpKepala, skpStaf, skpPppk, dup]).tim[0]!;
    expect(tim.anggota).toEqual([STAF, PPPK]);
    expect(tim.jumlah_pegawai).toBe(2);
    // (93.8 + 75) / 2 = 84.4.
    expect(r2(tim.rata_rata_capaian)).toBe(84.4);
  });
});
