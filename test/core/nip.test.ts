import { describe, expect, it } from 'vitest';
import { checkNip } from '../../src/core/nip.js';

const kode = (raw: string, options = {}) => checkNip(raw, options).problems.map((p) => p.kode);

describe('checkNip (RULES.md §5)', () => {
  it('accepts a PNS NIP and removes spaces', () => {
    // 1987-03-15 birth, TMT CPNS 2010-01, female (2), serial 003: the PRODUCT.md example.
    expect(checkNip('198703152010012003')).toEqual({ nip: '198703152010012003', jenis: 'pns', problems: [] });
    expect(checkNip('19870315 201001 2 003').nip).toBe('198703152010012003');
    expect(checkNip('19870315\u00a0201001\u00a02\u00a0003').nip).toBe('198703152010012003');
  });
  it('accepts an NI PPPK: digit 13 is 2, 14 the contract number', () => {
    expect(checkNip('199104152022211001')).toMatchObject({ jenis: 'pppk', problems: [] });
    expect(kode('199104152022201001')).toEqual(['NIP_PPPK_KONTRAK']);
  });
  it('names Excel damage with its own codes', () => {
    expect(kode('1,98703E+17')).toEqual(['NIP_NOTASI_ILMIAH']);
    expect(kode('1.98703e17')).toEqual(['NIP_NOTASI_ILMIAH']);
    expect(kode('198703152010012000')).toEqual(['NIP_TERPOTONG']);
  });
  it('names the NIP a truncated one most likely was, only when exactly one matches', () => {
    const one = checkNip('198703152010012000', { findByPrefix15: () => ['198703152010012003'] });
    expect(one.problems).toEqual([{ kode: 'NIP_TERPOTONG', args: { nilai: '198703152010012000', mirip: '198703152010012003' } }]);
    const two = checkNip('198703152010012000', { findByPrefix15: () => ['198703152010012003', '198703152010012004'] });
    expect(two.problems).toEqual([{ kode: 'NIP_TERPOTONG', args: { nilai: '198703152010012000', mirip: null } }]);
  });
  it('rejects wrong lengths and non-digits', () => {
    expect(kode('19870315201001200')).toEqual(['NIP_FORMAT']); // 17 digits
    expect(kode('1987031520100120031')).toEqual(['NIP_FORMAT']);
    expect(kode('19870315201001200X')).toEqual(['NIP_FORMAT']);
    expect(kode('')).toEqual(['NIP_FORMAT']);
  });
  it('checks the structure', () => {
    expect(kode('198702302010012003')).toEqual(['NIP_TANGGAL_LAHIR']); // 30 February
    expect(kode('198700152010012003')).toEqual(['NIP_TANGGAL_LAHIR']);
    expect(kode('199602292020012003')).toEqual([]); // 1996 is a leap year
    expect(kode('198703152010132003')).toEqual(['NIP_TMT']); // month 13 → digit 13 is 1, so PNS
    expect(kode('198703152010002003')).toEqual(['NIP_TMT']); // month 00
    expect(kode('198703152010013003')).toEqual(['NIP_JENIS_KELAMIN']);
  });
  it('warns on implausible dates, relative to the period, never to today', () => {
    expect(kode('199104152005032001')).toEqual(['NIP_TMT_MUDA']); // appointed at 13
    expect(kode('199104152009032001')).toEqual(['NIP_TMT_MUDA']); // 17 years 11 months
    expect(kode('199104152009042001')).toEqual([]); // exactly 18
    expect(kode('199104152027032001', { tahunAkhir: 2026 })).toEqual(['NIP_TMT_SETELAH_PERIODE']);
    expect(kode('199104152026122001', { tahunAkhir: 2026 })).toEqual([]);
  });
});

describe('checkNip: PPPK plausibility uses the appointment year only', () => {
  it('does not warn when the 18th birthday may fall inside the appointment year', () => {
    // Born 2004-11-20, appointed in 2022 (the year of the 18th birthday): possible, no warning.
    expect(kode('200411202022211001')).toEqual([]);
    // Appointed in 2021, the year before: at most 17.
    expect(kode('200411202021211001')).toEqual(['NIP_TMT_MUDA']);
  });
});
