import { describe, expect, it } from 'vitest';
import { monthsIn, parsePeriode } from '../../src/core/period.js';

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
