import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../../src/core/csv/number.js';

const value = (raw: string, conv: 'koma' | 'titik' = 'koma') => {
  const r = parseNumberCell(raw, conv);
  return r.ok ? r.value : null;
};

describe('parseNumberCell (PRODUCT.md "Numbers")', () => {
  it.each([
    ['87,5', 87.5],
    ['96.25', 96.25],
    ['0,123', 0.123],
    ['0.123', 0.123],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['96,2%', 96.2],
    ['100 %', 100],
    ['42', 42],
    [' 7 ', 7],
    ['-3,5', -3.5],
    ['12345,678', 12345.678],
    ['0', 0],
  ])('%s → %d in either convention', (raw, expected) => {
    expect(value(raw, 'koma')).toBe(expected);
    expect(value(raw, 'titik')).toBe(expected);
  });
  it('reads 1.234 and 1,234 by the file convention and reports both readings', () => {
    expect(parseNumberCell('1.234', 'koma')).toEqual({ ok: true, value: 1234, ambiguous: { koma: 1234, titik: 1.234 } });
    expect(parseNumberCell('1.234', 'titik')).toEqual({ ok: true, value: 1.234, ambiguous: { koma: 1234, titik: 1.234 } });
    expect(parseNumberCell('1,234', 'koma')).toEqual({ ok: true, value: 1.234, ambiguous: { koma: 1.234, titik: 1234 } });
  });
  it('tells which decimal mark a cell proves', () => {
    expect(parseNumberCell('87,5', 'titik')).toMatchObject({ mark: 'koma' });
    expect(parseNumberCell('87.5', 'koma')).toMatchObject({ mark: 'titik' });
    expect(parseNumberCell('87', 'koma')).not.toHaveProperty('mark');
  });
  it.each(['dua', '', '1,2,3', '1.23.4', '1.234,5,6', '12.34,5', '1,5.3', '1e5', '1,98703E+17', '5 jam', '--1', '.'])(
    'rejects %j',
    (raw) => {
      expect(parseNumberCell(raw, 'koma').ok).toBe(false);
    },
  );
});
