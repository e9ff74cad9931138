/** PermenPAN-RB 14/2017 (RULES.md §4): the worked examples of RULES.md §7 and hand derivations. */
import { describe, expect, it } from 'vitest';
import { SkmAccumulator, ikmFromResponses, mutuOf, minimumSample } from '../../../../src/core/rules/skm-14-2017/ikm.js';
import { roundReport } from '../../../../src/core/number.js';

/** 29 respondents answering all nine unsur, grand total 955 (RULES.md §7). */
function contoh(): SkmAccumulator {
  const a = new SkmAccumulator();
  // 955 = 29 × 9 × 3 + 172: 172 answers of 4, the other 89 answers of 3, spread over respondents.
  let fours = 172;
  for (let r = 0; r < 29; r++) {
    const row = Array.from({ length: 9 }, () => (fours-- > 0 ? 4 : 3));
    a.add(row);
  }
  return a;
}

describe('IKM (RULES.md §4.2–4.3)', () => {
  it('RULES.md §7: 29 respondents, total 955 → nilai 91.48, mutu A', () => {
    const a = contoh();
    expect([...a.jumlah].reduce((x, y) => x + y, 0)).toBe(955);
    const r = ikmFromResponses(a, 'tepat');
    expect(r.responden).toBe(29);
    expect(roundReport(r.nilai!, 2)).toBe(91.48); // 955 / 29 / 9 × 25 = 91.4751…
    expect(r).toMatchObject({ mutu: 'A', kinerja: 'Sangat Baik' });
  });
  it('RULES.md §7: the same data with bobot "0.111" → 91.38', () => {
    expect(roundReport(ikmFromResponses(contoh(), '0.111').nilai!, 2)).toBe(91.38); // 0.111 × 32.931 × 25
  });
  it('RULES.md §7: the same data with bobot "0.11" → 90.56', () => {
    expect(roundReport(ikmFromResponses(contoh(), '0.11').nilai!, 2)).toBe(90.56); // 0.11 × 32.9310… × 25 = 90.5603
  });
  it('blank = not answered: NRR over the answers given; an unsur nobody answered is null and left out', () => {
    const a = new SkmAccumulator();
    a.add([4, 3, null, null, 4, 4, 4, 4, 4]);
    a.add([2, 3, null, null, 4, 4, 4, 4, 4]);
    const r = ikmFromResponses(a, 'tepat');
    expect(r.nrr).toEqual([3, 3, null, null, 4, 4, 4, 4, 4]);
    // (3 + 3 + 4 × 5) / 7 = 26/7 = 3.7143 → × 25 = 92.86
    expect(roundReport(r.ikm!, 4)).toBe(3.7143);
    expect(r.unsurTerlemah).toBe(1); // ties: the lowest number
  });
  it('mutu bands on the reported nilai', () => {
    expect(mutuOf(88.31).mutu).toBe('A');
    expect(mutuOf(88.305).mutu).toBe('A'); // reported 88.31
    expect(mutuOf(88.304).mutu).toBe('B');
    expect(mutuOf(76.61).mutu).toBe('B');
    expect(mutuOf(76.6).mutu).toBe('C');
    expect(mutuOf(65).mutu).toBe('C');
    expect(mutuOf(64.999).mutu).toBe('C'); // reported 65.00
    expect(mutuOf(64.99)).toEqual({ mutu: 'D', kinerja: 'Tidak Baik' });
  });
  it('no answers → nulls', () => {
    expect(ikmFromResponses(new SkmAccumulator(), 'tepat')).toMatchObject({
      responden: 0,
      ikm: null,
      nilai: null,
      mutu: null,
      unsurTerlemah: null,
    });
  });
});

describe('Krejcie–Morgan (RULES.md §4.4, §7)', () => {
  it.each([
    [10, 10],
    [100, 80],
    [220, 140],
    [2000, 322],
    [1_000_000, 384],
    [120, 92],
  ])('N = %i → %i', (N, s) => {
    expect(minimumSample(N)).toBe(s);
  });
});
