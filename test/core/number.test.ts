import { describe, expect, it } from 'vitest';
import { roundReport } from '../../src/core/number.js';

describe('roundReport (RULES.md §1)', () => {
  it('RULES.md §7: target 20, realisation 17.999 → capaian 90.00', () => {
    // 17.999 * 100 / 20 is 89.99499999999999 in binary; toPrecision(15) gives 89.9950000000000.
    expect((17.999 * 100) / 20).toBe(89.99499999999999);
    expect(roundReport((17.999 * 100) / 20, 2)).toBe(90);
  });
  it('RULES.md §7: 1.005 → 1.01, where toFixed gives 1.00', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundReport(1.005, 2)).toBe(1.01);
  });
  it('rounds half away from zero, also for negatives', () => {
    expect(roundReport(2.5, 0)).toBe(3);
    expect(roundReport(-2.5, 0)).toBe(-3);
    expect(roundReport(-1.005, 2)).toBe(-1.01);
    expect(roundReport(0.125, 2)).toBe(0.13);
  });
  it('keeps values that already fit and handles magnitudes and four decimals', () => {
    expect(roundReport(97.25, 2)).toBe(97.25);
    expect(roundReport(3.26775, 4)).toBe(3.2678);
    expect(roundReport(1e21 + 0.5, 2)).toBe(1e21);
    expect(roundReport(0.000049, 4)).toBe(0);
    expect(roundReport(0.00005, 4)).toBe(0.0001);
    expect(roundReport(0, 2)).toBe(0);
    expect(Object.is(roundReport(-0.001, 2), 0)).toBe(true);
  });
  it('leaves non-finite values alone', () => {
    expect(roundReport(Number.NaN, 2)).toBeNaN();
    expect(roundReport(Infinity, 2)).toBe(Infinity);
  });
});
