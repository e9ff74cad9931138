/**
 * core/people.ts: who the Dokumen names. Of a NIP's SKPs for some months the one whose masa ends last
 * (RULES.md §2.0) — whatever order the files were read in; a pejabat completed from their own SKP; the
 * atasan penilai from the SKP, else the penilai's penilai.
 */
import { describe, expect, it } from 'vitest';
import { People } from '../../src/core/people.js';
import type { LoadedDoc } from '../../src/core/validate/types.js';
import type { Skp } from '../../src/types/generated/skp.js';

const YEAR = { bulanAwal: 1, bulanAkhir: 12 };
const skp = (path: string, data: Partial<Skp> & { pegawai: Skp['pegawai'] }): LoadedDoc =>
  ({ path, kind: 'skp', valid: true, data: { kind: 'skp', tahun: 2026, hasil_kerja: [], ...data } }) as LoadedDoc;

const BOSS = '197001011990031001';
// The boss moved in July: her January–June SKP sorts after the July one by file name.
const docs: LoadedDoc[] = [
  skp('a/boss-juli.yaml', {
    pegawai: { nip: BOSS, nama: 'Bu Kepala', unit: 'setda', jabatan: 'Asisten', golongan: 'IV/c' },
    masa: { mulai: '2026-07', selesai: '2026-12' },
    penilai: { nip: '196501011985031001', nama: 'Pak Sekda' },
  }),
  skp('z/boss-januari.yaml', {
    pegawai: { nip: BOSS, nama: 'Bu Kepala', unit: 'dinkes', jabatan: 'Kepala Dinas', golongan: 'IV/b' },
    masa: { mulai: '2026-01', selesai: '2026-06' },
    penilai: { nip: '196601011986031001', nama: 'Pak Asisten' },
  }),
  {
    path: 'unit.yaml',
    kind: 'unit-kerja',
    valid: true,
    data: { kind: 'unit-kerja', unit: [{ id: 'setda', nama: 'Sekretariat Daerah' }] },
  } as LoadedDoc,
];

describe('People', () => {
  const people = new People(docs, 2026);

  it('takes the SKP whose masa ends last among those meeting the months, not the file read last', () => {
    expect(people.skpOf(BOSS, YEAR)?.pegawai.jabatan).toBe('Asisten');
    expect(people.skpOf(BOSS, { bulanAwal: 1, bulanAkhir: 3 })?.pegawai.jabatan).toBe('Kepala Dinas');
    expect(people.skpOf('199901012020011001', YEAR)).toBeUndefined();
  });

  it('completes a pejabat from their own SKP, and names the unit', () => {
    expect(people.pejabat({ nip: BOSS, nama: 'Bu Kepala' }, YEAR)).toEqual({
      nama: 'Bu Kepala',
      nip: BOSS,
      pangkat: null,
      golongan: 'IV/c',
      jabatan: 'Asisten',
      unit: 'Sekretariat Daerah',
    });
    // What the SKP says wins; a unit outside the list is shown as written.
    expect(people.pejabat({ nip: BOSS, jabatan: 'Plt. Asisten', unit: 'Biro Lain' }, YEAR)).toMatchObject({
      jabatan: 'Plt. Asisten',
      unit: 'Biro Lain',
    });
  });

  it("the atasan penilai: as the SKP names them, else the penilai of the penilai's SKP for those months", () => {
    const staff = {
      kind: 'skp',
      tahun: 2026,
      hasil_kerja: [],
      pegawai: { nip: '199001012015031001', nama: 'Staf', unit: 'setda' },
      penilai: { nip: BOSS },
    } as Skp;
    expect(people.atasanPenilai(staff, YEAR)?.nama).toBe('Pak Sekda');
    expect(people.atasanPenilai(staff, { bulanAwal: 2, bulanAkhir: 4 })?.nama).toBe('Pak Asisten');
    expect(people.atasanPenilai({ ...staff, atasan_penilai: { nama: 'Bu Lain' } }, YEAR)?.nama).toBe('Bu Lain');
  });
});
