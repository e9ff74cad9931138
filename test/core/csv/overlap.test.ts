import { describe, expect, it } from 'vitest';
import { digestOf, digestOfNumber, OverlapTracker } from '../../../src/core/csv/overlap.js';
import { parsePeriode, type Periode } from '../../../src/core/period.js';

const P = (kode: string): Periode => parsePeriode(kode)!;
const groupsOf = (t: OverlapTracker) =>
  t
    .groups()
    .map((g) => ({ key: `${g.nip} ${g.other}`, rows: g.rows.map((r) => `${r.line} ${r.periode.kode}${r.claimed ? '' : ' held'}`) }));

describe('OverlapTracker groups', () => {
  it('a chain is one group whatever the order: January and March, then the quarter holding both', () => {
    const rows: [number, string][] = [
      [2, '2026-01'],
      [3, '2026-03'],
      [4, '2026-TW1'],
      [5, '2026-02'],
    ];
    for (const order of [rows, [...rows].reverse(), [rows[1]!, rows[3]!, rows[0]!, rows[2]!]]) {
      const t = new OverlapTracker();
      for (const [line, kode] of order) t.claim('n', 'i', 0, P(kode), 0, line, line);
      const [group, ...none] = groupsOf(t);
      expect(none).toEqual([]);
      expect(group!.rows.map((r) => r.split(' ')[1])).toEqual(['2026-01', '2026-03', '2026-TW1', '2026-02']);
    }
  });

  it('a row held back takes the months still free, so a later row meeting only those joins the group', () => {
    const t = new OverlapTracker();
    expect(t.claim('n', 'i', 0, P('2026-01'), 0, 2, 1)).toBe(false);
    expect(t.claim('n', 'i', 0, P('2026-TW1'), 0, 3, 1)).toBe(true); // meets January; takes February and March
    expect(t.claim('n', 'i', 0, P('2026-03'), 0, 4, 1)).toBe(true); // meets only the quarter
    expect(t.claim('n', 'i', 0, P('2026-04'), 0, 5, 1)).toBe(false);
    expect(groupsOf(t)).toEqual([{ key: 'n i', rows: ['2 2026-01', '3 2026-TW1 held', '4 2026-03 held'] }]);
  });

  it('keys past 2^20 distinct strings: interned, claimed and grouped apart from the small ids', () => {
    const t = new OverlapTracker();
    const n = 1048576 + 64;
    for (let i = 0; i < n; i++) t.intern(`k${i}`);
    expect(t.intern('k0')).toBe(1);
    expect(t.intern(`k${n - 1}`)).toBe(n);
    const tw1 = P('2026-TW1');
    // The last keys have ids ≥ 2^20 (a string key); the first ones small ids: no two share slots.
    for (let i = 0; i < 64; i++) {
      expect(t.claim(`k${n - 1 - i}`, 'k1', 0, tw1, 0, 2 + i, 7)).toBe(false);
      expect(t.claim(`k${i}`, 'k1', 0, tw1, 0, 100 + i, 7)).toBe(false);
    }
    expect(t.claim(`k${n - 1}`, 'k1', 0, P('2026-02'), 1, 9, 7)).toBe(true);
    expect(t.claim(`k${n - 1}`, 'k1', 0, P('2026-02'), 1, 10, 7, 'atasan')).toBe(true);
    expect(t.claim(`k${n - 1}`, 'k1', 1, P('2026-02'), 1, 11, 7)).toBe(false); // another role
    expect(t.claim(`k${n - 1}`, `k${n - 2}`, 0, P('2026-02'), 1, 12, 7)).toBe(false); // another key
    expect(t.groups().map((g) => [g.nip, g.rows.map((r) => `${r.file}:${r.line}`)])).toEqual([[`k${n - 1}`, ['0:2', '1:9', '1:10']]]);
  });
});

describe('OverlapTracker row numbers', () => {
  it('lines far past 2^32 keep their file and line (a slot then holds them in a wide chunk)', () => {
    const t = new OverlapTracker();
    const big = 2 ** 32 + 5;
    expect(t.claim('n', 'i', 0, P('2026-01'), 0, 2, 1)).toBe(false);
    expect(t.claim('n', 'i', 0, P('2026-02'), 0, big, 1)).toBe(false);
    expect(t.claim('n', 'i', 0, P('2026-03'), 0, 2 ** 31 + 1, 1)).toBe(false);
    expect(t.claim('n', 'i', 0, P('2026-TW1'), 3, 7, 2)).toBe(true);
    expect(t.groups()[0]!.rows.map((r) => [r.file, r.line, r.periode.kode, r.claimed])).toEqual([
      [0, 2, '2026-01', true],
      [0, 2 ** 31 + 1, '2026-03', true],
      [0, big, '2026-02', true],
      [3, 7, '2026-TW1', false],
    ]);
  });
});

describe('digests', () => {
  it('a realisation: exact (its value × 1000) up to three decimals below 2,147,483.648, hashed (negative) otherwise', () => {
    expect(digestOfNumber(87.53)).toBe(87530);
    expect(digestOfNumber(0)).toBe(0);
    expect(digestOfNumber(2147483.647)).toBe(2147483647);
    for (const v of [1.2345, 2147483.648, 1.5e12, 0.0001]) {
      expect(digestOfNumber(v)).toBeLessThan(0);
      expect(digestOfNumber(v)).toBe(digestOfNumber(Number(String(v))));
    }
    expect(digestOfNumber(1.2345)).not.toBe(digestOfNumber(1.2346));
    expect(digestOfNumber(1.5e12)).not.toBe(digestOfNumber(1.5e12 + 1));
  });

  it('a 360° row: packed exactly for half steps up to 7, hashed (negative) otherwise', () => {
    const a = [4, 3.5, null, 4, 4.5, 5, 1];
    expect(digestOf(a)).toBe(digestOf([...a]));
    expect(digestOf(a)).toBeGreaterThanOrEqual(0);
    expect(digestOf(a)).not.toBe(digestOf([4, 3.5, 0, 4, 4.5, 5, 1])); // blank is not 0
    expect(digestOf(a)).not.toBe(digestOf([3.5, 4, null, 4, 4.5, 5, 1])); // order counts
    for (const odd of [
      [3.67, 4, 4, 4, 4, 4, 4],
      [4.25, 4, 4, 4, 4, 4, 4],
      [8, 4, 4, 4, 4, 4, 4],
    ]) {
      expect(digestOf(odd)).toBeLessThan(0);
      expect(digestOf(odd)).toBe(digestOf([...odd]));
    }
    expect(digestOf([3.67, 4, 4, 4, 4, 4, 4])).not.toBe(digestOf([3.68, 4, 4, 4, 4, 4, 4]));
    expect(digestOf([3.67, null, 4, 4, 4, 4, 4])).not.toBe(digestOf([3.67, 4, null, 4, 4, 4, 4]));
  });
});
