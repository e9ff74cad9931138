/** Cross-file rules called directly with literal documents (no files, no YAML). */
import { describe, expect, it } from 'vitest';
import { checkWorkspace, type LoadedDoc } from '../../../src/core/validate/index.js';
import { closest, closestKey } from '../../../src/core/closest.js';
import type { Skp } from '../../../src/types/generated/skp.js';

const unitDoc = (units: { id: string; induk?: string }[]): LoadedDoc => ({
  path: 'unit-kerja.yaml',
  kind: 'unit-kerja',
  valid: true,
  data: { kind: 'unit-kerja', unit: units.map((u) => ({ nama: u.id, ...u })) },
});
const katalog: LoadedDoc = {
  path: 'katalog.yaml',
  kind: 'katalog-indikator',
  valid: true,
  data: { kind: 'katalog-indikator', indikator: [{ id: 'k1', nama: 'K1', satuan: 'persen', aspek: 'kuantitas', polaritas: 'maksimal' }] },
};
function skpDoc(hasil: Skp['hasil_kerja'], extra: Partial<Skp> = {}, path = 'skp.yaml'): LoadedDoc {
  return {
    path,
    kind: 'skp',
    valid: true,
    data: {
      kind: 'skp',
      tahun: 2026,
      pegawai: { nip: '198703152010012003', nama: 'A', jabatan: 'J', unit: 'u' },
      penilai: { nama: 'Wali Kota' },
      hasil_kerja: hasil,
      ...extra,
    },
  };
}
const rhk = (id: string, bobot?: number, jenis: 'utama' | 'tambahan' = 'utama') => ({
  id,
  jenis,
  uraian: id,
  ...(bobot !== undefined ? { bobot } : {}),
  indikator: [{ ref: 'k1', id: `i-${id}`, target: 90 }],
});
const codes = (docs: LoadedDoc[]) => checkWorkspace(docs).map((f) => `${f.kode} ${f.jalur}`);

describe('units', () => {
  it('reports every member of a cycle, the cycle always starting at the first id', () => {
    const findings = checkWorkspace([
      unitDoc([
        { id: 'c', induk: 'a' },
        { id: 'a', induk: 'b' },
        { id: 'b', induk: 'c' },
        { id: 'd', induk: 'a' },
      ]),
    ]);
    expect(findings.map((f) => [f.kode, f.args.id, f.args.siklus])).toEqual([
      ['UNIT_SIKLUS', 'c', ['a', 'b', 'c', 'a']],
      ['UNIT_SIKLUS', 'a', ['a', 'b', 'c', 'a']],
      ['UNIT_SIKLUS', 'b', ['a', 'b', 'c', 'a']],
    ]);
  });
  it('a ring of 20,000 units: each member shows ten units from itself on and counts the rest (whole cycles in every finding aborted the process)', () => {
    const n = 20_000;
    const findings = checkWorkspace([unitDoc(Array.from({ length: n }, (_, i) => ({ id: `u${i}`, induk: `u${(i + 1) % n}` })))]);
    expect(findings).toHaveLength(n);
    const first = findings.find((f) => f.args.id === 'u0')!;
    expect(first.args).toEqual({ id: 'u0', siklus: ['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'], lainnya: n - 10 });
    // Near the end of the ring the window wraps round to its start.
    expect(findings.find((f) => f.args.id === 'u19995')!.args.siklus).toEqual([
      'u19995',
      'u19996',
      'u19997',
      'u19998',
      'u19999',
      'u0',
      'u1',
      'u2',
      'u3',
      'u4',
    ]);
    // Twelve units or fewer are still shown whole.
    const twelve = checkWorkspace([unitDoc(Array.from({ length: 12 }, (_, i) => ({ id: `u${i}`, induk: `u${(i + 1) % 12}` })))]);
    expect(twelve[0]!.args.siklus).toHaveLength(13);
    expect(twelve[0]!.args.lainnya).toBeUndefined();
  });
  it('a self-parent is a cycle of one', () => {
    expect(codes([unitDoc([{ id: 'a', induk: 'a' }])])).toEqual(['UNIT_SIKLUS /unit/0/induk']);
  });
});

describe('bobot (RULES.md §2.4)', () => {
  const units = unitDoc([{ id: 'u' }]);
  it('33.33 + 33.33 + 33.34 is 100 as reported', () => {
    expect(codes([units, katalog, skpDoc([rhk('a', 33.33), rhk('b', 33.33), rhk('c', 33.34)])])).toEqual([]);
  });
  it('a wrong total is flagged at every weight', () => {
    expect(codes([units, katalog, skpDoc([rhk('a', 50), rhk('b', 40)])])).toEqual([
      'BOBOT_TOTAL /hasil_kerja/0/bobot',
      'BOBOT_TOTAL /hasil_kerja/1/bobot',
    ]);
  });
  it('all-or-none: the minority side is pointed at', () => {
    expect(codes([units, katalog, skpDoc([rhk('a', 100), rhk('b'), rhk('c')])])).toEqual(['BOBOT_SEBAGIAN /hasil_kerja/0/bobot']);
    expect(codes([units, katalog, skpDoc([rhk('a', 50), rhk('b', 50), rhk('c')])])).toEqual(['BOBOT_SEBAGIAN /hasil_kerja/2']);
  });
  it('tambahan RHKs carry no bobot and do not count toward the sum', () => {
    expect(codes([units, katalog, skpDoc([rhk('a', 100), rhk('t', 10, 'tambahan')])])).toEqual(['BOBOT_TAMBAHAN /hasil_kerja/1/bobot']);
    expect(codes([units, katalog, skpDoc([rhk('a'), rhk('t', undefined, 'tambahan')])])).toEqual([]);
  });
});

