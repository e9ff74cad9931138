/** Cross-file rules called directly with literal documents (no files, no YAML). */
import { describe, expect, it } from 'vitest';
import { checkWorkspace, type LoadedDoc } from '../../../src/core/validate/index.js';
import { closest } from '../../../src/core/closest.js';
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
