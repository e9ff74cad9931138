import { describe, expect, it } from 'vitest';
import { OverlapTracker } from '../../../src/core/csv/overlap.js';
import { parsePeriode } from '../../../src/core/period.js';

describe('OverlapTracker', () => {
  it('keys past 2^20 distinct strings: interned, claimed and kept apart from the small ids', () => {
    const t = new OverlapTracker();
    const n = 1048576 + 64;
    for (let i = 0; i < n; i++) t.intern(`k${i}`);
    expect(t.intern('k0')).toBe(1);
    expect(t.intern(`k${n - 1}`)).toBe(n);
    const tw1 = parsePeriode('2026-TW1')!;
    // The last ids are ≥ 2^20 (a string key); small ids packed: no two keys share slots.
    for (let i = 0; i < 64; i++) {
      expect(t.claim(n - i, 2, 0, tw1, 0, 2 + i)).toBeUndefined();
      expect(t.claim(1 + i, 2, 0, tw1, 0, 100 + i)).toBeUndefined();
    }
    expect(t.claim(n, 2, 0, parsePeriode('2026-02')!, 1, 9)).toEqual({ file: 0, line: 2 });
    expect(t.claim(n, 2, 1, parsePeriode('2026-02')!, 1, 10)).toBeUndefined(); // another role
    expect(t.claim(n, n - 1, 0, parsePeriode('2026-02')!, 1, 11)).toBeUndefined(); // another key
    expect(t.claim(n, 2, 0, parsePeriode('2025-02')!, 1, 12)).toBeUndefined(); // another year
  });
});
