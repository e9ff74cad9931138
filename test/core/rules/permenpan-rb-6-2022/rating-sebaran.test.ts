/**
 * RULES.md §2.4 rating hasil kerja by the spread of the utama RHK ratings (PermenPAN-RB 6/2022, Lampiran:
 * "tanpa ada persyaratan pembobotan tertentu"), and `cara_rating: rata_rata`. Each RHK below has one
 * indicator with target 100 and realisasi = the capaian wanted (polaritas maksimal), so its capaian is
 * the number in the list (capped at 120).
 */
import { describe, expect, it } from 'vitest';
import { rateEmployee, ratingBySpread, type PegawaiInput } from '../../../../src/core/rules/permenpan-rb-6-2022/employee.js';
import { WHOLE_YEAR } from '../../../../src/core/masa.js';
import { resolveConfig } from '../../../../src/core/config.js';
import { parsePeriode } from '../../../../src/core/period.js';
import type { Skp } from '../../../../src/types/generated/skp.js';

function employee(capaian: number[], extra: { caraRating?: 'sebaran' | 'rata_rata'; bobot?: number[]; penilai?: boolean } = {}) {
  const skp: Skp = {
    kind: 'skp',
    tahun: 2026,
    pegawai: { nip: '198703152010012003', nama: 'Siti', unit: 'u' },
    hasil_kerja: capaian.map((_, i) => ({
      id: `rhk-${i + 1}`,
      jenis: 'utama' as const,
      uraian: String(i),
      ...(extra.bobot ? { bobot: extra.bobot[i]! } : {}),
      indikator: [
        {
          id: `i${i}`,
          nama: 'I',
          satuan: 'persen',
          aspek: 'kuantitas' as const,
          polaritas: 'maksimal' as const,
          konsolidasi: 'terakhir' as const,
          target: 100,
        },
      ],
    })),
  };
  const input: PegawaiInput = {
    rencana: [{ path: 'skp/siti.yaml', skp, valid: true, masa: WHOLE_YEAR }],
    katalog: new Map(),
    realisasi: new Map(capaian.map((c, i) => [`i${i}`, [{ periode: parsePeriode('2026')!, nilai: c }]])),
    perilaku: [{ penilaiNip: '197501012000031001', peran: 'atasan', nilai: Array(7).fill(4) as number[] }],
    penilaian: extra.penilai ? { hasilKerja: 'Sesuai Ekspektasi' } : {},
    organisasi: null,
    config: resolveConfig({ kind: 'konfigurasi', hasil_kerja: { cara_rating: extra.caraRating ?? 'sebaran' } }),
    periode: parsePeriode('2026')!,
  };
  return rateEmployee(input);
}

describe('cara_rating: sebaran (the default), RULES.md §7', () => {
  it.each([
    // [capaian of the utama RHKs, rating]; ambang 100 (strict) / 90.
    [[95, 95, 130], 'Sesuai Ekspektasi'], // 1 above, 2 at, 0 below: not "most above" → Sesuai
    [[101, 101, 95], 'Di Atas Ekspektasi'], // 2 of 3 above, none below
    [[101, 80, 80], 'Di Bawah Ekspektasi'], // 2 of 3 below: most below
    [[101, 101, 80], 'Sesuai Ekspektasi'], // one below of three: a small share
    [[80], 'Di Bawah Ekspektasi'], // one RHK: its own rating
    [[100], 'Sesuai Ekspektasi'], // 100 is not > 100
  ] as const)('%j → %s', (capaian, rating) => {
    const { hasil, findings } = employee([...capaian]);
    expect(hasil.rating_hasil_kerja_dihitung).toBe(rating);
    expect(hasil.rating_hasil_kerja).toBe(rating);
    expect(findings.map((f) => f.kode)).not.toContain('RATING_PERLU_PENILAI');
  });

  it('[130, 80] → null: exactly half below, the penilai must decide (RATING_PERLU_PENILAI)', () => {
    const { hasil, findings } = employee([130, 80]);
    expect(hasil.rating_hasil_kerja_dihitung).toBeNull();
    expect(hasil.predikat).toBeNull();
    expect(hasil.caraRating).toEqual({ cara: 'sebaran', jumlah: 2, diAtas: 1, sesuai: 0, diBawah: 1, alasan: 'separuh_di_bawah' });
    const f = findings.find((x) => x.kode === 'RATING_PERLU_PENILAI');
    expect(f).toMatchObject({ tingkat: 'peringatan', jalur: '/hasil_kerja', args: { rhk: ['rhk-2'], di_bawah: 1, jumlah: 2 } });
  });

  it('the penilai decided: no RATING_PERLU_PENILAI, the explicit rating is used', () => {
    const { hasil, findings } = employee([130, 80], { penilai: true });
    expect(hasil.rating_hasil_kerja).toBe('Sesuai Ekspektasi');
    expect(hasil.sumber_rating.hasil_kerja).toBe('penilai');
    expect(findings.map((f) => f.kode)).not.toContain('RATING_PERLU_PENILAI');
  });

  it('bobot does not enter the rating, only the reported capaian', () => {
    // Weighted mean (90·101 + 10·80) / 100 = 98.9, yet one RHK of two below is exactly half → null.
    const { hasil } = employee([101, 80], { bobot: [90, 10] });
    expect(hasil.capaian_hasil_kerja).toBeCloseTo(98.9, 10);
    expect(hasil.rating_hasil_kerja_dihitung).toBeNull();
  });

  it('each utama RHK carries its own rating', () => {
    const { hasil } = employee([95, 95, 130]);
    expect(hasil.hasil_kerja.map((r) => r.rating)).toEqual(['Sesuai Ekspektasi', 'Sesuai Ekspektasi', 'Di Atas Ekspektasi']);
  });
});

describe('cara_rating: rata_rata keeps the weighted-mean rule', () => {
  it('[95, 95, 130]: mean (95 + 95 + 120) / 3 = 103.33 > 100 → Di Atas (Sesuai under sebaran)', () => {
    const { hasil } = employee([95, 95, 130], { caraRating: 'rata_rata' });
    expect(hasil.rating_hasil_kerja_dihitung).toBe('Di Atas Ekspektasi');
    expect(hasil.caraRating).toMatchObject({ cara: 'rata_rata', jumlah: 3, alasan: null });
  });
  it('[130, 80]: mean 100 → Sesuai, no finding', () => {
    const { hasil, findings } = employee([130, 80], { caraRating: 'rata_rata' });
    expect(hasil.rating_hasil_kerja_dihitung).toBe('Sesuai Ekspektasi');
    expect(findings.map((f) => f.kode)).not.toContain('RATING_PERLU_PENILAI');
  });
});

describe('ratingBySpread in integers', () => {
  it('the four clauses, for m = 4 (the boundary cases)', () => {
    expect(ratingBySpread({ jumlah: 4, diAtas: 3, diBawah: 0 }).rating).toBe('Di Atas Ekspektasi');
    expect(ratingBySpread({ jumlah: 4, diAtas: 2, diBawah: 0 }).rating).toBe('Sesuai Ekspektasi'); // half above is not most
    expect(ratingBySpread({ jumlah: 4, diAtas: 3, diBawah: 1 }).rating).toBe('Sesuai Ekspektasi'); // one below spoils Di Atas
    expect(ratingBySpread({ jumlah: 4, diAtas: 0, diBawah: 2 })).toEqual({ rating: null, alasan: 'separuh_di_bawah' });
    expect(ratingBySpread({ jumlah: 4, diAtas: 0, diBawah: 3 }).rating).toBe('Di Bawah Ekspektasi');
  });
});