describe('targets', () => {
  const units = unitDoc([{ id: 'u' }]);
  const withTarget = (target: Skp['hasil_kerja'][number]['indikator'][number]['target'], polaritas?: 'minimal') =>
    skpDoc([{ id: 'a', jenis: 'utama', uraian: 'a', indikator: [{ ref: 'k1', target, ...(polaritas ? { polaritas } : {}) }] }]);
  it("0 only with polaritas minimal (here overriding the catalogue's maksimal)", () => {
    expect(codes([units, katalog, withTarget(0)])).toEqual(['TARGET_NOL /hasil_kerja/0/indikator/0/target']);
    expect(codes([units, katalog, withTarget(0, 'minimal')])).toEqual([]);
  });
  it('ranges: min ≤ maks, maks > 0; min = maks is a point range', () => {
    expect(codes([units, katalog, withTarget({ min: 5, maks: 3 })])).toEqual(['TARGET_RENTANG /hasil_kerja/0/indikator/0/target/min']);
    expect(codes([units, katalog, withTarget({ min: 0, maks: 0 })])).toEqual(['TARGET_RENTANG /hasil_kerja/0/indikator/0/target/maks']);
    expect(codes([units, katalog, withTarget({ min: 4, maks: 4 })])).toEqual([]);
  });
  it('a kualitatif SKP may leave targets out', () => {
    const doc = skpDoc([{ id: 'a', jenis: 'utama', uraian: 'a', indikator: [{ ref: 'k1' }] }]);
    expect(codes([units, katalog, doc])).toEqual(['TARGET_WAJIB /hasil_kerja/0/indikator/0/target']);
    (doc.data as Skp).pendekatan = 'kualitatif';
    expect(codes([units, katalog, doc])).toEqual([]);
  });
});

describe('uraian', () => {
  it('an RHK without uraian is a warning only', () => {
    const { uraian: _drop, ...noUraian } = rhk('a');
    const findings = checkWorkspace([unitDoc([{ id: 'u' }]), katalog, skpDoc([noUraian as Skp['hasil_kerja'][number]])]);
    expect(findings.map((f) => [f.kode, f.tingkat])).toEqual([['RHK_TANPA_URAIAN', 'peringatan']]);
  });
});

describe('documents that failed their schema take no part', () => {
  it('an invalid SKP produces no cross-file findings and no duplicates', () => {
    const invalid: LoadedDoc = { path: 'rusak.yaml', kind: 'skp', valid: false, data: { kind: 'skp' } };
    expect(codes([unitDoc([{ id: 'u' }]), katalog, invalid])).toEqual([]);
  });
});

describe('closest', () => {
  it('suggests near misses only', () => {
    expect(closest('dinkess', ['dinkes', 'disdukcapil'])).toBe('dinkes');
    expect(closest('bappeda', ['dinkes', 'disdukcapil'])).toBeNull();
  });

  it('agrees with a plain search over every candidate (nearest, ties by name, within max(2, len/4))', async () => {
    const fc = (await import('fast-check')).default;
    // The definition, written out: every candidate, full distance.
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    const plain = (v: string, cs: string[]) => {
      let best: string | null = null;
      let bd = Infinity;
      for (const c of cs) {
        const d = distance(v.toLowerCase(), c.toLowerCase());
        if (d < bd || (d === bd && best !== null && c < best)) [best, bd] = [c, d];
      }
      return best !== null && bd <= Math.max(2, Math.floor(v.length / 4)) ? best : null;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', '.', '1'), maxLength: 14 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (v, cs) => {
        expect(closest(v, cs)).toBe(plain(v, cs));
        expect(closestKey(v, new Set(cs))).toBe(plain(v, [...new Set(cs)]));
      }),
      { seed: 0x0c105e, numRuns: 2000 },
    );
  });

  it('20,000 units each naming an unknown induk: checked, not a two-minute search (hints are budgeted)', () => {
    const n = 20_000;
    const findings = checkWorkspace([unitDoc(Array.from({ length: n }, (_, i) => ({ id: `u${i}`, induk: `x${i}` })))]);
    expect(findings.filter((f) => f.kode === 'INDUK_TIDAK_DIKENAL')).toHaveLength(n);
    // The first ones still get their hint ('x0' is one edit from 'u0').
    expect(findings[0]!.args).toMatchObject({ induk: 'x0', saran: 'u0' });
  });
});

describe('OverlapTracker', () => {
  it('finds overlaps across many keys (past the first slot chunk) and groups the row with the first', async () => {
    const { OverlapTracker } = await import('../../../src/core/csv/overlap.js');
    const { parsePeriode } = await import('../../../src/core/period.js');
    const t = new OverlapTracker();
    const tw1 = parsePeriode('2026-TW1')!;
    for (let k = 1; k <= 5000; k++) expect(t.claim(`n${k}`, 'i', 0, tw1, 0, k + 1, 1)).toBe(false);
    expect(t.claim('n4321', 'i', 0, parsePeriode('2026-02')!, 1, 9, 1)).toBe(true);
    expect(t.claim('n4321', 'i', 0, parsePeriode('2026-04')!, 1, 10, 1)).toBe(false);
    expect(t.claim('n4321', 'i', 0, parsePeriode('2025-02')!, 1, 11, 1)).toBe(false); // another year
    expect(t.claim('n4321', 'i', 1, parsePeriode('2026-02')!, 1, 12, 1)).toBe(false); // another role
    expect(t.groups().map((g) => [g.nip, g.rows.map((r) => `${r.file}:${r.line} ${r.periode.kode}`)])).toEqual([
      ['n4321', ['0:4322 2026-TW1', '1:9 2026-02']],
    ]);
  });
});
