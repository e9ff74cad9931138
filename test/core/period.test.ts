import { describe, expect, it } from 'vitest';
import { choosePeriod, monthsIn, parsePeriode } from '../../src/core/period.js';

describe('parsePeriode', () => {
  it.each([
    ['2026', '2026', 1, 12],
    ['2026-S2', '2026-S2', 7, 12],
    ['2026-tw1', '2026-TW1', 1, 3],
    [' 2026-Q4 ', '2026-TW4', 10, 12],
    ['2026-07', '2026-07', 7, 7],
  ])('%s → %s (months %i–%i)', (raw, kode, awal, akhir) => {
    expect(parsePeriode(raw)).toMatchObject({ kode, bulanAwal: awal, bulanAkhir: akhir });
  });
  it.each(['2026-13', '2026-00', '2026-S3', '2026-TW5', 'Jan-26', '01/01/2026', '26', ''])('rejects %j', (raw) => {
    expect(parsePeriode(raw)).toBeNull();
  });
  it('counts months', () => {
    expect(monthsIn(parsePeriode('2026-TW3')!)).toBe(3);
    expect(monthsIn(parsePeriode('2026')!)).toBe(12);
  });
});

describe('choosePeriod: one rule for validate, score and ikm (RULES.md §2.0)', () => {
  const skp = (tahun: unknown) => ({ kind: 'skp', data: { tahun } });
  it('--periode first, then the config tahun, then the SKPs’ one year', () => {
    expect(choosePeriod('2026-TW2', 2025, [skp(2024)])).toMatchObject({ ok: true, dari: 'opsi', periode: { kode: '2026-TW2' } });
    expect(choosePeriod(undefined, 2025, [skp(2024)])).toMatchObject({ ok: true, dari: 'konfigurasi', periode: { kode: '2025' } });
    expect(choosePeriod(undefined, null, [skp(2024), skp(2024), { kind: 'unit-kerja', data: {} }])).toMatchObject({
      ok: true,
      dari: 'skp',
      periode: { kode: '2024' },
    });
  });
  it('an unreadable --periode, no SKP, or SKPs of several years is a reason, not a guess', () => {
    expect(choosePeriod('2026-X', null, [])).toEqual({ ok: false, alasan: 'tidak_sah', tahun: [] });
    expect(choosePeriod(undefined, null, [])).toEqual({ ok: false, alasan: 'tanpa_skp', tahun: [] });
    expect(choosePeriod(undefined, null, [skp(2026), skp(2025)])).toEqual({ ok: false, alasan: 'beberapa_tahun', tahun: [2025, 2026] });
  });
  it('the years of schema-valid SKPs decide; broken SKPs only when none is valid', () => {
    // docs/keputusan.md [5]: what validate always did, and score when a valid SKP exists.
    const broken = (t: unknown) => ({ kind: 'skp', valid: false, data: { tahun: t } });
    const ok = (t: unknown) => ({ kind: 'skp', valid: true, data: { tahun: t } });
    expect(choosePeriod(undefined, null, [ok(2026), broken(2025)])).toMatchObject({ ok: true, periode: { kode: '2026' } });
    expect(choosePeriod(undefined, null, [broken(2025), broken('x'), { kind: 'skp', valid: false, data: null }])).toMatchObject({
      ok: true,
      periode: { kode: '2025' },
    });
    expect(choosePeriod(undefined, null, [broken(2025), broken(2024)])).toMatchObject({ ok: false, alasan: 'beberapa_tahun' });
  });
});
